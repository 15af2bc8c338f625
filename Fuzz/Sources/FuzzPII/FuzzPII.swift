#if !FUZZ_SINGLE_MODULE  // run.sh compiles this file, FuzzSupport and VeilPII's sources as one module
    import FuzzSupport
    import VeilPII
#endif

// Round trip of the privacy stage as the gateway uses it (AnonymizeMiddleware): one PseudonymSession per request
// anonymizes every message of the conversation in order, then one Restorer puts the values back into the answer.
// For any text, with actions that are reversible (pseudonymize, allow):
//   1. restore(anonymize(m)) == m for every message m, with the restorer made after the whole conversation, except
//      that a value is put back as first written: two spellings of one value (`+1 415 555 0132`, `1 415 555 0132`)
//      share a placeholder by design (PseudonymSession, canonical forms), and that placeholder restores to the first.
//      The expected text is built from the session's own spans, not by the restorer's parsing: m with every replaced
//      span put back as its placeholder's original (exactly m when every value has one spelling); and the
//      spellings that share a placeholder have one canonical form (different values never share one);
//   2. a StreamRestorer fed the anonymized text cut anywhere gives the same text as the one-shot restore;
//   3. tool-call arguments (JSON text) anonymized as JSON text and restored with restoreInJSONString give the same
//      JSON text back, by the same rule (an original from plain text is JSON-escaped into the arguments, one found
//      in JSON text is put back as written), and still decode.

private let today = 2025_06_15
private let configurations: [PIIConfiguration] = [
    PIIConfiguration(),
    PIIConfiguration(
        actions: [.person: .pseudonymize, .phone: .pseudonymize, .email: .pseudonymize], defaultAction: .allow,
        personAllowList: ["Veil"], personDenyList: ["Zed Zedson", "小明"]),
]
private let scanners = configurations.map { PIIScanner(configuration: $0, today: today) }

/// libFuzzer's target: one input, checked against the invariants above; a violation aborts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let variant = input.int(below: configurations.count)
    let text = String(decoding: input.payload, as: UTF8.self)
    let messages = splitText(text, using: &input, maxCuts: 2)
    let session = PseudonymSession(
        scanner: scanners[variant], configuration: configurations[variant], hasher: { _, _ in "0" })
    var anonymized: [(text: String, spans: [PseudonymSession.ReplacedSpan])] = []
    for message in messages {
        do {
            anonymized.append(try session.anonymizeReportingSpans(message))
        } catch {
            fuzzFailure("anonymize threw \(error) for a configuration without block")
        }
    }
    // Tool-call arguments: the same session, as the middleware does for earlier turns' tool calls.
    let arguments = jsonObject(text)
    let anonymizedArguments: (text: String, spans: [PseudonymSession.ReplacedSpan])
    do {
        anonymizedArguments = try session.anonymizeReportingSpans(arguments, json: true)
    } catch {
        fuzzFailure("anonymize threw \(error) for a configuration without block")
    }
    let restorer = session.makeRestorer()
    for (message, masked) in zip(messages, anonymized) {
        let expected = putBack(masked.spans, in: message, json: false, restorer: restorer)
        let restored = restorer.restore(masked.text)
        fuzzCheck(
            restored == expected,
            "round trip: \(describe(message)) -> \(describe(masked.text)) -> \(describe(restored)), expected "
                + describe(expected))
        var stream = restorer.makeStreamRestorer()
        var streamed = ""
        for piece in splitText(masked.text, using: &input, maxCuts: 6) { streamed += stream.feed(piece) }
        streamed += stream.finish()
        fuzzCheck(
            streamed == restored,
            "stream restore: \(describe(masked.text)) -> \(describe(streamed)) != \(describe(restored))")
    }
    let expectedArguments = putBack(anonymizedArguments.spans, in: arguments, json: true, restorer: restorer)
    let restoredArguments = restorer.restoreInJSONString(anonymizedArguments.text)
    fuzzCheck(
        restoredArguments == expectedArguments,
        "tool arguments: \(describe(arguments)) -> \(describe(anonymizedArguments.text)) -> "
            + "\(describe(restoredArguments)), expected \(describe(expectedArguments))")
    if decodeJSONObject(restoredArguments) == nil {
        fuzzFailure(
            "tool arguments no longer JSON: \(describe(arguments)) -> \(describe(anonymizedArguments.text)) -> "
                + describe(restoredArguments))
    }
    return 0
}

/// `text` with every replaced span put back as the original of the placeholder that took its place, in the
/// context's form: an original found in JSON text (escapes and all) unescaped into plain text, one found in plain
/// text JSON-escaped into JSON text. Checks that the spellings sharing a placeholder have one canonical form.
private func putBack(
    _ spans: [PseudonymSession.ReplacedSpan], in text: String, json: Bool, restorer: Restorer
) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var cursor = 0
    for span in spans {
        guard let original = restorer.originals[span.replacement] else {
            fuzzFailure("\(span.type) replaced by \(describe(span.replacement)), which is not a placeholder")
        }
        let written = Array(bytes[span.range])
        let canonicalWritten = Canonical.form(span.type, String(decoding: written, as: UTF8.self))
        let canonicalOriginal = Canonical.form(span.type, String(decoding: original, as: UTF8.self))
        fuzzCheck(
            canonicalWritten == canonicalOriginal,
            "\(span.replacement) stands for \(describe(String(decoding: original, as: UTF8.self))) and for "
                + describe(String(decoding: written, as: UTF8.self)))
        out += bytes[cursor..<span.range.lowerBound]
        switch (json, restorer.jsonOriginals.contains(span.replacement)) {
        case (true, false): PlaceholderSyntax.appendJSONEscaped(original, to: &out)
        case (false, true): out += PlaceholderSyntax.jsonUnescaped(original) ?? original
        default: out += original
        }
        cursor = span.range.upperBound
    }
    out += bytes[cursor...]
    return String(decoding: out, as: UTF8.self)
}

/// `{"q":"…"}` with `text` escaped as JSON encoders do (quotes, backslashes, control characters).
private func jsonObject(_ text: String) -> String {
    var out = #"{"q":""#
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20:
            out += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\"}"
}

/// The string in `{"q":"…"}`, or nil if `json` is not exactly that shape.
private func decodeJSONObject(_ json: String) -> String? {
    let prefix = Array(#"{"q":""#.utf8)
    let bytes = Array(json.utf8)
    guard bytes.count >= prefix.count + 2, Array(bytes[..<prefix.count]) == prefix,
        bytes[bytes.count - 2] == UInt8(ascii: "\""), bytes[bytes.count - 1] == UInt8(ascii: "}")
    else { return nil }
    var out: [UInt8] = []
    var i = prefix.count
    let end = bytes.count - 2
    func hex(_ at: Int) -> UInt32? {
        guard at + 4 <= end else { return nil }
        return UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16)
    }
    while i < end {
        let c = bytes[i]
        if c == UInt8(ascii: "\"") || c < 0x20 { return nil }
        guard c == UInt8(ascii: "\\") else {
            out.append(c)
            i += 1
            continue
        }
        guard i + 1 < end else { return nil }
        let e = bytes[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
            guard let value = hex(i), let scalar = Unicode.Scalar(value) else { return nil }
            i += 4
            out += Array(String(scalar).utf8)
        default: return nil
        }
    }
    return String(validating: out, as: UTF8.self)
}

/// The executable's entry point (SwiftPM calls `<Module>_main`): hands over to libFuzzer's driver.
@_cdecl("FuzzPII_main")
public func fuzzPIIMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzz)
}
