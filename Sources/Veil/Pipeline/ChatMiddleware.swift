/// One stage of Veil's chat pipeline, in the shape of Hummingbird's `MiddlewareProtocol`.
///
/// A stage sees the request on the way in and the response on the way out. `next` is non-escaping, so a stage can
/// change the request, change the response, or answer early without calling `next` (a cache hit). Stages are
/// immutable `Sendable` values; per-request state lives in the ``ChatContext`` or in locals.
///
/// ```
///   client                                                         model upstream
///     │ request                                                          ▲
///     ▼                                                                  │
///  ┌──────────┐   ┌────────────┐   ┌───────────┐   ┌──────────────────┐  │
///  │Normalize │──▶│ Anonymize  │──▶│   Cache   │──▶│ UpstreamResponder│──┘
///  │  (NFKC)  │   │ PII → <T_n>│   │exact/sem. │   │  (load-balanced) │
///  └──────────┘   └────────────┘   └───────────┘   └──────────────────┘
///     ▲                 │ restore        │ store sealed          │
///     │ response        ▼ <T_n> → PII    ▼ (anonymized only)     │
///  ◀──┴─────────────────┴────────────────┴───────────────────────┘
/// ```
/// Responses unwind in reverse order, as in SwiftNIO and Hummingbird: the cache sits inside the anonymizer, so it
/// only ever sees placeholder text.
///
/// ```swift
/// struct Cache: ChatMiddleware {
///     func handle(_ request: ChatRequest, context: ChatContext,
///                 next: (ChatRequest, ChatContext) async throws -> ChatResponse) async throws -> ChatResponse {
///         if let hit = try await lookup(request, context) { return hit }
///         let response = try await next(request, context)
///         try await store(response, request, context)
///         return response
///     }
/// }
/// ```
public protocol ChatMiddleware: Sendable {
    /// Handles one request, calling `next` for the rest of the pipeline (or not, to answer early).
    ///
    /// - Parameters:
    ///   - request: the request as the previous stage left it.
    ///   - context: per-request facts: tenant, policy, subject, request id, logger, cache directives.
    ///   - next: the rest of the pipeline.
    /// - Returns: the response, possibly transformed on its way back out.
    /// - Throws: ``VeilError`` for anything the client should see; other errors become `internalError`.
    func handle(
        _ request: ChatRequest,
        context: ChatContext,
        next: (ChatRequest, ChatContext) async throws -> ChatResponse
    ) async throws -> ChatResponse
}

/// The end of a pipeline: produces a response without calling further stages (the model upstream, or a test
/// double).
public protocol ChatResponder: Sendable {
    /// Answers a request.
    func respond(to request: ChatRequest, context: ChatContext) async throws -> ChatResponse
}
