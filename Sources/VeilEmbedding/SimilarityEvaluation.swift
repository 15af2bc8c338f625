/// Precision, recall and false-hit rate of a ``SimilarityDecision`` on labelled pairs.
///
/// A hit on a pair labelled false is a wrong answer served from the cache, so precision (the share of hits that
/// are right) is the figure a cache policy must keep high; recall is the share of true repeats it catches.
///
/// ```swift
/// let pairs = try LabelledPair.load(jsonl: "Benchmarks/data/similarity-pairs.jsonl")
/// let report = try SimilarityEvaluation(pairs: pairs, decision: decision)
/// print(report)   // precision=0.98 recall=0.61 false-hit-rate=0.006 …
/// ```
public struct SimilarityEvaluation: Sendable, CustomStringConvertible {
    /// Hits on pairs labelled true.
    public private(set) var truePositives = 0
    /// Hits on pairs labelled false: wrong answers served.
    public private(set) var falsePositives = 0
    /// Misses on pairs labelled true.
    public private(set) var falseNegatives = 0
    /// Misses on pairs labelled false.
    public private(set) var trueNegatives = 0
    /// The labelled-false pairs that were hits, for inspection.
    public private(set) var wrongHits: [LabelledPair] = []

    /// Runs the decision on every pair.
    ///
    /// - Parameters:
    ///   - pairs: Labelled pairs.
    ///   - decision: The decision under test.
    /// - Throws: The embedder's error.
    public init(pairs: [LabelledPair], decision: SimilarityDecision) async throws {
        for pair in pairs {
            record(pair, hit: try await decision.decide(stored: pair.a, query: pair.b).hit)
        }
    }

    /// Builds the figures from decisions already made (e.g. one scoring pass, many thresholds).
    ///
    /// - Parameter outcomes: Each pair with whether it was a hit.
    public init(outcomes: [(pair: LabelledPair, hit: Bool)]) {
        for outcome in outcomes { record(outcome.pair, hit: outcome.hit) }
    }

    private mutating func record(_ pair: LabelledPair, hit: Bool) {
        switch (pair.label, hit) {
        case (true, true): truePositives += 1
        case (true, false): falseNegatives += 1
        case (false, true):
            falsePositives += 1
            wrongHits.append(pair)
        case (false, false): trueNegatives += 1
        }
    }

    /// Hits that were right, over all hits (1 when there were no hits).
    public var precision: Double {
        let hits = truePositives + falsePositives
        return hits == 0 ? 1 : Double(truePositives) / Double(hits)
    }

    /// True pairs that hit, over all true pairs.
    public var recall: Double {
        let positives = truePositives + falseNegatives
        return positives == 0 ? 0 : Double(truePositives) / Double(positives)
    }

    /// Labelled-false pairs that hit, over all labelled-false pairs.
    public var falseHitRate: Double {
        let negatives = falsePositives + trueNegatives
        return negatives == 0 ? 0 : Double(falsePositives) / Double(negatives)
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// `precision=… recall=… false-hit-rate=… (tp fp fn tn)`.
    public var description: String {
        func f(_ v: Double) -> String {
            let scaled = (v * 1000).rounded() / 1000
            return "\(scaled)"
        }
        return "precision=\(f(precision)) recall=\(f(recall)) false-hit-rate=\(f(falseHitRate)) "
            + "(tp=\(truePositives) fp=\(falsePositives) fn=\(falseNegatives) tn=\(trueNegatives))"
    }
}
