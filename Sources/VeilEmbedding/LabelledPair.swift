import Foundation

/// One labelled pair of the similarity evaluation set: should a cached answer to `a` be served for `b`?
///
/// The JSONL files under `Benchmarks/data/` hold one per line:
/// `{"a": …, "b": …, "label": true, "lang": "en", "kind": "paraphrase", "split": "calibration"}`.
public struct LabelledPair: Sendable, Hashable, Codable {
    /// The stored query.
    public var a: String
    /// The incoming query.
    public var b: String
    /// True when the answer to `a` also answers `b`.
    public var label: Bool
    /// Language tag (`en`, `zh`).
    public var lang: String
    /// The kind of pair: `paraphrase`, or the hard negative's category (`number`, `negation`, `entity`…).
    public var kind: String
    /// `calibration` (used to choose defaults) or `heldout` (only reported).
    public var split: String

    /// Creates a pair.
    public init(a: String, b: String, label: Bool, lang: String = "en", kind: String = "", split: String = "") {
        self.a = a
        self.b = b
        self.label = label
        self.lang = lang
        self.kind = kind
        self.split = split
    }

    /// Reads a JSONL file of pairs (blank lines skipped).
    ///
    /// - Parameter path: The file.
    /// - Returns: The pairs in file order.
    /// - Throws: ``EmbeddingError/fileUnreadable`` when the file cannot be read; a decoding error for a bad line.
    public static func load(jsonl path: String) throws -> [LabelledPair] {
        guard let data = FileManager.default.contents(atPath: path) else { throw EmbeddingError.fileUnreadable }
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) ? nil : try decoder.decode(LabelledPair.self, from: line)
        }
    }
}
