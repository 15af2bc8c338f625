/// Folds streamed chunks into the complete response they describe.
///
/// Used to store a streamed answer in the cache (one entry serves streaming and non-streaming clients) and to
/// answer a non-streaming client from a stream.
package struct CompletionAssembler: Sendable {
    private var id = ""
    private var created: Int64 = 0
    private var model = ""
    private var usage: Usage?
    private var extra: [String: JSONValue] = [:]
    private var choices: [Int: PartialChoice] = [:]

    private struct PartialChoice: Sendable {
        var role = "assistant"
        var content = ""
        var hasContent = false
        var toolCalls: [Int: ToolCall] = [:]
        var finishReason: String?
    }

    /// Creates an empty assembler.
    package init() {}

    /// Adds one chunk.
    package mutating func add(_ chunk: ChatCompletionChunk) {
        if id.isEmpty { id = chunk.id }
        if created == 0 { created = chunk.created }
        if model.isEmpty { model = chunk.model }
        if let usage = chunk.usage { self.usage = usage }
        for (key, value) in chunk.extra where extra[key] == nil { extra[key] = value }
        for choice in chunk.choices {
            var partial = choices[choice.index] ?? PartialChoice()
            if let role = choice.delta.role { partial.role = role }
            if let content = choice.delta.content {
                partial.content += content
                partial.hasContent = true
            }
            for call in choice.delta.toolCalls ?? [] {
                let index = call.index ?? partial.toolCalls.count
                var existing = partial.toolCalls[index] ?? ToolCall(id: nil, type: nil, function: FunctionCall())
                if let callID = call.id { existing.id = callID }
                if let type = call.type { existing.type = type }
                var function = existing.function ?? FunctionCall()
                if let name = call.function?.name { function.name = (function.name ?? "") + name }
                if let arguments = call.function?.arguments {
                    function.arguments = (function.arguments ?? "") + arguments
                }
                existing.function = function
                partial.toolCalls[index] = existing
            }
            if let reason = choice.finishReason { partial.finishReason = reason }
            choices[choice.index] = partial
        }
    }

    /// Whether every choice has finished with `finish_reason` set.
    package var isFinished: Bool { !choices.isEmpty && choices.values.allSatisfy { $0.finishReason != nil } }

    /// The finish reasons seen so far.
    package var finishReasons: [String] { choices.values.compactMap(\.finishReason) }

    /// The completion assembled so far.
    package var completion: ChatCompletion {
        let assembled = choices.keys.sorted().compactMap { index -> ChatCompletion.Choice? in
            guard let partial = choices[index] else { return nil }
            let calls = partial.toolCalls.keys.sorted().compactMap { key -> ToolCall? in
                guard var call = partial.toolCalls[key] else { return nil }
                call.index = nil
                if call.type == nil { call.type = "function" }
                return call
            }
            let message = ChatMessage(
                role: partial.role,
                content: partial.hasContent || calls.isEmpty ? .text(partial.content) : nil,
                toolCalls: calls.isEmpty ? nil : calls
            )
            return ChatCompletion.Choice(index: index, message: message, finishReason: partial.finishReason)
        }
        return ChatCompletion(id: id, created: created, model: model, choices: assembled, usage: usage, extra: extra)
    }
}

extension ChatCompletion {
    /// The answer split into stream chunks, for replaying a cached answer to a client that asked for `stream: true`.
    ///
    /// The replay looks like a live stream: a role chunk, content in word-sized pieces, tool calls, a finish chunk,
    /// and a usage chunk when `includeUsage` is set — not one blob.
    ///
    /// - Parameter recorded: content pieces of the first choice as they were originally streamed; used instead of
    ///   re-splitting when they add up to its text, so a replay has the original chunking.
    package func chunks(includeUsage: Bool, piece: Int = 24, recorded: [String] = []) -> [ChatCompletionChunk] {
        var result: [ChatCompletionChunk] = []
        func chunk(_ choices: [ChatCompletionChunk.Choice], usage: Usage? = nil) -> ChatCompletionChunk {
            ChatCompletionChunk(id: id, created: created, model: model, choices: choices, usage: usage)
        }
        for (position, choice) in choices.enumerated() {
            result.append(chunk([.init(index: choice.index, delta: .init(role: choice.message.role, content: ""))]))
            let text = choice.message.text
            let useRecorded = position == 0 && !recorded.isEmpty && recorded.joined() == text
            for fragment in useRecorded ? recorded : Self.split(text, piece: piece) {
                result.append(chunk([.init(index: choice.index, delta: .init(content: fragment))]))
            }
            for (position, call) in (choice.message.toolCalls ?? []).enumerated() {
                var first = call
                first.index = position
                result.append(chunk([.init(index: choice.index, delta: .init(toolCalls: [first]))]))
            }
            result.append(chunk([.init(index: choice.index, delta: .init(), finishReason: choice.finishReason)]))
        }
        if includeUsage, let usage { result.append(chunk([], usage: usage)) }
        return result
    }

    /// Splits text into pieces of about `piece` bytes, cutting after spaces where possible and never inside a
    /// character.
    static func split(_ text: String, piece: Int) -> [String] {
        guard !text.isEmpty else { return [] }
        var pieces: [String] = []
        var current = ""
        var currentBytes = 0
        for character in text {
            current.append(character)
            currentBytes += character.utf8.count
            if currentBytes >= piece && (character == " " || character == "\n" || currentBytes >= piece * 2) {
                pieces.append(current)
                current = ""
                currentBytes = 0
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
