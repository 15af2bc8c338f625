import NIOCore

/// The answer the mock "generates" for a chat request, split into the tokens a stream would carry.
///
/// The output is `[<name>] You said: <last user message>`, or for `#tool` the tool call's arguments
/// `{"text":"<last user message>"}`. Tokens are words with their trailing spaces, at most 24 bytes each (3 with
/// `#split`), cut only at UTF-8 scalar boundaries, so that concatenating the deltas gives back the content exactly.
struct MockCompletion {
    /// The full output: message content or tool-call arguments, as UTF-8.
    let output: [UInt8]
    /// Byte ranges of `output`, one per token actually sent (after any `max_tokens` cut).
    let pieces: [Range<Int>]
    let isToolCall: Bool
    let toolName: String
    let finishReason: String

    init(request: MockChatRequest, name: String) {
        var output: [UInt8] = []
        isToolCall = request.wantsToolCall
        toolName = request.toolName ?? "mock_tool"
        if isToolCall {
            var arguments = ByteBuffer()
            arguments.writeStaticString("{\"text\":")
            arguments.writeJSONString(request.lastUserText)
            arguments.writeStaticString("}")
            output = Array(arguments.readableBytesView)
        } else {
            output.reserveCapacity(name.utf8.count + request.lastUserText.utf8.count + 16)
            output.append(UInt8(ascii: "["))
            output.append(contentsOf: name.utf8)
            output.append(contentsOf: "] You said: ".utf8)
            output.append(contentsOf: request.lastUserText.utf8)
        }
        self.output = output
        var pieces =
            isToolCall
            ? Self.split(output, cap: 16, atWords: false)
            : Self.split(output, cap: request.wantsTinyDeltas ? 3 : 24, atWords: true)
        var truncated = false
        if let limit = request.maxTokens, pieces.count > limit {
            pieces.removeLast(pieces.count - limit)
            truncated = true
        }
        self.pieces = pieces
        if truncated || request.wantsLengthFinish {
            finishReason = "length"
        } else {
            finishReason = isToolCall ? "tool_calls" : "stop"
        }
    }

    /// How many bytes of `output` are sent.
    var sentBytes: Int { pieces.last?.upperBound ?? 0 }

    /// Completion tokens for usage: one per delta.
    var completionTokens: Int { max(1, pieces.count) }

    /// Splits UTF-8 bytes into tokens of at most `cap` bytes, also after each run of spaces when `atWords`.
    static func split(_ bytes: [UInt8], cap: Int, atWords: Bool) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        pieces.reserveCapacity(bytes.count / 4 + 1)
        var start = 0
        var sawSpace = false
        for index in bytes.indices {
            let byte = bytes[index]
            let isSpace = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n")
            let isScalarStart = byte & 0xC0 != 0x80
            if index > start, isScalarStart, (atWords && sawSpace && !isSpace) || index - start >= cap {
                pieces.append(start..<index)
                start = index
                sawSpace = false
            }
            if isSpace { sawSpace = true }
        }
        if start < bytes.count { pieces.append(start..<bytes.count) }
        return pieces
    }
}

@available(*, unavailable) extension MockCompletion: Sendable {}
