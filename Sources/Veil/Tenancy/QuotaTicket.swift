import Synchronization

/// A request admitted by a ``QuotaLimiter``: holds one concurrency slot until released.
///
/// Release it exactly once when the response has ended (for a stream: after the last chunk), passing the tokens the
/// request used. A ticket dropped without release gives its slot back and charges nothing, so an aborted request
/// cannot leak a slot.
public final class QuotaTicket: Sendable {
    private let limiter: QuotaLimiter
    private let tenant: TenantID
    private let policy: QuotaPolicy
    private let released = Atomic<Bool>(false)

    init(limiter: QuotaLimiter, tenant: TenantID, policy: QuotaPolicy) {
        self.limiter = limiter
        self.tenant = tenant
        self.policy = policy
    }

    /// Gives the concurrency slot back and debits `tokens` from the tenant's tokens-per-minute bucket.
    ///
    /// Later calls do nothing.
    ///
    /// - Parameters:
    ///   - tokens: Prompt plus completion tokens of the answer (0 if unknown).
    ///   - cached: Whether the answer came from the cache; such tokens count only if
    ///     ``QuotaPolicy/countCachedTokens`` is set.
    public func release(tokens: Int = 0, cached: Bool = false) {
        guard !self.released.exchange(true, ordering: .acquiringAndReleasing) else { return }
        self.limiter.release(tenant: self.tenant, policy: self.policy, tokens: tokens, cached: cached)
    }

    deinit {
        if !self.released.load(ordering: .acquiring) {
            self.limiter.release(tenant: self.tenant, policy: self.policy, tokens: 0, cached: false)
        }
    }
}
