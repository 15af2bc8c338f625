/// Per-conversation, per-request anonymization state: placeholder numbering, found names, counts.
///
/// Call ``anonymize(_:)`` for every message text of the conversation in order (all roles). Placeholders
/// are numbered per type by first appearance across the whole conversation, so the same value gets the
/// same placeholder in every message and different values never share one (values are compared in a
/// canonical form: digits only for cards and phones, lower case for e-mail). Names found by a cue in one
/// message are caught at every later occurrence. The mapping lives in memory only; nothing is written to
/// disk or logs.
///
/// User text that already looks like one of Veil's tags (`<EMAIL_1>`, `[EMAIL]`, `<EMAIL_HASH_…>`) is escaped
/// with a `~` after the bracket (`<~EMAIL_1>`) so it can never be taken for a placeholder; the
/// ``Restorer`` removes that `~` again.
///
/// Not `Sendable`: it is mutable state owned by one request.
///
/// ```swift
/// let session = PseudonymSession(scanner: scanner, configuration: config, hasher: tenantHMAC)
/// let upstreamText = try session.anonymize("I'm Anna, anna@example.com")  // "I'm <PERSON_1>, <EMAIL_1>"
/// let answer = session.makeRestorer().restore(modelAnswer)
/// ```
public final class PseudonymSession {
    private let scanner: PIIScanner
    private let configuration: PIIConfiguration
    private let hasher: (EntityType, String) -> String
    private var nextNumber: [EntityType: Int] = [:]
    private var placeholders: [EntityType: [String: String]] = [:]
    private var originals: [String: String] = [:]
    /// Placeholders whose original is JSON text as it was written (escapes and all), from ``anonymizeJSON(_:)``.
    private var jsonOriginals: Set<String> = []
    private var knownNames: Set<String> = []
    /// Detections acted on per type (everything but `allow`), for metrics and headers; never values.
    public private(set) var counts: [EntityType: Int] = [:]

    /// Creates a session.
    /// - Parameters:
    ///   - scanner: the tenant's scanner.
    ///   - configuration: the tenant's actions.
    ///   - hasher: keyed hash (HMAC under the tenant key) of a canonical value, as hex or other ASCII
    ///     alphanumerics; the first 16 characters go into `<TYPE_HASH_…>` tags.
    public init(
        scanner: PIIScanner,
        configuration: PIIConfiguration,
        hasher: @escaping (EntityType, String) -> String
    ) {
        self.scanner = scanner
        self.configuration = configuration
        self.hasher = hasher
    }

    /// Anonymizes one message text.
    /// - Throws: ``PIIBlockedError`` if the policy blocks a type found in `text` (the session is unchanged).
    public func anonymize(_ text: String) throws -> String {
        try anonymizeReportingSpans(text).text
    }

    /// Anonymizes JSON text, such as tool-call arguments, as text (it is scanned as written).
    ///
    /// A value found in JSON text is the text as written there, escapes included (`a\"b`, `\u00e9`). The restorer
    /// puts it back byte for byte into JSON (``Restorer/restoreInJSONString(_:)``) and unescaped into plain text
    /// (``Restorer/restore(_:)``), instead of escaping an escape a second time.
    /// - Throws: ``PIIBlockedError`` if the policy blocks a type found in `text` (the session is unchanged).
    public func anonymizeJSON(_ text: String) throws -> String {
        try anonymizeReportingSpans(text, json: true).text
    }

    /// A restorer for the placeholders issued so far.
    public func makeRestorer() -> Restorer {
        Restorer(originals: originals, jsonOriginals: jsonOriginals)
    }

    /// Anonymizes `text` and lists, for every replaced entity, its type and the text put in its place.
    package func anonymizeReportingEntities(_ text: String, json: Bool = false) throws(PIIBlockedError) -> (
        text: String, entities: [(EntityType, String)]
    ) {
        let result = try anonymizeReportingSpans(text, json: json)
        return (result.text, result.spans.map { ($0.type, $0.replacement) })
    }

    /// An entity replaced in a text: where it was (UTF-8 offsets in the text given) and what took its place.
    struct ReplacedSpan {
        var type: EntityType
        var range: Range<Int>
        var replacement: String
    }

    /// Anonymizes `text` and lists every replaced entity with its range in `text`, in order.
    func anonymizeReportingSpans(_ text: String, json: Bool = false) throws(PIIBlockedError) -> (
        text: String, spans: [ReplacedSpan]
    ) {
        let (detections, names) = scanner.scanReportingNames(text, knownNames: knownNames)
        for d in detections where configuration.action(for: d.type) == .block {
            throw PIIBlockedError(entityType: d.type)
        }
        knownNames.formUnion(PIIScanner.expandNames(Set(names)))
        var out = [UInt8]()
        var spans: [ReplacedSpan] = []
        let bytes = Array(text.utf8)
        out.reserveCapacity(bytes.count + 16 * detections.count)
        bytes.withUnsafeBufferPointer { s in
            var cursor = 0
            for d in detections {
                let action = configuration.action(for: d.type)
                // A value left in place is user text like any other, escaped together with the text around it: a
                // tag look-alike may start before it or end after it (`token=[~PHONE` + `]`).
                if action == .allow { continue }
                PlaceholderSyntax.appendEscaped(UnsafeBufferPointer(rebasing: s[cursor..<d.range.lowerBound]), to: &out)
                let value = String(decoding: UnsafeBufferPointer(rebasing: s[d.range]), as: UTF8.self)
                let replacement = replacement(for: d.type, value: value, action: action, json: json)
                out += replacement.utf8
                counts[d.type, default: 0] += 1
                spans.append(ReplacedSpan(type: d.type, range: d.range, replacement: replacement))
                cursor = d.range.upperBound
            }
            PlaceholderSyntax.appendEscaped(UnsafeBufferPointer(rebasing: s[cursor...]), to: &out)
        }
        return (String(decoding: out, as: UTF8.self), spans)
    }

    private func replacement(for type: EntityType, value: String, action: PIIAction, json: Bool) -> String {
        switch action {
        case .allow, .block:
            return value
        case .redact:
            return "[\(type.rawValue)]"
        case .mask:
            return Masking.mask(type, value)
        case .hash:
            let digest = hasher(type, Canonical.form(type, value)).utf8.filter(ByteClass.isAlnum).prefix(16)
            return "<\(type.rawValue)_HASH_\(String(decoding: digest, as: UTF8.self))>"
        case .pseudonymize:
            let key = Canonical.form(type, value)
            if let existing = placeholders[type]?[key] { return existing }
            let number = (nextNumber[type] ?? 0) + 1
            nextNumber[type] = number
            let placeholder = "<\(type.rawValue)_\(number)>"
            placeholders[type, default: [:]][key] = placeholder
            originals[placeholder] = value
            if json { jsonOriginals.insert(placeholder) }
            return placeholder
        }
    }
}

@available(*, unavailable)
extension PseudonymSession: Sendable {}
