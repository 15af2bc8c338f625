import Foundation
import Testing

@testable import Veil

@Suite("Anonymize stage")
struct AnonymizeStageTests {
    func run(
        _ messages: [(String, String)],
        policy: Policy = Policy(),
        streaming: Bool = false,
        answer: @escaping @Sendable (ChatRequest) -> ChatResponse
    ) async throws -> (upstream: [ChatRequest], response: ChatResponse) {
        let directory = TemporaryDirectory()
        let store = try StoreFixtures.store(directory)
        let seen = Recorder<[ChatRequest]>([])
        let stage = AnonymizeMiddleware(store: store)
        var request = TestFixtures.request(messages)
        request.stream = streaming
        let response = try await stage.handle(request, context: TestFixtures.context(policy: policy)) { request, _ in
            seen.withLock { $0.append(request) }
            return answer(request)
        }
        return (seen.withLock { $0 }, response)
    }

    @Test("the model sees placeholders numbered across the whole conversation; the client gets values back")
    func placeholdersAcrossTurns() async throws {
        let (upstream, response) = try await run([
            ("system", "Customer e-mail: anna@example.com"),
            ("user", "Hi, I'm Anna Schmidt, my e-mail is anna@example.com"),
            ("assistant", "Thanks Anna Schmidt."),
            ("user", "Also cc bob@example.org and anna@example.com"),
        ]) { request in
            .complete(TestFixtures.completion("Sent to " + request.messages[3].text))
        }
        let texts = upstream[0].messages.map(\.text)
        #expect(texts[0] == "Customer e-mail: <EMAIL_1>")
        #expect(texts[1].contains("<EMAIL_1>"))
        #expect(texts[3] == "Also cc <EMAIL_2> and <EMAIL_1>")
        #expect(!texts.joined().contains("@"))
        #expect(!texts.joined().contains("Schmidt"))
        let answer = try await response.completion().choices[0].message.text
        #expect(answer == "Sent to Also cc bob@example.org and anna@example.com")
        #expect(response.info.redactions["EMAIL"] == 4)
    }

    @Test("placeholders the model invents are left as they are")
    func inventedPlaceholdersStay() async throws {
        let (_, response) = try await run([("user", "Mail me at x@example.com")]) { _ in
            .complete(TestFixtures.completion("<EMAIL_1> and <EMAIL_7> and <PHONE_1>"))
        }
        #expect(try await response.completion().choices[0].message.text == "x@example.com and <EMAIL_7> and <PHONE_1>")
    }

    @Test("tool-call arguments are restored as JSON-escaped strings")
    func toolArgumentsRestored() async throws {
        let (_, response) = try await run([("user", "Book it for Dr. O'Brien \"Jim\", jim@example.com")]) { request in
            var completion = TestFixtures.completion("")
            completion.choices[0].message.toolCalls = [
                ToolCall(id: "t", function: FunctionCall(name: "book", arguments: "{\"email\":\"<EMAIL_1>\"}"))
            ]
            completion.choices[0].finishReason = "tool_calls"
            #expect(request.messages[0].text.contains("<EMAIL_1>"))
            return .complete(completion)
        }
        let arguments = try await response.completion().choices[0].message.toolCalls?.first?.function?.arguments
        #expect(arguments == "{\"email\":\"jim@example.com\"}")
    }

    @Test("a placeholder split across stream chunks at every byte position is restored")
    func streamSplitAtEveryByte() async throws {
        let answerText = "Dear <PERSON_1>, we wrote to <EMAIL_1>."
        let bytes = Array(answerText.utf8)
        for cut in 1..<bytes.count {
            let first = String(decoding: bytes[..<cut], as: UTF8.self)
            let second = String(decoding: bytes[cut...], as: UTF8.self)
            let (_, response) = try await run([("user", "I'm Maria Garcia, maria@example.com")], streaming: true) { _ in
                let chunks: [ChatCompletionChunk] = [
                    .init(
                        id: "c", created: 1, model: "m",
                        choices: [.init(index: 0, delta: .init(role: "assistant", content: first))]),
                    .init(id: "c", created: 1, model: "m", choices: [.init(index: 0, delta: .init(content: second))]),
                    .init(
                        id: "c", created: 1, model: "m",
                        choices: [.init(index: 0, delta: .init(), finishReason: "stop")]),
                ]
                return .stream(ChatCompletionStream(chunks: chunks))
            }
            var text = ""
            for try await chunk in response.stream(includeUsage: false) {
                text += chunk.choices.first?.delta.content ?? ""
            }
            #expect(text == "Dear Maria Garcia, we wrote to maria@example.com.", "cut at \(cut)")
        }
    }

    @Test("text that cannot become a placeholder is not held back")
    func streamDoesNotHoldPlainText() async throws {
        let (_, response) = try await run([("user", "hello x@example.com")], streaming: true) { _ in
            .stream(
                ChatCompletionStream(chunks: [
                    .init(
                        id: "c", created: 1, model: "m",
                        choices: [.init(index: 0, delta: .init(content: "Hello there"))]),
                    .init(id: "c", created: 1, model: "m", choices: [.init(index: 0, delta: .init(content: " <EMA"))]),
                    .init(id: "c", created: 1, model: "m", choices: [.init(index: 0, delta: .init(content: "IL_1>!"))]),
                ])
            )
        }
        var pieces: [String] = []
        for try await chunk in response.stream(includeUsage: false) {
            pieces.append(chunk.choices.first?.delta.content ?? "")
        }
        #expect(pieces[0] == "Hello there")
        #expect(pieces[1] == " ")
        #expect(pieces[2] == "x@example.com!")
    }

    @Test("text held back at the end of a stream is flushed in choice order, every run")
    func heldBackTextIsFlushedInChoiceOrder() async throws {
        let (_, response) = try await run([("user", "hello x@example.com")], streaming: true) { _ in
            // Eight choices each end in text that could still become a placeholder, and the stream just stops.
            .stream(
                ChatCompletionStream(chunks: [
                    .init(
                        id: "c", created: 1, model: "m",
                        choices: (0..<8).map { .init(index: $0, delta: .init(content: "part \($0) <EMA")) })
                ])
            )
        }
        var last: ChatCompletionChunk?
        for try await chunk in response.stream(includeUsage: false) { last = chunk }
        let flushed = try #require(last)
        #expect(flushed.choices.map(\.index) == Array(0..<8))
        #expect(flushed.choices.allSatisfy { $0.delta.content == "<EMA" })
    }

    @Test("a keyed hash that cannot be computed fails the request instead of merging values")
    func hashFailureFailsTheRequest() async throws {
        var policy = Policy()
        policy.privacy.actions[.email] = .hash
        let directory = TemporaryDirectory()
        let store = MACFailingStore(base: try StoreFixtures.store(directory))
        let stage = AnonymizeMiddleware(store: store)
        let calls = Recorder(0)
        await #expect(throws: VeilError.internalError) {
            _ = try await stage.handle(
                TestFixtures.request([("user", "Mail a@example.com and b@example.org")]),
                context: TestFixtures.context(policy: policy)
            ) { _, _ in
                calls.withLock { $0 += 1 }
                return .complete(TestFixtures.completion("ok"))
            }
        }
        #expect(calls.withLock { $0 } == 0)
    }

    @Test("a blocked entity type refuses the request, naming the type and never the value")
    func blockRefuses() async throws {
        var policy = Policy()
        policy.privacy.actions[.creditCard] = .block
        do {
            _ = try await run([("user", "My card is 4111 1111 1111 1111")], policy: policy) { _ in
                Issue.record("the model must not be called")
                return .complete(TestFixtures.completion(""))
            }
            Issue.record("expected a refusal")
        } catch let error as VeilError {
            #expect(error.status == 422)
            #expect(error.description.contains("CREDIT_CARD"))
            #expect(!error.description.contains("4111"))
        }
    }

    @Test("redact and hash actions are irreversible; hash is stable within a tenant")
    func redactAndHash() async throws {
        var policy = Policy()
        policy.privacy.actions[.email] = .hash
        policy.privacy.actions[.ipAddress] = .redact
        let (upstream, response) = try await run(
            [("user", "from a@example.com at 10.1.2.3, again a@example.com")], policy: policy
        ) {
            request in .complete(TestFixtures.completion(request.messages[0].text))
        }
        let sent = upstream[0].messages[0].text
        #expect(!sent.contains("a@example.com"))
        #expect(!sent.contains("10.1.2.3"))
        #expect(sent.contains("[IP_ADDRESS]"))
        let answer = try await response.completion().choices[0].message.text
        #expect(answer == sent)
    }
}

/// A store whose MACs fail: what a keyring fault looks like to the privacy stage.
struct MACFailingStore: TenantStore {
    let base: any TenantStore

    func get(_ table: StoreTable, tenant: TenantID, key: [UInt8]) throws -> [UInt8]? {
        try base.get(table, tenant: tenant, key: key)
    }
    func apply(_ batch: StoreBatch) async throws { try await base.apply(batch) }
    func scan(
        _ table: StoreTable, tenant: TenantID, prefix: [UInt8], _ body: ([UInt8], [UInt8]) throws -> Bool
    ) throws {
        try base.scan(table, tenant: tenant, prefix: prefix, body)
    }
    func keys(_ table: StoreTable, tenant: TenantID, prefix: [UInt8]) throws -> [[UInt8]] {
        try base.keys(table, tenant: tenant, prefix: prefix)
    }
    func mac(tenant: TenantID, purpose: StorePurpose, _ message: [UInt8]) throws -> [UInt8] {
        throw StoreError.unavailable
    }
    func usage(_ table: StoreTable, tenant: TenantID) throws -> (records: Int, bytes: Int) {
        try base.usage(table, tenant: tenant)
    }
    func tenantIDs() throws -> [TenantID] { try base.tenantIDs() }
    func keysAlive(tenant: TenantID) -> Bool { base.keysAlive(tenant: tenant) }
}
