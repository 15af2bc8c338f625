/// A per-tenant in-memory index of embeddings, searched by inner product (cosine for unit vectors).
///
/// A protocol so that a graph index (HNSW) can replace ``FlatIndex`` when a tenant's entry count makes a flat
/// scan too slow (about 20 ms at 100k × 384 float32 on one core), without touching the cache stage. Value
/// semantics: the cache keeps each tenant's index behind its own lock and mutates it in place.
public protocol VectorIndex: Sendable {
    /// The length of every vector in the index.
    var dimension: Int { get }
    /// The number of vectors held.
    var count: Int { get }
    /// The bytes the vectors and their bookkeeping occupy (for the per-tenant memory budget).
    var byteCount: Int { get }
    /// Whether the index holds a vector for `id`.
    func contains(id: UInt64) -> Bool
    /// Adds a vector, or replaces the vector already stored under `id`.
    ///
    /// - Throws: ``EmbeddingError/dimensionMismatch`` when the vector's length is not ``dimension``.
    mutating func add(id: UInt64, vector: [Float]) throws
    /// Removes the vector stored under `id`; returns whether there was one.
    @discardableResult mutating func remove(id: UInt64) -> Bool
    /// The `k` best-scoring vectors for `query`, best first (fewer when the index holds fewer; none when the
    /// query's length is not ``dimension``).
    func search(_ query: [Float], k: Int) -> [(id: UInt64, score: Float)]
}
