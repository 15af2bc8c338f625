import Synchronization

/// Per-tenant request, token and concurrency limits, enforced before a request enters the pipeline.
///
/// Each tenant has two token buckets — requests per minute and tokens per minute — and a counter of requests in
/// progress, sized from its ``QuotaPolicy``. ``acquire(tenant:policy:)`` takes one request from the request bucket and
/// one concurrency slot, and refuses when the token bucket is already empty; the tokens a request really used are
/// known only at its end, so ``QuotaTicket/release(tokens:cached:)`` debits them afterwards (a bucket may go negative,
/// which holds the tenant back until it refills).
///
/// State is per tenant and sharded over a few `Mutex`es, each held for well under a microsecond and never across an
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

    /// Creates a limiter.
    ///
    /// - Parameter now: The time source in seconds (default: `ContinuousClock`, relative to creation).
    public init(now: Clock? = nil) {
        if let now {
            self.now = now
        } else {
            let origin = ContinuousClock.now
            self.now = { (ContinuousClock.now - origin).quotaSeconds }
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
        let refusal: VeilError? = shard.state.withLock { tenants in
            var quota = tenants[tenant] ?? TenantQuota(policy: policy, now: time)
            defer { tenants[tenant] = quota }
            return quota.admit(policy: policy, now: time)
        }
        if let refusal { throw refusal }
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
        self.shard(for: tenant).state.withLock { tenants in
            guard var quota = tenants[tenant] else { return }
            quota.finish(policy: policy, tokens: charge, now: time)
            tenants[tenant] = quota
        }
    }

    private func shard(for tenant: TenantID) -> Shard {
        var hasher = Hasher()
        hasher.combine(tenant)
        let index = Int(UInt(bitPattern: hasher.finalize()) % UInt(self.shards.count))
        return self.shards[index]
    }

    /// One lock and the tenants that hash to it.
    final class Shard: Sendable {
        let state = Mutex<[TenantID: TenantQuota]>([:])
    }
}

/// One tenant's buckets and concurrency counter.
struct TenantQuota: Sendable {
    var requests: TokenBucket
    var tokens: TokenBucket
    var inFlight = 0

    init(policy: QuotaPolicy, now: Double) {
        self.requests = TokenBucket(perMinute: policy.requestsPerMinute, now: now)
        self.tokens = TokenBucket(perMinute: policy.tokensPerMinute, now: now)
    }

    /// Admits a request, or says which limit refuses it; nothing is charged on refusal.
    mutating func admit(policy: QuotaPolicy, now: Double) -> VeilError? {
        self.requests.refill(perMinute: policy.requestsPerMinute, now: now)
        self.tokens.refill(perMinute: policy.tokensPerMinute, now: now)
        if policy.concurrentRequests > 0, self.inFlight >= policy.concurrentRequests {
            return .quotaExceeded("concurrent requests", retryAfter: 1)
        }
        if policy.requestsPerMinute > 0, self.requests.level < 1 {
            return .quotaExceeded(
                "requests per minute",
                retryAfter: self.requests.secondsUntil(1, perMinute: policy.requestsPerMinute)
            )
        }
        if policy.tokensPerMinute > 0, self.tokens.level <= 0 {
            return .quotaExceeded(
                "tokens per minute",
                retryAfter: self.tokens.secondsUntil(1, perMinute: policy.tokensPerMinute)
            )
        }
        if policy.requestsPerMinute > 0 { self.requests.level -= 1 }
        self.inFlight += 1
        return nil
    }

    mutating func finish(policy: QuotaPolicy, tokens: Int, now: Double) {
        self.inFlight = max(0, self.inFlight - 1)
        guard policy.tokensPerMinute > 0, tokens > 0 else { return }
        self.tokens.refill(perMinute: policy.tokensPerMinute, now: now)
        self.tokens.level -= Double(tokens)
    }
}

/// A bucket that holds up to one minute's allowance and refills continuously.
struct TokenBucket: Sendable {
    var level: Double
    var updated: Double

    init(perMinute: Int, now: Double) {
        self.level = Double(max(0, perMinute))
        self.updated = now
    }

    mutating func refill(perMinute: Int, now: Double) {
        let capacity = Double(max(0, perMinute))
        let elapsed = max(0, now - self.updated)
        self.updated = max(self.updated, now)
        self.level = min(capacity, self.level + elapsed * capacity / 60)
    }

    /// Whole seconds (at least one) until the bucket holds `amount`.
    func secondsUntil(_ amount: Double, perMinute: Int) -> Int {
        let rate = Double(max(1, perMinute)) / 60
        let missing = max(0, amount - self.level)
        let seconds = (missing / rate).rounded(.up)
        return seconds >= 3600 ? 3600 : max(1, Int(seconds))
    }
}

extension Duration {
    fileprivate var quotaSeconds: Double {
        let parts = self.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
