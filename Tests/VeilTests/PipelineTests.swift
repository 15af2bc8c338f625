import Logging
import Testing
import VeilSync

@testable import Veil

/// Records the order in which stages see the request and the response.
final class Recorder<Value: Sendable>: Sendable {
    private let value: Locked<Value>
    init(_ value: Value) { self.value = Locked(value) }
    func withLock<R>(_ body: (inout Value) -> R) -> R { value.withLock { body(&$0) } }
}

struct RecordingStage: ChatMiddleware {
    let name: String
    let log: Recorder<[String]>

    func handle(
        _ request: ChatRequest,
        context: ChatContext,
        next: (ChatRequest, ChatContext) async throws -> ChatResponse
    ) async throws -> ChatResponse {
        log.withLock { $0.append("in:\(name)") }
        var request = request
        request.messages[0].content = .text(request.messages[0].text + ">" + name)
        var response = try await next(request, context)
        log.withLock { $0.append("out:\(name)") }
        if case .complete(var completion) = response.body {
            completion.choices[0].message.content = .text(completion.choices[0].message.text + "<" + name)
            response.body = .complete(completion)
        }
        return response
    }
}

struct AnsweringStage: ChatMiddleware {
    func handle(
        _ request: ChatRequest,
        context: ChatContext,
        next: (ChatRequest, ChatContext) async throws -> ChatResponse
    ) async throws -> ChatResponse {
        .complete(TestFixtures.completion("early"), info: ResponseInfo(cacheStatus: .hitExact))
    }
}

enum TestFixtures {
    static func context(tenant: String = "acme", policy: Policy = Policy()) -> ChatContext {
        ChatContext(
            tenant: Tenant(id: TenantID(tenant) ?? TenantID("t")!, policy: policy),
            requestID: "req-1",
            logger: Logger(label: "test")
        )
    }

    static func completion(_ text: String, finish: String = "stop") -> ChatCompletion {
        ChatCompletion(
            id: "chatcmpl-1",
            created: 1,
            model: "m",
            choices: [.init(index: 0, message: ChatMessage(role: "assistant", text: text), finishReason: finish)]
        )
    }

    static func request(_ messages: [(String, String)], model: String = "m") -> ChatRequest {
        ChatRequest(model: model, messages: messages.map { ChatMessage(role: $0.0, text: $0.1) })
    }
}

@Suite("Pipeline")
struct PipelineTests {
    @Test("stages see the request in order and the response in reverse order")
    func stageOrderBothDirections() async throws {
        let log = Recorder<[String]>([])
        let seen = Recorder<String>("")
        let pipeline = ChatPipeline(
            responder: ClosureResponder { request, _ in
                seen.withLock { $0 = request.messages[0].text }
                return .complete(TestFixtures.completion("answer"))
            }
        ) {
            RecordingStage(name: "a", log: log)
            RecordingStage(name: "b", log: log)
            RecordingStage(name: "c", log: log)
        }
        let response = try await pipeline.respond(
            to: TestFixtures.request([("user", "q")]),
            context: TestFixtures.context()
        )
        #expect(log.withLock { $0 } == ["in:a", "in:b", "in:c", "out:c", "out:b", "out:a"])
        #expect(seen.withLock { $0 } == "q>a>b>c")
        #expect(try await response.completion().choices[0].message.text == "answer<c<b<a")
    }

    @Test("a stage can answer early without calling the rest")
    func stageAnswersEarly() async throws {
        let log = Recorder<[String]>([])
        let pipeline = ChatPipeline(
            stages: [RecordingStage(name: "a", log: log), AnsweringStage(), RecordingStage(name: "never", log: log)],
            responder: ClosureResponder { _, _ in
                Issue.record("responder must not be called")
                throw VeilError.internalError
            }
        )
        let response = try await pipeline.respond(
            to: TestFixtures.request([("user", "q")]), context: TestFixtures.context())
        #expect(response.info.cacheStatus == .hitExact)
        #expect(log.withLock { $0 } == ["in:a", "out:a"])
    }

    @Test("a stream transform sees every chunk and can flush held-back text at the end")
    func streamTransformFlushes() async throws {
        let source = TestFixtures.completion("one two three four five six seven eight").chunks(
            includeUsage: false, piece: 4)
        let stream = ChatCompletionStream(chunks: source).transform(
            initial: 0,
            step: { count, chunk in
                count += 1
                return count == 1 ? [] : [chunk]  // hold back the first chunk
            },
            finish: { _ in [TestFixtures.completion("flushed").chunks(includeUsage: false)[1]] }
        )
        var received: [ChatCompletionChunk] = []
        for try await chunk in stream { received.append(chunk) }
        #expect(received.count == source.count)
        #expect(received.last?.choices.first?.delta.content == "flushed")
    }

    @Test("observe reports finished, failed and abandoned streams")
    func observeReportsEnds() async throws {
        let ends = Recorder<[StreamEnd]>([])
        let chunks = TestFixtures.completion("a b c d e f g h").chunks(includeUsage: false, piece: 2)
        let full = ChatCompletionStream(chunks: chunks).observe(
            onChunk: { _ in }, onEnd: { end in ends.withLock { $0.append(end) } })
        for try await _ in full {}
        #expect(ends.withLock { $0 } == [.finished])

        ends.withLock { $0 = [] }
        do {
            var iterator = full.makeAsyncIterator()
            _ = try await iterator.next()
        }
        #expect(ends.withLock { $0 } == [.abandoned])

        ends.withLock { $0 = [] }
        let failing = ChatCompletionStream(makeNext: {
            { throw VeilError.upstreamFailed }
        }).observe(onChunk: { _ in }, onEnd: { end in ends.withLock { $0.append(end) } })
        await #expect(throws: VeilError.upstreamFailed) {
            for try await _ in failing {}
        }
        #expect(ends.withLock { $0 } == [.failed])
    }

    @Test("the normalize stage rejects empty conversations and leaves text alone by default")
    func normalizeStageDefaults() async throws {
        let stage = NormalizeMiddleware()
        await #expect(throws: VeilError.invalidRequest("messages must not be empty")) {
            _ = try await stage.handle(ChatRequest(model: "m", messages: []), context: TestFixtures.context()) { _, _ in
                .complete(TestFixtures.completion("x"))
            }
        }
        let original = "  Ｃａｒｄ：４１１１\n\n  please  "
        let seen = Recorder<String>("")
        _ = try await stage.handle(TestFixtures.request([("user", original)]), context: TestFixtures.context()) {
            request, _ in
            seen.withLock { $0 = request.messages[0].text }
            return .complete(TestFixtures.completion("x"))
        }
        #expect(seen.withLock { $0 } == original)

        var policy = Policy()
        policy.normalization.forwardNFKC = true
        policy.normalization.forwardCollapsedWhitespace = true
        _ = try await stage.handle(
            TestFixtures.request([("user", original)]), context: TestFixtures.context(policy: policy)
        ) {
            request,
            _ in
            seen.withLock { $0 = request.messages[0].text }
            return .complete(TestFixtures.completion("x"))
        }
        #expect(seen.withLock { $0 } == "Card:4111 please")
    }
}
