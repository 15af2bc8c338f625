/// Per-tenant cache figures: what the admin API and `veil` report, and what the metrics are built from.
package struct CacheStats: Sendable, Hashable, Codable {
    /// Entries held.
    package var entries: Int = 0
    /// Sealed bytes held (entries and vectors).
    package var bytes: Int = 0
    /// Answers served by the exact tier.
    package var exactHits: Int = 0
    /// Answers served by the semantic tier.
    package var semanticHits: Int = 0
    /// Lookups that found nothing usable.
    package var misses: Int = 0
    /// Semantic candidates above the threshold that the verifier rejected.
    package var verifierRejections: Int = 0
    /// Cache faults that fell through to the model (store errors, corrupt records, embedder failures).
    package var faults: Int = 0
    /// Entries removed by TTL, size limits or erasure.
    package var evictions: Int = 0
    /// Requests that joined an identical in-flight request.
    package var singleFlightJoins: Int = 0
    /// Tokens the model did not have to generate because an answer came from the cache.
    package var tokensSaved: Int = 0
    /// Users' verdicts that a served answer was wrong.
    package var wrongVerdicts: Int = 0
    /// Users' verdicts that a served answer was right.
    package var goodVerdicts: Int = 0
    /// Whether the semantic tier is suspended (the false-hit budget was spent; an operator resumes it).
    package var semanticSuspended: Bool = false

    /// Creates empty figures.
    package init() {}

    /// Hits over lookups.
    package var hitRatio: Double {
        let lookups = exactHits + semanticHits + misses
        return lookups == 0 ? 0 : Double(exactHits + semanticHits) / Double(lookups)
    }
}
