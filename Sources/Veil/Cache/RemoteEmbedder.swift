import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VeilEmbedding
import VeilSync
import VeilUpstream

/// Embeddings from any OpenAI-compatible `/v1/embeddings` endpoint (a hosted model, a local TEI or vLLM server).
///
/// The cache calls it with the anonymized query only, so the embedding service never sees PII either. Every call
/// has a deadline and waits without holding a thread (AsyncHTTPClient's async API); when it fails the cache counts a
/// fault and answers from the exact tier only, so an embedding outage never fails a request. Results are kept in a
/// small in-memory table, oldest dropped first (the verifier asks for the same short words repeatedly).
public final class RemoteEmbedder: Embedder {
    /// The endpoint's description.
    public struct Configuration: Sendable {
        /// Base URL including the version segment, e.g. `http://127.0.0.1:8081/v1`.
        public var baseURL: String
        /// The model name sent in the request.
        public var model: String
        /// Bearer key, if the endpoint needs one (never logged).
        public var apiKey: String?
        /// Longest wait for one embedding.
        public var timeout: Duration
        /// The vector length the model returns (checked on every answer).
        public var dimension: Int

        /// Creates a configuration.
        public init(
            baseURL: String, model: String, apiKey: String? = nil, timeout: Duration = .seconds(2), dimension: Int
        ) {
            self.baseURL = baseURL
            self.model = model
            self.apiKey = apiKey
            self.timeout = timeout
            self.dimension = dimension
        }
    }

    /// `remote:<model>`, so vectors of another model never share an index partition.
    public let identifier: String
    /// The configured vector length.
    public let dimension: Int
    private let configuration: Configuration
    private let client: HTTPClient
    private let memo = Locked<(order: [String], vectors: [String: [Float]])>(([], [:]))
    /// The most answers the memo holds.
    static let memoCapacity = 1024
    /// The largest answer read (a 4,096-dimension vector in JSON is about 80 KB).
    static let maxResponseBytes = 4 << 20

    /// Creates the embedder over `client` (owned by the caller).
    package init(configuration: Configuration, client: HTTPClient) {
        self.configuration = configuration
        self.client = client
        self.identifier = "remote:" + configuration.model
        self.dimension = configuration.dimension
    }

    /// Embeds `text`, waiting at most the configured timeout.
    public func embed(_ text: String) async throws -> [Float] {
        if let cached = memo.withLock({ $0.vectors[text] }) { return cached }
        var request = HTTPClientRequest(url: configuration.baseURL + "/embeddings")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let key = configuration.apiKey { request.headers.add(name: "Authorization", value: "Bearer " + key) }
        let body: Data
        do {
            body = try JSONSerialization.data(withJSONObject: ["model": configuration.model, "input": text])
        } catch {
            throw EmbeddingError.serviceUnavailable
        }
        request.body = .bytes(ByteBuffer(bytes: body))
        let bytes: ByteBuffer
        do {
            let deadline = NIODeadline.now() + .nanoseconds(configuration.timeout.clampedNanoseconds)
            let response = try await client.execute(request, deadline: deadline)
            guard response.status == .ok else { throw EmbeddingError.serviceUnavailable }
            bytes = try await response.body.collect(upTo: Self.maxResponseBytes)
        } catch let error as EmbeddingError {
            throw error
        } catch {
            throw EmbeddingError.serviceUnavailable
        }
        let vector = try Self.parse(Data(bytes.readableBytesView), dimension: dimension)
        memo.withLock { memo in
            guard memo.vectors[text] == nil else { return }
            memo.vectors[text] = vector
            memo.order.append(text)
            if memo.order.count > Self.memoCapacity { memo.vectors.removeValue(forKey: memo.order.removeFirst()) }
        }
        return vector
    }

    static func parse(_ data: Data, dimension: Int) throws -> [Float] {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let items = object["data"] as? [[String: Any]], let first = items.first,
            let numbers = first["embedding"] as? [Double]
        else { throw EmbeddingError.serviceUnavailable }
        var vector = numbers.map { Float($0) }
        guard vector.count == dimension else { throw EmbeddingError.dimensionMismatch }
        // A NaN or infinity would poison every score it meets in the index; treat it as an outage.
        guard vector.allSatisfy(\.isFinite) else { throw EmbeddingError.serviceUnavailable }
        VectorMath.normalize(&vector)
        return vector
    }
}
