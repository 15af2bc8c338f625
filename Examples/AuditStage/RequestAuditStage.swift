import Veil

/// What ``RequestAuditStage`` records of one request: who, which model, how it was served and how long it took, never
/// the prompt or the answer.
public struct AuditRecord: Sendable, Hashable {
    /// The tenant the request belonged to.
    public var tenant: String
    /// The request id (`X-Request-Id`).
    public var requestID: String
    /// The model asked for.
    public var model: String
    /// How many messages the conversation had.
    public var messages: Int
    /// How the cache served it (`miss`, `hit-exact` …), or `error` when the pipeline threw.
    public var outcome: String
    /// Time spent in the stages after this one and the model, in microseconds.
    public var microseconds: Int64
}

/// The audit id a ``RequestAuditStage`` gives a request, readable by every stage after it.
public enum AuditIDKey: ChatContextKey {
    /// No id before the audit stage ran.
    public static let defaultValue: String? = nil
}

/// An example of a user stage: an audit trail of every chat request, added with
/// `Veil(configuration: …) { RequestAuditStage(sink: …) }`.
///
/// Why an app writes one: its compliance team wants a record per request in its own system, with the app's own ids,
/// and Veil's logs are Veil's. The stage runs after normalization and before anonymization (the order is fixed by
/// ``Veil/init(configuration:responder:httpClient:userStages:)``), so it could see personal data; it records counts
/// and outcomes only. It tags the request with an audit id in ``ChatContext/storage`` for stages after it.
public struct RequestAuditStage: ChatMiddleware {
    private let sink: @Sendable (AuditRecord) -> Void
    private let makeID: @Sendable (ChatContext) -> String

    /// Records into `sink`; audit ids come from `makeID` (by default the tenant and request id).
    public init(
        makeID: @escaping @Sendable (ChatContext) -> String = { "\($0.tenant.id)/\($0.requestID)" },
        sink: @escaping @Sendable (AuditRecord) -> Void
    ) {
        self.makeID = makeID
        self.sink = sink
    }

    /// Tags the request, runs the rest of the pipeline and records the outcome, including a failure.
    public func handle(
        _ request: ChatRequest,
        context: ChatContext,
        next: (ChatRequest, ChatContext) async throws -> ChatResponse
    ) async throws -> ChatResponse {
        var context = context
        context.storage[AuditIDKey.self] = makeID(context)
        let start = ContinuousClock.now
        var record = AuditRecord(
            tenant: "\(context.tenant.id)",
            requestID: context.requestID,
            model: request.model,
            messages: request.messages.count,
            outcome: "error",
            microseconds: 0
        )
        do {
            let response = try await next(request, context)
            record.outcome = response.info.cacheStatus.rawValue
            record.microseconds = (ContinuousClock.now - start).microseconds
            sink(record)
            return response
        } catch {
            record.microseconds = (ContinuousClock.now - start).microseconds
            sink(record)
            throw error
        }
    }
}

extension Duration {
    fileprivate var microseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    }
}
