/// A complete (non-streamed) chat-completions response, `object: "chat.completion"`.
public struct ChatCompletion: Sendable, Hashable, Codable {
    /// The completion id (`chatcmpl-…`).
    public var id: String
    /// Always `chat.completion`.
    public var object: String
    /// Unix seconds of creation.
    public var created: Int64
    /// The model that answered.
    public var model: String
    /// The generated choices.
    public var choices: [Choice]
    /// Token usage, when the upstream reports it.
    public var usage: Usage?
    /// Members not modelled above (`system_fingerprint`, `service_tier`, vendor fields).
    public var extra: [String: JSONValue]

    /// Creates a completion.
    public init(
        id: String,
        object: String = "chat.completion",
        created: Int64,
        model: String,
        choices: [Choice],
        usage: Usage? = nil,
        extra: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        self.extra = extra
    }

    /// Decodes a completion, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try c.decodeIfPresent(String.self, "id") ?? ""
        object = try c.decodeIfPresent(String.self, "object") ?? "chat.completion"
        created = try c.decodeIfPresent(Int64.self, "created") ?? 0
        model = try c.decodeIfPresent(String.self, "model") ?? ""
        choices = try c.decode([Choice].self, "choices")
        usage = try c.decodeIfPresent(Usage.self, "usage")
        extra = try c.unknownMembers(excluding: ["id", "object", "created", "model", "choices", "usage"])
    }

    /// Encodes the completion with its unknown members.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(id, "id")
        try c.encode(object, "object")
        try c.encode(created, "created")
        try c.encode(model, "model")
        try c.encode(choices, "choices")
        try c.encodeIfPresent(usage, "usage")
        try c.encodeUnknown(extra)
    }

    /// One generated alternative.
    public struct Choice: Sendable, Hashable, Codable {
        /// Position among the choices.
        public var index: Int
        /// The assistant message.
        public var message: ChatMessage
        /// Why generation stopped (`stop`, `length`, `tool_calls`, `content_filter`).
        public var finishReason: String?
        /// Members not modelled above (`logprobs`, …).
        public var extra: [String: JSONValue]

        /// Creates a choice.
        public init(index: Int, message: ChatMessage, finishReason: String?, extra: [String: JSONValue] = [:]) {
            self.index = index
            self.message = message
            self.finishReason = finishReason
            self.extra = extra
        }

        /// Decodes a choice, keeping unknown members.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyCodingKey.self)
            index = try c.decodeIfPresent(Int.self, "index") ?? 0
            message = try c.decode(ChatMessage.self, "message")
            finishReason = try c.decodeIfPresent(String.self, "finish_reason")
            extra = try c.unknownMembers(excluding: ["index", "message", "finish_reason"])
        }

        /// Encodes the choice with its unknown members.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: AnyCodingKey.self)
            try c.encode(index, "index")
            try c.encode(message, "message")
            if let finishReason {
                try c.encode(finishReason, "finish_reason")
            } else {
                try c.encodeNil(forKey: AnyCodingKey("finish_reason"))
            }
            try c.encodeUnknown(extra)
        }
    }
}

/// Token counts of one completion.
public struct Usage: Sendable, Hashable, Codable {
    /// Tokens in the prompt.
    public var promptTokens: Int
    /// Tokens generated.
    public var completionTokens: Int
    /// Their sum.
    public var totalTokens: Int
    /// Members not modelled above (`prompt_tokens_details`, …).
    public var extra: [String: JSONValue]

    /// Creates a usage record.
    public init(promptTokens: Int, completionTokens: Int, totalTokens: Int? = nil, extra: [String: JSONValue] = [:]) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens ?? promptTokens + completionTokens
        self.extra = extra
    }

    /// Decodes usage, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        promptTokens = try c.decodeIfPresent(Int.self, "prompt_tokens") ?? 0
        completionTokens = try c.decodeIfPresent(Int.self, "completion_tokens") ?? 0
        totalTokens = try c.decodeIfPresent(Int.self, "total_tokens") ?? promptTokens + completionTokens
        extra = try c.unknownMembers(excluding: ["prompt_tokens", "completion_tokens", "total_tokens"])
    }

    /// Encodes usage with its unknown members.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(promptTokens, "prompt_tokens")
        try c.encode(completionTokens, "completion_tokens")
        try c.encode(totalTokens, "total_tokens")
        try c.encodeUnknown(extra)
    }
}

/// One server-sent event of a streamed response, `object: "chat.completion.chunk"`.
public struct ChatCompletionChunk: Sendable, Hashable, Codable {
    /// The completion id, the same in every chunk of one stream.
    public var id: String
    /// Always `chat.completion.chunk`.
    public var object: String
    /// Unix seconds of creation.
    public var created: Int64
    /// The model that answered.
    public var model: String
    /// The deltas of this chunk (empty in the final usage chunk).
    public var choices: [Choice]
    /// Usage, in the final chunk when `stream_options.include_usage` was set.
    public var usage: Usage?
    /// Members not modelled above.
    public var extra: [String: JSONValue]

    /// Creates a chunk.
    public init(
        id: String,
        object: String = "chat.completion.chunk",
        created: Int64,
        model: String,
        choices: [Choice],
        usage: Usage? = nil,
        extra: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        self.extra = extra
    }

    /// Decodes a chunk, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try c.decodeIfPresent(String.self, "id") ?? ""
        object = try c.decodeIfPresent(String.self, "object") ?? "chat.completion.chunk"
        created = try c.decodeIfPresent(Int64.self, "created") ?? 0
        model = try c.decodeIfPresent(String.self, "model") ?? ""
        choices = try c.decodeIfPresent([Choice].self, "choices") ?? []
        usage = try c.decodeIfPresent(Usage.self, "usage")
        extra = try c.unknownMembers(excluding: ["id", "object", "created", "model", "choices", "usage"])
    }

    /// Encodes the chunk with its unknown members; `usage` is written as `null` when absent, as OpenAI does when
    /// usage was requested.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(id, "id")
        try c.encode(object, "object")
        try c.encode(created, "created")
        try c.encode(model, "model")
        try c.encode(choices, "choices")
        try c.encodeIfPresent(usage, "usage")
        try c.encodeUnknown(extra)
    }

    /// The delta of one choice in a chunk.
    public struct Choice: Sendable, Hashable, Codable {
        /// Which choice this delta extends.
        public var index: Int
        /// The new fragment.
        public var delta: Delta
        /// Set in the choice's last chunk.
        public var finishReason: String?
        /// Members not modelled above.
        public var extra: [String: JSONValue]

        /// Creates a choice delta.
        public init(index: Int, delta: Delta, finishReason: String? = nil, extra: [String: JSONValue] = [:]) {
            self.index = index
            self.delta = delta
            self.finishReason = finishReason
            self.extra = extra
        }

        /// Decodes a choice delta, keeping unknown members.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyCodingKey.self)
            index = try c.decodeIfPresent(Int.self, "index") ?? 0
            delta = try c.decodeIfPresent(Delta.self, "delta") ?? Delta()
            finishReason = try c.decodeIfPresent(String.self, "finish_reason")
            extra = try c.unknownMembers(excluding: ["index", "delta", "finish_reason"])
        }

        /// Encodes the choice delta with its unknown members.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: AnyCodingKey.self)
            try c.encode(index, "index")
            try c.encode(delta, "delta")
            if let finishReason {
                try c.encode(finishReason, "finish_reason")
            } else {
                try c.encodeNil(forKey: AnyCodingKey("finish_reason"))
            }
            try c.encodeUnknown(extra)
        }
    }

    /// A message fragment.
    public struct Delta: Sendable, Hashable, Codable {
        /// The role, in the first chunk only.
        public var role: String?
        /// A content fragment.
        public var content: String?
        /// Tool-call fragments.
        public var toolCalls: [ToolCall]?
        /// Members not modelled above (`refusal`, …).
        public var extra: [String: JSONValue]

        /// Creates a delta.
        public init(
            role: String? = nil,
            content: String? = nil,
            toolCalls: [ToolCall]? = nil,
            extra: [String: JSONValue] = [:]
        ) {
            self.role = role
            self.content = content
            self.toolCalls = toolCalls
            self.extra = extra
        }

        /// Decodes a delta, keeping unknown members.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyCodingKey.self)
            role = try c.decodeIfPresent(String.self, "role")
            content = try c.decodeIfPresent(String.self, "content")
            toolCalls = try c.decodeIfPresent([ToolCall].self, "tool_calls")
            extra = try c.unknownMembers(excluding: ["role", "content", "tool_calls"])
        }

        /// Encodes the delta with its unknown members.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: AnyCodingKey.self)
            try c.encodeIfPresent(role, "role")
            try c.encodeIfPresent(content, "content")
            try c.encodeIfPresent(toolCalls, "tool_calls")
            try c.encodeUnknown(extra)
        }
    }
}
