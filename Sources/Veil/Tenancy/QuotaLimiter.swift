import VeilSync

/// Per-tenant request, token and concurrency limits, enforced before a request enters the pipeline.
///
/// Each tenant has two token buckets — requests per minute and tokens per minute — and a counter of requests in
/// progress, sized from its ``QuotaPolicy``. ``acquire(tenant:policy:)`` takes one request from the request bucket and
/// one concurrency slot, and refuses when the token bucket is already empty; the tokens a request really used are
/// known only at its end, so ``QuotaTicket/release(tokens:cached:)`` debits them afterwards (a bucket may go negative,
/// which holds the tenant back until it refills).
///
/// State is per tenant and sharded over a few `Locked` values, each held for well under a microsecond and never across an
/// `await`, so one tenant's flood costs other tenants nothing but a hash.
///
/// ```swift
/// let ticket = try limiter.acquire(tenant: tenant.id, policy: tenant.policy.quotas)  // throws 429
/// defer { ticket.release(tokens: usage.totalTokens, cached: hit) }
/// ```
public final class QuotaLimiter: Sendable {
    /// Reads the current time in seconds on a monotonic clock; tests inject a manual one.
    public typealias Clock = @Sendable () -> Double

    private let shards: [Shard]
    private let now: Clock
    private let coordinator: (any QuotaCoordinator)?

    /// Creates a limiter that enforces every limit in this process, on the continuous clock.
    public convenience init() {
        self.init(now: nil, coordinator: nil)
    }

    /// Creates a limiter.
    ///
    /// - Parameters:
    ///   - now: The time source in seconds (default: `ContinuousClock`, relative to creation).
    ///   - coordinator: Enforces the request and token rates across hosts instead of this process's buckets (the
    ///     concurrency limit stays per process); `nil` enforces everything here.
    package init(now: Clock? = nil, coordinator: (any QuotaCoordinator)? = nil) {
        self.coordinator = coordinator
        if let now {
            self.now = now
        } else {
            let origin = ContinuousClock.now
            self.now = { (ContinuousClock.now - origin).seconds }
        }
        self.shards = (0..<16).map { _ in Shard() }
    }

    /// Admits one request of `tenant`, or refuses it.
    ///
    /// Checks, in order, concurrent requests, requests per minute, and tokens per minute; a limit of zero or less is
    /// unlimited.
    ///
    /// - Parameters:
    ///   - tenant: Whose quota to charge.
    ///   - policy: The tenant's limits (read on every call, so policy changes apply at once).
    /// - Returns: A ticket to release when the request ends; it gives back the concurrency slot and debits tokens.
    /// - Throws: ``VeilError/quotaExceeded(_:retryAfter:)`` naming the limit and the seconds until it frees up.
    public func acquire(tenant: TenantID, policy: QuotaPolicy) throws -> QuotaTicket {
        let time = self.now()
        let shard = self.shard(for: tenant)
        let local = self.localPolicy(policy)
        let coordinated = local != policy
        let refusal: VeilError? = shard.state.withLock { tenants in
            var quota = tenants[tenant] ?? TenantQuota(policy: policy, now: time)
            defer { tenants[tenant] = quota }
            if coordinated { return quota.admitConcurrency(policy: policy, now: time) }
            return quota.admit(policy: policy, now: time)
        }
        if let refusal { throw refusal }
        if let coordinator, coordinated, let refusal = coordinator.admit(tenant: tenant, policy: policy) {
            shard.state.withLock { tenants in tenants[tenant]?.finish(policy: local, tokens: 0, now: time) }
            throw refusal
        }
        return QuotaTicket(limiter: self, tenant: tenant, policy: policy)
    }

    /// The requests of `tenant` in progress now, for stats and tests.
    ///
    /// - Parameter tenant: The tenant.
    /// - Returns: How many tickets are outstanding.
    public func inFlight(tenant: TenantID) -> Int {
        self.shard(for: tenant).state.withLock { $0[tenant]?.inFlight ?? 0 }
    }

    func release(tenant: TenantID, policy: QuotaPolicy, tokens: Int, cached: Bool) {
        let time = self.now()
        let charge = cached && !policy.countCachedTokens ? 0 : max(0, tokens)
        let local = self.localPolicy(policy)
        self.shard(for: tenant).state.withLock { tenants in
            guard var quota = tenants[tenant] else { return }
            quota.finish(policy: local, tokens: charge, now: time)
            tenants[tenant] = quota
        }
        if let coordinator, local != policy, charge > 0 {
            coordinator.charge(tenant: tenant, policy: policy, tokens: charge)
        }
    }

    /// The limits this process enforces itself: all of them, or only concurrency while a coordinator has the rates.
    private func localPolicy(_ policy: QuotaPolicy) -> QuotaPolicy {
        guard let coordinator = self.coordinator, coordinator.isCoordinating else { return policy }
        var local = policy
        local.requestsPerMinute = 0
        local.tokensPerMinute = 0
        return local
    }

    private func shard(for tenant: TenantID) -> Shard {
        var hasher = Hasher()
        hasher.combine(tenant)
        let index = Int(UInt(bitPattern: hasher.finalize()) % UInt(self.shards.count))
        return self.shards[index]
    }

    /// One lock and the tenants that hash to it.
    final class Shard: Sendable {
        let state = Locked<[TenantID: TenantQuota]>([:])
    }
}
