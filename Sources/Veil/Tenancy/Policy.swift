import VeilEmbedding
import VeilPII

/// What a tenant has decided about caching, privacy, retention and quotas.
///
/// Policies are data, loaded from YAML files in `policies/` (see ``PolicyLoader``) so that operators can read and
/// review them; every field has a safe default, so a missing key means "the default", never "off".
public struct Policy: Sendable, Hashable {
    /// The policy's name (the file name without `.yaml` when loaded from `policies/`).
    public var name: String
    /// Response-cache settings.
    public var cache: CachePolicy
    /// PII handling.
    public var privacy: PrivacyPolicy
    /// What normalization may change in the forwarded request.
    public var normalization: NormalizationPolicy
    /// Days after which any stored entry is deleted, whatever its TTL.
    public var retentionDays: Int
    /// Per-tenant rate and concurrency limits.
    public var quotas: QuotaPolicy
    /// Model names this tenant may use (`*` suffix wildcards).
    public var allowedModels: [String]

    /// The defaults: cache on with semantic hits verified, every PII type pseudonymized, 30-day retention.
    public init(
        name: String = "default",
        cache: CachePolicy = CachePolicy(),
        privacy: PrivacyPolicy = PrivacyPolicy(),
        normalization: NormalizationPolicy = NormalizationPolicy(),
        retentionDays: Int = 30,
        quotas: QuotaPolicy = QuotaPolicy(),
        allowedModels: [String] = ["*"]
    ) {
        self.name = name
        self.cache = cache
        self.privacy = privacy
        self.normalization = normalization
        self.retentionDays = retentionDays
        self.quotas = quotas
        self.allowedModels = allowedModels
    }

    /// Whether `model` matches one of ``allowedModels`` (exact, or a prefix before a trailing `*`).
    public func allows(model: String) -> Bool {
        allowedModels.contains { pattern in
            pattern.hasSuffix("*") ? model.hasPrefix(pattern.dropLast()) : model == pattern
        }
    }
}

/// Whose entries a lookup may hit.
public enum CacheScope: String, Sendable, Hashable, CaseIterable {
    /// Any user of the tenant may hit an entry another user of the same tenant created.
    case tenant
    /// Entries are partitioned by end-user subject too.
    case user
}

/// Response-cache settings of a policy.
public struct CachePolicy: Sendable, Hashable {
    /// Whether the cache is used at all.
    public var enabled: Bool = true
    /// Seconds an entry may be served after it was stored.
    public var ttlSeconds: Int = 86_400
    /// Tenant-wide or per-user partitioning.
    public var scope: CacheScope = .tenant
    /// Requests with a higher temperature are not cached (sampled answers are meant to differ).
    public var maxTemperature: Double = 1.0
    /// Cache requests above ``maxTemperature`` anyway when they carry a `seed`.
    public var cacheSeeded: Bool = true
    /// Store answers cut off by the length limit (`finish_reason: length`).
    public var storeTruncated: Bool = false
    /// The semantic tier.
    public var semantic: SemanticPolicy = SemanticPolicy()
    /// Most entries kept per tenant; least-recently-hit go first.
    public var maxEntries: Int = 100_000
    /// Most bytes (sealed) kept per tenant.
    public var maxBytes: Int = 512 * 1024 * 1024

    /// The defaults.
    public init() {}
}

/// Semantic-tier settings of a policy.
public struct SemanticPolicy: Sendable, Hashable {
    /// Whether near-duplicate questions may be served from the cache.
    public var enabled: Bool = true
    /// `lexical` (no setup), `minilm` (model folder needed) or `remote` (an embeddings endpoint).
    public var embedder: String = "lexical"
    /// Minimum cosine similarity; `nil` uses the embedder's calibrated default.
    public var threshold: Float?
    /// How hard the verifier looks for differences that change the answer.
    public var verifier: SemanticVerifier.Strictness = .standard
    /// Compare with entries from any conversation state (earlier turns ignored), not only the same one.
    public var ignoreEarlierTurns: Bool = false
    /// Vector precision in memory (for the flat index; the graph index holds float32).
    public var precision: VectorPrecision = .float32
    /// How the tenant's vectors are searched.
    public var index: VectorIndexKind = .graph
    /// How users' "wrong answer" verdicts tighten the tier.
    public var feedback: FeedbackPolicy = FeedbackPolicy()

    /// The defaults.
    public init() {}
}

/// How users' verdicts on semantic hits tighten a tenant's semantic tier.
///
/// Every "wrong" verdict evicts the entry, remembers the pair and raises the threshold of its conversation context
/// above the pair's score. When more than ``falseHitBudget`` of the semantic hits of the last ``windowSeconds`` are
/// reported wrong (and at least ``minimumReports`` of them), the tenant is switched to the exact tier until an
/// operator resumes it: a cache that users keep catching out is not trusted any further on its own.
public struct FeedbackPolicy: Sendable, Hashable {
    /// The share of semantic hits that may be reported wrong (0.01: one in a hundred).
    public var falseHitBudget: Double = 0.01
    /// The fewest wrong verdicts that can spend the budget (one early report on few hits is not a trend).
    public var minimumReports: Int = 3
    /// The window the budget is counted over.
    public var windowSeconds: Int = 86_400
    /// How far above the reported pair's score a context's threshold is raised.
    public var thresholdMargin: Float = 0.005

    /// The defaults.
    public init() {}
}

/// How a tenant's vectors are searched.
public enum VectorIndexKind: String, Sendable, Hashable, CaseIterable {
    /// An HNSW graph: lookup cost stays near-constant as the tenant's cache grows; approximate beyond 512 entries
    /// per partition (a rare missed hit, never a wrong one).
    case graph
    /// An exhaustive scan: exact, and with `int8` precision the smallest memory; cost grows with the entry count.
    case flat
}

/// How vectors are held in the in-memory index.
public enum VectorPrecision: String, Sendable, Hashable, CaseIterable {
    /// Full precision.
    case float32
    /// One byte per dimension with a per-vector scale: a quarter of the memory and scan bandwidth.
    case int8
}

/// PII settings of a policy.
public struct PrivacyPolicy: Sendable, Hashable {
    /// Whether requests are scanned at all.
    public var enabled: Bool = true
    /// Action for entity types not listed in ``actions``.
    public var defaultAction: PIIAction = .pseudonymize
    /// Action per entity type.
    public var actions: [EntityType: PIIAction] = [:]
    /// Names never treated as personal data (a product mascot, a public figure the app is about).
    public var allowNames: [String] = []
    /// Names always treated as a person's name.
    public var denyNames: [String] = []

    /// The defaults.
    public init() {}

    /// The scanner configuration this policy describes.
    public var configuration: PIIConfiguration {
        PIIConfiguration(
            actions: actions,
            defaultAction: enabled ? defaultAction : .allow,
            personAllowList: Set(allowNames),
            personDenyList: Set(denyNames)
        )
    }
}

/// What normalization may change in the request that goes to the model.
///
/// The cache always keys on the normalized text; these switches only decide whether the model sees it too.
public struct NormalizationPolicy: Sendable, Hashable {
    /// Send NFKC-normalized text (full-width letters and digits become ASCII).
    public var forwardNFKC: Bool = false
    /// Send text with runs of whitespace collapsed and ends trimmed (changes code indentation: off by default).
    public var forwardCollapsedWhitespace: Bool = false

    /// The defaults: the model sees the text as the user wrote it (apart from PII replacement).
    public init() {}
}

/// Per-tenant limits.
public struct QuotaPolicy: Sendable, Hashable {
    /// Requests in progress at once.
    public var concurrentRequests: Int = 64
    /// Requests per minute.
    public var requestsPerMinute: Int = 6_000
    /// Tokens (prompt + completion) per minute.
    public var tokensPerMinute: Int = 2_000_000
    /// Whether tokens of answers served from the cache count against ``tokensPerMinute``.
    public var countCachedTokens: Bool = false

    /// The defaults.
    public init() {}
}
