import CoreMetrics
import Metrics
import Veil
import VeilSync

/// The gateway's metrics, written through the swift-metrics API (the Prometheus backend is chosen in `main`).
///
/// Labels are few and bounded: tenant, outcome (`hit-exact`, `hit-semantic`, `miss`, `bypass`, `error`), status,
/// entity type. Never a request id, a model answer or a key. Handles are created once per label set and kept, so a
/// request costs a dictionary lookup per metric instead of a trip through the factory.
public struct GatewayMetrics: Sendable {
    let factory: any MetricsFactory
    private let handles: Handles

    /// Creates the metrics on `factory` (default: the bootstrapped `MetricsSystem`).
    ///
    /// - Parameter factory: Where the metrics go; tests pass their own.
    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        self.factory = factory
        self.handles = Handles()
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
        self.counter("veil_requests_total", [("tenant", tenant), ("outcome", outcome), ("status", String(status))])
            .increment()
        self.timer("veil_request_duration_seconds", [("outcome", outcome)]).recordNanoseconds(timings.total)
        if let upstream = timings.upstream {
            self.timer("veil_upstream_duration_seconds", []).recordNanoseconds(upstream)
            self.timer("veil_pipeline_overhead_seconds", [("outcome", outcome)])
                .recordNanoseconds(max(0, timings.total - upstream))
        }
        if let firstToken = timings.firstToken {
            self.timer("veil_time_to_first_token_seconds", [("outcome", outcome)]).recordNanoseconds(firstToken)
        }
        if let info {
            for (entity, count) in info.redactions where count > 0 {
                self.counter("veil_redactions_total", [("entity_type", entity)]).increment(by: Int64(count))
            }
            if info.joinedInFlight { self.counter("veil_singleflight_merges_total", []).increment() }
            if info.cacheFault { self.counter("veil_cache_faults_total", []).increment() }
        }
        if tokensSaved > 0 {
            self.counter("veil_tokens_saved_total", [("tenant", tenant)]).increment(by: Int64(tokensSaved))
        }
    }

    /// Records a user's verdict, and whether the tenant's semantic tier is now suspended.
    func recordFeedback(tenant: String, verdict: String, outcome: FeedbackOutcome) {
        self.counter("veil_feedback_total", [("tenant", tenant), ("verdict", verdict)]).increment()
        self.recordSemanticSuspension(tenant: tenant, suspended: outcome.semanticSuspended)
    }

    /// Sets the tenant's semantic-suspension gauge (1 suspended, 0 serving).
    func recordSemanticSuspension(tenant: String, suspended: Bool) {
        Gauge(label: "veil_semantic_suspended", dimensions: [("tenant", tenant)], factory: self.factory)
            .record(suspended ? 1 : 0)
    }

    private func counter(_ label: String, _ dimensions: [(String, String)]) -> Counter {
        let key = Self.key(label, dimensions)
        if let counter = self.handles.counters.withLock({ $0[key] }) { return counter }
        let counter = Counter(label: label, dimensions: dimensions, factory: self.factory)
        return self.handles.counters.withLock { counters in
            if let existing = counters[key] { return existing }
            counters[key] = counter
            return counter
        }
    }

    private func timer(_ label: String, _ dimensions: [(String, String)]) -> Timer {
        let key = Self.key(label, dimensions)
        if let timer = self.handles.timers.withLock({ $0[key] }) { return timer }
        let timer = Timer(label: label, dimensions: dimensions, factory: self.factory)
        return self.handles.timers.withLock { timers in
            if let existing = timers[key] { return existing }
            timers[key] = timer
            return timer
        }
    }

    private static func key(_ label: String, _ dimensions: [(String, String)]) -> String {
        var key = label
        for (name, value) in dimensions {
            key += "\u{1F}" + name + "=" + value
        }
        return key
    }

    /// The handles created so far, by label and dimensions.
    final class Handles: Sendable {
        let counters = Locked<[String: Counter]>([:])
        let timers = Locked<[String: Timer]>([:])
    }
}
