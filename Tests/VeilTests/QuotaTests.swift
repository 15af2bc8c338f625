import Testing
import VeilSync

@testable import Veil

/// A clock the test moves by hand.
final class ManualClock: Sendable {
    private let seconds = Locked<Double>(0)
    var now: Double { seconds.withLock { $0 } }
    func advance(_ delta: Double) { seconds.withLock { $0 += delta } }
}

@Suite("QuotaLimiter")
struct QuotaTests {
    let tenantA = TenantID("tenant-a")!
    let tenantB = TenantID("tenant-b")!

    func policy(concurrent: Int = 100, requests: Int = 1000, tokens: Int = 1_000_000, countCached: Bool = false)
        -> QuotaPolicy
    {
        var policy = QuotaPolicy()
        policy.concurrentRequests = concurrent
        policy.requestsPerMinute = requests
        policy.tokensPerMinute = tokens
        policy.countCachedTokens = countCached
        return policy
    }

    func limit(of error: any Error) -> (status: Int, retryAfter: Int?) {
        let veilError = error as? VeilError
        return (veilError?.status ?? 0, veilError?.retryAfter)
    }

    @Test func requestsPerMinuteRefusesTheRequestOverTheLimitWithRetryAfter() throws {
        let clock = ManualClock()
        let limiter = QuotaLimiter(now: { clock.now })
        let policy = policy(requests: 3)
        for _ in 0..<3 { try limiter.acquire(tenant: tenantA, policy: policy).release() }
        let error = #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }
        #expect(error?.status == 429)
        // 3 per minute refill one every 20 s.
        #expect(error?.retryAfter == 20)
        #expect(error?.description.contains("requests per minute") == true)
    }

    @Test func bucketRefillsOverTime() throws {
        let clock = ManualClock()
        let limiter = QuotaLimiter(now: { clock.now })
        let policy = policy(requests: 60)
        for _ in 0..<60 { try limiter.acquire(tenant: tenantA, policy: policy).release() }
        #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }
        clock.advance(1)
        try limiter.acquire(tenant: tenantA, policy: policy).release()
        #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }
        clock.advance(120)
        // Refill is capped at one minute's allowance.
        for _ in 0..<60 { try limiter.acquire(tenant: tenantA, policy: policy).release() }
        #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }
    }

    @Test func concurrentRequestsAreCappedUntilATicketIsReleased() throws {
        let limiter = QuotaLimiter(now: { 0 })
        let policy = policy(concurrent: 2)
        let first = try limiter.acquire(tenant: tenantA, policy: policy)
        let second = try limiter.acquire(tenant: tenantA, policy: policy)
        let error = #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }
        #expect(error?.status == 429)
        #expect(error?.retryAfter == 1)
        #expect(limiter.inFlight(tenant: tenantA) == 2)
        first.release()
        first.release()  // a second release changes nothing
        #expect(limiter.inFlight(tenant: tenantA) == 1)
        let third = try limiter.acquire(tenant: tenantA, policy: policy)
        second.release()
        third.release()
        #expect(limiter.inFlight(tenant: tenantA) == 0)
    }

    @Test func droppedTicketGivesItsSlotBack() throws {
        let limiter = QuotaLimiter(now: { 0 })
        let policy = policy(concurrent: 1)
        do {
            _ = try limiter.acquire(tenant: tenantA, policy: policy)
        }
        #expect(limiter.inFlight(tenant: tenantA) == 0)
        try limiter.acquire(tenant: tenantA, policy: policy).release()
    }

    @Test func tokensAreDebitedAfterTheFactAndHoldTheTenantBack() throws {
        let clock = ManualClock()
        let limiter = QuotaLimiter(now: { clock.now })
        let policy = policy(tokens: 600)
        try limiter.acquire(tenant: tenantA, policy: policy).release(tokens: 900)
        let error = #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }
        #expect(error?.description.contains("tokens per minute") == true)
        // 300 tokens in debt at 10 tokens/s: 31 s until the bucket holds one token.
        #expect(error?.retryAfter == 31)
        clock.advance(31)
        try limiter.acquire(tenant: tenantA, policy: policy).release()
    }

    @Test func cachedTokensCountOnlyWhenThePolicySaysSo() throws {
        let limiter = QuotaLimiter(now: { 0 })
        let free = policy(tokens: 100, countCached: false)
        try limiter.acquire(tenant: tenantA, policy: free).release(tokens: 500, cached: true)
        try limiter.acquire(tenant: tenantA, policy: free).release()

        let counted = policy(tokens: 100, countCached: true)
        try limiter.acquire(tenant: tenantB, policy: counted).release(tokens: 500, cached: true)
        #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantB, policy: counted) }
    }

    @Test func oneTenantsFloodDoesNotTouchAnother() throws {
        let limiter = QuotaLimiter(now: { 0 })
        let policy = policy(concurrent: 5, requests: 10)
        var held: [QuotaTicket] = []
        for _ in 0..<5 { held.append(try limiter.acquire(tenant: tenantA, policy: policy)) }
        for _ in 0..<20 { _ = try? limiter.acquire(tenant: tenantA, policy: policy) }
        #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }
        for _ in 0..<5 { try limiter.acquire(tenant: tenantB, policy: policy).release() }
        #expect(limiter.inFlight(tenant: tenantB) == 0)
        for ticket in held { ticket.release() }
    }

    @Test func refusedRequestsAreNotCharged() throws {
        let limiter = QuotaLimiter(now: { 0 })
        let policy = policy(concurrent: 1, requests: 2)
        let holder = try limiter.acquire(tenant: tenantA, policy: policy)
        for _ in 0..<10 { _ = try? limiter.acquire(tenant: tenantA, policy: policy) }
        holder.release()
        // Only the one admitted request was taken from the request bucket.
        try limiter.acquire(tenant: tenantA, policy: policy).release()
        #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }
    }

    @Test func zeroMeansUnlimited() throws {
        let limiter = QuotaLimiter(now: { 0 })
        let policy = policy(concurrent: 0, requests: 0, tokens: 0)
        var held: [QuotaTicket] = []
        for _ in 0..<500 { held.append(try limiter.acquire(tenant: tenantA, policy: policy)) }
        for ticket in held { ticket.release(tokens: 1_000_000) }
        try limiter.acquire(tenant: tenantA, policy: policy).release()
    }

    @Test("with a coordinator: rates go to it, concurrency stays here, and the buckets are full when it stops")
    func coordinatorTakesTheRatesAndHandsBackFullBuckets() throws {
        let clock = ManualClock()
        let coordinator = FakeCoordinator()
        let limiter = QuotaLimiter(now: { clock.now }, coordinator: coordinator)
        let policy = policy(concurrent: 2, requests: 60)
        // Coordinating: 200 requests in the same instant are the coordinator's to count, not the local bucket's.
        for _ in 0..<200 { try limiter.acquire(tenant: tenantA, policy: policy).release() }
        #expect(coordinator.admitted == 200)
        coordinator.refuse = true
        #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }
        coordinator.refuse = false
        let held = try [
            limiter.acquire(tenant: tenantA, policy: policy), limiter.acquire(tenant: tenantA, policy: policy),
        ]
        #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }  // concurrency
        for ticket in held { ticket.release() }
        // The coordinator's database goes away: this process enforces the rates alone, from a full bucket (a minute's
        // allowance at once, not the trickle a bucket emptied while coordinating would give).
        coordinator.coordinating = false
        for _ in 0..<60 { try limiter.acquire(tenant: tenantA, policy: policy).release() }
        #expect(throws: VeilError.self) { try limiter.acquire(tenant: tenantA, policy: policy) }
        #expect(coordinator.admitted == 202)
    }
}

/// A coordinator the test switches by hand.
final class FakeCoordinator: QuotaCoordinator {
    private struct State {
        var coordinating = true
        var refuse = false
        var admitted = 0
    }
    private let state = Locked(State())
    var coordinating: Bool {
        get { state.withLock { $0.coordinating } }
        set { state.withLock { $0.coordinating = newValue } }
    }
    var refuse: Bool {
        get { state.withLock { $0.refuse } }
        set { state.withLock { $0.refuse = newValue } }
    }
    var admitted: Int { state.withLock { $0.admitted } }
    var isCoordinating: Bool { coordinating }

    func admit(tenant: TenantID, policy: QuotaPolicy) -> VeilError? {
        state.withLock { state in
            if state.refuse { return .quotaExceeded("requests per minute", retryAfter: 1) }
            state.admitted += 1
            return nil
        }
    }

    func charge(tenant: TenantID, policy: QuotaPolicy, tokens: Int) {}
}
