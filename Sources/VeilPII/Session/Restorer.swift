/// Puts the user's values back into text that came from the model.
///
/// Only exact placeholders that this conversation issued are replaced; a placeholder the model invented
/// (`<EMAIL_99>`) is left as it is, and nothing is matched fuzzily, so a value can never land in the wrong
/// place. Escaped look-alikes (see ``PseudonymSession``) lose one `~`, giving back what the user typed.
///
/// ```swift
/// let restorer = session.makeRestorer()
/// restorer.restore("Write to <EMAIL_1>")          // "Write to jane@example.com"
/// var stream = restorer.makeStreamRestorer()
/// stream.feed("Write to <EMA") + stream.feed("IL_1>") + stream.finish()
/// ```
public struct Restorer: Sendable {
    /// Issued placeholder → the original text.
    let originals: [String: [UInt8]]
    /// Placeholders whose original is JSON string content as written (see ``PseudonymSession/anonymizeJSON(_:)``).
    let jsonOriginals: Set<String>

    /// Creates a restorer from issued placeholders and the exact text each replaced.
    public init(originals: [String: String]) {
        self.init(originals: originals, jsonOriginals: [])
    }

    /// Creates a restorer; the originals of `jsonOriginals` are JSON text as written, escapes included.
    init(originals: [String: String], jsonOriginals: Set<String>) {
        self.originals = originals.mapValues { Array($0.utf8) }
        self.jsonOriginals = jsonOriginals
    }

    /// Restores placeholders in plain text (message content).
    public func restore(_ text: String) -> String {
        var pending: [UInt8] = []
        return String(
            decoding: process(Array(text.utf8), final: true, jsonEscaped: false, pending: &pending), as: UTF8.self)
    }

    /// Restores placeholders in the content of a JSON string (tool-call arguments): the inserted value is
    /// JSON-escaped so the arguments stay valid JSON.
    public func restoreInJSONString(_ jsonStringContent: String) -> String {
        var pending: [UInt8] = []
        return String(
            decoding: process(Array(jsonStringContent.utf8), final: true, jsonEscaped: true, pending: &pending),
            as: UTF8.self)
    }

    /// A restorer for one streamed field (message content, or one tool call's arguments).
    public func makeStreamRestorer(jsonEscaped: Bool = false) -> StreamRestorer {
        StreamRestorer(restorer: self, jsonEscaped: jsonEscaped)
    }

    /// Restores `input`; unless `final`, a trailing partial token is returned in `pending` instead of output.
    func process(_ input: [UInt8], final: Bool, jsonEscaped: Bool, pending: inout [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(input.count)
        pending = []
        input.withUnsafeBufferPointer { s in
            var i = 0
            var copied = 0  // bytes before this offset are already in `out`
            let n = s.count
            func flush(_ upTo: Int) {
                if upTo > copied { out.append(contentsOf: UnsafeBufferPointer(rebasing: s[copied..<upTo])) }
            }
            while i < n {
                let c = s[i]
                guard c == 0x3C || c == 0x5B else {
                    i += 1
                    continue
                }
                switch PlaceholderSyntax.parse(s, at: i) {
                case .incomplete where !final:
                    flush(i)
                    pending = Array(s[i...])
                    copied = n
                    return
                case .placeholder(_, _, let tildes, let end) where tildes == 0:
                    let key = String(decoding: UnsafeBufferPointer(rebasing: s[i..<end]), as: UTF8.self)
                    if let value = originals[key] {
                        flush(i)
                        let raw = jsonOriginals.contains(key)
                        switch (jsonEscaped, raw) {
                        case (true, false): PlaceholderSyntax.appendJSONEscaped(value, to: &out)
                        case (false, true): out += PlaceholderSyntax.jsonUnescaped(value) ?? value
                        default: out += value
                        }
                        copied = end
                    }
                    i = end
                case .placeholder(_, _, let tildes, let end), .hashTag(let tildes, let end),
                    .redaction(let tildes, let end):
                    if tildes > 0 {
                        // Drop the first '~' of the escape.
                        flush(i + 1)
                        copied = i + 2
                    }
                    i = end
                case .incomplete, .none:
                    i += 1
                }
            }
            flush(n)
        }
        return out
    }
}
