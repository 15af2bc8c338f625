/// A synthetic labelled corpus and the quality figures Veil reports for its recognizers.
///
/// The corpus is deterministic for a seed: English and Chinese sentences around generated values (valid
/// checksums, several separators, full-width digits, values glued to CJK text) and many hard negatives
/// (order numbers, prices, dates, versions, tracking numbers, Luhn failures, ISBNs, invoice ids, zip codes,
/// 11-digit non-mobile numbers, words that are also names). The lead can run it from a test or the CLI.
///
/// ```swift
/// let report = PIIEvaluation.evaluate(PIIEvaluation.corpus(seed: 7, count: 4000))
/// print(report.summary)
/// ```
public enum PIIEvaluation {
    /// One labelled text.
    public struct Sample: Sendable {
        /// The text.
        public var text: String
        /// The personal data in it: type and UTF-8 byte range.
        public var entities: [Detection]
        /// Non-PII strings that must be left intact (UTF-8 byte ranges).
        public var negatives: [Range<Int>]

        /// Creates a labelled sample.
        public init(text: String, entities: [Detection], negatives: [Range<Int>]) {
            self.text = text
            self.entities = entities
            self.negatives = negatives
        }
    }

    /// Quality figures.
    public struct Report: Sendable {
        /// Per type: (found with the right type covering every byte, labelled).
        public var recall: [EntityType: (found: Int, total: Int)]
        /// Non-PII strings untouched / total.
        public var intact: (kept: Int, total: Int)

        /// Recall of one type (1 when there were none).
        public func recall(of type: EntityType) -> Double {
            guard let r = recall[type], r.total > 0 else { return 1 }
            return Double(r.found) / Double(r.total)
        }

        /// Share of non-PII strings left intact.
        public var intactRate: Double { intact.total == 0 ? 1 : Double(intact.kept) / Double(intact.total) }

        /// A printable table.
        public var summary: String {
            var lines = ["type            recall   found/total"]
            for type in EntityType.allCases {
                guard let r = recall[type] else { continue }
                let pct = (recall(of: type) * 10000).rounded() / 100
                lines.append(
                    type.rawValue.padding(16) + "\(pct)%".padding(9) + "\(r.found)/\(r.total)")
            }
            let pct = (intactRate * 10000).rounded() / 100
            lines.append("non-PII intact  \(pct)%  \(intact.kept)/\(intact.total)")
            return lines.joined(separator: "\n")
        }
    }

    /// Scans every sample and measures recall per type and the share of hard negatives left intact.
    public static func evaluate(_ samples: [Sample], configuration: PIIConfiguration = PIIConfiguration()) -> Report {
        let scanner = PIIScanner(configuration: configuration)
        var recall: [EntityType: (found: Int, total: Int)] = [:]
        var kept = 0
        var total = 0
        for sample in samples {
            let found = scanner.scan(sample.text)
            for e in sample.entities {
                var covered = 0
                for d in found where d.type == e.type {
                    covered += max(
                        0, min(d.range.upperBound, e.range.upperBound) - max(d.range.lowerBound, e.range.lowerBound))
                }
                var r = recall[e.type] ?? (0, 0)
                r.total += 1
                if covered >= e.range.count { r.found += 1 }
                recall[e.type] = r
            }
            for neg in sample.negatives {
                total += 1
                if !found.contains(where: { $0.range.overlaps(neg) }) { kept += 1 }
            }
        }
        return Report(recall: recall, intact: (kept, total))
    }

    /// Generates `count` labelled samples, deterministically from `seed`.
    public static func corpus(seed: UInt64, count: Int) -> [Sample] {
        var g = CorpusGenerator(seed: seed)
        return (0..<count).map { _ in g.sample() }
    }

    /// The corpus as JSON Lines (`{"text":…,"entities":[{"type":…,"value":…}],"negatives":[…]}`), for
    /// running it through `veil anonymize --jsonl` or other tools.
    public static func jsonLines(_ samples: [Sample]) -> String {
        var out = [UInt8]()
        for s in samples {
            let bytes = Array(s.text.utf8)
            out += Array("{\"text\":\"".utf8)
            PlaceholderSyntax.appendJSONEscaped(bytes, to: &out)
            out += Array("\",\"entities\":[".utf8)
            for (k, e) in s.entities.enumerated() {
                if k > 0 { out.append(0x2C) }
                out += Array("{\"type\":\"\(e.type.rawValue)\",\"value\":\"".utf8)
                PlaceholderSyntax.appendJSONEscaped(bytes[e.range], to: &out)
                out += Array("\"}".utf8)
            }
            out += Array("],\"negatives\":[".utf8)
            for (k, n) in s.negatives.enumerated() {
                if k > 0 { out.append(0x2C) }
                out.append(0x22)
                PlaceholderSyntax.appendJSONEscaped(bytes[n], to: &out)
                out.append(0x22)
            }
            out += Array("]}\n".utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
