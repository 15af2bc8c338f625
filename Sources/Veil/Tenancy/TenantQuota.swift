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

    /// Admits against the concurrency limit only, while a ``QuotaCoordinator`` enforces the rates across processes.
    /// The buckets keep refilling at the policy's rates without being charged, so that they are full, not empty,
    /// when this process has to enforce the rates alone again (the coordinator's database became unreachable).
    mutating func admitConcurrency(policy: QuotaPolicy, now: Double) -> VeilError? {
        self.requests.refill(perMinute: policy.requestsPerMinute, now: now)
        self.tokens.refill(perMinute: policy.tokensPerMinute, now: now)
        if policy.concurrentRequests > 0, self.inFlight >= policy.concurrentRequests {
            return .quotaExceeded("concurrent requests", retryAfter: 1)
        }
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
