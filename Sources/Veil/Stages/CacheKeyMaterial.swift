/// What the cache keys on, derived from a (normalized, anonymized) request.
///
/// The *context* is everything that can change the answer apart from the last message: model, system prompt,
/// earlier turns, tools, sampling parameters, response format and any field Veil does not know. The *query* is the
/// last message. The exact tier keys on both; the semantic tier compares queries only among entries whose context
/// is identical, so a follow-up ("how old is he?") can never hit another conversation's answer.
package struct CacheKeyMaterial: Sendable, Hashable {
    /// The canonical encoding of the context (not a key by itself: the cache MACs it under the tenant's key).
    package var context: [UInt8]
    /// The last message's text, normalized.
    package var query: String
    /// The last message's role.
    package var queryRole: String

    /// Request fields that cannot change the answer and so stay out of the fingerprint.
    static let excludedFields: Set<String> = ["stream", "stream_options", "user", "metadata", "store", "service_tier"]

    /// Derives the key material of `request`.
    ///
    /// - Parameter ignoreEarlierTurns: leave earlier user/assistant/tool turns out of the context (system and
    ///   developer messages stay in); the policy must say so explicitly, since it lets a follow-up hit an answer
    ///   given in another conversation.
    package init(request: ChatRequest, ignoreEarlierTurns: Bool = false) {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        output.append(contentsOf: "veil-ctx-v1\u{0}".utf8)
        JSONValue.appendQuoted(request.model, to: &output)
        let last = request.messages.last
        let earlier = request.messages.dropLast()
        output.append(UInt8(ascii: "["))
        for message in earlier {
            if ignoreEarlierTurns && message.role != "system" && message.role != "developer" { continue }
            Self.appendMessage(message, to: &output)
        }
        output.append(UInt8(ascii: "]"))
        if let last {
            // The last message's non-text parts (images, tool call ids) belong to the context: the same words about
            // another image are another question.
            var stripped = last
            stripped.content = last.content.map { content in
                if case .parts(let parts) = content {
                    return .parts(parts.map { ContentPart(type: $0.type, extra: $0.extra) })
                }
                return .text("")
            }
            Self.appendMessage(stripped, to: &output)
        }
        var parameters: [String: JSONValue] = request.extra.filter { !Self.excludedFields.contains($0.key) }
        if let value = request.temperature { parameters["temperature"] = .double(value) }
        if let value = request.topP { parameters["top_p"] = .double(value) }
        if let value = request.n { parameters["n"] = .int(Int64(value)) }
        if let value = request.seed { parameters["seed"] = .int(value) }
        if let value = request.maxTokens { parameters["max_tokens"] = .int(Int64(value)) }
        if let value = request.maxCompletionTokens { parameters["max_completion_tokens"] = .int(Int64(value)) }
        if let value = request.stop { parameters["stop"] = value }
        if let value = request.tools { parameters["tools"] = .array(value) }
        if let value = request.toolChoice { parameters["tool_choice"] = value }
        if let value = request.responseFormat { parameters["response_format"] = value }
        JSONValue.object(parameters).appendCanonical(to: &output)
        context = output
        query = last.map { TextNormalizer.canonical($0.text) } ?? ""
        queryRole = last?.role ?? ""
    }

    private static func appendMessage(_ message: ChatMessage, to output: inout [UInt8]) {
        var members: [String: JSONValue] = message.extra
        members["role"] = .string(message.role)
        switch message.content {
        case .text(let text): members["content"] = .string(TextNormalizer.canonical(text))
        case .parts(let parts):
            members["content"] = .array(
                parts.map { part in
                    var object = part.extra
                    object["type"] = .string(part.type)
                    if let text = part.text { object["text"] = .string(TextNormalizer.canonical(text)) }
                    return .object(object)
                }
            )
        case nil: break
        }
        if let name = message.name { members["name"] = .string(name) }
        if let id = message.toolCallID { members["tool_call_id"] = .string(id) }
        if let calls = message.toolCalls {
            members["tool_calls"] = .array(
                calls.map { call in
                    var object = call.extra
                    if let id = call.id { object["id"] = .string(id) }
                    object["name"] = .string(call.function?.name ?? "")
                    object["arguments"] = .string(call.function?.arguments ?? "")
                    return .object(object)
                }
            )
        }
        JSONValue.object(members).appendCanonical(to: &output)
    }
}
