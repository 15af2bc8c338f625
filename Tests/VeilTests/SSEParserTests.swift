import Testing
import VeilWire

@Suite("SSEParser")
struct SSEParserTests {
    static let stream =
        "data: {\"a\":1}\n\n: keep-alive\n\ndata: {\"b\":2}\r\n\r\nevent: x\nid: 7\ndata: line1\ndata:line2\n\ndata: [DONE]\n\n"
    static let expected = [#"{"a":1}"#, #"{"b":2}"#, "line1\nline2", "[DONE]"]

    func parse(_ pieces: [[UInt8]]) throws -> [String] {
        var parser = SSEParser()
        var events: [String] = []
        for piece in pieces {
            events += try parser.feed(piece).map { String(decoding: $0, as: UTF8.self) }
        }
        if let last = parser.finish() { events.append(String(decoding: last, as: UTF8.self)) }
        return events
    }

    @Test func parsesDataLinesCommentsAndOtherFields() throws {
        #expect(try parse([Array(Self.stream.utf8)]) == Self.expected)
    }

    @Test func everySplitPointGivesTheSameEvents() throws {
        let bytes = Array(Self.stream.utf8)
        for cut in 0...bytes.count {
            #expect(try parse([Array(bytes[..<cut]), Array(bytes[cut...])]) == Self.expected, "cut at \(cut)")
        }
    }

    @Test func byteAtATimeGivesTheSameEvents() throws {
        #expect(try parse(Array(Self.stream.utf8).map { [$0] }) == Self.expected)
    }

    @Test func multibyteTextSplitInsideACharacterSurvives() throws {
        let bytes = Array("data: 你好 😀\n\n".utf8)
        for cut in 0...bytes.count {
            #expect(try parse([Array(bytes[..<cut]), Array(bytes[cut...])]) == ["你好 😀"])
        }
    }

    @Test func bareCarriageReturnsEndLines() throws {
        #expect(try parse([Array("data: one\r\rdata: two\r\r".utf8)]) == ["one", "two"])
    }

    @Test func unterminatedLastEventIsDeliveredAtTheEnd() throws {
        #expect(try parse([Array("data: one\n\ndata: tail".utf8)]) == ["one", "tail"])
    }

    @Test func blankLinesWithoutDataDispatchNothing() throws {
        #expect(try parse([Array("\n\n\r\n: c\n\n".utf8)]).isEmpty)
    }

    @Test func oversizedEventIsRefused() throws {
        var parser = SSEParser()
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: SSEParser.maximumEventBytes + 10)
        #expect(throws: SSEParser.TooLarge.self) { try parser.feed(big) }
    }
}
