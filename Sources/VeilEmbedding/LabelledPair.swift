import Foundation

/// One labelled pair of the similarity evaluation set: should a cached answer to `a` be served for `b`?
///
/// The JSONL files under `Benchmarks/data/` hold one per line:
/// `{"a": …, "b": …, "label": true, "lang": "en", "class": "direction", "domain": "travel", "group": "enh-012",
/// "split": "dev"}` (older files say `kind` for `class`).
public struct LabelledPair: Sendable, Hashable, Codable {
    /// The stored query.
    public var a: String
    /// The incoming query.
    public var b: String
    /// True when the answer to `a` also answers `b`.
    public var label: Bool
    /// Language tag (`en`, `zh`).
    public var lang: String
    /// The class of the pair: a paraphrase's kind (`synonym`, `reorder`…) or a near-miss's (`direction`,
    /// `operator`, `qualifier`…).
    public var kind: String
    /// `dev` (used to choose defaults) or `test` (only reported).
    public var split: String
    /// The domain (`shopping`, `banking`…), when the file says.
    public var domain: String
    /// The base question the pair varies; a group never straddles the splits.
    public var group: String

    private enum CodingKeys: String, CodingKey {
        case a, b, label, lang, kind, split, domain, group
        case pairClass = "class"
    }

    /// Creates a pair.
    public init(
        a: String, b: String, label: Bool, lang: String = "en", kind: String = "", split: String = "",
        domain: String = "", group: String = ""
    ) {
        self.a = a
        self.b = b
        self.label = label
        self.lang = lang
        self.kind = kind
        self.split = split
        self.domain = domain
        self.group = group
    }

    /// Decodes a line; `lang`, `class`/`kind`, `split`, `domain` and `group` are optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        a = try c.decode(String.self, forKey: .a)
        b = try c.decode(String.self, forKey: .b)
        label = try c.decode(Bool.self, forKey: .label)
        lang = try c.decodeIfPresent(String.self, forKey: .lang) ?? "en"
        kind =
            try c.decodeIfPresent(String.self, forKey: .pairClass) ?? c.decodeIfPresent(String.self, forKey: .kind)
            ?? ""
        split = try c.decodeIfPresent(String.self, forKey: .split) ?? ""
        domain = try c.decodeIfPresent(String.self, forKey: .domain) ?? ""
        group = try c.decodeIfPresent(String.self, forKey: .group) ?? ""
    }

    /// Encodes with the key `class` for ``kind``.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(a, forKey: .a)
        try c.encode(b, forKey: .b)
        try c.encode(label, forKey: .label)
        try c.encode(lang, forKey: .lang)
        try c.encode(kind, forKey: .pairClass)
        try c.encode(split, forKey: .split)
        try c.encode(domain, forKey: .domain)
        try c.encode(group, forKey: .group)
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
