import Foundation
import Logging
import Veil
import VeilCrypto
import VeilStorage
import VeilSync

/// Deletes cache entries past their tenant's TTL or retention period, in small batches, and compacts now and then.
///
/// For each tenant, an entry is deleted once it is older than the shorter of the policy's cache TTL (it can no
/// longer be served) and its retention days (it may no longer be kept). Deletions go through
/// ``ResponseCache/sweep(tenant:olderThan:batchSize:)``: a few hundred per write transaction with a yield in
/// between, so serving never waits long behind the sweeper. After deletions add up to ``Configuration/compactAfter``
/// entries, and at most once per ``Configuration/compactionInterval``, the data file is compacted so that deleted
/// entries leave the disk too.
///
/// Each pass also drops the in-memory cache state of tenants erased by another process.
///
/// ``run()`` is the long-running loop; the daemon wraps it in a swift-service-lifecycle `Service` (this type has no
/// dependency on it). ``sweepOnce()`` is one pass, for `veil sweep` under cron.
///
/// ```swift
/// let sweeper = RetentionSweeper(store: veil.store, cache: veil.cache, tenants: veil.tenants)
/// let report = try await sweeper.sweepOnce()
/// ```
///
/// A process only sweeps entries it knows: those in its cache's index, which is loaded from the store when the
/// process first sees the tenant. Entries written later by another process are swept by that process, or by the
/// next `veil sweep`.
public final class RetentionSweeper: Sendable {
    /// How often and how hard the sweeper works.
    public struct Configuration: Sendable, Hashable {
        /// Time between sweeps in ``RetentionSweeper/run()``.
        public var interval: Duration = .seconds(300)
        /// Deletions per write transaction.
        public var batchSize: Int = 256
        /// Entries deleted since the last compaction that make the next sweep compact.
        public var compactAfter: Int = 10_000
        /// Least time between two compactions.
        public var compactionInterval: Duration = .seconds(3600)

        /// The defaults: every 5 minutes, 256 per transaction, compaction after 10,000 deletions at most hourly.
        public init() {}
    }

    private struct State {
        var deletedSinceCompaction = 0
        var lastCompaction: ContinuousClock.Instant?
    }

    private let store: any VeilStore
    private let cache: ResponseCache
    private let tenants: TenantDirectory
    private let audit: AuditLog?
    private let configuration: Configuration
    private let logger: Logger
    private let state = Locked(State())

    /// Creates a sweeper.
    ///
    /// - Parameters:
    ///   - store: the sealed store (compacted after enough deletions).
    ///   - cache: the cache whose entries are swept.
    ///   - tenants: where the tenants and their policies come from.
    ///   - audit: where sweeps that deleted something are recorded (counts only); `nil` records nothing.
    ///   - configuration: timing and batch sizes.
    ///   - logger: operational events.
    package init(
        store: any VeilStore,
        cache: ResponseCache,
        tenants: TenantDirectory,
        audit: AuditLog? = nil,
        configuration: Configuration = Configuration(),
        logger: Logger = Logger(label: "veil.retention")
    ) {
        self.store = store
        self.cache = cache
        self.tenants = tenants
        self.audit = audit
        self.configuration = configuration
        self.logger = logger
    }

    /// Sweeps until the task is cancelled; a failed sweep is logged and retried at the next interval.
    public func run() async throws {
        while !Task.isCancelled {
            do {
                _ = try await sweepOnce()
            } catch is CancellationError {
                return
            } catch {
                logger.warning("retention sweep failed", metadata: ["error": "\(error)"])
            }
            do {
                try await Task.sleep(for: configuration.interval)
            } catch {
                return
            }
        }
    }

    /// One pass over every tenant, then compaction if enough was deleted.
    ///
    /// - Returns: what was done.
    public func sweepOnce() async throws -> SweepReport {
        var report = SweepReport()
        let now = cache.now
        for id in try store.tenantIDs() {
            try Task.checkCancellation()
            let tenant: Tenant
            do {
                guard let found = try tenants.tenant(id) else { continue }
                tenant = found
            } catch {
                report.skipped += 1
                logger.warning(
                    "tenant policy unavailable; not swept", metadata: ["tenant": "\(id)", "error": "\(error)"])
                continue
            }
            let retention = Int64(max(0, tenant.policy.retentionDays)) * 86_400
            let ttl = Int64(max(0, tenant.policy.cache.ttlSeconds))
            let cutoff = now - min(retention, ttl)
            do {
                let deleted = try await cache.sweep(tenant: id, olderThan: cutoff, batchSize: configuration.batchSize)
                report.tenants += 1
                report.deleted += deleted
                if deleted > 0 {
                    try await audit?.append(.retentionSweep, tenant: id, details: ["deleted": "\(deleted)"])
                }
            } catch let error as StoreError where error.isErasure {
                continue
            }
        }
        // A tenant erased by another process (the `veil erase` CLI) is unreadable here at once, but this process's
        // cache still holds its in-memory index (vectors, MACs); let go of it here, within one sweep interval.
        for id in cache.loadedTenants where try store.keyVersions(tenant: id).isEmpty {
            cache.forget(tenant: id)
            report.forgotten += 1
        }
        let due = state.withLock { state -> Bool in
            state.deletedSinceCompaction += report.deleted
            guard state.deletedSinceCompaction >= configuration.compactAfter else { return false }
            if let last = state.lastCompaction, ContinuousClock.now - last < configuration.compactionInterval {
                return false
            }
            return true
        }
        if due {
            try await store.reclaimSpace(includingKeys: false)
            state.withLock {
                $0.deletedSinceCompaction = 0
                $0.lastCompaction = ContinuousClock.now
            }
            report.compacted = true
        }
        return report
    }

    /// Compacts the data file now, whatever was deleted (`veil sweep --compact`).
    public func compact() async throws {
        try await store.reclaimSpace(includingKeys: false)
        state.withLock {
            $0.deletedSinceCompaction = 0
            $0.lastCompaction = ContinuousClock.now
        }
    }
}
