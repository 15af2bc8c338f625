import Logging
import Veil

/// What the gateway logs about one request: counts, labels and timings — never prompt text or PII.
struct RequestLogLine: Sendable {
    let tenant: String
    let requestID: String
    let received: ContinuousClock.Instant
    var stream = false
    var info: ResponseInfo?
    var firstToken: ContinuousClock.Instant?
    var finished: ContinuousClock.Instant?
    var status = 0
    var tokensSaved = 0
    var error: VeilError?

    init(tenant: String, requestID: String, received: ContinuousClock.Instant) {
        self.tenant = tenant
        self.requestID = requestID
        self.received = received
    }

    mutating func finish(status: Int, tokensSaved: Int, error: VeilError? = nil) {
        self.finished = .now
        self.status = status
        self.tokensSaved = tokensSaved
        self.error = error
    }

    /// `hit-exact`, `hit-semantic`, `miss`, `bypass`, or `error`.
    var outcome: String {
        if self.error != nil || self.status >= 400 { return "error" }
        return self.info?.cacheStatus.rawValue ?? "bypass"
    }

    var totalNanoseconds: Int64 { Self.nanoseconds((self.finished ?? .now) - self.received) }

    var upstreamNanoseconds: Int64? {
        self.info?.upstreamSeconds.map { Int64($0 * 1e9) }
    }

    var firstTokenNanoseconds: Int64? { self.firstToken.map { Self.nanoseconds($0 - self.received) } }

    var metadata: Logger.Metadata {
        var metadata: Logger.Metadata = [
            "tenant": "\(self.tenant)",
            "request_id": "\(self.requestID)",
            "outcome": "\(self.outcome)",
            "status": "\(self.status)",
            "stream": "\(self.stream)",
            "total_ms": "\(Self.milliseconds(self.totalNanoseconds))",
        ]
        if let upstream = self.upstreamNanoseconds { metadata["upstream_ms"] = "\(Self.milliseconds(upstream))" }
        if let first = self.firstTokenNanoseconds { metadata["ttft_ms"] = "\(Self.milliseconds(first))" }
        if let endpoint = self.info?.upstream { metadata["upstream"] = "\(endpoint)" }
        if let info = self.info, !info.redactions.isEmpty {
            metadata["redactions"] = .dictionary(info.redactions.mapValues { .stringConvertible($0) })
        }
        if let error = self.error { metadata["error"] = "\(error.errorCode)" }
        return metadata
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let parts = duration.components
        return parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000
    }

    static func milliseconds(_ nanoseconds: Int64) -> Double {
        (Double(nanoseconds) / 1000).rounded() / 1000
    }
}
