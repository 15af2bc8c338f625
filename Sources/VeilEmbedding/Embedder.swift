/// Turns a prompt into a fixed-length, L2-normalized vector for the semantic cache tier.
///
/// The cache compares vectors with a dot product, so every embedder must return unit vectors of exactly
/// ``dimension`` floats. The ``identifier`` is stored next to every cached vector: when a tenant changes its
/// embedder the old vectors are never compared with new ones, because scores between two different vector
/// spaces mean nothing.
///
/// The requirement is `async` so that an embedder may wait for a remote service without holding a thread; a local
/// embedder satisfies it with a synchronous method (``LexicalEmbedder``, ``MiniLMEmbedder``), and callers that run
/// the CPU-heavy ones choose where (the cache runs MiniLM off the event loops).
///
/// ```swift
/// let embedder: any Embedder = LexicalEmbedder()
/// let vector = try await embedder.embed("How do I reset my password?")
/// ```
public protocol Embedder: Sendable {
    /// A stable name of the vector space, e.g. `"lexical-v1"` or `"minilm-l6-v2"`.
    var identifier: String { get }
    /// The number of floats in every vector this embedder returns.
    var dimension: Int { get }
    /// Whether an embedding costs enough CPU (milliseconds) that it must not run on a thread that serves
    /// requests; the cache moves such work to its embedding executor.
    var isComputeHeavy: Bool { get }
    /// Embeds one text.
    ///
    /// - Parameter text: The (anonymized) query text.
    /// - Returns: A vector of ``dimension`` floats with L2 norm 1 (or all zeros for a text without features).
    /// - Throws: ``EmbeddingError`` when the embedder cannot run.
    func embed(_ text: String) async throws -> [Float]
}

extension Embedder {
    /// Local hashing and remote calls are light on this process's CPU; only a model run here is heavy.
    public var isComputeHeavy: Bool { false }
}

/// Cosine similarity of two L2-normalized vectors (their dot product), 0 when the lengths differ.
///
/// Kept public so that the cache and the CLI score pairs exactly as ``SimilarityDecision`` does.
@inlinable
public func cosineSimilarity(_ a: [Float], _ b: [Float]) -> Float {
    guard a.count == b.count else { return 0 }
    return a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            VectorMath.dot(pa, pb, count: a.count)
        }
    }
}
