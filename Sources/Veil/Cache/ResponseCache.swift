import Foundation
import Logging
import Metrics
import Synchronization
import VeilEmbedding
import VeilSync

/// The two-tier response cache: exact (one sealed LMDB read) and semantic (in-memory vector index, then a
/// verifier), partitioned per tenant by construction.
///
/// Isolation does not depend on any score: every key is a MAC under the tenant's own key, records live under the
/// tenant's prefix and open only with its data key, and the in-memory index is a separate object per tenant. The
/// semantic tier further compares a query only with entries of the same context (model, system prompt, earlier
/// turns, parameters), so a follow-up question never matches another conversation.
package final class ResponseCache: Sendable {
    let store: any TenantStore
    let embedders: EmbedderRegistry
    private let logger: Logger
    private let clock: @Sendable () -> Int64
    private let tenants = Locked<[TenantID: TenantCacheState]>([:])
    /// Held while a tenant's state is built, so a second caller waits for the build instead of repeating it.
    private let building = Locked(())
    /// Tenants whose state is being loaded for the request path.
    private let loading = Locked<Set<TenantID>>([])
    private let builds = Atomic(0)
    private let pending = Locked(0)
    /// How long a stored answer may wait to share a commit with others (``StoreBatch/commitWithin``).
    let commitWindow: Duration?

    /// Creates a cache over `store`.
    ///
    /// - Parameters:
    ///   - store: where entries and vectors are sealed.
    ///   - embedders: the embedders policies may name.
    ///   - commitWindow: How long a stored answer may wait for others to share its commit (default 2 ms); an
    ///     answer becomes a hit at most this much later, and a steady miss stream pays one `fsync` per window
    ///     instead of one per answer. `nil` commits each store on its own. Measured on 2 cores, misses at 32
    ///     connections: about 8–13 % more throughput with a window; 10 ms made the one commit per window a burst
    ///     long enough to raise the p99 of requests at concurrency 1 by about 0.4 ms, 2 ms did not.
    ///   - clock: Unix seconds now (injectable for TTL tests).
    package init(
        store: any TenantStore,
        embedders: EmbedderRegistry = EmbedderRegistry(),
        logger: Logger = Logger(label: "veil.cache"),
        commitWindow: Duration? = .milliseconds(2),
        clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) {
        self.store = store
        self.embedders = embedders
        self.logger = logger
        self.commitWindow = commitWindow
        self.clock = clock
    }

    /// Answers handed to the client whose store write has not finished (for tests and graceful shutdown).
    var pendingStores: Int { pending.withLock { $0 } }

    /// The same, for the benchmark executable (which sees only public API).
    package var pendingStoresForBenchmark: Int { pendingStores }

    func beginStore() { pending.withLock { $0 += 1 } }
    func endStore() { pending.withLock { $0 -= 1 } }

    /// Unix seconds now, by the cache's clock.
    package var now: Int64 { clock() }

    // MARK: Tenant state

    /// The tenant's in-memory state, rebuilt from the sealed `vectors` table the first time.
    ///
    /// Builds at most once at a time: a second caller waits for the first build instead of repeating it. The
    /// request path never calls this while the state is missing (``readyState(for:index:)``): it would read and
    /// index the tenant's whole cache on an event loop.
    /// - Parameters:
    ///   - tenant: The tenant.
    ///   - index: The index kind of rebuilt partitions (the tenant's policy's, when the caller knows it).
    func state(for tenant: TenantID, index: TenantCacheState.IndexKind = .graph) throws -> TenantCacheState {
        if let state = tenants.withLock({ $0[tenant] }) { return state }
        return try building.withLock { _ in
            if let state = tenants.withLock({ $0[tenant] }) { return state }
            let state = try build(tenant, index: index)
            builds.add(1, ordering: .relaxed)
            tenants.withLock { $0[tenant] = state }
            return state
        }
    }

    /// The tenant's state if it is loaded; otherwise starts loading it off the request path (once) and returns
    /// `nil`, and the request is served by the exact tier alone until the load is done.
    func readyState(for tenant: TenantID, index: TenantCacheState.IndexKind) -> TenantCacheState? {
        if let state = tenants.withLock({ $0[tenant] }) { return state }
        guard loading.withLock({ $0.insert(tenant).inserted }) else { return nil }
        Task(executorPreference: BackgroundExecutor.shared) {
            defer { _ = self.loading.withLock { $0.remove(tenant) } }
            do {
                _ = try self.state(for: tenant, index: index)
            } catch {
                self.logger.warning(
                    "tenant cache state not loaded", metadata: ["tenant": "\(tenant)", "error": "\(error)"])
            }
        }
        return nil
    }

    /// How many tenant states this cache built (for tests: each tenant once).
    var stateBuilds: Int { builds.load(ordering: .relaxed) }

    private func build(_ tenant: TenantID, index: TenantCacheState.IndexKind) throws -> TenantCacheState {
        let state = TenantCacheState()
        var corrupt = 0
        try store.scan(.vectors, tenant: tenant, prefix: []) { key, value in
            guard let meta = try? EntryMetadata(decoding: value) else {
                corrupt += 1
                return true
            }
            state.insert(
                id: CacheKeys.entryID(key),
                meta: TenantCacheState.Meta(key: key, entry: meta),
                vector: meta.vector,
                index: index
            )
            return true
        }
        if corrupt > 0 { logger.warning("skipped unreadable index records", metadata: ["count": "\(corrupt)"]) }
        try store.scan(.feedback, tenant: tenant, prefix: []) { _, value in
            switch try? FeedbackRecord(decoding: value) {
            case .negative(let contextID, _, let storedQuery, let query, _, _, _):
                state.feedback.addNegative(contextID: contextID, storedQuery: storedQuery, query: query)
            case .floor(let contextID, let embedder, let threshold):
                state.feedback.raise(.init(contextID: contextID, embedder: embedder), to: threshold)
            case .suspended:
                state.feedback.setSuspended(true)
            case nil:
                break
            }
            return true
        }
        return state
    }

    /// Drops the tenant's in-memory state (after erasure), so nothing of it lingers in this process.
    package func forget(tenant: TenantID) {
        _ = tenants.withLock { $0.removeValue(forKey: tenant) }
    }

    /// The tenant's figures.
    package func stats(tenant: TenantID) -> CacheStats {
        (try? state(for: tenant).stats) ?? CacheStats()
    }

    /// Counts something on the tenant's state, if it is loaded (the request path never loads it to count).
    func countIfLoaded(tenant: TenantID, _ update: (inout CacheStats) -> Void) {
        tenants.withLock { $0[tenant] }?.count(update)
    }

    /// Tenants whose state is loaded.
    package var loadedTenants: [TenantID] { tenants.withLock { Array($0.keys) } }

    // MARK: Lookup

    struct Hit: Sendable {
        var entry: CacheEntry
        var status: CacheStatus
        var age: Int
    }

    struct Lookup: Sendable {
        var hit: Hit?
        /// The query's vector, computed for the semantic tier and reused when storing the answer.
        var vector: [Float]?
        var embedder: String
        /// The query's verifier signature, computed with the vector (it chooses the index partition).
        var signature: UInt64? = nil
        /// The query's alignment sketch, stored beside the answer so later candidates are screened in memory.
        var sketch: SemanticVerifier.Sketch? = nil
    }

    /// Looks the request up: exact tier first, then the semantic tier within the same context.
    ///
    /// - Throws: ``VeilError/tenantErased`` when the tenant's keys are gone; every other fault is counted and
    ///   reported as a miss, so the request falls through to the model.
    func lookup(
        keys: CacheKeys,
        material: CacheKeyMaterial,
        tenant: TenantID,
        policy: CachePolicy,
        maxAge: Int?,
        skipLookup: Bool,
        requestID: String = ""
    ) async throws -> Lookup {
        let state = readyState(for: tenant, index: .init(policy.semantic))
        let now = self.now
        let oldestAcceptable = now - Int64(min(policy.ttlSeconds, maxAge ?? Int.max))
        if !skipLookup {
            do {
                if let bytes = try store.get(.cache, tenant: tenant, key: keys.exact) {
                    let entry = try CacheEntry(decoding: bytes)
                    if entry.created >= oldestAcceptable && entry.contextID == keys.contextID {
                        let tokens = entry.completion.usage?.completionTokens ?? 0
                        state?.recordHit(id: keys.entryID, at: now, semantic: false, tokens: tokens)
                        if !requestID.isEmpty {
                            state?.feedback.recordServed(
                                FeedbackState.Served(
                                    entryID: keys.entryID, key: keys.exact, semantic: false, storedQuery: "", query: "",
                                    score: 1, contextID: keys.contextID, embedder: "", subjectMAC: keys.subjectMAC,
                                    at: now),
                                requestID: requestID, bucket: Self.bucket(now, policy.semantic.feedback))
                        }
                        return Lookup(
                            hit: Hit(entry: entry, status: .hitExact, age: Int(now - entry.created)),
                            vector: nil,
                            embedder: ""
                        )
                    }
                }
            } catch let error as StoreError where error.isErasure {
                throw VeilError.tenantErased
            } catch {
                state?.count { $0.faults += 1 }
                logger.warning(
                    "exact-tier fault; falling through", metadata: ["tenant": "\(tenant)", "error": "\(error)"])
            }
        }
        guard policy.semantic.enabled, !material.query.isEmpty,
            let embedder = embedders.embedder(named: policy.semantic.embedder)
        else {
            if !skipLookup { state?.count { $0.misses += 1 } }
            return Lookup(hit: nil, vector: nil, embedder: "")
        }
        let vector: [Float]
        do {
            vector = try await embedder.embed(material.query)
        } catch {
            state?.count {
                $0.faults += 1
                if !skipLookup { $0.misses += 1 }
            }
            logger.warning("embedder failed; exact tier only", metadata: ["tenant": "\(tenant)", "error": "\(error)"])
            return Lookup(hit: nil, vector: nil, embedder: "")
        }
        let verifier = SemanticVerifier(strictness: policy.semantic.verifier)
        let query = verifier.prepare(material.query)
        let sketch = verifier.sketch(of: query)
        // A suspended tier still embeds (so entries stored now have vectors when an operator resumes it) but never
        // serves a near match.
        // Until the tenant's state is loaded (its first requests), and while the tier is suspended, the query is
        // still embedded (so the answer is stored with its vector) but no near match is served.
        guard let state, !skipLookup, !state.feedback.isSuspended else {
            if !skipLookup { state?.count { $0.misses += 1 } }
            return Lookup(
                hit: nil, vector: vector, embedder: embedder.identifier, signature: query.signature, sketch: sketch)
        }
        // Users' verdicts may have raised this context's threshold above the policy's.
        let threshold = max(
            policy.semantic.threshold ?? SimilarityDefaults.threshold(for: embedder.identifier),
            state.feedback.floor(.init(contextID: keys.contextID, embedder: embedder.identifier)) ?? 0)
        let decision = SimilarityDecision(embedder: embedder, threshold: threshold, verifier: verifier)
        let partitions = [query.signature, nil].map {
            TenantCacheState.PartitionKey(contextID: keys.contextID, embedder: embedder.identifier, signature: $0)
        }
        for candidate in state.search(partitions, vector: vector, k: 4) where candidate.score >= threshold {
            // Refused from memory, without reading (and decrypting) the record: different numbers, placeholders
            // or negation (the signature), or words that do not line up (the sketch).
            if let signature = candidate.signature, signature != query.signature {
                state.count { $0.verifierRejections += 1 }
                continue
            }
            var screening = SemanticVerifier.Screening.needsText
            if let sketch = candidate.sketch {
                screening = decision.screen(sketch, query: query, score: candidate.score)
                if case .refuse = screening {
                    state.count { $0.verifierRejections += 1 }
                    continue
                }
            }
            do {
                guard let bytes = try store.get(.cache, tenant: tenant, key: candidate.key) else { continue }
                let header = try CacheEntry.header(decoding: bytes)
                // The index partition already matched the context; checking the sealed record too means a stale or
                // corrupted index can never serve an answer from another context.
                guard header.contextID == keys.contextID, header.created >= oldestAcceptable else { continue }
                if state.feedback.isNegative(
                    contextID: keys.contextID, storedQuery: header.query, query: material.query)
                {
                    state.count { $0.verifierRejections += 1 }
                    continue
                }
                if screening != .accept {
                    guard try await decision.verdict(stored: header.query, query: query, score: candidate.score)
                    else {
                        state.count { $0.verifierRejections += 1 }
                        continue
                    }
                }
                let entry = try CacheEntry(decoding: bytes)
                let tokens = entry.completion.usage?.completionTokens ?? 0
                state.recordHit(id: candidate.id, at: now, semantic: true, tokens: tokens)
                state.feedback.recordServed(
                    FeedbackState.Served(
                        entryID: candidate.id, key: candidate.key, semantic: true, storedQuery: header.query,
                        query: material.query, score: candidate.score, contextID: keys.contextID,
                        embedder: embedder.identifier, subjectMAC: keys.subjectMAC, at: now),
                    requestID: requestID, bucket: Self.bucket(now, policy.semantic.feedback))
                return Lookup(
                    hit: Hit(entry: entry, status: .hitSemantic, age: Int(now - entry.created)),
                    vector: vector,
                    embedder: embedder.identifier,
                    signature: query.signature,
                    sketch: sketch
                )
            } catch let error as StoreError where error.isErasure {
                throw VeilError.tenantErased
            } catch {
                state.count { $0.faults += 1 }
                logger.warning(
                    "semantic-tier fault; skipping candidate", metadata: ["tenant": "\(tenant)", "error": "\(error)"])
            }
        }
        state.count { $0.misses += 1 }
        return Lookup(
            hit: nil, vector: vector, embedder: embedder.identifier, signature: query.signature, sketch: sketch)
    }

    // MARK: Feedback

    /// The budget's time bucket of `now` (the window is counted in 24 buckets).
    static func bucket(_ now: Int64, _ policy: FeedbackPolicy) -> Int64 {
        now / Int64(max(60, policy.windowSeconds / 24))
    }

    /// Applies a user's verdict on the answer served under `requestID`.
    ///
    /// "wrong" evicts the entry; for a semantic hit it also records the pair (sealed) as one that must never hit
    /// again, raises the threshold of the pair's context above its score, and counts against the tenant's false-hit
    /// budget, which, once spent, suspends the tenant's semantic tier until ``resumeSemantic(tenant:)``. "good" is
    /// counted.
    ///
    /// - Returns: What changed, or `nil` when no recent answer of this tenant has that request id.
    package func feedback(
        requestID: String, verdict: FeedbackVerdict, tenant: TenantID, policy: CachePolicy
    ) async throws -> FeedbackOutcome? {
        let state = try guardErasure { try self.state(for: tenant) }
        let now = self.now
        guard let served = state.feedback.takeServed(requestID: requestID, now: now) else { return nil }
        guard verdict == .wrong else {
            state.count { $0.goodVerdicts += 1 }
            return FeedbackOutcome(
                semanticHit: served.semantic, evicted: false, semanticSuspended: state.feedback.isSuspended)
        }
        state.count { $0.wrongVerdicts += 1 }
        var evicted = false
        if let victim = state.victim(id: served.entryID), victim.key == served.key {
            try await delete([victim], tenant: tenant, state: state)
            evicted = true
        }
        guard served.semantic else {
            return FeedbackOutcome(semanticHit: false, evicted: evicted, semanticSuspended: state.feedback.isSuspended)
        }
        let feedbackPolicy = policy.semantic.feedback
        let partition = FeedbackState.Partition(contextID: served.contextID, embedder: served.embedder)
        let floor = min(1, max(served.score + feedbackPolicy.thresholdMargin, state.feedback.floor(partition) ?? 0))
        var batch = StoreBatch(tenant: tenant)
        let negative = FeedbackRecord.negative(
            contextID: served.contextID, embedder: served.embedder, storedQuery: served.storedQuery,
            query: served.query, score: served.score, created: now, subjectMAC: served.subjectMAC)
        batch.operations.append(
            .put(
                .feedback,
                key: try feedbackKey(
                    tenant, "negative", served.contextID, Array(served.storedQuery.utf8), Array(served.query.utf8)),
                value: negative.encoded()))
        batch.operations.append(
            .put(
                .feedback, key: try feedbackKey(tenant, "floor", served.contextID, Array(served.embedder.utf8)),
                value: FeedbackRecord.floor(contextID: served.contextID, embedder: served.embedder, threshold: floor)
                    .encoded()))
        let spent = state.feedback.countWrong(
            bucket: Self.bucket(now, feedbackPolicy),
            oldestBucket: Self.bucket(now - Int64(feedbackPolicy.windowSeconds), feedbackPolicy),
            budget: feedbackPolicy.falseHitBudget, minimumReports: feedbackPolicy.minimumReports)
        let suspend = spent && !state.feedback.isSuspended
        if suspend {
            batch.operations.append(
                .put(
                    .feedback, key: try feedbackKey(tenant, "suspended"),
                    value: FeedbackRecord.suspended(since: now).encoded()))
        }
        try await store.apply(batch)
        state.feedback.addNegative(contextID: served.contextID, storedQuery: served.storedQuery, query: served.query)
        state.feedback.raise(partition, to: floor)
        if suspend {
            state.feedback.setSuspended(true)
            let counts = state.feedback.windowCounts(
                oldestBucket: Self.bucket(now - Int64(feedbackPolicy.windowSeconds), feedbackPolicy))
            logger.warning(
                "semantic tier suspended: false-hit budget spent",
                metadata: [
                    "tenant": "\(tenant)", "wrong_verdicts": "\(counts.wrong)",
                    "semantic_hits": "\(counts.semanticHits)",
                ])
        }
        return FeedbackOutcome(semanticHit: true, evicted: evicted, semanticSuspended: state.feedback.isSuspended)
    }

    /// Resumes a tenant's suspended semantic tier (an operator's decision after looking into the reports); the
    /// pairs reported wrong and the raised thresholds stay.
    ///
    /// - Returns: Whether the tier was suspended.
    @discardableResult
    package func resumeSemantic(tenant: TenantID) async throws -> Bool {
        let state = try guardErasure { try self.state(for: tenant) }
        let key = try feedbackKey(tenant, "suspended")
        let wasSuspended = state.feedback.isSuspended
        try await store.apply(StoreBatch(tenant: tenant, operations: [.delete(.feedback, key: key)]))
        state.feedback.setSuspended(false)
        if wasSuspended { logger.notice("semantic tier resumed", metadata: ["tenant": "\(tenant)"]) }
        return wasSuspended
    }

    /// The MAC key of a feedback record: content never becomes a key as it is.
    private func feedbackKey(_ tenant: TenantID, _ kind: String, _ parts: [UInt8]...) throws -> [UInt8] {
        var message = Array(("feedback\u{0}" + kind).utf8)
        for part in parts {
            message.append(0)
            message += part
        }
        return try store.mac(tenant: tenant, purpose: .cacheLookup, message)
    }

    private func guardErasure<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError where error.isErasure {
            throw VeilError.tenantErased
        }
    }

    // MARK: Store

    /// Seals and stores an answer with its vector and subject row in one transaction, then evicts what the policy's
    /// limits require.
    func store(
        completion: ChatCompletion,
        pieces: [String],
        keys: CacheKeys,
        material: CacheKeyMaterial,
        vector: [Float]?,
        embedder: String,
        signature: UInt64?,
        sketch: SemanticVerifier.Sketch? = nil,
        tenant: TenantID,
        policy: CachePolicy
    ) async throws {
        let now = self.now
        let entry = CacheEntry(
            query: material.query,
            contextID: keys.contextID,
            completion: completion,
            pieces: pieces,
            created: now,
            subjectMAC: keys.subjectMAC,
            embedder: vector == nil ? "" : embedder
        )
        let entryBytes = try entry.encoded()
        let signature = vector == nil ? nil : signature
        let meta = EntryMetadata(
            contextID: keys.contextID,
            created: now,
            lastHit: now,
            hits: 0,
            bytes: entryBytes.count + (vector?.count ?? 0) * 4 + 96,
            subjectMAC: keys.subjectMAC,
            embedder: entry.embedder,
            vector: vector ?? [],
            signature: signature,
            sketch: vector == nil ? nil : sketch?.encoded
        )
        var batch = StoreBatch(tenant: tenant, commitWithin: commitWindow)
        batch.operations.append(.put(.cache, key: keys.exact, value: entryBytes))
        batch.operations.append(.put(.vectors, key: keys.exact, value: meta.encoded()))
        if !keys.subjectMAC.isEmpty {
            batch.operations.append(.put(.subjects, key: keys.subjectMAC + keys.exact, value: []))
        }
        try await store.apply(batch)
        let state = try state(for: tenant, index: .init(policy.semantic))
        state.insert(
            id: keys.entryID,
            meta: TenantCacheState.Meta(
                key: keys.exact,
                partition: .init(contextID: keys.contextID, embedder: entry.embedder, signature: signature),
                created: now,
                lastHit: now,
                hits: 0,
                bytes: meta.bytes,
                subjectMAC: keys.subjectMAC,
                signature: signature,
                sketch: vector == nil ? nil : sketch,
                dirty: false
            ),
            vector: vector ?? [],
            index: TenantCacheState.IndexKind(policy.semantic)
        )
        let victims = state.evictionCandidates(maxEntries: policy.maxEntries, maxBytes: policy.maxBytes)
        if !victims.isEmpty { try await delete(victims, tenant: tenant, state: state) }
    }

    /// Deletes entries (record, vector and subject row together), then drops them from memory.
    func delete(
        _ victims: [(id: UInt64, key: [UInt8], subjectMAC: [UInt8])],
        tenant: TenantID,
        state: TenantCacheState
    ) async throws {
        var batch = StoreBatch(tenant: tenant)
        for victim in victims {
            batch.operations.append(.delete(.cache, key: victim.key))
            batch.operations.append(.delete(.vectors, key: victim.key))
            if !victim.subjectMAC.isEmpty {
                batch.operations.append(.delete(.subjects, key: victim.subjectMAC + victim.key))
            }
        }
        try await store.apply(batch)
        state.remove(ids: victims.map(\.id))
    }

    /// Deletes the tenant's entries older than `cutoff` in batches of `batchSize` (small write transactions, so
    /// serving never waits long behind the sweeper); returns how many went.
    package func sweep(tenant: TenantID, olderThan cutoff: Int64, batchSize: Int = 256) async throws -> Int {
        let state = try state(for: tenant)
        var total = 0
        while true {
            let victims = state.expired(before: cutoff, limit: batchSize)
            if victims.isEmpty { break }
            try await delete(victims, tenant: tenant, state: state)
            total += victims.count
            await Task.yield()
        }
        return total
    }

    /// Writes the hit counts and last-hit times that changed since the last flush, so LRU order survives a
    /// restart; hits themselves never wait for a write.
    package func flushHitStatistics() async {
        for tenant in loadedTenants {
            guard let state = tenants.withLock({ $0[tenant] }) else { continue }
            let dirty = state.takeDirty(limit: 4096)
            guard !dirty.isEmpty else { continue }
            var batch = StoreBatch(tenant: tenant)
            for (key, meta) in dirty {
                // The stored record supplies the vector (memory keeps it only in the index). An entry deleted by
                // another process (erasure, a sweep) has no record and must not come back: a put would re-create
                // it, and for an erased tenant even re-create a data key.
                guard let bytes = try? store.get(.vectors, tenant: tenant, key: key),
                    var record = try? EntryMetadata(decoding: bytes)
                else { continue }
                record.lastHit = meta.lastHit
                record.hits = meta.hits
                batch.operations.append(.put(.vectors, key: key, value: record.encoded()))
            }
            guard !batch.operations.isEmpty else { continue }
            do {
                try await store.apply(batch)
            } catch {
                logger.warning("hit statistics not flushed", metadata: ["tenant": "\(tenant)", "error": "\(error)"])
            }
        }
    }
}
