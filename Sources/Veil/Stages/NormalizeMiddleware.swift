/// The first stage: rewrites the request's text as far as the tenant's policy allows.
///
/// By default nothing the model sees changes (code indentation and exact spelling can matter to an answer); the
/// cache and the PII scanner normalize on their own, so this stage only applies
/// ``NormalizationPolicy/forwardNFKC`` and ``NormalizationPolicy/forwardCollapsedWhitespace`` when a tenant opts in.
/// It also rejects requests that no later stage could handle.
package struct NormalizeMiddleware: ChatMiddleware {
    /// Creates the stage.
    package init() {}

    /// Validates and, if the policy says so, rewrites the request.
    package func handle(
        _ request: ChatRequest,
        context: ChatContext,
        next: (ChatRequest, ChatContext) async throws -> ChatResponse
    ) async throws -> ChatResponse {
        guard !request.messages.isEmpty else { throw VeilError.invalidRequest("messages must not be empty") }
        guard !request.model.isEmpty else { throw VeilError.invalidRequest("model is required") }
        let policy = context.tenant.policy.normalization
        guard policy.forwardNFKC || policy.forwardCollapsedWhitespace else { return try await next(request, context) }
        var request = request
        request.messages = request.messages.map { message in
            var message = message
            message.content = message.content?.mapText { text in
                var text = text
                if policy.forwardNFKC { text = TextNormalizer.nfkc(text) }
                if policy.forwardCollapsedWhitespace { text = TextNormalizer.collapseWhitespace(text) }
                return text
            }
            return message
        }
        return try await next(request, context)
    }
}
