/// The passive-health state machine of one endpoint.
///
/// A value type with a private `State` that returns actions, in the manner of AsyncHTTPClient's connection-pool
/// state machines: it does no I/O and reads no clock (the caller passes `now`), so every transition is unit-tested
/// without sockets or sleeping. The pool keeps one per endpoint behind its `Locked`.
///
/// ```
///            failures >= threshold                 cool-down over, admit()
///   closed ─────────────────────────▶ open ───────────────────────────────▶ half-open (one probe)
///     ▲                                ▲                                         │
///     │                                └───────────── probe failed ──────────────┤
///     └──────────────────────────────────────────── probe succeeded ─────────────┘
/// ```
struct CircuitBreaker: Sendable, Hashable {
    /// What ``admit(now:)`` decided.
    enum Admission: Hashable {
        /// An ordinary request on a closed circuit.
        case admitted
        /// The single probe of a half-open circuit; its outcome decides the circuit.
        case probe
        /// The circuit does not take this request.
        case rejected
    }

    /// A transition the caller should report (log line, health gauge).
    enum Action: Hashable {
        case none
        case opened
        case closed
    }

    /// How an attempt ended, as far as endpoint health is concerned.
    enum Outcome: Hashable {
        /// The endpoint answered (2xx–4xx other than 429).
        case success
        /// Connection error, timeout or 5xx.
        case failure
        /// Says nothing about health (429, caller cancelled).
        case neutral
    }

    private enum State: Hashable {
        case closed(consecutiveFailures: Int)
        case open(until: ContinuousClock.Instant, consecutiveFailures: Int)
        case halfOpen(probeInFlight: Bool, consecutiveFailures: Int)
    }

    private var state: State
    private let failureThreshold: Int
    private let coolDown: Duration

    init(policy: UpstreamPoolConfiguration.CircuitBreakerPolicy) {
        self.state = .closed(consecutiveFailures: 0)
        self.failureThreshold = policy.failureThreshold
        self.coolDown = policy.coolDown
    }

    /// Whether ``admit(now:)`` would admit a request now, without changing anything.
    func wouldAdmit(now: ContinuousClock.Instant) -> Bool {
        switch self.state {
        case .closed: return true
        case .open(let until, _): return now >= until
        case .halfOpen(let probeInFlight, _): return !probeInFlight
        }
    }

    /// Admits a request or not; an open circuit whose cool-down is over becomes half-open and admits one probe.
    mutating func admit(now: ContinuousClock.Instant) -> Admission {
        switch self.state {
        case .closed:
            return .admitted
        case .open(let until, let failures):
            guard now >= until else { return .rejected }
            self.state = .halfOpen(probeInFlight: true, consecutiveFailures: failures)
            return .probe
        case .halfOpen(let probeInFlight, let failures):
            guard !probeInFlight else { return .rejected }
            self.state = .halfOpen(probeInFlight: true, consecutiveFailures: failures)
            return .probe
        }
    }

    /// Records how an admitted request ended.
    ///
    /// Only the probe decides a half-open circuit; results of requests admitted before the circuit opened are
    /// ignored once it is open, because they describe the past.
    mutating func record(_ outcome: Outcome, probe: Bool, now: ContinuousClock.Instant) -> Action {
        switch (self.state, outcome) {
        case (.closed, .success):
            self.state = .closed(consecutiveFailures: 0)
            return .none
        case (.closed(let failures), .failure):
            let count = failures + 1
            if self.failureThreshold > 0 && count >= self.failureThreshold {
                self.state = .open(until: now + self.coolDown, consecutiveFailures: count)
                return .opened
            }
            self.state = .closed(consecutiveFailures: count)
            return .none
        case (.closed, .neutral), (.open, _):
            return .none
        case (.halfOpen, _) where !probe:
            return .none
        case (.halfOpen, .success):
            self.state = .closed(consecutiveFailures: 0)
            return .closed
        case (.halfOpen(_, let failures), .failure):
            self.state = .open(until: now + self.coolDown, consecutiveFailures: failures + 1)
            return .opened
        case (.halfOpen(_, let failures), .neutral):
            self.state = .halfOpen(probeInFlight: false, consecutiveFailures: failures)
            return .none
        }
    }

    /// The state as reported in ``EndpointStatus``.
    var phase: EndpointStatus.CircuitState {
        switch self.state {
        case .closed: return .closed
        case .open: return .open
        case .halfOpen: return .halfOpen
        }
    }

    /// Consecutive failures counted so far.
    var consecutiveFailures: Int {
        switch self.state {
        case .closed(let failures), .open(_, let failures), .halfOpen(_, let failures): return failures
        }
    }
}
