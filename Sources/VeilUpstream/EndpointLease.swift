import VeilSync

/// An endpoint's claim for one returned response: keeps it counted in flight until the body ends.
///
/// Least-outstanding balancing must see open streams as load, so the in-flight slot is released only when the
/// body finishes, fails, or is dropped unread (then `deinit` releases it: every exit path is covered). A `Locked`
/// makes release exactly-once even if the iterator and `deinit` race.
final class EndpointLease: Sendable {
    private let pool: UpstreamPool
    private let index: Int
    private let released = Locked(false)

    init(pool: UpstreamPool, index: Int) {
        self.pool = pool
        self.index = index
    }

    /// Releases the slot; a `failure` also counts against the endpoint's circuit (a stream that stalled or broke).
    func finish(_ outcome: CircuitBreaker.Outcome, error: UpstreamError? = nil) {
        let first = self.released.withLock { released in
            defer { released = true }
            return !released
        }
        guard first else { return }
        self.pool.endStream(index: self.index, outcome: outcome, error: error)
    }

    deinit {
        self.finish(.neutral)
    }
}
