/// Direct decoding and encoding of the wire types on the request path, without `Codable`'s generic containers.
///
/// `Codable` over a parsed tree still spends most of its time in generic metadata and container boxing (about
/// 10 µs for a small chat request). The types a request touches on every hit and miss therefore also read a parsed
/// ``JSONValue`` directly and write bytes directly. The fast path only has to be right for well-formed input: on
/// anything unexpected it gives up (``FastPathMiss``) and ``WireJSON`` runs the `Codable` conformance on the same tree,
/// which produces the exact error Foundation would. Tests decode and encode a corpus both ways and require equality.
protocol FastWireDecodable {
    init(fast value: JSONValue) throws
}

/// Types written directly to bytes, in the member order of their `Encodable` conformance.
protocol FastWireEncodable {
    func write(to output: inout [UInt8]) throws
}

/// The fast path declined; the caller decodes through `Codable` instead.
struct FastPathMiss: Error {}

/// A parsed object read with `decodeIfPresent` semantics: absent and `null` are both `nil`.
struct FastObject {
    let members: [String: JSONValue]

    init(_ value: JSONValue) throws {
        guard case .object(let members) = value else { throw FastPathMiss() }
        self.members = members
    }

    func string(_ key: String) throws -> String {
        guard case .string(let text)? = members[key] else { throw FastPathMiss() }
        return text
    }

    func optionalString(_ key: String) throws -> String? {
        switch members[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw FastPathMiss()
        }
    }

    func optionalInt64(_ key: String) throws -> Int64? {
        switch members[key] {
        case nil, .null?: return nil
        case .int(let number)?: return number
        case .double(let number)?:
            guard let exact = Int64(exactly: number) else { throw FastPathMiss() }
            return exact
        default: throw FastPathMiss()
        }
    }

    func optionalInt(_ key: String) throws -> Int? {
        try optionalInt64(key).map { value in
            guard let exact = Int(exactly: value) else { throw FastPathMiss() }
            return exact
        }
    }

    func optionalDouble(_ key: String) throws -> Double? {
        switch members[key] {
        case nil, .null?: return nil
        case .int(let number)?: return Double(number)
        case .double(let number)?: return number
        default: throw FastPathMiss()
        }
    }

    func optionalBool(_ key: String) throws -> Bool? {
        switch members[key] {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        default: throw FastPathMiss()
        }
    }

    func optionalValue(_ key: String) -> JSONValue? {
        switch members[key] {
        case nil, .null?: return nil
        case let value?: return value
        }
    }

    func optional<T>(_ key: String, _ read: (JSONValue) throws -> T) throws -> T? {
        try optionalValue(key).map(read)
    }

    func optionalArray<T>(_ key: String, _ read: (JSONValue) throws -> T) throws -> [T]? {
        guard let value = optionalValue(key) else { return nil }
        guard case .array(let elements) = value else { throw FastPathMiss() }
        return try elements.map(read)
    }

    func array<T>(_ key: String, _ read: (JSONValue) throws -> T) throws -> [T] {
        guard case .array(let elements)? = members[key] else { throw FastPathMiss() }
        return try elements.map(read)
    }

    func unknown(excluding known: Set<String>) -> [String: JSONValue] {
        guard members.count > 0 else { return [:] }
        var extra: [String: JSONValue] = [:]
        for (key, value) in members where !known.contains(key) { extra[key] = value }
        return extra
    }
}

/// Appends object members: `{` on the first, `,` before the rest.
struct FastObjectWriter {
    private var first = true

    mutating func key(_ name: StaticString, _ output: inout [UInt8]) {
        output.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        first = false
        output.append(UInt8(ascii: "\""))
        output.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        output.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    mutating func string(_ name: StaticString, _ value: String?, _ output: inout [UInt8]) {
        guard let value else { return }
        key(name, &output)
        JSONValue.appendQuoted(value, to: &output)
    }

    mutating func int(_ name: StaticString, _ value: Int64?, _ output: inout [UInt8]) {
        guard let value else { return }
        key(name, &output)
        output.append(contentsOf: String(value).utf8)
    }

    mutating func value(_ name: StaticString, _ value: JSONValue?, _ output: inout [UInt8]) throws {
        guard let value else { return }
        key(name, &output)
        try WireJSON.write(value, to: &output)
    }

    mutating func nested(_ name: StaticString, _ value: (some FastWireEncodable)?, _ output: inout [UInt8]) throws {
        guard let value else { return }
        key(name, &output)
        try value.write(to: &output)
    }

    mutating func array(_ name: StaticString, _ values: [some FastWireEncodable]?, _ output: inout [UInt8]) throws {
        guard let values else { return }
        key(name, &output)
        output.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            try value.write(to: &output)
        }
        output.append(UInt8(ascii: "]"))
    }

    /// A whole answer object: completions and stream chunks share every member but the kind of choice.
    static func answer(
        id: String, object: String, created: Int64, model: String, choices: [some FastWireEncodable], usage: Usage?,
        extra: [String: JSONValue], _ output: inout [UInt8]
    ) throws {
        var w = FastObjectWriter()
        w.string("id", id, &output)
        w.string("object", object, &output)
        w.int("created", created, &output)
        w.string("model", model, &output)
        try w.array("choices", choices, &output)
        try w.nested("usage", usage, &output)
        try w.finish(extra: extra, &output)
    }

    /// Unknown members, sorted (a dictionary has no order), then the closing brace.
    mutating func finish(extra: [String: JSONValue], _ output: inout [UInt8]) throws {
        for key in extra.keys.sorted() {
            output.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
            first = false
            JSONValue.appendQuoted(key, to: &output)
            output.append(UInt8(ascii: ":"))
            if let value = extra[key] { try WireJSON.write(value, to: &output) }
        }
        if first { output.append(UInt8(ascii: "{")) }
        output.append(UInt8(ascii: "}"))
    }
}

// MARK: - Requests

extension ChatRequest: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        self.init(
            model: try o.string("model"),
            messages: try o.array("messages", ChatMessage.init(fast:)),
            temperature: try o.optionalDouble("temperature"),
            topP: try o.optionalDouble("top_p"),
            n: try o.optionalInt("n"),
            seed: try o.optionalInt64("seed"),
            maxTokens: try o.optionalInt("max_tokens"),
            maxCompletionTokens: try o.optionalInt("max_completion_tokens"),
            stop: o.optionalValue("stop"),
            tools: try o.optionalArray("tools") { $0 },
            toolChoice: o.optionalValue("tool_choice"),
            responseFormat: o.optionalValue("response_format"),
            user: try o.optionalString("user"),
            stream: try o.optionalBool("stream"),
            streamOptions: try o.optional("stream_options", StreamOptions.init(fast:)),
            extra: o.unknown(excluding: Self.knownKeys)
        )
    }

    func write(to output: inout [UInt8]) throws {
        var w = FastObjectWriter()
        w.string("model", model, &output)
        try w.array("messages", messages, &output)
        try w.value("temperature", temperature.map(JSONValue.double), &output)
        try w.value("top_p", topP.map(JSONValue.double), &output)
        w.int("n", n.map(Int64.init), &output)
        w.int("seed", seed, &output)
        w.int("max_tokens", maxTokens.map(Int64.init), &output)
        w.int("max_completion_tokens", maxCompletionTokens.map(Int64.init), &output)
        try w.value("stop", stop, &output)
        try w.value("tools", tools.map(JSONValue.array), &output)
        try w.value("tool_choice", toolChoice, &output)
        try w.value("response_format", responseFormat, &output)
        w.string("user", user, &output)
        try w.value("stream", stream.map(JSONValue.bool), &output)
        try w.nested("stream_options", streamOptions, &output)
        try w.finish(extra: extra, &output)
    }
}

extension StreamOptions: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        self.init(includeUsage: try o.optionalBool("include_usage"), extra: o.unknown(excluding: ["include_usage"]))
    }

    func write(to output: inout [UInt8]) throws {
        var w = FastObjectWriter()
        try w.value("include_usage", includeUsage.map(JSONValue.bool), &output)
        try w.finish(extra: extra, &output)
    }
}

extension ChatMessage: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        self.init(
            role: try o.string("role"),
            content: try o.optional("content", MessageContent.init(fast:)),
            name: try o.optionalString("name"),
            toolCalls: try o.optionalArray("tool_calls", ToolCall.init(fast:)),
            toolCallID: try o.optionalString("tool_call_id"),
            extra: o.unknown(excluding: ["role", "content", "name", "tool_calls", "tool_call_id"])
        )
    }

    func write(to output: inout [UInt8]) throws {
        var w = FastObjectWriter()
        w.string("role", role, &output)
        w.key("content", &output)
        if let content { try content.write(to: &output) } else { output.append(contentsOf: "null".utf8) }
        w.string("name", name, &output)
        try w.array("tool_calls", toolCalls, &output)
        w.string("tool_call_id", toolCallID, &output)
        try w.finish(extra: extra, &output)
    }
}

extension MessageContent: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        switch value {
        case .string(let text): self = .text(text)
        case .array(let elements): self = .parts(try elements.map(ContentPart.init(fast:)))
        default: throw FastPathMiss()
        }
    }

    func write(to output: inout [UInt8]) throws {
        switch self {
        case .text(let text): JSONValue.appendQuoted(text, to: &output)
        case .parts(let parts):
            output.append(UInt8(ascii: "["))
            for (index, part) in parts.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                try part.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
    }
}

extension ContentPart: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        self.init(
            type: try o.string("type"), text: try o.optionalString("text"),
            extra: o.unknown(excluding: ["type", "text"]))
    }

    func write(to output: inout [UInt8]) throws {
        var w = FastObjectWriter()
        w.string("type", type, &output)
        w.string("text", text, &output)
        try w.finish(extra: extra, &output)
    }
}

extension ToolCall: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        self.init(
            id: try o.optionalString("id"),
            type: try o.optionalString("type"),
            function: try o.optional("function", FunctionCall.init(fast:)),
            index: try o.optionalInt("index"),
            extra: o.unknown(excluding: ["id", "type", "function", "index"])
        )
    }

    func write(to output: inout [UInt8]) throws {
        var w = FastObjectWriter()
        w.int("index", index.map(Int64.init), &output)
        w.string("id", id, &output)
        w.string("type", type, &output)
        try w.nested("function", function, &output)
        try w.finish(extra: extra, &output)
    }
}

extension FunctionCall: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        self.init(name: try o.optionalString("name"), arguments: try o.optionalString("arguments"))
    }

    func write(to output: inout [UInt8]) throws {
        var w = FastObjectWriter()
        w.string("name", name, &output)
        w.string("arguments", arguments, &output)
        try w.finish(extra: [:], &output)
    }
}

// MARK: - Answers

extension ChatCompletion: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        self.init(
            id: try o.optionalString("id") ?? "",
            object: try o.optionalString("object") ?? "chat.completion",
            created: try o.optionalInt64("created") ?? 0,
            model: try o.optionalString("model") ?? "",
            choices: try o.array("choices", Choice.init(fast:)),
            usage: try o.optional("usage", Usage.init(fast:)),
            extra: o.unknown(excluding: ["id", "object", "created", "model", "choices", "usage"])
        )
    }

    func write(to output: inout [UInt8]) throws {
        try FastObjectWriter.answer(
            id: id, object: object, created: created, model: model, choices: choices, usage: usage, extra: extra,
            &output)
    }
}

extension ChatCompletion.Choice: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        guard let message = o.members["message"] else { throw FastPathMiss() }
        self.init(
            index: try o.optionalInt("index") ?? 0,
            message: try ChatMessage(fast: message),
            finishReason: try o.optionalString("finish_reason"),
            extra: o.unknown(excluding: ["index", "message", "finish_reason"])
        )
    }

    func write(to output: inout [UInt8]) throws {
        var w = FastObjectWriter()
        w.int("index", Int64(index), &output)
        try w.nested("message", message, &output)
        try w.value("finish_reason", finishReason.map(JSONValue.string) ?? .null, &output)
        try w.finish(extra: extra, &output)
    }
}

extension Usage: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        let prompt = try o.optionalInt("prompt_tokens") ?? 0
        let completion = try o.optionalInt("completion_tokens") ?? 0
        self.init(
            promptTokens: prompt,
            completionTokens: completion,
            totalTokens: try o.optionalInt("total_tokens") ?? prompt + completion,
            extra: o.unknown(excluding: ["prompt_tokens", "completion_tokens", "total_tokens"])
        )
    }

    func write(to output: inout [UInt8]) throws {
        var w = FastObjectWriter()
        w.int("prompt_tokens", Int64(promptTokens), &output)
        w.int("completion_tokens", Int64(completionTokens), &output)
        w.int("total_tokens", Int64(totalTokens), &output)
        try w.finish(extra: extra, &output)
    }
}

extension ChatCompletionChunk: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        self.init(
            id: try o.optionalString("id") ?? "",
            object: try o.optionalString("object") ?? "chat.completion.chunk",
            created: try o.optionalInt64("created") ?? 0,
            model: try o.optionalString("model") ?? "",
            choices: try o.optionalArray("choices", Choice.init(fast:)) ?? [],
            usage: try o.optional("usage", Usage.init(fast:)),
            extra: o.unknown(excluding: ["id", "object", "created", "model", "choices", "usage"])
        )
    }

    func write(to output: inout [UInt8]) throws {
        try FastObjectWriter.answer(
            id: id, object: object, created: created, model: model, choices: choices, usage: usage, extra: extra,
            &output)
    }
}

extension ChatCompletionChunk.Choice: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        self.init(
            index: try o.optionalInt("index") ?? 0,
            delta: try o.optional("delta", ChatCompletionChunk.Delta.init(fast:)) ?? ChatCompletionChunk.Delta(),
            finishReason: try o.optionalString("finish_reason"),
            extra: o.unknown(excluding: ["index", "delta", "finish_reason"])
        )
    }

    func write(to output: inout [UInt8]) throws {
        var w = FastObjectWriter()
        w.int("index", Int64(index), &output)
        try w.nested("delta", delta, &output)
        try w.value("finish_reason", finishReason.map(JSONValue.string) ?? .null, &output)
        try w.finish(extra: extra, &output)
    }
}

extension ChatCompletionChunk.Delta: FastWireDecodable, FastWireEncodable {
    init(fast value: JSONValue) throws {
        let o = try FastObject(value)
        self.init(
            role: try o.optionalString("role"),
            content: try o.optionalString("content"),
            toolCalls: try o.optionalArray("tool_calls", ToolCall.init(fast:)),
            extra: o.unknown(excluding: ["role", "content", "tool_calls"])
        )
    }

    func write(to output: inout [UInt8]) throws {
        var w = FastObjectWriter()
        w.string("role", role, &output)
        w.string("content", content, &output)
        try w.array("tool_calls", toolCalls, &output)
        try w.finish(extra: extra, &output)
    }
}
