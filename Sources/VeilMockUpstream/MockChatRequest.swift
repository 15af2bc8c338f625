import NIOCore
import VeilWire

/// The parts of a chat completion request that shape the mock's answer.
///
/// The answer is derived from the request so that a test can read back what the model saw: the content is
/// `[<name>] You said: <last user message>`, so placeholders such as `<EMAIL_1>` come back verbatim and the gateway
/// has something to restore. Instructions in the last user message change the answer:
/// - `#tool`: a tool call (to the first tool the request offers, else `mock_tool`) whose arguments are
///   `{"text": <last user message>}`, finishing with `tool_calls`;
/// - `#length`: finish with `length` instead of `stop` (`max_tokens` / `max_completion_tokens` also truncate the
///   answer to that many tokens and finish with `length`);
/// - `#split`: stream in deltas of at most three bytes (one CJK character, a few ASCII ones), so that placeholders
///   are cut across chunks.
struct MockChatRequest {
    var model: String
    var stream: Bool
    var includeUsage: Bool
    var lastUserText: String
    var promptBytes: Int
    var messageCount: Int
    var maxTokens: Int?
    var toolName: String?

    init(body: ByteBuffer) throws(MockRequestProblem) {
        guard let json = JSONValue.parse(body) else { throw .malformedJSON }
        try self.init(json: json)
    }

    init(json: JSONValue) throws(MockRequestProblem) {
        guard json.isObject else { throw .notAnObject }
        guard let model = json["model"]?.stringValue else { throw .missingModel }
        guard let messages = json["messages"]?.arrayValue, !messages.isEmpty else { throw .missingMessages }
        self.model = model
        switch json["stream"] {
        case nil, .null?: stream = false
        case .bool(let value)?: stream = value
        default: throw .invalidStream
        }
        includeUsage = json["stream_options"]?["include_usage"]?.boolValue ?? false
        var lastUserText = ""
        var promptBytes = 0
        for message in messages {
            guard message.isObject, let role = message["role"]?.stringValue else { throw .invalidMessage }
            let text = Self.text(of: message["content"])
            promptBytes += text.utf8.count + role.utf8.count
            if role == "user" { lastUserText = text }
        }
        self.lastUserText = lastUserText
        self.promptBytes = promptBytes
        messageCount = messages.count
        maxTokens = nil
        for key in ["max_completion_tokens", "max_tokens"] {
            guard let value = json[key], !value.isNull else { continue }
            guard let limit = value.intValue, limit >= 1 else { throw .invalidMaxTokens }
            maxTokens = limit
            break
        }
        toolName = json["tools"]?.arrayValue?.first?["function"]?["name"]?.stringValue
    }

    /// A message's text: a string, or the `text` parts of a content array joined by newlines.
    private static func text(of content: JSONValue?) -> String {
        switch content {
        case .string(let text)?:
            return text
        case .array(let parts)?:
            var texts: [String] = []
            for part in parts {
                if let text = part["text"]?.stringValue { texts.append(text) }
            }
            return texts.joined(separator: "\n")
        default:
            return ""
        }
    }

    /// A rough token count for usage: four bytes a token plus a few per message, as tokenizers roughly do.
    var promptTokens: Int {
        max(1, (promptBytes + 3) / 4 + 3 * messageCount)
    }

    /// Whether the last user message asks for a tool call.
    var wantsToolCall: Bool { Self.contains("#tool", in: lastUserText) }

    /// Whether the last user message asks to finish with `length`.
    var wantsLengthFinish: Bool { Self.contains("#length", in: lastUserText) }

    /// Whether the last user message asks for tiny stream deltas.
    var wantsTinyDeltas: Bool { Self.contains("#split", in: lastUserText) }

    /// A byte search: `String.contains` compares by grapheme and shows up in profiles under load.
    private static func contains(_ instruction: StaticString, in text: String) -> Bool {
        instruction.withUTF8Buffer { needle in
            let haystack = text.utf8
            guard let first = needle.first, haystack.count >= needle.count else { return false }
            var index = haystack.startIndex
            while let found = haystack[index...].firstIndex(of: first) {
                if haystack[found...].starts(with: needle) { return true }
                index = haystack.index(after: found)
            }
            return false
        }
    }
}

@available(*, unavailable) extension MockChatRequest: Sendable {}
