/// The default semantic-cache policy values, chosen on the calibration half of the project's labelled pair set
/// (`Benchmarks/data/similarity-pairs.jsonl`) and checked on its held-out half.
public enum SimilarityDefaults {
    /// The default verifier strictness.
    public static let strictness: SemanticVerifier.Strictness = .standard

    /// The default cosine threshold for an embedder identifier (unknown embedders get a conservative 0.9).
    ///
    /// - Parameter embedderIdentifier: An ``Embedder/identifier``.
    /// - Returns: The threshold.
    public static func threshold(for embedderIdentifier: String) -> Float {
        switch embedderIdentifier {
        case "lexical-v1": 0.6
        case "minilm-l6-v2": 0.7
        default: 0.9
        }
    }

    /// The cosine at which two swapped word groups count as synonyms, per embedder.
    ///
    /// - Parameter embedderIdentifier: An ``Embedder/identifier``.
    /// - Returns: The threshold.
    public static func relatedThreshold(for embedderIdentifier: String) -> Float {
        switch embedderIdentifier {
        case "lexical-v1": 1.01  // hashed features know no synonyms: only shared word forms relate words
        case "minilm-l6-v2": 0.75
        default: 0.8
        }
    }

    /// The cosine at which the unshared words of two rephrased texts count as the same meaning, per embedder.
    ///
    /// - Parameter embedderIdentifier: An ``Embedder/identifier``.
    /// - Returns: The threshold.
    public static func rephrasingThreshold(for embedderIdentifier: String) -> Float {
        switch embedderIdentifier {
        case "lexical-v1": 1.01
        case "minilm-l6-v2": 0.4
        default: 0.8
        }
    }

    /// The pair score above which one text may add a few topical words to the other, per embedder.
    ///
    /// - Parameter embedderIdentifier: An ``Embedder/identifier``.
    /// - Returns: The threshold.
    public static func addedWordsThreshold(for embedderIdentifier: String) -> Float {
        switch embedderIdentifier {
        case "lexical-v1": 0.84
        case "minilm-l6-v2": 0.86
        default: 0.95
        }
    }

    /// The pair score above which a rephrased pair (not a one-slot swap) passes whatever words it swaps.
    ///
    /// - Parameter embedderIdentifier: An ``Embedder/identifier``.
    /// - Returns: The threshold (above 1: never).
    public static func rephrasedPairThreshold(for embedderIdentifier: String) -> Float {
        switch embedderIdentifier {
        case "minilm-l6-v2": 0.9
        default: 1.01
        }
    }

    /// The whole-pair score at which a single swapped word is taken as a synonym without relating the two words.
    public static func synonymPairThreshold(for embedderIdentifier: String) -> Float {
        switch embedderIdentifier {
        case "minilm-l6-v2": 0.94
        default: 1.01
        }
    }
}
