import Logging
import VeilPII
import VeilSync

/// The privacy stage: replaces PII with placeholders before anything later sees the request, and puts the values
/// back into the answer on its way out.
///
/// Every message of the conversation (all roles, and earlier tool-call arguments) is scanned in order with one
/// ``PseudonymSession``, so the same value gets the same placeholder in every turn and every request of a
/// conversation. The value ↔ placeholder map lives only in this request's memory. Answers are restored exactly
/// (never fuzzily) in content, in tool-call arguments (JSON-escaped), and in streams, where a placeholder split
/// across chunks is held back only as long as it could still become one.
package struct AnonymizeMiddleware: ChatMiddleware {
    private let store: any TenantStore
    private let scanners = ScannerCache()

    /// Creates the stage; `store` supplies the tenant's key for the `hash` action.
    package init(store: any TenantStore) {
        self.store = store
    }

    /// Anonymizes the request, calls the rest of the pipeline, restores the response.
    package func handle(
        _ request: ChatRequest,
        context: ChatContext,
        next: (ChatRequest, ChatContext) async throws -> ChatResponse
    ) async throws -> ChatResponse {
        let privacy = context.tenant.policy.privacy
        guard privacy.enabled else { return try await next(request, context) }
        let configuration = privacy.configuration
        let scanner = scanners.scanner(for: privacy)
        let store = self.store
        let tenant = context.tenant.id
        // A MAC that cannot be computed must never become an empty digest: different values would then share one
        // placeholder and one cache key. The failure is remembered and the request fails (500, no details).
        let hashFailed = Locked(false)
        let session = PseudonymSession(scanner: scanner, configuration: configuration) { type, value in
            guard
                let mac = try? store.mac(
                    tenant: tenant, purpose: .piiHash, Array(type.rawValue.utf8) + [0] + Array(value.utf8))
            else {
                hashFailed.withLock { $0 = true }
                return "unavailable"
            }
            return mac.prefix(12).map { byte in
                let digits: [Character] = Array("0123456789abcdef")
                return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
            }.joined()
        }
        var anonymized = request
        do {
            anonymized.messages = try request.messages.map { message in
                var message = message
                message.content = try message.content?.mapText { try session.anonymize($0) }
                if let calls = message.toolCalls {
                    message.toolCalls = try calls.map { call in
                        var call = call
                        if let arguments = call.function?.arguments {
                            call.function?.arguments = try session.anonymizeJSON(arguments)
                        }
                        return call
                    }
                }
                return message
            }
        } catch let error as PIIBlockedError {
            context.logger.info(
                "request blocked by privacy policy", metadata: ["entity_type": "\(error.entityType.rawValue)"])
            throw VeilError.piiBlocked(error.entityType.rawValue)
        }
        if hashFailed.withLock({ $0 }) {
            context.logger.error("keyed hash for the hash action unavailable; request refused")
            throw VeilError.internalError
        }
        let counts = session.counts
        let restorer = session.makeRestorer()
        var response = try await next(anonymized, context)
        for (type, count) in counts { response.info.redactions[type.rawValue, default: 0] += count }
        switch response.body {
        case .complete(let completion):
            response.body = .complete(Self.restore(completion, with: restorer))
        case .stream(let stream):
            response.body = .stream(Self.restore(stream, with: restorer))
        }
        return response
    }

    static func restore(_ completion: ChatCompletion, with restorer: Restorer) -> ChatCompletion {
        var completion = completion
        completion.choices = completion.choices.map { choice in
            var choice = choice
            choice.message.content = choice.message.content?.mapText { restorer.restore($0) }
            if let calls = choice.message.toolCalls {
                choice.message.toolCalls = calls.map { call in
                    var call = call
                    if let arguments = call.function?.arguments {
                        call.function?.arguments = restorer.restoreInJSONString(arguments)
                    }
                    return call
                }
            }
            return choice
        }
        return completion
    }

    /// Restores a stream: one ``StreamRestorer`` per choice's content and per tool call's arguments; held-back
    /// bytes are flushed into the chunk that finishes their choice, or into a last chunk if the stream ends first.
    static func restore(_ stream: ChatCompletionStream, with restorer: Restorer) -> ChatCompletionStream {
        struct FieldKey: Hashable, Sendable {
            var choice: Int
            var toolCall: Int?
        }
        struct State: Sendable {
            var fields: [FieldKey: StreamRestorer] = [:]
            var last: ChatCompletionChunk?
        }
        return stream.transform(
            initial: State(),
            step: { state, chunk in
                var chunk = chunk
                state.last = chunk
                for position in chunk.choices.indices {
                    let index = chunk.choices[position].index
                    var delta = chunk.choices[position].delta
                    if let content = delta.content {
                        let key = FieldKey(choice: index)
                        var field = state.fields[key] ?? restorer.makeStreamRestorer()
                        delta.content = field.feed(content)
                        state.fields[key] = field
                    }
                    if let calls = delta.toolCalls {
                        delta.toolCalls = calls.enumerated().map { offset, call in
                            var call = call
                            if let arguments = call.function?.arguments {
                                let key = FieldKey(choice: index, toolCall: call.index ?? offset)
                                var field = state.fields[key] ?? restorer.makeStreamRestorer(jsonEscaped: true)
                                call.function?.arguments = field.feed(arguments)
                                state.fields[key] = field
                            }
                            return call
                        }
                    }
                    if chunk.choices[position].finishReason != nil {
                        var flushedCalls: [ToolCall] = []
                        for key in state.fields.keys.sorted(by: { ($0.toolCall ?? -1) < ($1.toolCall ?? -1) })
                        where key.choice == index {
                            guard var field = state.fields.removeValue(forKey: key) else { continue }
                            let rest = field.finish()
                            guard !rest.isEmpty else { continue }
                            if let toolCall = key.toolCall {
                                flushedCalls.append(
                                    ToolCall(type: nil, function: FunctionCall(arguments: rest), index: toolCall))
                            } else {
                                delta.content = rest + (delta.content ?? "")
                            }
                        }
                        if !flushedCalls.isEmpty { delta.toolCalls = (delta.toolCalls ?? []) + flushedCalls }
                    }
                    chunk.choices[position].delta = delta
                }
                return [chunk]
            },
            finish: { state in
                guard let template = state.last else { return [] }
                var choices: [ChatCompletionChunk.Choice] = []
                // In choice order, content before tool calls: the last chunk must not vary from run to run.
                let ordered = state.fields.sorted {
                    ($0.key.choice, $0.key.toolCall ?? -1) < ($1.key.choice, $1.key.toolCall ?? -1)
                }
                for (key, var field) in ordered {
                    let rest = field.finish()
                    guard !rest.isEmpty else { continue }
                    if let toolCall = key.toolCall {
                        let call = ToolCall(type: nil, function: FunctionCall(arguments: rest), index: toolCall)
                        choices.append(.init(index: key.choice, delta: .init(toolCalls: [call])))
                    } else {
                        choices.append(.init(index: key.choice, delta: .init(content: rest)))
                    }
                }
                guard !choices.isEmpty else { return [] }
                return [
                    ChatCompletionChunk(
                        id: template.id,
                        created: template.created,
                        model: template.model,
                        choices: choices
                    )
                ]
            }
        )
    }
}

/// Scanners per privacy policy: building one compiles the tenant's allow and deny lists, so it is done once.
final class ScannerCache: Sendable {
    private let scanners = Locked<[PrivacyPolicy: PIIScanner]>([:])

    func scanner(for policy: PrivacyPolicy) -> PIIScanner {
        if let scanner = scanners.withLock({ $0[policy] }) { return scanner }
        let scanner = PIIScanner(configuration: policy.configuration)
        scanners.withLock { $0[policy] = scanner }
        return scanner
    }
}
