/// The error every Veil stage, the gateway and the CLI report.
///
/// Shaped like AsyncHTTPClient's `HTTPClientError`: a struct over a private code, so cases can be added without
/// breaking callers, and so no payload ever rides along — the message is chosen from a fixed set of texts (plus at
/// most an entity type or a field name), never the prompt, a PII value or a key. ``status`` and ``type`` map it
/// onto OpenAI's error JSON.
public struct VeilError: Error, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case invalidRequest(String)
        case unauthorized
        case forbidden
        case notFound
        case payloadTooLarge
        case unsupportedMediaType
        case unknownModel
        case piiBlocked(String)
        case quotaExceeded(String, retryAfter: Int)
        case upstreamFailed
        case upstreamTimeout
        case upstreamRejected(Int)
        case storeUnavailable
        case tenantErased
        case cancelled
        case internalError
    }

    private let code: Code

    private init(_ code: Code) { self.code = code }

    /// The request is malformed; `field` names the offending field or problem (never its value).
    public static func invalidRequest(_ field: String) -> VeilError { VeilError(.invalidRequest(field)) }
    /// No valid API key was presented.
    public static let unauthorized = VeilError(.unauthorized)
    /// The key is valid but not allowed to do this.
    public static let forbidden = VeilError(.forbidden)
    /// No such route or resource.
    public static let notFound = VeilError(.notFound)
    /// The body is over the configured limit.
    public static let payloadTooLarge = VeilError(.payloadTooLarge)
    /// The body is not JSON.
    public static let unsupportedMediaType = VeilError(.unsupportedMediaType)
    /// The model is not served, or not allowed by the tenant's policy.
    public static let unknownModel = VeilError(.unknownModel)
    /// The tenant's policy blocks requests that contain this entity type.
    public static func piiBlocked(_ entityType: String) -> VeilError { VeilError(.piiBlocked(entityType)) }
    /// A per-tenant quota (`limit` names which) is exhausted for `retryAfter` seconds.
    public static func quotaExceeded(_ limit: String, retryAfter: Int) -> VeilError {
        VeilError(.quotaExceeded(limit, retryAfter: max(1, retryAfter)))
    }
    /// Every upstream attempt failed.
    public static let upstreamFailed = VeilError(.upstreamFailed)
    /// The upstream did not answer in time.
    public static let upstreamTimeout = VeilError(.upstreamTimeout)
    /// The upstream answered with this non-success status, passed on to the client.
    public static func upstreamRejected(status: Int) -> VeilError { VeilError(.upstreamRejected(status)) }
    /// The store cannot be used (closed, or the tenant's keys are unavailable).
    public static let storeUnavailable = VeilError(.storeUnavailable)
    /// The tenant's keys were destroyed: nothing of it can be served.
    public static let tenantErased = VeilError(.tenantErased)
    /// The client went away.
    public static let cancelled = VeilError(.cancelled)
    /// Anything else; details go to the log, never to the client.
    public static let internalError = VeilError(.internalError)

    /// The HTTP status this error maps to.
    public var status: Int {
        switch code {
        case .invalidRequest: 400
        case .unauthorized: 401
        case .forbidden: 403
        case .notFound, .unknownModel: 404
        case .payloadTooLarge: 413
        case .unsupportedMediaType: 415
        case .piiBlocked: 422
        case .quotaExceeded: 429
        case .upstreamFailed: 502
        case .upstreamTimeout: 504
        case .upstreamRejected(let status): status
        case .storeUnavailable: 503
        case .tenantErased: 401
        case .cancelled: 499
        case .internalError: 500
        }
    }

    /// OpenAI's error `type` for this error.
    public var type: String {
        switch code {
        case .invalidRequest, .notFound, .unknownModel, .payloadTooLarge, .unsupportedMediaType, .piiBlocked:
            "invalid_request_error"
        case .unauthorized, .tenantErased: "authentication_error"
        case .forbidden: "permission_error"
        case .quotaExceeded: "rate_limit_error"
        case .upstreamFailed, .upstreamTimeout, .upstreamRejected, .storeUnavailable, .cancelled, .internalError:
            "api_error"
        }
    }

    /// OpenAI's machine-readable error `code`.
    public var errorCode: String {
        switch code {
        case .invalidRequest: "invalid_request"
        case .unauthorized, .tenantErased: "invalid_api_key"
        case .forbidden: "forbidden"
        case .notFound: "not_found"
        case .unknownModel: "model_not_found"
        case .payloadTooLarge: "payload_too_large"
        case .unsupportedMediaType: "unsupported_media_type"
        case .piiBlocked: "pii_blocked"
        case .quotaExceeded: "rate_limit_exceeded"
        case .upstreamFailed: "upstream_error"
        case .upstreamTimeout: "upstream_timeout"
        case .upstreamRejected: "upstream_error"
        case .storeUnavailable: "store_unavailable"
        case .cancelled: "cancelled"
        case .internalError: "internal_error"
        }
    }

    /// Seconds the client should wait, for quota errors.
    public var retryAfter: Int? {
        if case .quotaExceeded(_, let seconds) = code { return seconds }
        return nil
    }

    /// A short, payload-free message, safe for clients, logs and metric labels.
    public var description: String {
        switch code {
        case .invalidRequest(let field): "Invalid request: \(field)."
        case .unauthorized: "Invalid or missing API key."
        case .forbidden: "This key may not do that."
        case .notFound: "Not found."
        case .payloadTooLarge: "Request body is larger than the limit."
        case .unsupportedMediaType: "Request body must be application/json."
        case .unknownModel: "The model does not exist or is not available to this tenant."
        case .piiBlocked(let type):
            "The request contains personal data of type \(type), which this tenant's policy blocks."
        case .quotaExceeded(let limit, _): "Quota exceeded: \(limit)."
        case .upstreamFailed: "The model upstream failed."
        case .upstreamTimeout: "The model upstream timed out."
        case .upstreamRejected(let status): "The model upstream answered with status \(status)."
        case .storeUnavailable: "The store is unavailable."
        case .tenantErased: "Invalid or missing API key."
        case .cancelled: "The request was cancelled."
        case .internalError: "Internal error."
        }
    }
}
