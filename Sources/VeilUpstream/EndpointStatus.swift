/// A point-in-time view of one endpoint, for `/readyz`, the admin API and metrics.
public struct EndpointStatus: Sendable, Hashable {
    /// The state of an endpoint's circuit breaker.
    public enum CircuitState: String, Sendable, Hashable, CaseIterable {
        /// Traffic flows normally.
        case closed
        /// Too many consecutive failures: no traffic until the cool-down ends.
        case open
        /// Cool-down over: one probe request at a time decides whether to close or re-open.
        case halfOpen
    }

    /// The endpoint's ``UpstreamEndpoint/name``.
    public var name: String
    /// Whether the endpoint takes ordinary traffic: circuit closed, last active check passed and weight above 0.
    public var healthy: Bool
    /// The circuit-breaker state.
    public var circuit: CircuitState
    /// Whether the last active health check passed (`true` until one fails, and when checks are off).
    public var activeCheckPassing: Bool
    /// Requests currently in flight, open streams included.
    public var inFlight: Int
    /// Consecutive failures counted by the circuit breaker.
    public var consecutiveFailures: Int

    /// Creates a status value.
    ///
    /// - Parameters:
    ///   - name: Endpoint name.
    ///   - healthy: Whether it takes ordinary traffic.
    ///   - circuit: Circuit-breaker state.
    ///   - activeCheckPassing: Whether the last active check passed.
    ///   - inFlight: Requests in flight.
    ///   - consecutiveFailures: Consecutive failures.
    public init(
        name: String,
        healthy: Bool,
        circuit: CircuitState,
        activeCheckPassing: Bool,
        inFlight: Int,
        consecutiveFailures: Int
    ) {
        self.name = name
        self.healthy = healthy
        self.circuit = circuit
        self.activeCheckPassing = activeCheckPassing
        self.inFlight = inFlight
        self.consecutiveFailures = consecutiveFailures
    }
}
