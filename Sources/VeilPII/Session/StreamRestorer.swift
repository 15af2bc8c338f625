/// Restores placeholders in a streamed field whose chunks may split a placeholder anywhere.
///
/// It holds back only a suffix that could still become a tag (`Hello <` holds `<`, `Hello` holds nothing),
/// so time to first token does not grow; the concatenated output always equals a one-shot
/// ``Restorer/restore(_:)`` of the concatenated input.
public struct StreamRestorer: Sendable {
    private let restorer: Restorer
    private let jsonEscaped: Bool
    private var pending: [UInt8] = []

    init(restorer: Restorer, jsonEscaped: Bool) {
        self.restorer = restorer
        self.jsonEscaped = jsonEscaped
    }

    /// Feeds the next chunk and returns what can be emitted now.
    public mutating func feed(_ chunk: String) -> String {
        let input = pending + Array(chunk.utf8)
        let out = restorer.process(input, final: false, jsonEscaped: jsonEscaped, pending: &pending)
        return String(decoding: out, as: UTF8.self)
    }

    /// Ends the field and returns whatever was held back, restored.
    public mutating func finish() -> String {
        let input = pending
        var rest: [UInt8] = []
        let out = restorer.process(input, final: true, jsonEscaped: jsonEscaped, pending: &rest)
        pending = []
        return String(decoding: out, as: UTF8.self)
    }

    /// The number of bytes currently held back (for tests and diagnostics).
    public var heldBackCount: Int { pending.count }
}
