/// Everything an ``UpstreamPool`` needs to know: the endpoints and how to balance, time out, retry and trip circuits.
///
/// Every field has a default that works on one machine against one local server, so the smallest configuration is
/// just a list of endpoints:
///
/// ```swift
/// let configuration = UpstreamPoolConfiguration(endpoints: [
///     UpstreamEndpoint(name: "a", baseURL: "http://127.0.0.1:9000/v1"),
///     UpstreamEndpoint(name: "b", baseURL: "http://127.0.0.1:9001/v1"),
/// ])
/// ```
public struct UpstreamPoolConfiguration: Sendable {
    /// How the pool chooses among the endpoints that can take a request.
    public enum Balancing: String, Sendable, Hashable, CaseIterable {
        /// Power of two choices: sample two eligible endpoints at random and take the one with fewer requests in
        /// flight per unit of weight. Adapts to slow endpoints without global coordination; the default.
        case leastOutstanding
        /// Smooth weighted round-robin (as in nginx): traffic follows the weights exactly, whatever the load.
        case weightedRoundRobin
    }

    /// The time limits applied to each request.
    ///
    /// LLM responses are slow by nature (a long completion can take minutes), so the defaults are generous; the
    /// idle limit is what catches a stream that has silently stalled.
    public struct Timeouts: Sendable, Hashable {
        /// Limit for establishing a TCP (and TLS) connection; applied through the `HTTPClient` configuration
        /// (see ``UpstreamPoolConfiguration/makeHTTPClientConfiguration()``). Default 5 s.
        public var connect: Duration
        /// Limit from sending the request to receiving the response head. For a non-streaming completion this
        /// covers the whole generation. Default 120 s.
        public var firstByte: Duration
        /// Limit between two body chunks of a response. Default 60 s.
        public var idleBetweenChunks: Duration
        /// Limit for the whole exchange, from ``UpstreamPool/send(_:)`` to the last body byte, retries included.
        /// Default 600 s.
        public var total: Duration

        /// Creates timeouts; every argument has the documented default.
        ///
        /// - Parameters:
        ///   - connect: Connection establishment limit.
        ///   - firstByte: Request-to-response-head limit.
        ///   - idleBetweenChunks: Limit between body chunks.
        ///   - total: Limit for the whole exchange.
        public init(
            connect: Duration = .seconds(5),
            firstByte: Duration = .seconds(120),
            idleBetweenChunks: Duration = .seconds(60),
            total: Duration = .seconds(600)
        ) {
            self.connect = connect
            self.firstByte = firstByte
            self.idleBetweenChunks = idleBetweenChunks
            self.total = total
        }
    }

    /// When and how a failed attempt is retried.
    ///
    /// Attempts fail over on connection errors, 429 and 5xx, always to a different endpoint when one is
    /// eligible, and only before a response is handed back, so no byte has reached the client yet.
    public struct RetryPolicy: Sendable, Hashable {
        /// Most attempts per request, the first included (default 3; values below 1 act as 1).
        public var maxAttempts: Int
        /// Backoff before the first retry; doubles per retry, with full jitter (a uniform draw in `0...backoff`),
        /// so that clients that failed together do not retry together. Default 50 ms.
        public var baseBackoff: Duration
        /// Upper bound on the backoff before jitter. Default 2 s.
        public var maxBackoff: Duration
        /// Whether a first-byte timeout is retried on another endpoint. Off by default: the upstream may still be
        /// generating (and billing) the answer, and retrying an overloaded fleet makes it worse.
        public var retryOnFirstByteTimeout: Bool

        /// Creates a retry policy; every argument has the documented default.
        ///
        /// - Parameters:
        ///   - maxAttempts: Most attempts, the first included.
        ///   - baseBackoff: Backoff before the first retry.
        ///   - maxBackoff: Cap on the backoff.
        ///   - retryOnFirstByteTimeout: Whether first-byte timeouts are retried.
        public init(
            maxAttempts: Int = 3,
            baseBackoff: Duration = .milliseconds(50),
            maxBackoff: Duration = .seconds(2),
            retryOnFirstByteTimeout: Bool = false
        ) {
            self.maxAttempts = maxAttempts
            self.baseBackoff = baseBackoff
            self.maxBackoff = maxBackoff
            self.retryOnFirstByteTimeout = retryOnFirstByteTimeout
        }
    }

    /// Passive health: when an endpoint's circuit opens and how it recovers.
    ///
    /// After ``failureThreshold`` consecutive failures (connection errors, timeouts, 5xx) the circuit opens and the
    /// endpoint receives no traffic for ``coolDown``; then one probe request at a time is let through (half-open).
    /// A successful probe closes the circuit, a failed one opens it for another cool-down.
    public struct CircuitBreakerPolicy: Sendable, Hashable {
        /// Consecutive failures that open the circuit (default 5; 0 disables the breaker).
        public var failureThreshold: Int
        /// How long an open circuit rejects traffic before admitting a probe. Default 10 s.
        public var coolDown: Duration

        /// Creates a circuit-breaker policy; every argument has the documented default.
        ///
        /// - Parameters:
        ///   - failureThreshold: Consecutive failures that open the circuit; 0 disables it.
        ///   - coolDown: Time an open circuit waits before a probe.
        public init(failureThreshold: Int = 5, coolDown: Duration = .seconds(10)) {
            self.failureThreshold = failureThreshold
            self.coolDown = coolDown
        }
    }

    /// The servers in the pool.
    public var endpoints: [UpstreamEndpoint]
    /// The balancing strategy (default ``Balancing/leastOutstanding``).
    public var balancing: Balancing
    /// Time limits per request.
    public var timeouts: Timeouts
    /// Retry behaviour.
    public var retry: RetryPolicy
    /// Circuit-breaker behaviour.
    public var circuit: CircuitBreakerPolicy
    /// Interval of the active health checks (`GET {baseURL}/models`), or `nil` (the default) for passive health only.
    public var healthCheckInterval: Duration?

    /// Creates a pool configuration; everything but the endpoints has a default.
    ///
    /// - Parameters:
    ///   - endpoints: The servers in the pool.
    ///   - balancing: The balancing strategy.
    ///   - timeouts: Time limits per request.
    ///   - retry: Retry behaviour.
    ///   - circuit: Circuit-breaker behaviour.
    ///   - healthCheckInterval: Interval of active health checks, or `nil` for none.
    public init(
        endpoints: [UpstreamEndpoint],
        balancing: Balancing = .leastOutstanding,
        timeouts: Timeouts = Timeouts(),
        retry: RetryPolicy = RetryPolicy(),
        circuit: CircuitBreakerPolicy = CircuitBreakerPolicy(),
        healthCheckInterval: Duration? = nil
    ) {
        self.endpoints = endpoints
        self.balancing = balancing
        self.timeouts = timeouts
        self.retry = retry
        self.circuit = circuit
        self.healthCheckInterval = healthCheckInterval
    }
}
