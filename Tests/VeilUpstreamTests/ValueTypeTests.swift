import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Testing

@testable import VeilUpstream

@Suite("Errors, secrets, headers and backoff")
struct ValueTypeTests {
    @Test("the client configuration fails over fast, never redirects, and builds no spans for the no-op tracer")
    func clientConfigurationSuitsThePool() {
        let configuration = UpstreamPoolConfiguration(
            endpoints: [UpstreamEndpoint(name: "a", baseURL: "http://127.0.0.1:9/v1", maxConcurrency: 200)],
            timeouts: .init(connect: .milliseconds(750))
        ).makeHTTPClientConfiguration()
        #expect(configuration.timeout.connect == .milliseconds(750))
        #expect(configuration.connectionPool.retryConnectionEstablishment == false)
        #expect(configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit == 200)
        #expect(configuration.tracing.tracer == nil)
    }

    @Test func secretNeverPrintsItself() {
        let secret = Secret("sk-very-secret")
        let endpoint = UpstreamEndpoint(name: "a", baseURL: "http://x/v1", apiKey: secret)
        let configuration = UpstreamPoolConfiguration(endpoints: [endpoint])
        var dumped = ""
        dump(configuration, to: &dumped)
        for text in [
            "\(secret)", String(reflecting: secret), "\(endpoint)", String(reflecting: endpoint),
            "\(configuration)", String(reflecting: configuration), dumped,
        ] {
            #expect(!text.contains("sk-very-secret"))
        }
        #expect(secret.exposedValue == "sk-very-secret")
    }

    @Test func errorDescriptionsAreShortFixedAndDistinct() {
        let errors: [UpstreamError] =
            [
                .noHealthyEndpoint, .unknownModel, .saturated, .connectFailed, .streamInterrupted, .bodyTooLarge,
                .cancelled, .allAttemptsFailed(lastStatus: 503),
            ] + UpstreamError.TimeoutPhase.allCases.map { UpstreamError.timeout($0) }
        #expect(Set(errors.map(\.shortDescription)).count == errors.count)
        for error in errors {
            #expect(error.shortDescription.allSatisfy { $0.isLowercase || $0 == "_" })
            #expect(error.description.count < 60)
        }
        #expect(UpstreamError.timeout(.firstByte) == .timeout(.firstByte))
        #expect(UpstreamError.timeout(.firstByte) != .timeout(.total))
        #expect(UpstreamError.allAttemptsFailed(lastStatus: 503).lastStatus == 503)
        #expect(UpstreamError.timeout(.idleBetweenChunks).timeoutPhase == .idleBetweenChunks)
        #expect(UpstreamError.timeout(.total).suggestedHTTPStatus == 504)
        #expect(UpstreamError.allAttemptsFailed(lastStatus: 429).suggestedHTTPStatus == 429)
        #expect(UpstreamError.unknownModel.suggestedHTTPStatus == 404)
        #expect(UpstreamError.connectFailed.suggestedHTTPStatus == 502)
    }

    @Test func forwardedHeadersReplaceTheClientCredentialWithTheEndpointKey() {
        var incoming = HTTPHeaders()
        incoming.add(name: "authorization", value: "Bearer tenant-key")
        incoming.add(name: "Host", value: "veil.local")
        incoming.add(name: "X-Request-Id", value: "r1")
        let headers = UpstreamPool.forwardedHeaders(incoming, authorization: "Bearer upstream-key")
        #expect(headers["Authorization"] == ["Bearer upstream-key"])
        #expect(headers["Host"].isEmpty)
        #expect(headers["X-Request-Id"] == ["r1"])
        #expect(headers["Content-Type"] == ["application/json"])
        let keyless = UpstreamPool.forwardedHeaders(incoming, authorization: nil)
        #expect(keyless["Authorization"].isEmpty)
        incoming.add(name: "Accept-Encoding", value: "gzip")
        incoming.add(name: "Connection", value: "keep-alive")
        let bodiless = UpstreamPool.forwardedHeaders(incoming, authorization: nil, hasBody: false)
        #expect(bodiless["Accept-Encoding"].isEmpty)
        #expect(bodiless["Connection"].isEmpty)
        #expect(bodiless["Content-Type"].isEmpty)
    }

    @Test func backoffIsJitteredWithinAnExponentialCap() {
        let policy = UpstreamPoolConfiguration.RetryPolicy(baseBackoff: .milliseconds(100), maxBackoff: .seconds(1))
        var generator = SeededGenerator(state: 99)
        var sawNonZero = false
        for retry in 1...8 {
            let cap = min(Duration.milliseconds(100 * (1 << (retry - 1))), .seconds(1))
            for _ in 0..<50 {
                let delay = policy.backoff(forRetry: retry, using: &generator)
                #expect(delay >= .zero && delay <= cap)
                sawNonZero = sawNonZero || delay > .zero
            }
        }
        #expect(sawNonZero)
        let none = UpstreamPoolConfiguration.RetryPolicy(baseBackoff: .zero)
        #expect(none.backoff(forRetry: 3, using: &generator) == .zero)
    }

    @Test func bytesBodyYieldsItsBufferOnce() async throws {
        let body = UpstreamBody.bytes(ByteBuffer(string: "hello"))
        #expect(try await body.collect(upTo: 10) == ByteBuffer(string: "hello"))
        await #expect(throws: UpstreamError.bodyTooLarge) { try await body.collect(upTo: 2) }
        let empty = try await UpstreamBody.bytes(ByteBuffer()).collect(upTo: 10)
        #expect(empty.readableBytes == 0)
    }

    @Test func modelsIsTheSortedUnionOfConfiguredModels() async throws {
        let configuration = UpstreamPoolConfiguration(endpoints: [
            UpstreamEndpoint(name: "a", baseURL: "http://127.0.0.1:1/v1", models: ["m2", "m1"]),
            UpstreamEndpoint(name: "b", baseURL: "http://127.0.0.1:2/v1", models: ["m1", "m3"]),
            UpstreamEndpoint(name: "c", baseURL: "http://127.0.0.1:3/v1"),
        ])
        try await withPool(configuration) { pool in
            #expect(await pool.models() == ["m1", "m2", "m3"])
            // A list that is not an OpenAI model list is ignored; a valid one joins the union.
            pool.recordModels(ByteBuffer(string: #"{"data":"nope"}"#), endpoint: 2)
            #expect(await pool.models() == ["m1", "m2", "m3"])
            pool.recordModels(
                ByteBuffer(string: #"{"object":"list","data":[{"id":"m9","object":"model"}]}"#), endpoint: 2)
            #expect(await pool.models() == ["m1", "m2", "m3", "m9"])
            #expect(pool.snapshot().map(\.name) == ["a", "b", "c"])
            #expect(pool.snapshot().allSatisfy { $0.healthy && $0.circuit == .closed && $0.inFlight == 0 })
        }
    }
}
