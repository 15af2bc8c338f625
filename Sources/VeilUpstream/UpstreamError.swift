/// Why the pool could not deliver a response.
///
/// Shaped like AsyncHTTPClient's `HTTPClientError`: a struct around a private code, so cases can be added without
/// breaking callers, and ``description`` is one of a small fixed set of strings, safe as a metric label and free of
/// any payload (no body, no prompt, no key, no URL).
///
/// ```swift
/// do { response = try await pool.send(request) } catch let error as UpstreamError where error == .unknownModel { … }
/// ```
public struct UpstreamError: Error, Hashable, CustomStringConvertible {
    /// Which time limit of ``UpstreamPoolConfiguration/Timeouts`` was exceeded.
    public enum TimeoutPhase: String, Sendable, Hashable, CaseIterable {
        /// Connection establishment.
        case connect
        /// Request sent, response head not yet received.
        case firstByte
        /// Between two body chunks.
        case idleBetweenChunks
        /// The whole exchange.
        case total
    }

    private enum Code: Hashable {
        case noHealthyEndpoint
        case unknownModel
        case saturated
        case timeout(TimeoutPhase)
        case connectFailed
        case allAttemptsFailed(lastStatus: Int)
        case streamInterrupted
        case bodyTooLarge
        case cancelled
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// Every endpoint that serves the model is unhealthy (open circuit, failing health check or weight 0).
    public static let noHealthyEndpoint = UpstreamError(.noHealthyEndpoint)
    /// No endpoint serves the requested model.
    public static let unknownModel = UpstreamError(.unknownModel)
    /// Every healthy endpoint that serves the model is at its ``UpstreamEndpoint/maxConcurrency``.
    public static let saturated = UpstreamError(.saturated)
    /// A connection could not be established, or was lost before a response head arrived.
    public static let connectFailed = UpstreamError(.connectFailed)
    /// The response body broke off (connection lost) after the response had been returned.
    public static let streamInterrupted = UpstreamError(.streamInterrupted)
    /// ``UpstreamBody/collect(upTo:)`` saw more bytes than allowed.
    public static let bodyTooLarge = UpstreamError(.bodyTooLarge)
    /// The caller's task was cancelled.
    public static let cancelled = UpstreamError(.cancelled)

    /// A time limit was exceeded.
    ///
    /// - Parameter phase: The limit that was exceeded.
    /// - Returns: The error.
    public static func timeout(_ phase: TimeoutPhase) -> UpstreamError {
        UpstreamError(.timeout(phase))
    }

    /// Every attempt ended in a retryable status (429 or 5xx); the last one is kept for the caller's status mapping.
    ///
    /// - Parameter lastStatus: The status of the last attempt.
    /// - Returns: The error.
    public static func allAttemptsFailed(lastStatus: Int) -> UpstreamError {
        UpstreamError(.allAttemptsFailed(lastStatus: lastStatus))
    }

    /// The exceeded limit if this is a timeout, else `nil`.
    public var timeoutPhase: TimeoutPhase? {
        if case .timeout(let phase) = self.code { return phase }
        return nil
    }

    /// The last upstream status if every attempt failed with one, else `nil`.
    public var lastStatus: Int? {
        if case .allAttemptsFailed(let status) = self.code { return status }
        return nil
    }

    /// The HTTP status a gateway should answer with: 504 for timeouts, 404 for an unknown model, 503 when no
    /// endpoint can take the request, 429 when the upstreams rate-limited every attempt, 499 for a cancelled
    /// client, else 502.
    public var suggestedHTTPStatus: Int {
        switch self.code {
        case .timeout: return 504
        case .unknownModel: return 404
        case .noHealthyEndpoint, .saturated: return 503
        case .allAttemptsFailed(let status) where status == 429: return 429
        case .cancelled: return 499
        case .allAttemptsFailed, .connectFailed, .streamInterrupted, .bodyTooLarge: return 502
        }
    }

    /// A short, fixed, snake_case name (e.g. `timeout_first_byte`), suitable as a metric label.
    public var shortDescription: String {
        switch self.code {
        case .noHealthyEndpoint: return "no_healthy_endpoint"
        case .unknownModel: return "unknown_model"
        case .saturated: return "saturated"
        case .timeout(.connect): return "timeout_connect"
        case .timeout(.firstByte): return "timeout_first_byte"
        case .timeout(.idleBetweenChunks): return "timeout_idle_between_chunks"
        case .timeout(.total): return "timeout_total"
        case .connectFailed: return "connect_failed"
        case .allAttemptsFailed: return "all_attempts_failed"
        case .streamInterrupted: return "stream_interrupted"
        case .bodyTooLarge: return "body_too_large"
        case .cancelled: return "cancelled"
        }
    }

    /// The short name, plus the last status for ``allAttemptsFailed(lastStatus:)``; never a payload.
    public var description: String {
        if case .allAttemptsFailed(let status) = self.code {
            return "UpstreamError.all_attempts_failed(last_status: \(status))"
        }
        return "UpstreamError.\(self.shortDescription)"
    }
}
