/// An OpenAI chat-completions request (`POST /v1/chat/completions`).
///
/// Every field that can change the answer is modelled so the cache can fingerprint it; everything else a client or
/// vendor sends is kept in ``extra`` and forwarded unchanged, and counts towards the fingerprint too (an unknown
/// field may well change the answer).
public struct ChatRequest: Sendable, Hashable, Codable {
    /// The model name the client asked for.
    public var model: String
    /// The conversation, oldest first.
    public var messages: [ChatMessage]
    /// Sampling temperature.
    public var temperature: Double?
    /// Nucleus sampling mass.
    public var topP: Double?
    /// Number of choices to generate.
    public var n: Int?
    /// Seed for reproducible sampling.
    public var seed: Int64?
    /// Legacy completion length limit.
    public var maxTokens: Int?
    /// Completion length limit (newer name).
    public var maxCompletionTokens: Int?
    /// Stop sequences: a string or an array of strings, kept as sent.
    public var stop: JSONValue?
    /// Tool definitions, kept as sent.
    public var tools: [JSONValue]?
    /// Tool choice, kept as sent.
    public var toolChoice: JSONValue?
    /// Response format (`json_object`, `json_schema`, …), kept as sent.
    public var responseFormat: JSONValue?
    /// The end-user id the client supplied; Veil uses it as the subject for erasure.
    public var user: String?
    /// Whether the client wants server-sent events.
    public var stream: Bool?
    /// Streaming options (`include_usage`).
    public var streamOptions: StreamOptions?
    /// Members not modelled above, forwarded verbatim.
    public var extra: [String: JSONValue]

    /// Creates a request.
    public init(
        model: String,
        messages: [ChatMessage],
        temperature: Double? = nil,
        topP: Double? = nil,
        n: Int? = nil,
        seed: Int64? = nil,
        maxTokens: Int? = nil,
        maxCompletionTokens: Int? = nil,
        stop: JSONValue? = nil,
        tools: [JSONValue]? = nil,
        toolChoice: JSONValue? = nil,
        responseFormat: JSONValue? = nil,
        user: String? = nil,
        stream: Bool? = nil,
        streamOptions: StreamOptions? = nil,
        extra: [String: JSONValue] = [:]
    ) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.topP = topP
        self.n = n
        self.seed = seed
        self.maxTokens = maxTokens
        self.maxCompletionTokens = maxCompletionTokens
        self.stop = stop
        self.tools = tools
        self.toolChoice = toolChoice
        self.responseFormat = responseFormat
        self.user = user
        self.stream = stream
        self.streamOptions = streamOptions
        self.extra = extra
    }

    static let knownKeys: Set<String> = [
        "model", "messages", "temperature", "top_p", "n", "seed", "max_tokens", "max_completion_tokens", "stop",
        "tools", "tool_choice", "response_format", "user", "stream", "stream_options",
    ]

    /// Decodes a request, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        model = try c.decode(String.self, "model")
        messages = try c.decode([ChatMessage].self, "messages")
        temperature = try c.decodeIfPresent(Double.self, "temperature")
        topP = try c.decodeIfPresent(Double.self, "top_p")
        n = try c.decodeIfPresent(Int.self, "n")
        seed = try c.decodeIfPresent(Int64.self, "seed")
        maxTokens = try c.decodeIfPresent(Int.self, "max_tokens")
        maxCompletionTokens = try c.decodeIfPresent(Int.self, "max_completion_tokens")
        stop = try c.decodeIfPresent(JSONValue.self, "stop")
        tools = try c.decodeIfPresent([JSONValue].self, "tools")
        toolChoice = try c.decodeIfPresent(JSONValue.self, "tool_choice")
        responseFormat = try c.decodeIfPresent(JSONValue.self, "response_format")
        user = try c.decodeIfPresent(String.self, "user")
        stream = try c.decodeIfPresent(Bool.self, "stream")
        streamOptions = try c.decodeIfPresent(StreamOptions.self, "stream_options")
        extra = try c.unknownMembers(excluding: Self.knownKeys)
    }

    /// Encodes the request with its unknown members.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(model, "model")
        try c.encode(messages, "messages")
        try c.encodeIfPresent(temperature, "temperature")
        try c.encodeIfPresent(topP, "top_p")
        try c.encodeIfPresent(n, "n")
        try c.encodeIfPresent(seed, "seed")
        try c.encodeIfPresent(maxTokens, "max_tokens")
        try c.encodeIfPresent(maxCompletionTokens, "max_completion_tokens")
        try c.encodeIfPresent(stop, "stop")
        try c.encodeIfPresent(tools, "tools")
        try c.encodeIfPresent(toolChoice, "tool_choice")
        try c.encodeIfPresent(responseFormat, "response_format")
        try c.encodeIfPresent(user, "user")
        try c.encodeIfPresent(stream, "stream")
        try c.encodeIfPresent(streamOptions, "stream_options")
        try c.encodeUnknown(extra)
    }

    /// Whether the client asked for a streamed answer.
    public var isStreaming: Bool { stream ?? false }
}

/// `stream_options` of a chat request.
public struct StreamOptions: Sendable, Hashable, Codable {
    /// Ask for a final chunk carrying token usage.
    public var includeUsage: Bool?
    /// Members not modelled above.
    public var extra: [String: JSONValue]

    /// Creates stream options.
    public init(includeUsage: Bool? = nil, extra: [String: JSONValue] = [:]) {
        self.includeUsage = includeUsage
        self.extra = extra
    }

    /// Decodes the options, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        includeUsage = try c.decodeIfPresent(Bool.self, "include_usage")
        extra = try c.unknownMembers(excluding: ["include_usage"])
    }

    /// Encodes the options with their unknown members.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encodeIfPresent(includeUsage, "include_usage")
        try c.encodeUnknown(extra)
    }
}
