import Foundation
import FuzzSupport

@testable import VeilWire

// The request path's JSON codec (WireJSON) against Foundation, on any bytes:
//   1. parsing never crashes, and accepts exactly what JSONSerialization accepts, except where WireJSON is
//      deliberately stricter or narrower (see `knownDifference`);
//   2. when both accept, the trees are the same (numbers compared by value: WireJSON keeps 1 and 1.0 apart,
//      Foundation's decoder does not);
//   3. the wire types (ChatRequest, ChatCompletion, ChatCompletionChunk) decode through the fast path exactly as
//      through Codable, and as through Foundation's JSONDecoder; whatever decodes re-encodes, fast path and Codable
//      byte for byte, and decodes back to a value that encodes to the same bytes.

/// libFuzzer's target: one input, checked against the invariants above; a violation aborts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let wire = try? WireJSON.parse(bytes)
    let foundationAccepts =
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
    if (wire != nil) != foundationAccepts, knownDifference(bytes) == nil {
        fuzzFailure(
            "accept/reject: WireJSON \(wire != nil ? "accepts" : "rejects"), JSONSerialization "
                + "\(foundationAccepts ? "accepts" : "rejects") \(describe(String(decoding: bytes, as: UTF8.self)))")
    }
    let duplicates = wire != nil && hasDuplicateKeys(bytes)
    if let wire, !duplicates, let foundation = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)) {
        let tolerance = hasIntegerBeyondDouble(bytes) ? Tolerance.integerBeyondDouble : .exact
        fuzzCheck(
            same(wire, foundation, tolerance), "values differ: WireJSON \(wire), Foundation \(foundation)")
    }
    if let wire {
        // The writer's output is JSON that parses back to the same tree.
        var written: [UInt8] = []
        do {
            try WireJSON.write(wire, to: &written)
        } catch {
            fuzzFailure("a parsed tree does not write: \(error)")
        }
        guard let reparsed = try? WireJSON.parse(written) else {
            fuzzFailure("written tree does not parse: \(describe(String(decoding: written, as: UTF8.self)))")
        }
        fuzzCheck(same(reparsed, wire), "write/parse changed the tree: \(wire) -> \(reparsed)")
    }
    let comparable =
        wire != nil && foundationAccepts && !duplicates && !foundationDisagreesOnANumber(bytes)
        && !hasIntegerBeyondDouble(bytes)
    check(ChatRequest.self, bytes, compareWithFoundation: comparable)
    check(ChatCompletion.self, bytes, compareWithFoundation: comparable)
    check(ChatCompletionChunk.self, bytes, compareWithFoundation: comparable)
    return 0
}

/// Why WireJSON and JSONSerialization may disagree on `bytes`, or nil if they must not.
private func knownDifference(_ bytes: [UInt8]) -> String? {
    // JSONSerialization also reads UTF-16 and UTF-32 (found by a BOM or by NUL bytes among the first four);
    // the wire is UTF-8 only (RFC 8259 section 8.1).
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
        || bytes.prefix(4).contains(0)
    {
        return "encoding"
    }
    // JSONSerialization accepts a trailing comma in arrays and objects; RFC 8259 and OpenAI's API do not.
    if hasTrailingComma(bytes) { return "trailing comma" }
    if foundationDisagreesOnANumber(bytes) { return "Foundation disagrees with itself" }
    return nil
}

/// Whether some number in `bytes` is read by one of Foundation's two JSON readers and rejected by the other.
/// JSONSerialization reads a non-zero number below the smallest Double ("1e-400") as 0 where JSONDecoder rejects it,
/// and JSONDecoder rejects some zeros with an exponent ("0e5", "0.000e5", "-0.0e1") that JSONSerialization reads.
/// WireJSON sides with the decoder on the first (a request that says something non-zero is not read as 0) and reads
/// the second as 0; where the reference disagrees with itself there is no single answer to compare against.
private func foundationDisagreesOnANumber(_ bytes: [UInt8]) -> Bool {
    numberTokens(bytes).contains { range in
        let token = Data(bytes[range])
        let serialization = (try? JSONSerialization.jsonObject(with: token, options: [.fragmentsAllowed])) != nil
        let decoder = (try? JSONDecoder().decode(Double.self, from: token)) != nil
        return serialization != decoder
    }
}

/// Whether some number outside strings has a fraction or an exponent and a magnitude of at least 2^53, where a Double
/// no longer holds every integer. Decoding an integer field from one, Foundation takes the digits before the point
/// ("9223372045736759.807" is 9223372045736759) while WireJSON takes the nearest Double (9223372045736760): the
/// literal names no integer, so neither reading is the reference's, and the typed values are not compared.
private func hasIntegerBeyondDouble(_ bytes: [UInt8]) -> Bool {
    numberTokens(bytes).contains { range in
        let token = bytes[range]
        guard token.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") })
        else { return false }
        return Double(String(decoding: token, as: UTF8.self)).map { $0.magnitude >= 0x1p53 } ?? false
    }
}

/// The byte ranges of the numbers outside strings (a run of number characters starting at `-` or a digit): both
/// number checks above look at each literal on its own.
private func numberTokens(_ bytes: [UInt8]) -> [Range<Int>] {
    let inString = stringMask(bytes)
    var tokens: [Range<Int>] = []
    var i = 0
    while i < bytes.count {
        let c = bytes[i]
        guard !inString[i], c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) else {
            i += 1
            continue
        }
        var j = i + 1
        while j < bytes.count, "0123456789.eE+-".utf8.contains(bytes[j]) { j += 1 }
        tokens.append(i..<j)
        i = j
    }
    return tokens
}

/// Whether a `,` outside strings is followed (after whitespace) by `]` or `}`.
private func hasTrailingComma(_ bytes: [UInt8]) -> Bool {
    let inString = stringMask(bytes)
    for i in bytes.indices where !inString[i] && bytes[i] == UInt8(ascii: ",") {
        var j = i + 1
        while j < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[j]) { j += 1 }
        if j < bytes.count, bytes[j] == UInt8(ascii: "]") || bytes[j] == UInt8(ascii: "}") { return true }
    }
    return false
}

/// For each byte, whether it lies inside a string literal (its quotes included): the scans above look at JSON's
/// structure only.
private func stringMask(_ bytes: [UInt8]) -> [Bool] {
    var mask = [Bool](repeating: false, count: bytes.count)
    var inString = false
    var escaped = false
    for (i, c) in bytes.enumerated() {
        if inString {
            mask[i] = true
            if escaped {
                escaped = false
            } else if c == UInt8(ascii: "\\") {
                escaped = true
            } else if c == UInt8(ascii: "\"") {
                inString = false
            }
        } else if c == UInt8(ascii: "\"") {
            mask[i] = true
            inString = true
        }
    }
    return mask
}

/// Whether an object of `bytes` (valid JSON) names a member twice. WireJSON keeps the last one, as JavaScript and
/// Python do; Foundation's JSONDecoder keeps the first. Either is allowed by RFC 8259 (section 4), so values are
/// compared only without duplicates.
private func hasDuplicateKeys(_ bytes: [UInt8]) -> Bool {
    var stack: [Set<String>?] = []  // a key set per open object, nil per open array
    var expectKey = false
    var i = 0
    while i < bytes.count {
        let c = bytes[i]
        switch c {
        case UInt8(ascii: "{"):
            stack.append([])
            expectKey = true
        case UInt8(ascii: "["):
            stack.append(nil)
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            stack.removeLast()
        case UInt8(ascii: ","):
            expectKey = stack.last.map { $0 != nil } ?? false
        case UInt8(ascii: "\""):
            var j = i + 1
            while bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
            if expectKey, case .string(let key)? = try? WireJSON.parse(Array(bytes[i...j])) {
                if stack[stack.count - 1]!.insert(key).inserted == false { return true }
            }
            expectKey = false
            i = j
        default: break
        }
        i += 1
    }
    return false
}

/// How `same` compares an integer with a double.
private enum Tolerance {
    /// By value, exactly.
    case exact
    /// Within one unit in the last place of the double when it is at least 2^53: Foundation's decoder reads a
    /// literal such as "9223372045736769.5" as the integer before the point, WireJSON as the nearest Double, and the
    /// literal names no integer (see `hasIntegerBeyondDouble`).
    case integerBeyondDouble
}

/// Tree equality with numbers compared by value (Foundation's decoder reads `1.0` as an integer).
private func same(_ a: JSONValue, _ b: JSONValue, _ tolerance: Tolerance = .exact) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.int(let x), .double(let y)), (.double(let y), .int(let x)):
        if tolerance == .integerBeyondDouble, y.magnitude >= 0x1p53 { return (Double(x) - y).magnitude <= y.ulp }
        return Double(x) == y
    case (.double(let x), .double(let y)): return x == y
    case (.array(let x), .array(let y)):
        return x.count == y.count && zip(x, y).allSatisfy { same($0, $1, tolerance) }
    case (.object(let x), .object(let y)):
        return x.count == y.count && x.allSatisfy { key, value in y[key].map { same(value, $0, tolerance) } ?? false }
    default: return false
    }
}

private func check<T: Codable & Equatable>(_ type: T.Type, _ bytes: [UInt8], compareWithFoundation: Bool) {
    let fast = Result { try WireJSON.decode(type, from: bytes) }
    let codable = Result { try WireJSON.decodeWithCodable(type, from: bytes) }
    switch (fast, codable) {
    case (.success(let a), .success(let b)):
        fuzzCheck(a == b, "\(type): fast path and Codable decode differently")
    case (.failure, .failure): break
    case (.success, .failure(let error)):
        fuzzFailure("\(type): the fast path decoded what Codable rejects (\(error))")
    case (.failure(let error), .success):
        fuzzFailure("\(type): the fast path failed where Codable decodes (\(error))")
    }
    if compareWithFoundation {
        let foundation = Result { try JSONDecoder().decode(type, from: Data(bytes)) }
        switch (codable, foundation) {
        case (.success(let a), .success(let b)):
            // Unknown members hold numbers as WireJSON read them; compare what each encodes to.
            if let x = try? WireJSON.parse(WireJSON.encode(a)), let y = try? WireJSON.parse(WireJSON.encode(b)) {
                fuzzCheck(same(x, y), "\(type): WireJSON and Foundation decode to different values")
            }
        case (.failure, .failure): break
        case (.success, .failure(let error)):
            fuzzFailure("\(type): WireJSON decodes what Foundation rejects (\(error))")
        case (.failure(let error), .success):
            fuzzFailure("\(type): WireJSON rejects what Foundation decodes (\(error))")
        }
    }
    guard case .success(let value) = fast else { return }
    let encoded: [UInt8]
    let encodedWithCodable: [UInt8]
    do {
        encoded = try WireJSON.encode(value)
        encodedWithCodable = try WireJSON.encodeWithCodable(value)
    } catch {
        fuzzFailure("\(type): a decoded value does not encode: \(error)")
    }
    fuzzCheck(
        encoded == encodedWithCodable,
        "\(type): fast and Codable encodings differ: \(String(decoding: encoded, as: UTF8.self)) vs "
            + String(decoding: encodedWithCodable, as: UTF8.self))
    guard let again = try? WireJSON.decode(type, from: encoded) else {
        fuzzFailure("\(type): its own encoding does not decode: \(String(decoding: encoded, as: UTF8.self))")
    }
    // Not `again == value`: a double with no fraction in an unknown member is written as an integer (`1.0` -> `1`),
    // the same number. The bytes, though, must be stable from the first encoding on.
    let twice = try? WireJSON.encode(again)
    fuzzCheck(
        twice == encoded, "\(type): encode(decode(encode(x))) != encode(x): \(String(decoding: encoded, as: UTF8.self))"
    )
}

/// The executable's entry point (SwiftPM calls `<Module>_main`): hands over to libFuzzer's driver.
@_cdecl("FuzzWireJSON_main")
public func fuzzWireJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzz)
}
