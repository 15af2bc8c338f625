/// Enforces the request and token rates of ``QuotaPolicy`` across several processes (the hosts of a shared store),
/// in place of the per-process buckets of a ``QuotaLimiter``.
///
/// A ``QuotaLimiter`` created with a coordinator keeps the concurrency limit per process and asks the coordinator
/// for the rates while ``isCoordinating``; every call runs on the request path, so it must answer from memory (a
/// coordinator exchanges its counts with the other hosts in the background).
package protocol QuotaCoordinator: Sendable {
    /// Whether the coordinator can enforce the fleet's limits now; when it cannot (its database is unreachable),
    /// the limiter enforces them in this process alone.
    var isCoordinating: Bool { get }

    /// Admits one request of `tenant` against the fleet's requests-per-minute and tokens-per-minute limits, counting
    /// it when admitted.
    ///
    /// - Returns: `nil` to admit, or ``VeilError/quotaExceeded(_:retryAfter:)`` naming the limit.
    func admit(tenant: TenantID, policy: QuotaPolicy) -> VeilError?

    /// Charges the tokens an admitted request used (already zero for cached answers the policy does not count).
    func charge(tenant: TenantID, policy: QuotaPolicy, tokens: Int)
}
