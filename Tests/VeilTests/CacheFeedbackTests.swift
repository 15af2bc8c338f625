import Foundation
import Testing
import VeilDataRights
import VeilStorage

@testable import Veil

/// Users' verdicts on served answers: a wrong semantic hit is evicted and never served again, the false-hit budget
/// suspends the semantic tier, and what verdicts changed survives restarts and goes with erasure.
@Suite("Cache feedback", .serialized)
struct CacheFeedbackTests {
    static let stored = [("user", "How do I cancel my subscription?")]
    static let paraphrase = [("user", "Could you please tell me how to cancel my subscription?")]

    /// A tenant whose budget trips on the `reports`-th wrong verdict.
    static func tenant(minimumReports: Int = 3) -> Tenant {
        var policy = Policy()
        policy.cache.semantic.feedback.minimumReports = minimumReports
        return StoreFixtures.tenant("acme", policy: policy)
    }

    @Test("a semantic hit reported wrong is evicted and the same pair misses afterwards")
    func wrongSemanticHitIsEvictedAndNeverServedAgain() async throws {
        let harness = try CacheHarness()
        let tenant = Self.tenant()
        _ = try await harness.ask(Self.stored, tenant: tenant, requestID: "r1")
        let hit = try await harness.ask(Self.paraphrase, tenant: tenant, requestID: "r2")
        #expect(hit.info.cacheStatus == .hitSemantic)
        let outcome = try #require(
            try await harness.cache.feedback(
                requestID: "r2", verdict: .wrong, tenant: tenant.id, policy: tenant.policy.cache))
        #expect(outcome == FeedbackOutcome(semanticHit: true, evicted: true, semanticSuspended: false))
        #expect(harness.cache.stats(tenant: tenant.id).entries == 0)
        // The stored question is asked again (a new entry), then the same paraphrase: it must not be served.
        _ = try await harness.ask(Self.stored, tenant: tenant, requestID: "r3")
        let again = try await harness.ask(Self.paraphrase, tenant: tenant, requestID: "r4")
        #expect(again.info.cacheStatus == .miss)
        #expect(harness.cache.stats(tenant: tenant.id).wrongVerdicts == 1)
        // A verdict applies once.
        #expect(
            try await harness.cache.feedback(
                requestID: "r2", verdict: .wrong, tenant: tenant.id, policy: tenant.policy.cache) == nil)
    }

    @Test("a verdict names only this tenant's recent answers")
    func unknownOrForeignRequestIDsChangeNothing() async throws {
        let harness = try CacheHarness()
        let tenant = Self.tenant()
        _ = try await harness.ask(Self.stored, tenant: tenant, requestID: "r1")
        _ = try await harness.ask(Self.stored, tenant: tenant, requestID: "r2")
        let other = StoreFixtures.tenant("globex")
        #expect(
            try await harness.cache.feedback(
                requestID: "r2", verdict: .wrong, tenant: other.id, policy: other.policy.cache) == nil)
        #expect(
            try await harness.cache.feedback(
                requestID: "nope", verdict: .wrong, tenant: tenant.id, policy: tenant.policy.cache) == nil)
        #expect(harness.cache.stats(tenant: tenant.id).entries == 1)
        // "good" on an exact hit is counted and changes nothing.
        let good = try #require(
            try await harness.cache.feedback(
                requestID: "r2", verdict: .good, tenant: tenant.id, policy: tenant.policy.cache))
        #expect(good == FeedbackOutcome(semanticHit: false, evicted: false, semanticSuspended: false))
        #expect(harness.cache.stats(tenant: tenant.id).goodVerdicts == 1)
    }

    @Test("spending the false-hit budget switches the tenant to exact-only until an operator resumes it")
    func budgetTripSuspendsTheSemanticTier() async throws {
        let harness = try CacheHarness()
        let tenant = Self.tenant(minimumReports: 2)
        let pairs = [
            ("How do I cancel my subscription?", "Could you please tell me how to cancel my subscription?"),
            ("How do I reset my password?", "Can you tell me how to reset my password?"),
            ("What are your opening hours?", "Hi! What are your opening hours?"),
        ]
        var suspended = false
        for (n, pair) in pairs.prefix(2).enumerated() {
            _ = try await harness.ask([("user", pair.0)], tenant: tenant, requestID: "s\(n)")
            let hit = try await harness.ask([("user", pair.1)], tenant: tenant, requestID: "q\(n)")
            #expect(hit.info.cacheStatus == .hitSemantic)
            let outcome = try #require(
                try await harness.cache.feedback(
                    requestID: "q\(n)", verdict: .wrong, tenant: tenant.id, policy: tenant.policy.cache))
            suspended = outcome.semanticSuspended
        }
        #expect(suspended)
        #expect(harness.cache.stats(tenant: tenant.id).semanticSuspended)
        // A fresh pair that would hit now misses; the exact tier still serves.
        _ = try await harness.ask([("user", pairs[2].0)], tenant: tenant, requestID: "s2")
        #expect(
            try await harness.ask([("user", pairs[2].1)], tenant: tenant, requestID: "q2").info.cacheStatus == .miss)
        #expect(
            try await harness.ask([("user", pairs[2].0)], tenant: tenant, requestID: "e2").info.cacheStatus == .hitExact
        )
        #expect(try await harness.cache.resumeSemantic(tenant: tenant.id))
        #expect(!harness.cache.stats(tenant: tenant.id).semanticSuspended)
        // Serving resumes; in this context the verdicts raised the threshold above the reported pairs' scores, so
        // the check uses another conversation context (another model), where nothing was reported.
        _ = try await harness.ask([("user", pairs[2].0)], tenant: tenant, requestID: "s3") { $0.model = "other" }
        let resumed = try await harness.ask([("user", pairs[2].1)], tenant: tenant, requestID: "q3") {
            $0.model = "other"
        }
        #expect(resumed.info.cacheStatus == .hitSemantic)
    }

    @Test("what verdicts changed survives a restart: the pair stays refused, the suspension stays")
    func feedbackStateSurvivesRestart() async throws {
        let harness = try CacheHarness()
        let tenant = Self.tenant(minimumReports: 1)
        _ = try await harness.ask(Self.stored, tenant: tenant, requestID: "r1")
        _ = try await harness.ask(Self.paraphrase, tenant: tenant, requestID: "r2")
        let outcome = try await harness.cache.feedback(
            requestID: "r2", verdict: .wrong, tenant: tenant.id, policy: tenant.policy.cache)
        #expect(outcome?.semanticSuspended == true)
        // A new cache over the same store: the tenant's state is rebuilt from the sealed records.
        let reopened = ResponseCache(store: harness.store)
        #expect(reopened.stats(tenant: tenant.id).semanticSuspended)
        try await reopened.resumeSemantic(tenant: tenant.id)
        let state = try reopened.state(for: tenant.id)
        #expect(
            state.feedback.isNegative(
                contextID: try #require(Self.contextID(harness)), storedQuery: "How do I cancel my subscription?",
                query: "Could you please tell me how to cancel my subscription?"))
    }

    @Test("erasing the subject removes its feedback records; erasing the tenant removes all")
    func erasureRemovesFeedback() async throws {
        let harness = try CacheHarness()
        let tenant = Self.tenant()
        _ = try await harness.ask(Self.stored, tenant: tenant, subject: "alice", requestID: "r1")
        _ = try await harness.ask(Self.paraphrase, tenant: tenant, subject: "alice", requestID: "r2")
        _ = try await harness.cache.feedback(
            requestID: "r2", verdict: .wrong, tenant: tenant.id, policy: tenant.policy.cache)
        // One negative pair (alice's) and one raised threshold (the tenant's).
        #expect(try harness.store.usage(.feedback, tenant: tenant.id).records == 2)
        let eraser = try Eraser(store: harness.store, cache: harness.cache)
        let receipt = try await eraser.eraseSubject("alice", tenant: tenant.id)
        #expect(receipt.tables.first { $0.table == "feedback" }?.records == 1)
        #expect(try harness.store.usage(.feedback, tenant: tenant.id).records == 1)
        _ = try await eraser.eraseTenant(tenant.id)
        #expect(try harness.store.keys(.feedback, tenant: tenant.id, prefix: []).isEmpty)
    }

    /// The context id the harness's single-turn requests share.
    static func contextID(_ harness: CacheHarness) -> [UInt8]? {
        let material = CacheKeyMaterial(request: TestFixtures.request(stored), ignoreEarlierTurns: false)
        return try? CacheKeys(
            material: material, tenant: TenantID("acme")!, subject: nil, scope: .tenant, store: harness.store
        ).contextID
    }
}
