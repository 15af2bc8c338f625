import VeilPII
import VeilWire

/// `veil anonymize --jsonl`: turns one input line into one output line, never throwing.
///
/// Input: a JSON object with a `"text"` string (other members are ignored). Output:
/// `{"text":"<anonymized>","entities":[{"type":"EMAIL","placeholder":"<EMAIL_1>"},…]}` — one entry per
/// replaced entity, in order, with the text put in its place (placeholder, tag or mask), never the value.
/// Each line is its own conversation: numbering starts at 1 on every line. A bad line gives
/// `{"error":"…","line":n}` and the caller goes on with the next one.
package struct LineAnonymizer: Sendable {
    private let scanner: PIIScanner
    private let configuration: PIIConfiguration
    private let hasher: @Sendable (EntityType, String) -> String

    /// Creates a line anonymizer for a tenant's configuration and keyed hash.
    package init(configuration: PIIConfiguration, hasher: @escaping @Sendable (EntityType, String) -> String) {
        self.configuration = configuration
        self.scanner = PIIScanner(configuration: configuration)
        self.hasher = hasher
    }

    /// Processes one line (without its newline; a trailing `\r` is ignored).
    /// - Parameters:
    ///   - line: the raw bytes of the line.
    ///   - lineNumber: the 1-based line number, echoed in error objects.
    /// - Returns: one JSON object, without a newline.
    package func process(line: [UInt8], lineNumber: Int = 0) -> [UInt8] {
        var bytes = line
        if bytes.last == 0x0D { bytes.removeLast() }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return error("invalid UTF-8", lineNumber)
        }
        // The one JSON codec of the wire types; its depth bound keeps a line of `[[[[…` from exhausting the stack.
        let value: JSONValue
        do {
            value = try WireJSON.parse(bytes)
        } catch {
            return self.error("malformed JSON", lineNumber)
        }
        guard case .object(let members) = value else { return error("line is not a JSON object", lineNumber) }
        guard case .string(let text)? = members["text"] else {
            return error("missing \"text\" string field", lineNumber)
        }
        let session = PseudonymSession(scanner: scanner, configuration: configuration, hasher: hasher)
        let result: (text: String, entities: [(EntityType, String)])
        do {
            result = try session.anonymizeReportingEntities(text)
        } catch {
            var out = Array("{\"error\":\"blocked by policy\",\"entity_type\":\"".utf8)
            out += error.entityType.rawValue.utf8
            out += Array("\",\"line\":\(lineNumber)}".utf8)
            return out
        }
        var out = Array("{\"text\":".utf8)
        JSONValue.appendQuoted(result.text, to: &out)
        out += Array(",\"entities\":[".utf8)
        for (k, entity) in result.entities.enumerated() {
            if k > 0 { out.append(0x2C) }
            out += Array("{\"type\":\"\(entity.0.rawValue)\",\"placeholder\":".utf8)
            JSONValue.appendQuoted(entity.1, to: &out)
            out += Array("}".utf8)
        }
        out += Array("]}".utf8)
        return out
    }

    private func error(_ message: String, _ lineNumber: Int) -> [UInt8] {
        var out = Array("{\"error\":".utf8)
        JSONValue.appendQuoted(message, to: &out)
        out += Array(",\"line\":\(lineNumber)}".utf8)
        return out
    }
}
