import VeilEmbedding
import VeilSync

/// One tenant's in-memory cache state: the vector index partitions and the metadata eviction needs.
///
/// Rebuilt from the sealed `vectors` table when the tenant is first seen; every change to it follows a committed
/// store change, so the record and its vector always come and go together.
final class TenantCacheState: Sendable {
    /// Entries that can answer one another: the same context, the same embedder, and the same verifier signature
    /// (placeholders, numbers, negation — a pair that differs there is rejected at every strictness, so it need
    /// never be compared). Questions that differ only in a number thus never crowd one another out of a search.
    /// `nil` signature: entries stored before signatures existed, searched alongside every signature.
    struct PartitionKey: Hashable, Sendable {
        var contextID: [UInt8]
        var embedder: String
        var signature: UInt64?
    }

    struct Meta: Sendable {
        var key: [UInt8]
        var partition: PartitionKey
        var created: Int64
        var lastHit: Int64
        var hits: UInt32
        var bytes: Int
        var subjectMAC: [UInt8]
        /// The query's verifier signature, when the record has one.
        var signature: UInt64?
        /// The query's alignment sketch, when the record has one.
        var sketch: SemanticVerifier.Sketch? = nil
        var dirty: Bool
    }

    struct State: Sendable {
        var partitions: [PartitionKey: any VectorIndex] = [:]
        var entries: [UInt64: Meta] = [:]
        var bytes = 0
        var stats = CacheStats()
    }

    let state = Locked(State())
    /// Users' verdicts: served answers by request id, reported pairs, raised thresholds, the false-hit budget.
    let feedback = FeedbackState()

    /// The index a new partition gets (an existing partition keeps the kind it was created with).
    enum IndexKind: Sendable {
        case graph
        case flat(FlatIndex.Storage)

        init(_ policy: SemanticPolicy) {
            switch policy.index {
            case .graph: self = .graph
            case .flat: self = .flat(policy.precision == .int8 ? .int8 : .float32)
            }
        }

        func make(dimension: Int) -> any VectorIndex {
            switch self {
            case .graph: HNSWIndex(dimension: dimension)
            case .flat(let storage): FlatIndex(dimension: dimension, storage: storage)
            }
        }
    }

    /// Adds (or replaces) an entry's metadata and vector.
    /// The vector lives only in the index (the hit-statistics flush reads the stored record back), so memory
    /// holds each vector once.
    func insert(id: UInt64, meta: Meta, vector: [Float], index kind: IndexKind) {
        state.withLock { state in
            if let old = state.entries[id] { Self.remove(id: id, meta: old, from: &state) }
            if !vector.isEmpty {
                // Taken out of the dictionary while it changes, so the add mutates the only copy of the vectors
                // instead of copying them all (copy-on-write) on every insert.
                var index =
                    state.partitions.removeValue(forKey: meta.partition) ?? kind.make(dimension: vector.count)
                _ = try? index.add(id: id, vector: vector)
                if index.count > 0 { state.partitions[meta.partition] = index }
            }
            state.entries[id] = meta
            state.bytes += meta.bytes
            state.stats.entries = state.entries.count
            state.stats.bytes = state.bytes
        }
    }

    /// Removes entries after their records were deleted.
    func remove(ids: [UInt64]) {
        state.withLock { state in
            for id in ids {
                if let meta = state.entries[id] {
                    Self.remove(id: id, meta: meta, from: &state)
                    state.stats.evictions += 1
                }
            }
            state.stats.entries = state.entries.count
            state.stats.bytes = state.bytes
        }
    }

    private static func remove(id: UInt64, meta: Meta, from state: inout State) {
        state.entries.removeValue(forKey: id)
        state.bytes -= meta.bytes
        if var index = state.partitions.removeValue(forKey: meta.partition) {
            index.remove(id: id)
            state.partitions[meta.partition] = index.count == 0 ? nil : index
        }
    }

    /// A search result with what screening it in memory needs.
    struct Candidate: Sendable {
        var id: UInt64
        var key: [UInt8]
        var score: Float
        var signature: UInt64?
        var sketch: SemanticVerifier.Sketch?
    }

    /// The best `k` candidates across `partitions`, best first.
    func search(_ partitions: [PartitionKey], vector: [Float], k: Int) -> [Candidate] {
        state.withLock { state in
            var found: [Candidate] = []
            for partition in partitions {
                guard let index = state.partitions[partition] else { continue }
                for candidate in index.search(vector, k: k) {
                    if let meta = state.entries[candidate.id] {
                        found.append(
                            Candidate(
                                id: candidate.id, key: meta.key, score: candidate.score, signature: meta.signature,
                                sketch: meta.sketch))
                    }
                }
            }
            if partitions.count > 1 { found.sort { $0.score > $1.score } }
            return Array(found.prefix(k))
        }
    }

    /// Records a hit for LRU eviction and the statistics.
    func recordHit(id: UInt64, at now: Int64, semantic: Bool, tokens: Int) {
        state.withLock { state in
            if semantic { state.stats.semanticHits += 1 } else { state.stats.exactHits += 1 }
            state.stats.tokensSaved += tokens
            guard var meta = state.entries[id] else { return }
            meta.lastHit = now
            meta.hits &+= 1
            meta.dirty = true
            state.entries[id] = meta
        }
    }

    /// Updates the statistics.
    func count(_ update: (inout CacheStats) -> Void) {
        state.withLock { update(&$0.stats) }
    }

    /// Entries to evict so that at most `maxEntries` and `maxBytes` remain, least recently hit first; evicts a
    /// little more than needed (1%) so that a full cache does not scan on every insert.
    func evictionCandidates(maxEntries: Int, maxBytes: Int) -> [(id: UInt64, key: [UInt8], subjectMAC: [UInt8])] {
        state.withLock { state in
            guard state.entries.count > maxEntries || state.bytes > maxBytes else { return [] }
            let ordered = state.entries.sorted { $0.value.lastHit < $1.value.lastHit }
            var count = state.entries.count
            var bytes = state.bytes
            let slack = max(1, maxEntries / 100)
            var result: [(UInt64, [UInt8], [UInt8])] = []
            for (id, meta) in ordered {
                if count <= maxEntries - slack && bytes <= maxBytes { break }
                if count <= maxEntries && bytes <= maxBytes && result.count >= slack { break }
                result.append((id, meta.key, meta.subjectMAC))
                count -= 1
                bytes -= meta.bytes
            }
            return result
        }
    }

    /// Entries created before `cutoff`.
    func expired(before cutoff: Int64, limit: Int) -> [(id: UInt64, key: [UInt8], subjectMAC: [UInt8])] {
        state.withLock { state in
            var result: [(UInt64, [UInt8], [UInt8])] = []
            for (id, meta) in state.entries where meta.created < cutoff {
                result.append((id, meta.key, meta.subjectMAC))
                if result.count >= limit { break }
            }
            return result
        }
    }

    /// Entries whose hit statistics changed since the last flush, marked clean.
    func takeDirty(limit: Int) -> [(key: [UInt8], meta: Meta)] {
        state.withLock { state in
            var result: [([UInt8], Meta)] = []
            for (id, var meta) in state.entries where meta.dirty {
                meta.dirty = false
                state.entries[id] = meta
                result.append((meta.key, meta))
                if result.count >= limit { break }
            }
            return result
        }
    }

    var stats: CacheStats {
        var stats = state.withLock { $0.stats }
        stats.semanticSuspended = feedback.isSuspended
        return stats
    }

    /// The entry's key and subject, for evicting it.
    func victim(id: UInt64) -> (id: UInt64, key: [UInt8], subjectMAC: [UInt8])? {
        state.withLock { state in state.entries[id].map { (id, $0.key, $0.subjectMAC) } }
    }
}

extension TenantCacheState.Meta {
    /// The in-memory entry of a stored index record, as loaded at start and as announced by another host.
    init(key: [UInt8], entry meta: EntryMetadata) {
        self.init(
            key: key,
            partition: .init(contextID: meta.contextID, embedder: meta.embedder, signature: meta.signature),
            created: meta.created,
            lastHit: meta.lastHit,
            hits: meta.hits,
            bytes: meta.bytes,
            subjectMAC: meta.subjectMAC,
            signature: meta.signature,
            sketch: meta.sketch.flatMap { SemanticVerifier.Sketch(encoded: $0) },
            dirty: false
        )
    }
}
