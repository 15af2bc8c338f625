import Metrics

/// How one attempt ended, as the `outcome` label of `veil_upstream_requests_total`.
enum AttemptOutcome: String, CaseIterable, Sendable {
    case success
    case clientError = "client_error"
    case rateLimited = "rate_limited"
    case serverError = "server_error"
    case connectError = "connect_error"
    case timeout
    case cancelled

    init(status: Int) {
        switch status {
        case 429: self = .rateLimited
        case 500...: self = .serverError
        case 400..<500: self = .clientError
        default: self = .success
        }
    }

    init(error: UpstreamError) {
        if error.timeoutPhase != nil {
            self = .timeout
        } else if error == .cancelled {
            self = .cancelled
        } else {
            self = .connectError
        }
    }
}

/// The metric objects of one endpoint, created once so the request path never asks the factory again.
///
/// Only the swift-metrics API is used; the backend (Prometheus in the daemon) is bootstrapped by the executable.
/// Labels are the endpoint name and small fixed sets, never request data.
struct EndpointMetrics: Sendable {
    private let requests: [Counter]
    private let retries: [Counter]
    private let streamErrors: Counter
    let inFlight: Meter
    let healthy: Gauge
    let latency: Timer

    init(endpoint: String, factory: any MetricsFactory) {
        self.requests = AttemptOutcome.allCases.map {
            Counter(
                label: "veil_upstream_requests_total",
                dimensions: [("endpoint", endpoint), ("outcome", $0.rawValue)],
                factory: factory
            )
        }
        self.retries = AttemptOutcome.allCases.map {
            Counter(
                label: "veil_upstream_retries_total",
                dimensions: [("endpoint", endpoint), ("reason", $0.rawValue)],
                factory: factory
            )
        }
        self.streamErrors = Counter(
            label: "veil_upstream_stream_errors_total",
            dimensions: [("endpoint", endpoint)],
            factory: factory
        )
        self.inFlight = Meter(label: "veil_upstream_in_flight", dimensions: [("endpoint", endpoint)], factory: factory)
        self.healthy = Gauge(label: "veil_upstream_healthy", dimensions: [("endpoint", endpoint)], factory: factory)
        self.latency = Timer(
            label: "veil_upstream_latency_seconds",
            dimensions: [("endpoint", endpoint)],
            preferredDisplayUnit: .seconds,
            factory: factory
        )
    }

    func countRequest(_ outcome: AttemptOutcome) {
        self.requests[Self.position(of: outcome)].increment()
    }

    /// Counts a retry away from this endpoint, labelled with why the attempt failed.
    func countRetry(_ reason: AttemptOutcome) {
        self.retries[Self.position(of: reason)].increment()
    }

    func countStreamError() {
        self.streamErrors.increment()
    }

    private static func position(of outcome: AttemptOutcome) -> Int {
        AttemptOutcome.allCases.firstIndex(of: outcome) ?? 0
    }
}
