/// The exact decision the semantic cache makes for a query against one stored entry of the same conversation:
/// embed both, score by cosine, and serve only when the score reaches the threshold **and** the verifier
/// aligns the two questions.
///
/// One type for the cache, the `veil similarity` command and the evaluation, so that what operators calibrate
/// on their own data is what the cache does.
///
/// ```swift
/// let decision = SimilarityDecision(
///     embedder: LexicalEmbedder(), threshold: SimilarityDefaults.threshold(for: "lexical-v1"),
///     verifier: SemanticVerifier(strictness: SimilarityDefaults.strictness))
/// let (score, hit) = try await decision.decide(stored: "How do I reset my password?", query: "password reset how?")
/// ```
public struct SimilarityDecision: Sendable {
    /// The embedder that scores the pair and relates leftover words.
    public let embedder: any Embedder
    /// The lowest cosine that can be a hit.
    public let threshold: Float
    /// The verifier run on pairs at or above the threshold.
    public let verifier: SemanticVerifier
    /// How close leftover words must be to pair (word above 1: never).
    public let bars: SemanticVerifier.SynonymBars

    /// Creates the decision.
    ///
    /// - Parameters:
    ///   - embedder: The tenant's embedder.
    ///   - threshold: The tenant's similarity threshold.
    ///   - verifier: The verifier with the tenant's strictness.
    ///   - bars: How close leftover words must be; `nil` takes ``SimilarityDefaults/synonymBars(for:)``.
    public init(
        embedder: any Embedder, threshold: Float, verifier: SemanticVerifier, bars: SemanticVerifier.SynonymBars? = nil
    ) {
        self.embedder = embedder
        self.threshold = threshold
        self.verifier = verifier
        self.bars = bars ?? SimilarityDefaults.synonymBars(for: embedder.identifier)
    }

    /// Whether leftover words may pair by the embedder's similarity at all.
    public var relatesWords: Bool { bars.word <= 1 }

    /// Scores `b` against a stored `a` and decides whether the stored answer would be served.
    ///
    /// - Parameters:
    ///   - a: The stored entry's query text.
    ///   - b: The incoming query text.
    /// - Returns: The cosine score and whether it is a hit.
    /// - Throws: The embedder's error.
    public func decide(stored a: String, query b: String) async throws -> (score: Float, hit: Bool) {
        let score = cosineSimilarity(try await embedder.embed(a), try await embedder.embed(b))
        return (score, try await verdict(stored: a, query: verifier.prepare(b), score: score))
    }

    /// The verifier's verdict on a pair whose score is known, whatever the threshold (for calibrating the
    /// threshold on labelled pairs).
    public func alignment(stored a: String, query b: String, score: Float) async throws -> SemanticVerifier.Verdict {
        try await verifier.verify(stored: a, query: verifier.prepare(b), score: score, bars: bars, similarity: relate)
    }

    /// Screens a candidate in memory: the threshold, then the verifier on the entry's sketch.
    ///
    /// - Parameters:
    ///   - sketch: The stored entry's sketch.
    ///   - query: The prepared query.
    ///   - score: Their cosine similarity.
    /// - Returns: Refuse without reading the entry, accept, or read it to relate leftover words.
    public func screen(_ sketch: SemanticVerifier.Sketch, query: SemanticVerifier.PreparedQuery, score: Float)
        -> SemanticVerifier.Screening
    {
        guard score >= threshold else { return .refuse(.contentWords) }
        return verifier.screen(sketch, query: query, canRelateWords: relatesWords)
    }

    /// Decides for a pair whose score is already known (the cache has both vectors from its index).
    ///
    /// - Parameters:
    ///   - a: The stored entry's query text.
    ///   - b: The prepared incoming query.
    ///   - score: Their cosine similarity.
    /// - Returns: Whether the stored answer would be served.
    /// - Throws: The embedder's error (when relating leftover words).
    public func verdict(stored a: String, query b: SemanticVerifier.PreparedQuery, score: Float) async throws -> Bool {
        guard score >= threshold else { return false }
        let verdict = try await verifier.verify(stored: a, query: b, score: score, bars: bars, similarity: relate)
        return verdict.isAccepted
    }

    /// How two leftover words are related, when this embedder relates words at all.
    private var relate: (@Sendable (String, String) async throws -> Float)? {
        guard relatesWords else { return nil }
        let embedder = self.embedder
        return { x, y in
            let vx = try await WordVectors.shared.vector(x, embedder: embedder)
            let vy = try await WordVectors.shared.vector(y, embedder: embedder)
            return cosineSimilarity(vx, vy)
        }
    }
}
