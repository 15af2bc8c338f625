import Foundation
import Logging
import Testing
import Veil
import VeilExampleStages

/// A stage that reads what an earlier stage put into the context storage, and what text it was given.
private struct ObservingStage: ChatMiddleware {
    let seen: Recorder<[String]>

    func handle(
        _ request: ChatRequest,
        context: ChatContext,
        next: (ChatRequest, ChatContext) async throws -> ChatResponse
    ) async throws -> ChatResponse {
        seen.withLock { $0.append((context.storage[AuditIDKey.self] ?? "none") + "|" + request.messages[0].text) }
        return try await next(request, context)
    }
}

@Suite("User stages")
struct UserStageTests {
    private static func makeVeil(
        _ directory: TemporaryDirectory,
        model: Recorder<[String]>,
        @ChatPipelineBuilder stages: () -> [any ChatMiddleware]
    ) async throws -> Veil {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return try await Veil(
            configuration: VeilConfiguration(
                dataDirectory: directory.path,
                masterKey: StoreFixtures.masterKey,
                policyDirectory: directory.path + "/no-policies",
                durability: .noSync,
                logger: logger
            ),
            responder: ClosureResponder { request, _ in
                model.withLock { $0.append(request.messages[0].text) }
                return .complete(TestFixtures.completion("We open at nine."))
            },
            userStages: stages
        )
    }

    @Test("the example audit stage records every request's outcome and no prompt text")
    func auditStageRecordsOutcomes() async throws {
        let directory = TemporaryDirectory()
        let records = Recorder<[AuditRecord]>([])
        let model = Recorder<[String]>([])
        let veil = try await Self.makeVeil(directory, model: model) {
            RequestAuditStage { record in records.withLock { $0.append(record) } }
        }
        let (tenant, _) = try await veil.tenants.create(id: TenantID("audited")!, policy: "default")
        let request = TestFixtures.request([("user", "I am Ana Ruiz. When do you open?")])
        for _ in 0..<2 {
            _ = try await veil.complete(request, tenant: tenant, options: RequestOptions(requestID: "r-1"))
                .completion()
            for _ in 0..<400 where !veil.cache.flightsIdle { try await Task.sleep(for: .milliseconds(5)) }
        }
        try await veil.shutdown()
        let got = records.withLock { $0 }
        #expect(got.map(\.outcome) == ["miss", "hit-exact"])
        #expect(got.allSatisfy { $0.tenant == "audited" && $0.requestID == "r-1" && $0.messages == 1 })
        #expect(!"\(got)".contains("Ana"))
        #expect(model.withLock { $0.count } == 1)
    }

    @Test("user stages run after normalization and before anonymization, and pass typed values down")
    func userStagesSitBetweenNormalizeAndAnonymize() async throws {
        let directory = TemporaryDirectory()
        let seen = Recorder<[String]>([])
        let model = Recorder<[String]>([])
        let veil = try await Self.makeVeil(directory, model: model) {
            RequestAuditStage(makeID: { _ in "audit-7" }) { _ in }
            ObservingStage(seen: seen)
        }
        let (tenant, _) = try await veil.tenants.create(id: TenantID("ordered")!, policy: "default")
        // The normalizer runs first: a request it rejects never reaches a user stage.
        await #expect(throws: VeilError.self) {
            _ = try await veil.complete(ChatRequest(model: "m", messages: []), tenant: tenant)
        }
        #expect(seen.withLock { $0 }.isEmpty)
        _ = try await veil.complete(
            TestFixtures.request([("user", "I am Ana Ruiz, is the file ready?")]), tenant: tenant
        ).completion()
        try await veil.shutdown()
        // The user stage sees the text as the user wrote it, and the audit id the stage before it stored.
        let stageSaw = seen.withLock { $0 }
        #expect(stageSaw == ["audit-7|I am Ana Ruiz, is the file ready?"])
        // The model sees the anonymized text only: no user stage sits between the anonymizer and it.
        let modelSaw = model.withLock { $0 }
        #expect(modelSaw.count == 1 && !modelSaw[0].contains("Ana Ruiz") && modelSaw[0].contains("<PERSON_1>"))
    }

    @Test("the audit stage records a failure and passes the error on")
    func auditStageRecordsFailures() async throws {
        let records = Recorder<[AuditRecord]>([])
        let pipeline = ChatPipeline(
            responder: ClosureResponder { _, _ in throw VeilError.upstreamFailed }
        ) {
            RequestAuditStage { record in records.withLock { $0.append(record) } }
        }
        await #expect(throws: VeilError.self) {
            _ = try await pipeline.respond(to: TestFixtures.request([("user", "q")]), context: TestFixtures.context())
        }
        #expect(records.withLock { $0.map(\.outcome) } == ["error"])
    }
}
