import Foundation
import Testing

@testable import Veil
@testable import VeilWire

/// The request path's JSON codec must agree with Foundation's on every value and every error.
@Suite("Wire JSON codec")
struct WireJSONTests {
    static let requests: [String] = [
        #"{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}"#,
        #"{"model":"m","temperature":0.2,"top_p":1,"n":1,"seed":-42,"max_tokens":100,"user":"u-1","stream":true,"#
            + #""stream_options":{"include_usage":true,"x":1},"stop":["\n","END"],"vendor_flag":{"a":[1,2.5,null]},"#
            + #""messages":[{"role":"system","content":"Be brief."},{"role":"user","name":"ann","content":[{"type":"#
            + #""text","text":"What is in the image?"},{"type":"image_url","image_url":{"url":"https://x/y.png"}}]},"#
            + #"{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"#
            + #""f","arguments":"{\"q\":\"\\u00e9\"}"}}]},{"role":"tool","tool_call_id":"c1","content":"ok"}],"#
            + #""tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}],"#
            + #""tool_choice":"auto","response_format":{"type":"json_object"}}"#,
        #"{ "model" : "m" , "messages" : [ { "role" : "user" , "content" : "tab\tquote\"slash\\\/ \u4f60\u597d \ud83d\ude00 é 😀" } ] }"#,
        #"{"model":"m","messages":[{"role":"user","content":"x"}],"temperature":1e-1,"seed":9223372036854775807}"#,
    ]

    static let completions: [String] = [
        #"{"id":"chatcmpl-1","object":"chat.completion","created":1800000000,"model":"gpt","system_fingerprint":"fp","#
            + #""choices":[{"index":0,"message":{"role":"assistant","content":"Water boils at 100 °C.","refusal":null,"#
            + #""annotations":[]},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"#
            + #""completion_tokens":7,"total_tokens":12,"prompt_tokens_details":{"cached_tokens":0}}}"#,
        #"{"choices":[{"message":{"role":"assistant","content":null,"tool_calls":[{"id":"t","type":"function","#
            + #""function":{"name":"lookup","arguments":"{}"}}]},"finish_reason":"tool_calls"}]}"#,
    ]

    @Test("decoding agrees with Foundation on requests and answers")
    func decodingAgrees() throws {
        for text in Self.requests {
            let bytes = Array(text.utf8)
            #expect(
                try WireJSON.decode(ChatRequest.self, from: bytes)
                    == JSONDecoder().decode(ChatRequest.self, from: Data(bytes)))
        }
        for text in Self.completions {
            let bytes = Array(text.utf8)
            #expect(
                try WireJSON.decode(ChatCompletion.self, from: bytes)
                    == JSONDecoder().decode(ChatCompletion.self, from: Data(bytes)))
        }
        let chunk = Array(
            #"{"id":"c","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}"#
                .utf8)
        #expect(
            try WireJSON.decode(ChatCompletionChunk.self, from: chunk)
                == JSONDecoder().decode(ChatCompletionChunk.self, from: Data(chunk)))
    }

    @Test("encoding round-trips through Foundation's decoder, unknown members included")
    func encodingRoundTrips() throws {
        for text in Self.requests {
            let request = try JSONDecoder().decode(ChatRequest.self, from: Data(text.utf8))
            let encoded = try WireJSON.encode(request)
            #expect(try JSONDecoder().decode(ChatRequest.self, from: Data(encoded)) == request)
            #expect(try WireJSON.decode(ChatRequest.self, from: encoded) == request)
        }
        for text in Self.completions {
            let completion = try JSONDecoder().decode(ChatCompletion.self, from: Data(text.utf8))
            let encoded = try WireJSON.encode(completion)
            #expect(try JSONDecoder().decode(ChatCompletion.self, from: Data(encoded)) == completion)
        }
        // Members come out in the order the type writes them, as with JSONEncoder.
        let completion = ChatCompletion(
            id: "c", created: 1, model: "m",
            choices: [.init(index: 0, message: ChatMessage(role: "assistant", text: "a\"b\n"), finishReason: nil)])
        #expect(
            String(decoding: try WireJSON.encode(completion), as: UTF8.self)
                == #"{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"#
                + #""message":{"role":"assistant","content":"a\"b\n"},"finish_reason":null}]}"#)
    }

    @Test("the direct fast path and the Codable path decode and encode the corpus identically")
    func fastPathAgreesWithCodable() throws {
        for text in Self.requests {
            let bytes = Array(text.utf8)
            let fast = try ChatRequest(fast: WireJSON.parse(bytes))
            #expect(fast == (try WireJSON.decodeWithCodable(ChatRequest.self, from: bytes)))
            var written: [UInt8] = []
            try fast.write(to: &written)
            #expect(try WireJSON.decodeWithCodable(ChatRequest.self, from: written) == fast)
            #expect(try WireJSON.parse(written) == WireJSON.parse(try WireJSON.encodeWithCodable(fast)))
        }
        for text in Self.completions {
            let bytes = Array(text.utf8)
            let fast = try ChatCompletion(fast: WireJSON.parse(bytes))
            #expect(fast == (try WireJSON.decodeWithCodable(ChatCompletion.self, from: bytes)))
            var written: [UInt8] = []
            try fast.write(to: &written)
            #expect(try WireJSON.parse(written) == WireJSON.parse(try WireJSON.encodeWithCodable(fast)))
        }
        let chunks = [
            #"{"id":"c","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"#
                + #""finish_reason":null,"logprobs":null}],"x":[1]}"#,
            #"{"id":"c","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2}}"#,
            #"{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"a\""}}]}}]}"#,
        ]
        for text in chunks {
            let bytes = Array(text.utf8)
            let fast = try ChatCompletionChunk(fast: WireJSON.parse(bytes))
            #expect(fast == (try WireJSON.decodeWithCodable(ChatCompletionChunk.self, from: bytes)))
            var written: [UInt8] = []
            try fast.write(to: &written)
            #expect(try WireJSON.parse(written) == WireJSON.parse(try WireJSON.encodeWithCodable(fast)))
        }
    }

    @Test("input the fast path declines still decodes, or fails with the Codable error")
    func fastPathFallsBack() throws {
        // An integral double for an integer field: the fast path takes it too; a wrong type falls back and fails.
        let request = try WireJSON.decode(
            ChatRequest.self, from: Array(#"{"model":"m","messages":[],"max_tokens":100.0}"#.utf8))
        #expect(request.maxTokens == 100)
        #expect {
            try WireJSON.decode(ChatRequest.self, from: Array(#"{"model":"m","messages":[{"role":true}]}"#.utf8))
        } throws: { error in
            summary(error) == "type .messages[0].role"
        }
    }

    /// The kind of a decoding error and the coding path it names, as the gateway reports it.
    private func summary(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "other" }
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        }
        switch error {
        case .dataCorrupted(let context): return "corrupted " + path(context.codingPath)
        case .keyNotFound(let key, let context): return "missing " + path(context.codingPath + [key])
        case .typeMismatch(_, let context): return "type " + path(context.codingPath)
        case .valueNotFound(_, let context): return "null " + path(context.codingPath)
        @unknown default: return "unknown"
        }
    }

    @Test(
        "malformed requests fail with the same kind and coding path as Foundation",
        arguments: [
            "", "{", "[]", "null", #"{"model":"m"}"#, #"{"messages":[]}"#, #"{"model":1,"messages":[]}"#,
            #"{"model":"m","messages":"hi"}"#, #"{"model":"m","messages":[{"content":"x"}]}"#,
            #"{"model":"m","messages":[{"role":"user","content":"x"},{"role":5}]}"#,
            #"{"model":"m","messages":[],"temperature":"hot"}"#, #"{"model":"m","messages":[{"role":null}]}"#,
            #"{"model":"m","messages":[],"stream":"yes"}"#, #"{"model":"m","messages":[],"stream_options":[]}"#,
            #"{"model":"m","messages":[{"role":"user","content":[{"text":"no type"}]}]}"#,
            #"{"model":"m","messages":[]} trailing"#,
        ])
    func errorsAgree(body: String) {
        let bytes = Array(body.utf8)
        var foundation = "none"
        var wire = "none"
        do { _ = try JSONDecoder().decode(ChatRequest.self, from: Data(bytes)) } catch { foundation = summary(error) }
        do { _ = try WireJSON.decode(ChatRequest.self, from: bytes) } catch { wire = summary(error) }
        #expect(wire == foundation)
        #expect(wire != "none")
    }

    @Test("where Foundation is lax or vague, the codec is strict and names the field")
    func stricterThanFoundation() {
        // Foundation accepts a trailing comma; RFC 8259 (and OpenAI's API) do not.
        #expect(throws: DecodingError.self) { try WireJSON.parse(Array(#"{"a":1,}"#.utf8)) }
        // Foundation reports a fractional count with an empty path ("not valid JSON"); the codec names the field.
        do {
            _ = try WireJSON.decode(ChatRequest.self, from: Array(#"{"model":"m","messages":[],"n":1.5}"#.utf8))
            Issue.record("a fractional n decoded")
        } catch {
            #expect(summary(error) == "corrupted .n")
        }
    }

    @Test(
        "the parser rejects what is not JSON",
        arguments: [
            "01", "-", "1.", ".5", "1e", "+1", "tru", "nul", "\"unterminated", "\"bad \\x escape\"", "\"\\ud800\"",
            "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"raw \u{01} control\"", "[1,]", "{\"a\" 1}", "{1:2}", "[1 2]", "NaN",
            "1e999",
        ])
    func parserRejects(text: String) {
        #expect(throws: DecodingError.self) { try WireJSON.parse(Array(text.utf8)) }
    }

    @Test("invalid UTF-8 and hostile nesting are errors, not crashes")
    func hostileInput() {
        #expect(throws: DecodingError.self) { try WireJSON.parse([0x22, 0xFF, 0xFE, 0x22]) }
        let deep = Array(repeating: UInt8(ascii: "["), count: 100_000)
        #expect(throws: DecodingError.self) { try WireJSON.parse(deep) }
        let nested = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect((try? WireJSON.parse(Array(nested.utf8))) != nil)
    }

    @Test("numbers keep integers apart from doubles and survive the extremes")
    func numbers() throws {
        #expect(try WireJSON.parse(Array("42".utf8)) == .int(42))
        #expect(try WireJSON.parse(Array("-9223372036854775808".utf8)) == .int(.min))
        #expect(try WireJSON.parse(Array("9223372036854775808".utf8)) == .double(9_223_372_036_854_775_808))
        #expect(try WireJSON.parse(Array("2.5e3".utf8)) == .double(2500))
        #expect(try WireJSON.parse(Array("-0.0".utf8)) == .double(-0.0))
        #expect(
            try WireJSON.parse(Array(#" { "a" : [ true , false , null ] } "#.utf8))
                == .object(["a": .array([.bool(true), .bool(false), .null])]))
        #expect(throws: EncodingError.self) { try WireJSON.encode(Double.nan) }
        #expect(String(decoding: try WireJSON.encode(JSONValue.double(0.1)), as: UTF8.self) == "0.1")
    }
}
