import FuzzSupport
import NIOCore
import VeilPII

@testable import Veil
@testable import VeilWire

// A streamed answer as the gateway handles it: SSE bytes from the upstream, cut into reads anywhere, parsed by
// SSEParser, decoded by WireJSON, and restored by AnonymizeMiddleware's stream restorer. For any input:
//   1. SSEParser yields the same events whatever the cuts (the input's own bytes, and an SSE rendering of chunks);
//   2. the chunks come out of the SSE round trip unchanged;
//   3. the restored text of every field (each choice's content, each tool call's arguments) is the one-shot restore
//      of that field's whole text, whatever the split into chunks, and whether or not the choice finishes.

private let restorer = Restorer(originals: [
    "<EMAIL_1>": "ann@example.com",
    "<PERSON_1>": "Zoë \"Z\" \\ Smith\n",
    "<PHONE_12>": "+1 (555) 010-9999",
    "<PERSON_2>": "<PERSON_1>",  // a value that looks like a placeholder is never restored again
    "<CN_MOBILE_3>": "13812345678",
])

private struct FieldKey: Hashable, Comparable {
    var choice: Int
    var toolCall: Int
    static func < (a: FieldKey, b: FieldKey) -> Bool { (a.choice, a.toolCall) < (b.choice, b.toolCall) }
}

/// libFuzzer's target: one input, checked against the invariants above; a violation aborts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    // 1. The raw input as an SSE body, whole and cut.
    checkSplits(input.all, cuts: &input)

    // 3. Chunks from the payload text: each piece goes to a choice's content or to a tool call's arguments.
    let text = String(decoding: input.payload, as: UTF8.self)
    var chunks: [ChatCompletionChunk] = []
    var fields: [FieldKey: String] = [:]
    for piece in splitText(text, using: &input, maxCuts: 12) {
        let target = input.int(below: 4)
        let choice = target == 1 ? 1 : 0
        var delta = ChatCompletionChunk.Delta()
        var key = FieldKey(choice: choice, toolCall: -1)
        if target >= 2 {
            key.toolCall = target - 2
            delta.toolCalls = [ToolCall(type: nil, function: FunctionCall(arguments: piece), index: key.toolCall)]
        } else {
            delta.content = piece
        }
        fields[key, default: ""] += piece
        chunks.append(
            ChatCompletionChunk(id: "c", created: 1, model: "m", choices: [.init(index: choice, delta: delta)]))
    }
    let endings = input.int(below: 4)  // bit 0: choice 0 finishes; bit 1: choice 1 finishes
    for choice in 0..<2 where endings & (1 << choice) != 0 {
        chunks.append(
            ChatCompletionChunk(
                id: "c", created: 1, model: "m", choices: [.init(index: choice, delta: .init(), finishReason: "stop")]))
    }

    // 1 and 2. The chunks as the upstream would send them, cut anywhere, parsed and decoded.
    let newline: [UInt8] = [[0x0A], [0x0D, 0x0A], [0x0D]][input.int(below: 3)]
    var body: [UInt8] = []
    for chunk in chunks {
        if input.int(below: 8) == 0 { body += Array(": keep-alive".utf8) + newline + newline }
        guard let json = try? WireJSON.encode(chunk) else { fuzzFailure("a chunk does not encode") }
        body += Array("data: ".utf8) + json + newline + newline
    }
    body += Array("data: [DONE]".utf8) + newline + newline
    let events = checkSplits(body, cuts: &input)
    fuzzCheck(events.count == chunks.count + 1, "\(events.count) events for \(chunks.count) chunks")
    let decoded = events.dropLast().map { event in
        guard let chunk = try? WireJSON.decode(ChatCompletionChunk.self, from: event) else {
            fuzzFailure("an event does not decode: \(describe(String(decoding: event, as: UTF8.self)))")
        }
        return chunk
    }
    fuzzCheck(decoded == chunks, "chunks changed on the way through SSE")

    let restored = runBlocking { [decoded] in
        var out: [FieldKey: String] = [:]
        let stream = AnonymizeMiddleware.restore(ChatCompletionStream(chunks: decoded), with: restorer)
        do {
            for try await chunk in stream {
                for choice in chunk.choices {
                    if let content = choice.delta.content {
                        out[FieldKey(choice: choice.index, toolCall: -1), default: ""] += content
                    }
                    for (offset, call) in (choice.delta.toolCalls ?? []).enumerated() {
                        if let arguments = call.function?.arguments {
                            out[FieldKey(choice: choice.index, toolCall: call.index ?? offset), default: ""] +=
                                arguments
                        }
                    }
                }
            }
        } catch {
            fuzzFailure("the restored stream threw \(error)")
        }
        return out
    }
    for key in Set(fields.keys).union(restored.keys).sorted() {
        let whole = fields[key] ?? ""
        let expected = key.toolCall < 0 ? restorer.restore(whole) : restorer.restoreInJSONString(whole)
        let got = restored[key] ?? ""
        fuzzCheck(
            got == expected,
            "field \(key): \(describe(whole)) restored as \(describe(got)), one-shot \(describe(expected))")
    }
    return 0
}

/// Parses `body` whole, then cut at points drawn from `cuts`, and requires the same events; returns them.
@discardableResult
private func checkSplits(_ body: [UInt8], cuts: inout FuzzInput) -> [[UInt8]] {
    let whole = parse([body[...]])
    var points = Set<Int>()
    for _ in 0..<cuts.int(below: 9) { points.insert(cuts.int(below: body.count + 1)) }
    var pieces: [ArraySlice<UInt8>] = []
    var start = 0
    for point in points.sorted() {
        pieces.append(body[start..<point])
        start = point
    }
    pieces.append(body[start...])
    let split = parse(pieces)
    fuzzCheck(split == whole, "events differ with cuts at \(points.sorted())")
    if body.count <= 256 {
        fuzzCheck(parse(body.map { [$0][...] }) == whole, "events differ when fed a byte at a time")
    }
    return whole
}

private func parse(_ pieces: [ArraySlice<UInt8>]) -> [[UInt8]] {
    var parser = SSEParser()
    var events: [[UInt8]] = []
    for piece in pieces {
        do {
            events += try parser.feed(Array(piece))
        } catch {
            fuzzFailure("the parser refused \(pieces.reduce(0) { $0 + $1.count }) bytes: \(error)")
        }
    }
    if let last = parser.finish() { events.append(last) }
    return events
}

/// The executable's entry point (SwiftPM calls `<Module>_main`): hands over to libFuzzer's driver.
@_cdecl("FuzzSSEStream_main")
public func fuzzSSEStreamMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzz)
}
