import Foundation
import Testing

@testable import Veil
@testable import VeilWire

/// Regression tests for what the libFuzzer targets of the wire codec (Fuzz/FuzzWireJSON, issue 16) found.
@Suite struct WireFuzzFindingTests {
    /// Unknown members were written in the dictionary's order by the `Codable` path (which changes from process to
    /// process) and sorted by the fast path: the same value encoded to different bytes.
    @Test func unknownMembersEncodeInOneOrderOnBothPaths() throws {
        let json =
            #"{"id":"","object":"chat.completion.chunk","created":0,"model":"m","choices":[],"#
            + #""temperature":0.1,"seed":9223372036854775807,"messages":[{"content":"x","role":"user"}],"b":1,"a":2}"#
        let chunk = try WireJSON.decode(ChatCompletionChunk.self, from: Array(json.utf8))
        let fast = try WireJSON.encode(chunk)
        #expect(try WireJSON.encodeWithCodable(chunk) == fast)
        let written = String(decoding: fast, as: UTF8.self)
        let order = ["\"a\":", "\"b\":", "\"messages\":", "\"seed\":", "\"temperature\":"].map {
            written.range(of: $0)?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        let other = #"{"id":"","object":"chat.completion","created":0,"model":"m","choices":[],"z":1,"y":[2]}"#
        let completion = try WireJSON.decode(ChatCompletion.self, from: Array(other.utf8))
        #expect(try WireJSON.encodeWithCodable(completion) == WireJSON.encode(completion))
    }

    /// "temperature":1e-19223372036854775807 was read as 0 where Foundation's decoder rejects it: a number too small
    /// for a Double is refused, while zero itself and subnormal numbers are read as before.
    @Test func aNumberThatUnderflowsIsRejectedLikeFoundationDoes() throws {
        func request(_ temperature: String) -> [UInt8] {
            Array(#"{"model":"m","messages":[{"role":"user","content":"o"}],"temperature":\#(temperature)}"#.utf8)
        }
        for tiny in ["1e-19223372036854775807", "1e-400", "2.5e-500"] {
            #expect(throws: (any Error).self) { try WireJSON.decode(ChatRequest.self, from: request(tiny)) }
            #expect(throws: (any Error).self) { try JSONDecoder().decode(ChatRequest.self, from: Data(request(tiny))) }
        }
        for fine in ["0e-400", "0.0", "1e-310"] {
            #expect(try WireJSON.decode(ChatRequest.self, from: request(fine)).temperature != nil)
        }
    }
}
