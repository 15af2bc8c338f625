/// The default semantic-cache policy values per embedder, chosen on the dev split of the project's labelled pairs
/// (`Benchmarks/data/cache-pairs/`, see its README) and reported on the test split.
public enum SimilarityDefaults {
    /// The default verifier strictness.
    public static let strictness: SemanticVerifier.Strictness = .standard

    /// The default cosine threshold for an embedder identifier (unknown embedders get a conservative 0.9).
    ///
    /// - Parameter embedderIdentifier: An ``Embedder/identifier``.
    /// - Returns: The threshold.
    public static func threshold(for embedderIdentifier: String) -> Float {
        switch embedderIdentifier {
        case "lexical-v1": 0.5
        case "minilm-l6-v2": 0.7
        default: 0.9
        }
    }

    /// How close leftover words must be to pair, per embedder (the lexical embedder's hashed features know no
    /// synonyms: its word bar is above 1).
    ///
    /// - Parameter embedderIdentifier: An ``Embedder/identifier``.
    /// - Returns: The bars.
    public static func synonymBars(for embedderIdentifier: String) -> SemanticVerifier.SynonymBars {
        switch embedderIdentifier {
        case "minilm-l6-v2": SemanticVerifier.SynonymBars(word: 0.88, phrase: 0.6, pair: 0.8)
        case "lexical-v1": SemanticVerifier.SynonymBars(word: 2, phrase: 2, pair: 2)
        default: SemanticVerifier.SynonymBars(word: 0.9, phrase: 0.9, pair: 0.95)
        }
    }
}
