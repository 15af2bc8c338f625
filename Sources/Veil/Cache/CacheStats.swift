/// Per-tenant cache figures: what the admin API and `veil` report, and what the metrics are built from.
public struct CacheStats: Sendable, Hashable, Codable {
    /// Entries held.
    public var entries: Int = 0
    /// Sealed bytes held (entries and vectors).
    public var bytes: Int = 0
    /// Answers served by the exact tier.
    public var exactHits: Int = 0
    /// Answers served by the semantic tier.
    public var semanticHits: Int = 0
    /// Lookups that found nothing usable.
    public var misses: Int = 0
    /// Semantic candidates above the threshold that the verifier rejected.
    public var verifierRejections: Int = 0
    /// Cache faults that fell through to the model (store errors, corrupt records, embedder failures).
    public var faults: Int = 0
    /// Entries removed by TTL, size limits or erasure.
    public var evictions: Int = 0
    /// Requests that joined an identical in-flight request.
    public var singleFlightJoins: Int = 0
    /// Tokens the model did not have to generate because an answer came from the cache.
    public var tokensSaved: Int = 0
    /// Users' verdicts that a served answer was wrong.
    public var wrongVerdicts: Int = 0
    /// Users' verdicts that a served answer was right.
    public var goodVerdicts: Int = 0
    /// Whether the semantic tier is suspended (the false-hit budget was spent; an operator resumes it).
    public var semanticSuspended: Bool = false

    /// Creates empty figures.
    public init() {}

    /// Hits over lookups.
    public var hitRatio: Double {
        let lookups = exactHits + semanticHits + misses
        return lookups == 0 ? 0 : Double(exactHits + semanticHits) / Double(lookups)
    }
}
