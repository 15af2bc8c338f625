/// Stages composed in order, ending in a responder.
///
/// The first stage sees the request first and the response last, as in Hummingbird's middleware stack.
///
/// ```swift
/// let pipeline = ChatPipeline(responder: upstream) {
///     NormalizeMiddleware()
///     AnonymizeMiddleware(...)
///     CacheMiddleware(...)
/// }
/// let response = try await pipeline.respond(to: request, context: context)
/// ```
package struct ChatPipeline: ChatResponder {
    /// The stages, outermost first.
    package let stages: [any ChatMiddleware]
    /// The innermost responder.
    package let responder: any ChatResponder
    /// The chain, composed once here rather than walked stage by stage on every request: each stage's `next` is the
    /// already composed rest of the pipeline.
    private let entry: @Sendable (ChatRequest, ChatContext) async throws -> ChatResponse

    /// Composes `stages` (outermost first) in front of `responder`.
    package init(stages: [any ChatMiddleware], responder: any ChatResponder) {
        self.stages = stages
        self.responder = responder
        var next: @Sendable (ChatRequest, ChatContext) async throws -> ChatResponse = { request, context in
            try await responder.respond(to: request, context: context)
        }
        for stage in stages.reversed() {
            let inner = next
            next = { request, context in try await stage.handle(request, context: context, next: inner) }
        }
        entry = next
    }

    /// Composes stages written in a builder block, outermost first.
    package init(responder: any ChatResponder, @ChatPipelineBuilder _ stages: () -> [any ChatMiddleware]) {
        self.init(stages: stages(), responder: responder)
    }

    /// Runs the request through every stage and the responder.
    package func respond(to request: ChatRequest, context: ChatContext) async throws -> ChatResponse {
        try await entry(request, context)
    }
}

/// Collects stages written one per line into an array, for ``ChatPipeline/init(responder:_:)``.
@resultBuilder
public enum ChatPipelineBuilder {
    /// Collects the stages of a block.
    public static func buildBlock(_ stages: [any ChatMiddleware]...) -> [any ChatMiddleware] { stages.flatMap { $0 } }
    /// Lifts one stage.
    public static func buildExpression(_ stage: any ChatMiddleware) -> [any ChatMiddleware] { [stage] }
    /// Supports `if` without `else`.
    public static func buildOptional(_ stages: [any ChatMiddleware]?) -> [any ChatMiddleware] { stages ?? [] }
    /// Supports `if`/`else`, first branch.
    public static func buildEither(first stages: [any ChatMiddleware]) -> [any ChatMiddleware] { stages }
    /// Supports `if`/`else`, second branch.
    public static func buildEither(second stages: [any ChatMiddleware]) -> [any ChatMiddleware] { stages }
}

/// A responder made from a closure, for tests and for embedding Veil in front of a custom model client.
public struct ClosureResponder: ChatResponder {
    private let body: @Sendable (ChatRequest, ChatContext) async throws -> ChatResponse

    /// Wraps `body`.
    public init(_ body: @escaping @Sendable (ChatRequest, ChatContext) async throws -> ChatResponse) {
        self.body = body
    }

    /// Calls the closure.
    public func respond(to request: ChatRequest, context: ChatContext) async throws -> ChatResponse {
        try await body(request, context)
    }
}
