/// An error of an embedder, the tokenizer or a vector index.
///
/// Shaped like `HTTPClientError`: a bounded set of fixed descriptions that are safe to log and to use as metric
/// labels; no prompt text, path or tensor content ever appears in one.
public struct EmbeddingError: Error, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case fileUnreadable
        case malformedModel
        case unsupportedModel
        case malformedVocabulary
        case dimensionMismatch
        case serviceUnavailable
    }

    private let code: Code

    private init(code: Code) {
        self.code = code
    }

    /// A model, vocabulary or configuration file could not be read.
    public static let fileUnreadable = EmbeddingError(code: .fileUnreadable)
    /// The safetensors file or `config.json` is not well formed, or a tensor is missing or has the wrong shape.
    public static let malformedModel = EmbeddingError(code: .malformedModel)
    /// The model is well formed but of a kind this implementation does not run (e.g. not a BERT encoder).
    public static let unsupportedModel = EmbeddingError(code: .unsupportedModel)
    /// The vocabulary file is empty or lacks the special tokens WordPiece needs.
    public static let malformedVocabulary = EmbeddingError(code: .malformedVocabulary)
    /// A vector's length differs from the index or embedder dimension.
    public static let dimensionMismatch = EmbeddingError(code: .dimensionMismatch)
    /// A remote embedding service did not answer in time or answered with an error.
    public static let serviceUnavailable = EmbeddingError(code: .serviceUnavailable)

    /// A short fixed description, free of any payload.
    public var description: String {
        switch code {
        case .fileUnreadable: "embedding: file unreadable"
        case .serviceUnavailable: "embedding: service unavailable"
        case .malformedModel: "embedding: malformed model"
        case .unsupportedModel: "embedding: unsupported model"
        case .malformedVocabulary: "embedding: malformed vocabulary"
        case .dimensionMismatch: "embedding: dimension mismatch"
        }
    }
}
