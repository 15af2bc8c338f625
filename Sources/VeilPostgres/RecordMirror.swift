import Veil
import VeilSync

/// This host's copy of the sealed records of the tenants it serves: what the synchronous reads of ``PostgresStore``
/// answer from, so a cache hit never waits for the database.
///
/// Values stay sealed here exactly as in the database (a record opens only with its tenant's key, at read time).
/// Each slot remembers the local write that last set it (``LocalClock``): the change feed applies what it read only to
/// slots no local write touched since the read began, and reads the others again. A deleted slot is kept (value
/// `nil`) until a later read confirms it, so an older read cannot bring the record back. Sharded by tenant, each
/// shard behind its own lock held for a dictionary operation.
final class RecordMirror: Sendable {
    struct Slot: Sendable {
        var value: [UInt8]?
        var mark: UInt64
    }

    /// One tenant: table name → record key → slot.
    struct Partition: Sendable {
        var tables: [String: [[UInt8]: Slot]] = [:]
    }

    /// One lock and the tenants that hash to it.
    final class Shard: Sendable {
        let tenants = Locked<[TenantID: Partition]>([:])

        func withLock<T>(_ body: (inout [TenantID: Partition]) throws -> T) rethrows -> T {
            try tenants.withLock { try body(&$0) }
        }
    }

    private let shards: [Shard]

    init() {
        shards = (0..<16).map { _ in Shard() }
    }

    private func shard(_ tenant: TenantID) -> Shard {
        var hasher = Hasher()
        hasher.combine(tenant)
        return shards[Int(UInt(bitPattern: hasher.finalize()) % UInt(shards.count))]
    }

    /// The sealed value, or `nil`.
    func value(_ table: String, tenant: TenantID, key: [UInt8]) -> [UInt8]? {
        shard(tenant).withLock { $0[tenant]?.tables[table]?[key]?.value }
    }

    /// A local write (committed): always applied, marked.
    func applyLocal(_ table: String, tenant: TenantID, key: [UInt8], value: [UInt8]?, mark: UInt64) {
        shard(tenant).withLock { tenants in
            tenants[tenant, default: Partition()].tables[table, default: [:]][key] = Slot(value: value, mark: mark)
        }
    }

    /// A value the change feed read (`nil`: absent) under a read that began at `readMark`; `false` when a local
    /// write is newer (read it again).
    func applyRemote(_ table: String, tenant: TenantID, key: [UInt8], value: [UInt8]?, readMark: UInt64) -> Bool {
        shard(tenant).withLock { tenants in
            let existing = tenants[tenant]?.tables[table]?[key]
            if let existing, existing.mark > readMark { return false }
            if value == nil {
                // Confirmed absent: no slot needed any more.
                if existing != nil { tenants[tenant]?.tables[table]?[key] = nil }
            } else {
                tenants[tenant, default: Partition()].tables[table, default: [:]][key] = Slot(value: value, mark: 0)
            }
            return true
        }
    }

    /// Drops everything of a tenant (erased), or one table of it.
    func drop(tenant: TenantID, table: String? = nil) {
        shard(tenant).withLock { tenants in
            if let table { tenants[tenant]?.tables[table] = nil } else { tenants[tenant] = nil }
        }
    }

    /// Replaces a tenant's partition with what a full read found, keeping slots written locally after the read
    /// began.
    func replace(tenant: TenantID, with loaded: [String: [[UInt8]: [UInt8]]], readMark: UInt64) {
        shard(tenant).withLock { tenants in
            var partition = Partition()
            for (table, records) in loaded {
                partition.tables[table] = records.mapValues { Slot(value: $0, mark: 0) }
            }
            if let old = tenants[tenant] {
                for (table, slots) in old.tables {
                    for (key, slot) in slots where slot.mark > readMark {
                        partition.tables[table, default: [:]][key] = slot
                    }
                }
            }
            tenants[tenant] = partition
        }
    }

    /// Live records of the tenant in `table` whose key starts with `prefix`, in key order.
    func records(_ table: String, tenant: TenantID, prefix: [UInt8]) -> [(key: [UInt8], value: [UInt8])] {
        let found = shard(tenant).withLock { tenants -> [(key: [UInt8], value: [UInt8])] in
            guard let slots = tenants[tenant]?.tables[table] else { return [] }
            var result: [(key: [UInt8], value: [UInt8])] = []
            for (key, slot) in slots where key.starts(with: prefix) {
                if let value = slot.value { result.append((key, value)) }
            }
            return result
        }
        return found.sorted { $0.key.lexicographicallyPrecedes($1.key) }
    }

    /// Tenants of this copy.
    func tenants() -> [TenantID] {
        shards.flatMap { shard in shard.withLock { Array($0.keys) } }
    }

    /// Whether the tenant has a live record in `table`.
    func hasRecords(_ table: String, tenant: TenantID) -> Bool {
        shard(tenant).withLock { tenants in
            tenants[tenant]?.tables[table]?.values.contains { $0.value != nil } ?? false
        }
    }
}
