import AsyncHTTPClient
import Foundation
import Testing
import VeilEmbedding
import VeilTesting

@testable import Veil

/// Runs `body` with an HTTP client that is shut down on every exit path.
func withHTTPClient<T>(_ body: (HTTPClient) async throws -> T) async throws -> T {
    let client = HTTPClient(eventLoopGroupProvider: .singleton)
    do {
        let result = try await body(client)
        try await client.shutdown()
        return result
    } catch {
        try? await client.shutdown()
        throw error
    }
}

@Suite("Remote embedder", .serialized)
struct RemoteEmbedderTests {
    @Test("embeddings come from an OpenAI-compatible endpoint, normalized and memoized")
    func embedsThroughEndpoint() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "emb")) { mock in
            try await withHTTPClient { client in
                let embedder = RemoteEmbedder(
                    configuration: .init(baseURL: mock.baseURL, model: "mock-embed", dimension: 16),
                    client: client
                )
                let vector = try await embedder.embed("How do I reset my password?")
                #expect(vector.count == 16)
                let norm = vector.reduce(0) { $0 + $1 * $1 }
                #expect(abs(norm - 1) < 1e-3)
                let requests = mock.requestCount
                #expect(try await embedder.embed("How do I reset my password?") == vector)
                #expect(mock.requestCount == requests)
                #expect(embedder.identifier == "remote:mock-embed")
            }
        }
    }

    @Test("an answer with the wrong length, non-numbers or no data is refused as an outage")
    func malformedAnswersAreRefused() {
        let cases = [
            #"{"data":[{"embedding":[0.1,0.2]}]}"#, #"{"data":[]}"#, #"{"data":[{"embedding":"x"}]}"#, "not json",
            #"{"data":[{"embedding":[0.1,0.2,1e400]}]}"#,
        ]
        for text in cases {
            #expect(throws: EmbeddingError.self) { try RemoteEmbedder.parse(Data(text.utf8), dimension: 3) }
        }
        #expect(
            (try? RemoteEmbedder.parse(Data(#"{"data":[{"embedding":[3,0,4]}]}"#.utf8), dimension: 3)) == [0.6, 0, 0.8])
    }

    @Test("a timeout of any size is accepted and bounds the wait (no trap on huge values)")
    func hugeTimeoutDoesNotTrap() async throws {
        try await withHTTPClient { client in
            let embedder = RemoteEmbedder(
                configuration: .init(
                    baseURL: "http://127.0.0.1:9/v1", model: "m", timeout: .seconds(Int64.max), dimension: 4),
                client: client
            )
            await #expect(throws: EmbeddingError.serviceUnavailable) { try await embedder.embed("anything") }
        }
    }

    @Test("an embedding service that is down makes the cache fall back to the exact tier, never fail")
    func downServiceFallsBack() async throws {
        try await withHTTPClient { client in
            let embedder = RemoteEmbedder(
                configuration: .init(
                    baseURL: "http://127.0.0.1:9/v1", model: "m", timeout: .milliseconds(300), dimension: 16),
                client: client
            )
            await #expect(throws: (any Error).self) { try await embedder.embed("anything") }
            let directory = TemporaryDirectory()
            let store = try StoreFixtures.store(directory)
            let cache = ResponseCache(store: store, embedders: EmbedderRegistry(remote: embedder))
            let responder = CountingResponder()
            let pipeline = ChatPipeline(stages: [CacheMiddleware(cache: cache)], responder: responder)
            var policy = Policy()
            policy.cache.semantic.embedder = "remote"
            var context = TestFixtures.context(policy: policy)
            context.tenant = StoreFixtures.tenant("acme", policy: policy)
            let first = try await pipeline.respond(
                to: TestFixtures.request([("user", "Opening hours?")]), context: context)
            #expect(first.info.cacheStatus == .miss)
            for _ in 0..<100 where cache.pendingStores > 0 { try await Task.sleep(for: .milliseconds(10)) }
            let second = try await pipeline.respond(
                to: TestFixtures.request([("user", "Opening hours?")]), context: context)
            #expect(second.info.cacheStatus == .hitExact)
            // Once the tenant's state is loaded, a new question whose embedding fails is a counted fault and a miss.
            let third = try await pipeline.respond(
                to: TestFixtures.request([("user", "Where are you located?")]), context: context)
            #expect(third.info.cacheStatus == .miss)
            #expect(cache.stats(tenant: TenantID("acme")!).faults >= 1)
        }
    }
}
