import CoreMetrics
import Metrics
import Veil

/// The gateway's metrics, written through the swift-metrics API (the Prometheus backend is chosen in `main`).
///
/// Labels are few and bounded: tenant, outcome (`hit-exact`, `hit-semantic`, `miss`, `bypass`, `error`), status,
/// entity type. Never a request id, a model answer or a key.
public struct GatewayMetrics: Sendable {
    let factory: any MetricsFactory

    /// Creates the metrics on `factory` (default: the bootstrapped `MetricsSystem`).
    ///
    /// - Parameter factory: Where the metrics go; tests pass a `TestMetrics`.
    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        self.factory = factory
    }

    /// Timings of one request, in nanoseconds; `nil` where a phase did not happen.
    struct Timings: Sendable {
        var total: Int64
        var upstream: Int64?
        var firstToken: Int64?
    }

    /// Records one finished request.
    func record(
        tenant: String,
        outcome: String,
        status: Int,
        timings: Timings,
        info: ResponseInfo?,
        tokensSaved: Int
    ) {
        Counter(
            label: "veil_requests_total",
            dimensions: [("tenant", tenant), ("outcome", outcome), ("status", String(status))],
            factory: self.factory
        ).increment()
        Timer(label: "veil_request_duration_seconds", dimensions: [("outcome", outcome)], factory: self.factory)
            .recordNanoseconds(timings.total)
        if let upstream = timings.upstream {
            Timer(label: "veil_upstream_duration_seconds", dimensions: [], factory: self.factory)
                .recordNanoseconds(upstream)
            Timer(label: "veil_pipeline_overhead_seconds", dimensions: [("outcome", outcome)], factory: self.factory)
                .recordNanoseconds(max(0, timings.total - upstream))
        }
        if let firstToken = timings.firstToken {
            Timer(label: "veil_time_to_first_token_seconds", dimensions: [("outcome", outcome)], factory: self.factory)
                .recordNanoseconds(firstToken)
        }
        if let info {
            for (entity, count) in info.redactions where count > 0 {
                Counter(label: "veil_redactions_total", dimensions: [("entity_type", entity)], factory: self.factory)
                    .increment(by: Int64(count))
            }
            if info.joinedInFlight {
                Counter(label: "veil_singleflight_merges_total", dimensions: [], factory: self.factory).increment()
            }
            if info.cacheFault {
                Counter(label: "veil_cache_faults_total", dimensions: [], factory: self.factory).increment()
            }
        }
        if tokensSaved > 0 {
            Counter(label: "veil_tokens_saved_total", dimensions: [("tenant", tenant)], factory: self.factory)
                .increment(by: Int64(tokensSaved))
        }
    }
}
