import VeilSync

/// A user's verdict on an answer Veil served (`POST /v1/veil/feedback`, ``Veil/feedback(requestID:verdict:tenant:)``).
public enum FeedbackVerdict: String, Sendable, Hashable, CaseIterable {
    /// The answer did not answer the question asked.
    case wrong
    /// The answer was right.
    case good
}

/// What a verdict changed.
public struct FeedbackOutcome: Sendable, Hashable {
    /// Whether the served answer came from the semantic tier (the only tier a verdict can tighten).
    public var semanticHit: Bool
    /// Whether the cached entry was evicted.
    public var evicted: Bool
    /// Whether the tenant's semantic tier is now suspended (its false-hit budget is spent).
    public var semanticSuspended: Bool

    /// Creates an outcome.
    public init(semanticHit: Bool, evicted: Bool, semanticSuspended: Bool) {
        self.semanticHit = semanticHit
        self.evicted = evicted
        self.semanticSuspended = semanticSuspended
    }
}

/// One tenant's feedback state: the answers recently served from the cache (so a verdict can name one by request
/// id), the pairs reported wrong, the raised thresholds, and the false-hit budget.
///
/// Served answers are kept in memory only, for ``servedCapacity`` answers and ``servedLifetime`` seconds: a verdict
/// comes from the user who just read the answer. What a verdict changes (negative pairs, thresholds, suspension)
/// is sealed in the tenant's `feedback` table and survives restarts; it goes with the tenant's (or the subject's)
/// erasure.
final class FeedbackState: Sendable {
    /// An answer served from the cache, as a verdict needs it.
    struct Served: Sendable {
        var entryID: UInt64
        var key: [UInt8]
        var semantic: Bool
        /// The stored entry's anonymized question and the query's (only for semantic hits).
        var storedQuery: String
        var query: String
        var score: Float
        var contextID: [UInt8]
        var embedder: String
        var subjectMAC: [UInt8]
        var at: Int64
    }

    /// A context partition of one embedder: what a raised threshold applies to.
    struct Partition: Hashable, Sendable {
        var contextID: [UInt8]
        var embedder: String
    }

    static let servedCapacity = 4096
    static let servedLifetime: Int64 = 86_400

    private struct State {
        var served: [String: Served] = [:]
        var order: [String] = []
        var next = 0
        var floors: [Partition: Float] = [:]
        var negatives: Set<UInt64> = []
        var suspended = false
        /// Semantic hits and wrong verdicts per time bucket (bucket number → counts), for the budget's window.
        var buckets: [Int64: (hits: Int, wrong: Int)] = [:]
    }

    private let state = Locked(State())

    /// Remembers an answer served under `requestID` (a semantic hit counts toward the budget's window either way).
    func recordServed(_ served: Served, requestID: String, bucket: Int64) {
        state.withLock { state in
            if served.semantic { state.buckets[bucket, default: (0, 0)].hits += 1 }
            guard !requestID.isEmpty else { return }
            if state.served[requestID] != nil {
                state.served[requestID] = served
                return
            }
            if state.order.count < Self.servedCapacity {
                state.order.append(requestID)
            } else {
                state.served.removeValue(forKey: state.order[state.next])
                state.order[state.next] = requestID
                state.next = (state.next + 1) % Self.servedCapacity
            }
            state.served[requestID] = served
        }
    }

    /// Takes the answer served under `requestID` (a verdict applies once), if it is still known and recent.
    func takeServed(requestID: String, now: Int64) -> Served? {
        state.withLock { state in
            guard let served = state.served.removeValue(forKey: requestID) else { return nil }
            return now - served.at <= Self.servedLifetime ? served : nil
        }
    }

    /// The raised threshold of a partition, if a verdict raised one.
    func floor(_ partition: Partition) -> Float? {
        state.withLock { $0.floors[partition] }
    }

    /// Raises a partition's threshold (never lowers it).
    func raise(_ partition: Partition, to value: Float) {
        state.withLock { state in state.floors[partition] = max(state.floors[partition] ?? 0, value) }
    }

    /// Whether this pair was reported wrong.
    func isNegative(contextID: [UInt8], storedQuery: String, query: String) -> Bool {
        let fingerprint = Self.fingerprint(contextID: contextID, storedQuery: storedQuery, query: query)
        return state.withLock { $0.negatives.contains(fingerprint) }
    }

    /// Records a pair as wrong.
    func addNegative(contextID: [UInt8], storedQuery: String, query: String) {
        let fingerprint = Self.fingerprint(contextID: contextID, storedQuery: storedQuery, query: query)
        _ = state.withLock { $0.negatives.insert(fingerprint) }
    }

    /// Whether the semantic tier is suspended for the tenant.
    var isSuspended: Bool { state.withLock { $0.suspended } }

    /// Suspends or resumes the semantic tier.
    func setSuspended(_ suspended: Bool) {
        state.withLock { state in
            state.suspended = suspended
            if !suspended { state.buckets.removeAll() }
        }
    }

    /// Counts a wrong verdict and says whether the false-hit budget is now spent: at least `minimumReports` wrong
    /// verdicts within the window, making up more than `budget` of the semantic hits served in it.
    func countWrong(bucket: Int64, oldestBucket: Int64, budget: Double, minimumReports: Int) -> Bool {
        state.withLock { state in
            state.buckets[bucket, default: (0, 0)].wrong += 1
            state.buckets = state.buckets.filter { $0.key >= oldestBucket }
            let hits = state.buckets.values.reduce(0) { $0 + $1.hits }
            let wrong = state.buckets.values.reduce(0) { $0 + $1.wrong }
            return wrong >= minimumReports && Double(wrong) > budget * Double(max(hits, 1))
        }
    }

    /// The verdict counts of the window, for statistics.
    func windowCounts(oldestBucket: Int64) -> (semanticHits: Int, wrong: Int) {
        state.withLock { state in
            let live = state.buckets.filter { $0.key >= oldestBucket }.values
            return (live.reduce(0) { $0 + $1.hits }, live.reduce(0) { $0 + $1.wrong })
        }
    }

    /// FNV-1a of the context and the two questions: the in-memory key of a reported pair.
    static func fingerprint(contextID: [UInt8], storedQuery: String, query: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        for byte in contextID { mix(byte) }
        mix(0)
        for byte in storedQuery.utf8 { mix(byte) }
        mix(0)
        for byte in query.utf8 { mix(byte) }
        return hash
    }
}

/// A record of the `feedback` table: a pair reported wrong, a raised threshold, or the suspension of the semantic
/// tier. Sealed like every record; a pair holds anonymized questions only.
package enum FeedbackRecord: Sendable, Equatable {
    case negative(
        contextID: [UInt8], embedder: String, storedQuery: String, query: String, score: Float, created: Int64,
        subjectMAC: [UInt8])
    case floor(contextID: [UInt8], embedder: String, threshold: Float)
    case suspended(since: Int64)

    private static let format: UInt8 = 1

    func encoded() -> [UInt8] {
        var writer = BinaryWriter(capacity: 128)
        writer.u8(Self.format)
        switch self {
        case .negative(let contextID, let embedder, let storedQuery, let query, let score, let created, let subject):
            writer.u8(1)
            writer.data(contextID)
            writer.string(embedder)
            writer.string(storedQuery)
            writer.string(query)
            writer.u32(score.bitPattern)
            writer.i64(created)
            writer.data(subject)
        case .floor(let contextID, let embedder, let threshold):
            writer.u8(2)
            writer.data(contextID)
            writer.string(embedder)
            writer.u32(threshold.bitPattern)
        case .suspended(let since):
            writer.u8(3)
            writer.i64(since)
        }
        return writer.bytes
    }

    package init(decoding bytes: [UInt8]) throws {
        var reader = BinaryReader(bytes)
        guard try reader.u8() == Self.format else { throw StoreError.malformedRecord }
        switch try reader.u8() {
        case 1:
            self = .negative(
                contextID: try reader.data(), embedder: try reader.string(), storedQuery: try reader.string(),
                query: try reader.string(), score: Float(bitPattern: try reader.u32()), created: try reader.i64(),
                subjectMAC: try reader.data())
        case 2:
            self = .floor(
                contextID: try reader.data(), embedder: try reader.string(),
                threshold: Float(bitPattern: try reader.u32()))
        case 3:
            self = .suspended(since: try reader.i64())
        default:
            throw StoreError.malformedRecord
        }
        guard reader.isAtEnd else { throw StoreError.malformedRecord }
    }

    /// The end user a record belongs to (for erasure by subject), if any.
    package var subjectMAC: [UInt8] {
        if case .negative(_, _, _, _, _, _, let subject) = self { return subject }
        return []
    }
}
