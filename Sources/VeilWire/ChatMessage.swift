/// One message of a chat conversation, in OpenAI's wire shape.
///
/// All roles (`system`, `developer`, `user`, `assistant`, `tool`, `function`) share this type, as they do on the
/// wire; fields Veil does not model are kept in ``extra`` so that forwarding never drops a vendor's extension.
public struct ChatMessage: Sendable, Hashable, Codable {
    /// The author role, as sent (`user`, `assistant`, …).
    public var role: String
    /// The text or the multi-part content; `nil` for an assistant turn that only calls tools.
    public var content: MessageContent?
    /// Optional participant name.
    public var name: String?
    /// Tool calls made by an assistant turn.
    public var toolCalls: [ToolCall]?
    /// For `tool` messages: the call this answers.
    public var toolCallID: String?
    /// Members not modelled above, kept verbatim.
    public var extra: [String: JSONValue]

    /// Creates a message.
    public init(
        role: String,
        content: MessageContent?,
        name: String? = nil,
        toolCalls: [ToolCall]? = nil,
        toolCallID: String? = nil,
        extra: [String: JSONValue] = [:]
    ) {
        self.role = role
        self.content = content
        self.name = name
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.extra = extra
    }

    /// A plain text message, the common case.
    public init(role: String, text: String) {
        self.init(role: role, content: .text(text))
    }

    private static let known: Set<String> = ["role", "content", "name", "tool_calls", "tool_call_id"]

    /// Decodes a message, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        role = try container.decode(String.self, "role")
        content = try container.decodeIfPresent(MessageContent.self, "content")
        name = try container.decodeIfPresent(String.self, "name")
        toolCalls = try container.decodeIfPresent([ToolCall].self, "tool_calls")
        toolCallID = try container.decodeIfPresent(String.self, "tool_call_id")
        extra = try container.unknownMembers(excluding: Self.known)
    }

    /// Encodes the message with its unknown members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(role, "role")
        if let content {
            try container.encode(content, "content")
        } else {
            try container.encodeNil(forKey: AnyCodingKey("content"))
        }
        try container.encodeIfPresent(name, "name")
        try container.encodeIfPresent(toolCalls, "tool_calls")
        try container.encodeIfPresent(toolCallID, "tool_call_id")
        try container.encodeUnknown(extra)
    }

    /// The text of the message: the string content, or its text parts joined by newlines.
    public var text: String {
        switch content {
        case .text(let text): return text
        case .parts(let parts): return parts.compactMap(\.text).joined(separator: "\n")
        case nil: return ""
        }
    }
}

/// Message content: a string, or an array of typed parts (text, images, audio, files).
public enum MessageContent: Sendable, Hashable, Codable {
    /// Plain string content.
    case text(String)
    /// Multi-part content.
    case parts([ContentPart])

    /// Decodes either shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .parts(try container.decode([ContentPart].self))
        }
    }

    /// Encodes the content in the shape it arrived in.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .parts(let parts): try container.encode(parts)
        }
    }

    /// Returns the content with every text part passed through `transform`; non-text parts are left alone.
    public func mapText(_ transform: (String) throws -> String) rethrows -> MessageContent {
        switch self {
        case .text(let text):
            return .text(try transform(text))
        case .parts(let parts):
            return .parts(
                try parts.map { part in
                    var part = part
                    if let text = part.text { part.text = try transform(text) }
                    return part
                }
            )
        }
    }
}

/// One part of multi-part content; only `text` parts carry text Veil reads.
public struct ContentPart: Sendable, Hashable, Codable {
    /// The part type: `text`, `image_url`, `input_audio`, `file`, …
    public var type: String
    /// The text of a `text` part.
    public var text: String?
    /// Every other member (`image_url`, `input_audio`, …), kept verbatim.
    public var extra: [String: JSONValue]

    /// Creates a part.
    public init(type: String, text: String? = nil, extra: [String: JSONValue] = [:]) {
        self.type = type
        self.text = text
        self.extra = extra
    }

    /// Decodes a part, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        type = try container.decode(String.self, "type")
        text = try container.decodeIfPresent(String.self, "text")
        extra = try container.unknownMembers(excluding: ["type", "text"])
    }

    /// Encodes the part with its unknown members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(type, "type")
        try container.encodeIfPresent(text, "text")
        try container.encodeUnknown(extra)
    }
}

/// A tool call made by the model.
public struct ToolCall: Sendable, Hashable, Codable {
    /// The call id the tool result refers back to.
    public var id: String?
    /// The call type, `function` today.
    public var type: String?
    /// The function name and its JSON-encoded arguments.
    public var function: FunctionCall?
    /// In streamed deltas: which call this fragment belongs to.
    public var index: Int?
    /// Members not modelled above.
    public var extra: [String: JSONValue]

    /// Creates a tool call.
    public init(
        id: String? = nil,
        type: String? = "function",
        function: FunctionCall? = nil,
        index: Int? = nil,
        extra: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.type = type
        self.function = function
        self.index = index
        self.extra = extra
    }

    /// Decodes a tool call, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try container.decodeIfPresent(String.self, "id")
        type = try container.decodeIfPresent(String.self, "type")
        function = try container.decodeIfPresent(FunctionCall.self, "function")
        index = try container.decodeIfPresent(Int.self, "index")
        extra = try container.unknownMembers(excluding: ["id", "type", "function", "index"])
    }

    /// Encodes the tool call with its unknown members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(index, "index")
        try container.encodeIfPresent(id, "id")
        try container.encodeIfPresent(type, "type")
        try container.encodeIfPresent(function, "function")
        try container.encodeUnknown(extra)
    }
}

/// A function name and its arguments, which the model writes as a JSON string.
public struct FunctionCall: Sendable, Hashable, Codable {
    /// The function name (absent in later streamed fragments).
    public var name: String?
    /// The arguments as a JSON text (a fragment of it, in a streamed delta).
    public var arguments: String?

    /// Creates a function call.
    public init(name: String? = nil, arguments: String? = nil) {
        self.name = name
        self.arguments = arguments
    }
}
