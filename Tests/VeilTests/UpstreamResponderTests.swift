import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import Testing
import VeilTesting
import VeilUpstream

@testable import Veil

/// The upstream responder against real `MockUpstream` servers.
@Suite("UpstreamResponder")
struct UpstreamResponderTests {
    static let tenant = Tenant(id: TenantID("t1")!)

    static func context() -> ChatContext {
        ChatContext(tenant: tenant, requestID: "req-1", logger: Logger(label: "test"))
    }

    static func request(_ text: String, stream: Bool = false, model: String = "mock-gpt") -> ChatRequest {
        var request = ChatRequest(model: model, messages: [ChatMessage(role: "user", text: text)])
        request.stream = stream
        return request
    }

    /// Runs `body` with a responder over a pool of the given mocks.
    static func withResponder(
        _ upstreams: [(name: String, mock: MockUpstream)],
        retry: UpstreamPoolConfiguration.RetryPolicy = .init(),
        timeouts: UpstreamPoolConfiguration.Timeouts = .init(),
        _ body: (UpstreamResponder) async throws -> Void
    ) async throws {
        let configuration = UpstreamPoolConfiguration(
            endpoints: upstreams.map {
                UpstreamEndpoint(name: $0.name, baseURL: $0.mock.baseURL, models: ["mock-gpt"])
            },
            timeouts: timeouts,
            retry: retry
        )
        let client = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup,
            configuration: configuration.makeHTTPClientConfiguration()
        )
        let pool = UpstreamPool(configuration: configuration, httpClient: client, logger: Logger(label: "test"))
        do {
            try await body(UpstreamResponder(pool: pool))
        } catch {
            try await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    @Test func nonStreamingAnswerIsDecodedAndInfoRecorded() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "alpha")) { mock in
            try await Self.withResponder([("alpha", mock)]) { responder in
                let response = try await responder.respond(to: Self.request("Hello <EMAIL_1>"), context: Self.context())
                guard case .complete(let completion) = response.body else {
                    Issue.record("expected a complete answer")
                    return
                }
                #expect(completion.choices.first?.message.text == "[alpha] You said: Hello <EMAIL_1>")
                #expect(completion.choices.first?.finishReason == "stop")
                #expect(completion.usage != nil)
                #expect(response.info.upstream == "alpha")
                #expect((response.info.upstreamSeconds ?? -1) >= 0)
                let sent = try #require(mock.recordedRequests().last)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(sent)) as? [String: Any])
                #expect(json["model"] as? String == "mock-gpt")
            }
        }
    }

    @Test func streamedAnswerParsesIntoChunksThatAssembleToTheText() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "beta")) { mock in
            try await Self.withResponder([("beta", mock)]) { responder in
                let response = try await responder.respond(
                    to: Self.request("please stream this back", stream: true),
                    context: Self.context()
                )
                guard case .stream(let stream) = response.body else {
                    Issue.record("expected a stream")
                    return
                }
                var count = 0
                var assembler = CompletionAssembler()
                for try await chunk in stream {
                    count += 1
                    assembler.add(chunk)
                }
                #expect(count >= 3)
                #expect(assembler.isFinished)
                #expect(assembler.completion.choices.first?.message.text == "[beta] You said: please stream this back")
                #expect(response.info.upstream == "beta")
            }
        }
    }

    @Test func streamIsLazyNothingIsParsedUntilPulled() async throws {
        var configuration = MockUpstreamConfiguration(name: "lazy")
        configuration.tokensPerSecond = 200
        try await MockUpstream.withRunning(configuration) { mock in
            try await Self.withResponder([("mock", mock)]) { responder in
                let response = try await responder.respond(
                    to: Self.request("one two three four five six", stream: true),
                    context: Self.context()
                )
                guard case .stream(let stream) = response.body else {
                    Issue.record("expected a stream")
                    return
                }
                // Read two chunks and walk away: the rest must not be needed, and dropping the iterator must not hang.
                var iterator = stream.makeAsyncIterator()
                #expect(try await iterator.next() != nil)
                #expect(try await iterator.next() != nil)
            }
        }
    }

    @Test func upstreamClientErrorIsRejectedWithItsStatus() async throws {
        var configuration = MockUpstreamConfiguration(name: "picky")
        configuration.failure = .status(400)
        try await MockUpstream.withRunning(configuration) { mock in
            try await Self.withResponder([("mock", mock)]) { responder in
                let error = await #expect(throws: VeilError.self) {
                    try await responder.respond(to: Self.request("hi"), context: Self.context())
                }
                #expect(error == .upstreamRejected(status: 400))
                #expect(error?.status == 400)
            }
        }
    }

    @Test func serverErrorsOnEveryAttemptAreUpstreamFailed() async throws {
        var configuration = MockUpstreamConfiguration(name: "broken")
        configuration.failure = .status(503)
        try await MockUpstream.withRunning(configuration) { mock in
            try await Self.withResponder([("mock", mock)], retry: .init(maxAttempts: 2, baseBackoff: .milliseconds(1)))
            {
                responder in
                let error = await #expect(throws: VeilError.self) {
                    try await responder.respond(to: Self.request("hi"), context: Self.context())
                }
                #expect(error == .upstreamFailed)
                #expect(error?.status == 502)
            }
        }
    }

    @Test func failingUpstreamFailsOverToTheHealthyOne() async throws {
        var bad = MockUpstreamConfiguration(name: "bad")
        bad.failure = .status(500)
        try await MockUpstream.withRunning(bad) { badMock in
            try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "good")) { goodMock in
                try await Self.withResponder(
                    [("bad", badMock), ("good", goodMock)],
                    retry: .init(maxAttempts: 3, baseBackoff: .milliseconds(1))
                ) { responder in
                    for _ in 0..<6 {
                        let response = try await responder.respond(to: Self.request("x"), context: Self.context())
                        #expect(response.info.upstream == "good")
                    }
                }
            }
        }
    }

    @Test func hangingUpstreamTimesOut() async throws {
        var configuration = MockUpstreamConfiguration(name: "slow")
        configuration.failure = .hang()
        try await MockUpstream.withRunning(configuration) { mock in
            try await Self.withResponder(
                [("slow", mock)],
                retry: .init(maxAttempts: 1),
                timeouts: .init(firstByte: .milliseconds(200), total: .seconds(2))
            ) { responder in
                let error = await #expect(throws: VeilError.self) {
                    try await responder.respond(to: Self.request("hi"), context: Self.context())
                }
                #expect(error == .upstreamTimeout)
                #expect(error?.status == 504)
            }
        }
    }

    @Test func streamCutOffMidwayEndsWithoutFinishReason() async throws {
        var configuration = MockUpstreamConfiguration(name: "cut")
        configuration.failure = .cutStream(afterChunks: 2)
        try await MockUpstream.withRunning(configuration) { mock in
            try await Self.withResponder([("mock", mock)]) { responder in
                let response = try await responder.respond(
                    to: Self.request("a b c d e f g h", stream: true),
                    context: Self.context()
                )
                guard case .stream(let stream) = response.body else {
                    Issue.record("expected a stream")
                    return
                }
                var assembler = CompletionAssembler()
                do {
                    for try await chunk in stream { assembler.add(chunk) }
                } catch let error as VeilError {
                    #expect(error == .upstreamFailed || error == .upstreamTimeout)
                }
                #expect(!assembler.isFinished)
            }
        }
    }

    @Test func unknownModelIsReported() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "m")) { mock in
            try await Self.withResponder([("m", mock)]) { responder in
                let error = await #expect(throws: VeilError.self) {
                    try await responder.respond(to: Self.request("hi", model: "other-model"), context: Self.context())
                }
                #expect(error == .unknownModel)
            }
        }
    }
}
