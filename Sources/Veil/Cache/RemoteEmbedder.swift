import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization
import VeilEmbedding

/// Embeddings from any OpenAI-compatible `/v1/embeddings` endpoint (a hosted model, a local TEI or vLLM server).
///
/// The cache calls it with the anonymized query only, so the embedding service never sees PII either. Every call
/// has a timeout; when it fails the cache counts a fault and answers from the exact tier only, so an embedding outage
/// never fails a request. Results are kept in a small in-memory LRU (the verifier embeds short word groups
/// repeatedly).
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
    private let memo = Mutex<(order: [String], vectors: [String: [Float]])>(([], [:]))

    /// Creates the embedder over `client` (owned by the caller).
    public init(configuration: Configuration, client: HTTPClient) {
        self.configuration = configuration
        self.client = client
        self.identifier = "remote:" + configuration.model
        self.dimension = configuration.dimension
    }

    /// Embeds `text`, waiting at most the configured timeout.
    ///
    /// The protocol is synchronous (the local embedders are CPU work). The HTTP call runs on AsyncHTTPClient's
    /// event loops, never on the Swift concurrency pool, so the waiting thread can never starve the call it waits
    /// for; the wait is bounded by the timeout.
    public func embed(_ text: String) throws -> [Float] {
        if let cached = memo.withLock({ $0.vectors[text] }) { return cached }
        let request: HTTPClient.Request
        do {
            var headers = HTTPHeaders([("Content-Type", "application/json")])
            if let key = configuration.apiKey { headers.add(name: "Authorization", value: "Bearer " + key) }
            let body = try JSONSerialization.data(withJSONObject: ["model": configuration.model, "input": text])
            request = try HTTPClient.Request(
                url: configuration.baseURL + "/embeddings",
                method: .POST,
                headers: headers,
                body: .bytes(body)
            )
        } catch {
            throw EmbeddingError.serviceUnavailable
        }
        let outcome = Mutex<Result<HTTPClient.Response, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let seconds =
            Double(configuration.timeout.components.seconds)
            + Double(configuration.timeout.components.attoseconds) / 1e18
        let deadline = NIODeadline.now() + .nanoseconds(Int64(seconds * 1e9))
        client.execute(request: request, deadline: deadline).whenComplete { result in
            outcome.withLock { $0 = result }
            done.signal()
        }
        guard done.wait(timeout: .now() + seconds + 0.5) == .success,
            case .success(let response)? = outcome.withLock({ $0 }), response.status == .ok,
            let body = response.body
        else { throw EmbeddingError.serviceUnavailable }
        let vector = try Self.parse(Data(body.readableBytesView), dimension: dimension)
        memo.withLock { memo in
            memo.vectors[text] = vector
            memo.order.append(text)
            if memo.order.count > 1024 { memo.vectors.removeValue(forKey: memo.order.removeFirst()) }
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
