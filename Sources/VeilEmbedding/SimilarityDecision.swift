/// The exact decision the semantic cache makes for a query against one stored entry of the same conversation:
/// embed both, score by cosine, and serve only when the score reaches the threshold **and** the verifier
/// accepts the pair.
///
/// One type for the cache, the `veil similarity` command and the evaluation, so that what operators calibrate
/// on their own data is what the cache does.
///
/// ```swift
/// let decision = SimilarityDecision(
///     embedder: LexicalEmbedder(), threshold: SimilarityDefaults.threshold(for: "lexical-v1"),
///     verifier: SemanticVerifier(strictness: SimilarityDefaults.strictness))
/// let (score, hit) = try decision.decide(stored: "How do I reset my password?", query: "password reset how?")
/// ```
public struct SimilarityDecision: Sendable {
    /// The embedder that scores the pair and relates swapped words.
    public let embedder: any Embedder
    /// The lowest cosine that can be a hit.
    public let threshold: Float
    /// The verifier run on pairs at or above the threshold.
    public let verifier: SemanticVerifier
    /// The lowest cosine at which two swapped words in otherwise identical texts count as the same meaning.
    public let relatedThreshold: Float
    /// The lowest cosine at which the words two rephrased texts do not share count as the same meaning.
    public let rephrasingThreshold: Float
    /// The lowest pair score at which one text may add a few topical words to the other.
    public let addedWordsThreshold: Float
    /// The lowest pair score at which a rephrased pair (not a one-slot swap) passes whatever words it swaps.
    public let rephrasedPairThreshold: Float

    /// Creates the decision.
    ///
    /// - Parameters:
    ///   - embedder: The tenant's embedder.
    ///   - threshold: The tenant's similarity threshold.
    ///   - verifier: The verifier with the tenant's strictness.
    ///   - relatedThreshold: The cosine at which swapped words count as synonyms; `nil` takes
    ///     ``SimilarityDefaults/relatedThreshold(for:)`` for the embedder.
    ///   - rephrasingThreshold: The cosine at which the unshared words of two rephrased texts count as the same
    ///     meaning; `nil` takes ``SimilarityDefaults/rephrasingThreshold(for:)``.
    ///   - addedWordsThreshold: The pair score above which one text may add a few topical words; `nil` takes
    ///     ``SimilarityDefaults/addedWordsThreshold(for:)``.
    ///   - rephrasedPairThreshold: The pair score above which a rephrased pair passes whatever words it swaps;
    ///     `nil` takes ``SimilarityDefaults/rephrasedPairThreshold(for:)``.
    public init(
        embedder: any Embedder, threshold: Float, verifier: SemanticVerifier, relatedThreshold: Float? = nil,
        rephrasingThreshold: Float? = nil, addedWordsThreshold: Float? = nil, rephrasedPairThreshold: Float? = nil
    ) {
        self.embedder = embedder
        self.threshold = threshold
        self.verifier = verifier
        self.relatedThreshold = relatedThreshold ?? SimilarityDefaults.relatedThreshold(for: embedder.identifier)
        self.rephrasingThreshold =
            rephrasingThreshold ?? SimilarityDefaults.rephrasingThreshold(for: embedder.identifier)
        self.addedWordsThreshold =
            addedWordsThreshold ?? SimilarityDefaults.addedWordsThreshold(for: embedder.identifier)
        self.rephrasedPairThreshold =
            rephrasedPairThreshold ?? SimilarityDefaults.rephrasedPairThreshold(for: embedder.identifier)
    }

    /// Scores `b` against a stored `a` and decides whether the stored answer would be served.
    ///
    /// - Parameters:
    ///   - a: The stored entry's query text.
    ///   - b: The incoming query text.
    /// - Returns: The cosine score and whether it is a hit.
    /// - Throws: The embedder's error.
    public func decide(stored a: String, query b: String) throws -> (score: Float, hit: Bool) {
        let score = cosineSimilarity(try embedder.embed(a), try embedder.embed(b))
        return (score, try verdict(stored: a, query: b, score: score))
    }

    /// Decides for a pair whose score is already known (the cache has both vectors from its index).
    ///
    /// - Parameters:
    ///   - a: The stored entry's query text.
    ///   - b: The incoming query text.
    ///   - score: Their cosine similarity.
    /// - Returns: Whether the stored answer would be served.
    /// - Throws: The embedder's error (when relating swapped words).
    public func verdict(stored a: String, query b: String, score: Float) throws -> Bool {
        try verdict(stored: a, query: verifier.prepare(b), score: score)
    }

    /// ``verdict(stored:query:score:)`` for a query prepared once with the verifier (``SemanticVerifier/prepare(_:)``)
    /// and checked against several candidates.
    public func verdict(stored a: String, query b: SemanticVerifier.PreparedQuery, score: Float) throws -> Bool {
        guard score >= threshold else { return false }
        var failure: (any Error)?
        let verdict = verifier.verify(stored: a, query: b, allowsAddedWords: score >= addedWordsThreshold) {
            x, y, single in
            do {
                // A rephrased text (not a one-slot swap) whose whole-text score is very high is a paraphrase
                // whatever its unshared words are; a swapped slot never passes on the whole-text score.
                if !single, score >= rephrasedPairThreshold { return true }
                // A one-word swap in a pair the model scores as near-identical is a synonym ("symptoms"/"signs");
                // the verifier has already ruled out numbers, negation, placeholders, entities and opposites.
                if single, score >= SimilarityDefaults.synonymPairThreshold(for: embedder.identifier) { return true }
                let bar = single ? relatedThreshold : rephrasingThreshold
                return cosineSimilarity(try embedder.embed(x), try embedder.embed(y)) >= bar
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return verdict.isAccepted
    }
}
