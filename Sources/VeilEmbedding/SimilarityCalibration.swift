/// Chooses an embedder's similarity threshold on labelled pairs: the lowest threshold whose hits reach a target
/// precision, with the figures at it.
///
/// The verifier's verdict does not depend on the threshold, so each pair is scored and verified once and every
/// candidate threshold (each distinct score) is evaluated from those outcomes.
///
/// ```swift
/// let pairs = try LabelledPair.load(jsonl: "my-pairs.jsonl")
/// let result = try await SimilarityCalibration(pairs: pairs, decision: decision, targetPrecision: 0.99)
/// print(result.threshold, result.evaluation)
/// ```
public struct SimilarityCalibration: Sendable {
    /// The chosen threshold; `nil` when no threshold reaches the target with at least one hit.
    public let threshold: Float?
    /// Precision, recall and counts at ``threshold`` (all misses when none was found).
    public let evaluation: SimilarityEvaluation
    /// The target the threshold was chosen for.
    public let targetPrecision: Double

    /// Scores and verifies every pair once, then picks the threshold.
    ///
    /// - Parameters:
    ///   - pairs: Labelled pairs (both labels).
    ///   - decision: The decision to calibrate (its own threshold is ignored).
    ///   - targetPrecision: The precision hits must reach, e.g. 0.99.
    /// - Throws: The embedder's error.
    public init(pairs: [LabelledPair], decision: SimilarityDecision, targetPrecision: Double) async throws {
        var scored: [(pair: LabelledPair, score: Float, accepted: Bool)] = []
        for pair in pairs {
            let score = cosineSimilarity(
                try await decision.embedder.embed(pair.a), try await decision.embedder.embed(pair.b))
            let accepted = try await decision.alignment(stored: pair.a, query: pair.b, score: score).isAccepted
            scored.append((pair, score, accepted))
        }
        self.init(scored: scored, targetPrecision: targetPrecision)
    }

    /// Picks the threshold from pairs already scored and verified.
    init(scored: [(pair: LabelledPair, score: Float, accepted: Bool)], targetPrecision: Double) {
        self.targetPrecision = targetPrecision
        // Walk thresholds from high to low: hits only grow, so the lowest threshold that still meets the target
        // has the highest recall among those that do.
        let candidates = scored.filter(\.accepted).sorted { $0.score > $1.score }
        var truePositives = 0
        var falsePositives = 0
        var best: Float?
        var index = 0
        while index < candidates.count {
            let score = candidates[index].score
            while index < candidates.count, candidates[index].score == score {
                if candidates[index].pair.label { truePositives += 1 } else { falsePositives += 1 }
                index += 1
            }
            let precision = Double(truePositives) / Double(truePositives + falsePositives)
            if precision >= targetPrecision { best = score }
        }
        threshold = best
        evaluation = SimilarityEvaluation(
            outcomes: scored.map { item in
                (item.pair, best.map { item.accepted && item.score >= $0 } ?? false)
            })
    }
}
