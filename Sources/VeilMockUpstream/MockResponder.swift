import NIOCore
import NIOHTTP1

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renders the mock's answers as bytes: chat completions (whole or streamed), embeddings, and OpenAI-style errors.
///
/// JSON is written by hand into one buffer per answer: static parts are copied, request-derived strings escaped.
struct MockResponder {
    let name: String
    let allocator: ByteBufferAllocator

    /// Answers a chat completion request, or a 400 if the body is not one.
    func chatCompletion(body: ByteBuffer, sequence: Int) -> MockReply {
        let request: MockChatRequest
        do {
            request = try MockChatRequest(body: body)
        } catch {
            return badRequest(error)
        }
        let completion = MockCompletion(request: request, name: name)
        if request.stream {
            return .stream(renderStream(completion, request: request, sequence: sequence))
        }
        return .json(
            status: .ok,
            body: renderCompletion(completion, request: request, sequence: sequence),
            retryAfter: false,
            generatedTokens: completion.completionTokens
        )
    }

    /// Answers an embeddings request, or a 400 if the body is not one.
    func embeddings(body: ByteBuffer) -> MockReply {
        let request: MockEmbeddingsRequest
        do {
            request = try MockEmbeddingsRequest(body: body)
        } catch {
            return badRequest(error)
        }
        var buffer = allocator.buffer(capacity: 128 + request.inputs.count * request.dimensions * 12)
        buffer.writeStaticString("{\"object\":\"list\",\"data\":[")
        for (index, input) in request.inputs.enumerated() {
            if index > 0 { buffer.writeStaticString(",") }
            buffer.writeStaticString("{\"object\":\"embedding\",\"index\":")
            buffer.writeDecimal(index)
            buffer.writeStaticString(",\"embedding\":")
            let vector = request.vector(for: input)
            if request.base64 {
                buffer.writeStaticString("\"")
                Self.writeBase64(of: vector, into: &buffer)
                buffer.writeStaticString("\"")
            } else {
                buffer.writeStaticString("[")
                for (position, value) in vector.enumerated() {
                    if position > 0 { buffer.writeStaticString(",") }
                    buffer.writeString(value.description)
                }
                buffer.writeStaticString("]")
            }
            buffer.writeStaticString("}")
        }
        buffer.writeStaticString("],\"model\":")
        buffer.writeJSONString(request.model)
        buffer.writeStaticString(",\"usage\":{\"prompt_tokens\":")
        buffer.writeDecimal(request.promptTokens)
        buffer.writeStaticString(",\"total_tokens\":")
        buffer.writeDecimal(request.promptTokens)
        buffer.writeStaticString("}}")
        return .json(status: .ok, body: buffer, retryAfter: false, generatedTokens: 0)
    }

    /// An OpenAI-style error answer.
    ///
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - message: A fixed message; never request text.
    ///   - type: OpenAI's error type, e.g. `invalid_request_error`.
    ///   - param: The offending request field, if any.
    ///   - code: OpenAI's error code, if any.
    func error(
        status: HTTPResponseStatus,
        message: String,
        type: String,
        param: String? = nil,
        code: String? = nil
    ) -> MockReply {
        var buffer = allocator.buffer(capacity: 128 + message.utf8.count)
        buffer.writeStaticString("{\"error\":{\"message\":")
        buffer.writeJSONString(message)
        buffer.writeStaticString(",\"type\":")
        buffer.writeJSONString(type)
        buffer.writeStaticString(",\"param\":")
        Self.writeOptionalString(param, into: &buffer)
        buffer.writeStaticString(",\"code\":")
        Self.writeOptionalString(code, into: &buffer)
        buffer.writeStaticString("}}")
        let retryAfter = status == .tooManyRequests || status == .serviceUnavailable
        return .json(status: status, body: buffer, retryAfter: retryAfter, generatedTokens: 0)
    }

    /// The answer to a request that failure injection turned into an error status.
    func injectedFailure(status code: Int) -> MockReply {
        let status = HTTPResponseStatus(statusCode: code)
        switch code {
        case 429:
            return error(
                status: status,
                message: "Rate limit reached (injected by the mock upstream).",
                type: "requests",
                code: "rate_limit_exceeded"
            )
        case 500...599:
            return error(status: status, message: "The mock upstream injected this failure.", type: "server_error")
        default:
            return error(
                status: status,
                message: "The mock upstream injected this failure.",
                type: "invalid_request_error"
            )
        }
    }

    private func badRequest(_ problem: MockRequestProblem) -> MockReply {
        error(status: .badRequest, message: problem.message, type: "invalid_request_error", param: problem.param)
    }

    // MARK: Chat rendering

    private func renderCompletion(_ completion: MockCompletion, request: MockChatRequest, sequence: Int) -> ByteBuffer {
        var buffer = allocator.buffer(capacity: 384 + completion.output.count + request.model.utf8.count)
        buffer.writeStaticString("{\"id\":\"chatcmpl-mock-")
        buffer.writeDecimal(sequence)
        buffer.writeStaticString("\",\"object\":\"chat.completion\",\"created\":")
        buffer.writeDecimal(Self.now())
        buffer.writeStaticString(",\"model\":")
        buffer.writeJSONString(request.model)
        buffer.writeStaticString(
            ",\"system_fingerprint\":\"fp_mock\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
        )
        let sent = completion.sentBytes
        if completion.isToolCall {
            buffer.writeStaticString("\"content\":null,\"tool_calls\":[{\"id\":\"call_mock_")
            buffer.writeDecimal(sequence)
            buffer.writeStaticString("\",\"type\":\"function\",\"function\":{\"name\":")
            buffer.writeJSONString(completion.toolName)
            buffer.writeStaticString(",\"arguments\":\"")
            completion.output.withUnsafeBytes { buffer.writeJSONEscaped(UnsafeRawBufferPointer(rebasing: $0[..<sent])) }
            buffer.writeStaticString("\"}}]")
        } else {
            buffer.writeStaticString("\"content\":\"")
            completion.output.withUnsafeBytes { buffer.writeJSONEscaped(UnsafeRawBufferPointer(rebasing: $0[..<sent])) }
            buffer.writeStaticString("\"")
        }
        buffer.writeStaticString(",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"")
        buffer.writeString(completion.finishReason)
        buffer.writeStaticString("\"}],")
        writeUsage(prompt: request.promptTokens, completion: completion.completionTokens, into: &buffer)
        buffer.writeStaticString("}")
        return buffer
    }

    private func renderStream(_ completion: MockCompletion, request: MockChatRequest, sequence: Int)
        -> MockEventStream
    {
        var prefix = allocator.buffer(capacity: 192 + request.model.utf8.count)
        prefix.writeStaticString("data: {\"id\":\"chatcmpl-mock-")
        prefix.writeDecimal(sequence)
        prefix.writeStaticString("\",\"object\":\"chat.completion.chunk\",\"created\":")
        prefix.writeDecimal(Self.now())
        prefix.writeStaticString(",\"model\":")
        prefix.writeJSONString(request.model)
        prefix.writeStaticString(",\"system_fingerprint\":\"fp_mock\",\"choices\":[")
        let suffix: StaticString = request.includeUsage ? "],\"usage\":null}\n\n" : "]}\n\n"

        let pieces = completion.pieces
        let capacity = (prefix.readableBytes + 96) * (pieces.count + 4) + completion.output.count * 2
        var events = MockEventStream(buffer: allocator.buffer(capacity: capacity), ends: [], pacedCount: pieces.count)
        events.ends.reserveCapacity(pieces.count + 4)

        events.buffer.writeImmutableBuffer(prefix)
        if completion.isToolCall {
            events.buffer.writeStaticString("{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,")
            events.buffer.writeStaticString("\"tool_calls\":[{\"index\":0,\"id\":\"call_mock_")
            events.buffer.writeDecimal(sequence)
            events.buffer.writeStaticString("\",\"type\":\"function\",\"function\":{\"name\":")
            events.buffer.writeJSONString(completion.toolName)
            events.buffer.writeStaticString(",\"arguments\":\"\"}}]},\"logprobs\":null,\"finish_reason\":null}")
        } else {
            events.buffer.writeStaticString("{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},")
            events.buffer.writeStaticString("\"logprobs\":null,\"finish_reason\":null}")
        }
        events.buffer.writeStaticString(suffix)
        events.endEvent()

        completion.output.withUnsafeBytes { output in
            for piece in pieces {
                events.buffer.writeImmutableBuffer(prefix)
                if completion.isToolCall {
                    events.buffer.writeStaticString(
                        "{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\""
                    )
                    events.buffer.writeJSONEscaped(UnsafeRawBufferPointer(rebasing: output[piece]))
                    events.buffer.writeStaticString("\"}}]},\"logprobs\":null,\"finish_reason\":null}")
                } else {
                    events.buffer.writeStaticString("{\"index\":0,\"delta\":{\"content\":\"")
                    events.buffer.writeJSONEscaped(UnsafeRawBufferPointer(rebasing: output[piece]))
                    events.buffer.writeStaticString("\"},\"logprobs\":null,\"finish_reason\":null}")
                }
                events.buffer.writeStaticString(suffix)
                events.endEvent()
            }
        }

        events.buffer.writeImmutableBuffer(prefix)
        events.buffer.writeStaticString("{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"")
        events.buffer.writeString(completion.finishReason)
        events.buffer.writeStaticString("\"}")
        events.buffer.writeStaticString(suffix)
        events.endEvent()

        if request.includeUsage {
            events.buffer.writeImmutableBuffer(prefix)
            events.buffer.writeStaticString("],")
            writeUsage(prompt: request.promptTokens, completion: completion.completionTokens, into: &events.buffer)
            events.buffer.writeStaticString("}\n\n")
            events.endEvent()
        }

        events.buffer.writeStaticString("data: [DONE]\n\n")
        events.endEvent()
        return events
    }

    private func writeUsage(prompt: Int, completion: Int, into buffer: inout ByteBuffer) {
        buffer.writeStaticString("\"usage\":{\"prompt_tokens\":")
        buffer.writeDecimal(prompt)
        buffer.writeStaticString(",\"completion_tokens\":")
        buffer.writeDecimal(completion)
        buffer.writeStaticString(",\"total_tokens\":")
        buffer.writeDecimal(prompt + completion)
        buffer.writeStaticString("}")
    }

    // MARK: Helpers

    private static func writeOptionalString(_ value: String?, into buffer: inout ByteBuffer) {
        if let value {
            buffer.writeJSONString(value)
        } else {
            buffer.writeStaticString("null")
        }
    }

    /// Seconds since 1970, for `created`.
    private static func now() -> Int {
        Int(time(nil))
    }

    private static let base64Alphabet: [UInt8] = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8
    )

    /// Writes the vector as little-endian float32 in standard base64, as OpenAI's `encoding_format: base64` does.
    private static func writeBase64(of vector: [Float], into buffer: inout ByteBuffer) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(vector.count * 4)
        for value in vector {
            let bits = value.bitPattern.littleEndian
            withUnsafeBytes(of: bits) { bytes.append(contentsOf: $0) }
        }
        var index = 0
        while index + 3 <= bytes.count {
            let triple = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] {
                buffer.writeInteger(base64Alphabet[Int((triple >> UInt32(shift)) & 0x3F)])
            }
            index += 3
        }
        let remaining = bytes.count - index
        if remaining > 0 {
            let first = UInt32(bytes[index]) << 16
            let second = remaining == 2 ? UInt32(bytes[index + 1]) << 8 : 0
            let triple = first | second
            buffer.writeInteger(base64Alphabet[Int((triple >> 18) & 0x3F)])
            buffer.writeInteger(base64Alphabet[Int((triple >> 12) & 0x3F)])
            if remaining == 2 {
                buffer.writeInteger(base64Alphabet[Int((triple >> 6) & 0x3F)])
            } else {
                buffer.writeStaticString("=")
            }
            buffer.writeStaticString("=")
        }
    }
}
