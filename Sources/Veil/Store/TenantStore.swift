/// A table of the tenant store: a separate keyspace for one kind of record.
///
/// The table name is bound into every record's associated data, so a record moved to another table no longer
/// opens.
package struct StoreTable: Sendable, Hashable, CustomStringConvertible {
    /// The table name, also the LMDB database name.
    package let name: String

    /// Names a table.
    package init(_ name: String) { self.name = name }

    /// Cache entries: anonymized query, response, metadata; keyed by the exact-tier HMAC.
    package static let cache = StoreTable("cache")
    /// Sealed embedding vectors of cache entries, same keys as ``cache``.
    package static let vectors = StoreTable("vectors")
    /// Subject index: HMAC(subject) ‖ entry key → nothing, for erasure by end user.
    package static let subjects = StoreTable("subjects")
    /// API key digests of tenants.
    package static let apiKeys = StoreTable("api_keys")
    /// Tenant records (policy name, creation time).
    package static let tenants = StoreTable("tenants")
    /// Users' verdicts on semantic hits: pairs reported wrong (anonymized), raised thresholds, suspension.
    package static let feedback = StoreTable("feedback")

    /// The tables a tenant's erasure must empty.
    package static let all: [StoreTable] = [.cache, .vectors, .subjects, .apiKeys, .tenants, .feedback]

    /// The table name.
    package var description: String { name }
}

/// One change in a ``StoreBatch``.
package enum StoreOperation: Sendable, Hashable {
    /// Seal `value` and store it under `key`.
    case put(StoreTable, key: [UInt8], value: [UInt8])
    /// Delete the record under `key`, if any.
    case delete(StoreTable, key: [UInt8])
}

/// Changes to one tenant's records that must land together or not at all (a cache entry with its vector and its
/// subject index row).
package struct StoreBatch: Sendable, Hashable {
    /// The tenant all operations belong to.
    package var tenant: TenantID
    /// The operations, applied in order.
    package var operations: [StoreOperation]
    /// How long the batch may wait to share a commit with other writes; `nil` commits as soon as possible.
    ///
    /// Cache stores set it: nobody waits for them, and one `fsync` per window instead of one per answer is most
    /// of a miss's storage cost. Erasure and administrative writes leave it `nil` (and flush what waits).
    package var commitWithin: Duration?

    /// Creates a batch.
    package init(tenant: TenantID, operations: [StoreOperation] = [], commitWithin: Duration? = nil) {
        self.tenant = tenant
        self.operations = operations
        self.commitWithin = commitWithin
    }
}

/// Veil's storage API: per-tenant tables of records sealed under the tenant's data key.
///
/// Implementations seal every value with AES-256-GCM under the tenant's current data key, binding tenant, table,
/// record key and key version as associated data, so a record copied to another tenant, table or key fails to
/// open. LMDB (``SealedLMDBStore``) is the embedded default; the protocol keeps storage types out of the rest of
/// Veil so that a shared backend can replace it.
///
/// Reads are synchronous (they are microseconds, and the cache hit path must not hop threads); writes are `async`
/// because they may wait for a group commit.
package protocol TenantStore: Sendable {
    /// Reads and opens one record; `nil` if absent.
    ///
    /// - Throws: ``StoreError`` if the record does not open (tampered, moved, or the tenant's keys are destroyed).
    func get(_ table: StoreTable, tenant: TenantID, key: [UInt8]) throws -> [UInt8]?

    /// Applies a batch atomically.
    func apply(_ batch: StoreBatch) async throws

    /// Calls `body` with every record of the tenant in `table` whose key starts with `prefix`, opened, in key order;
    /// `body` returns `false` to stop.
    func scan(
        _ table: StoreTable,
        tenant: TenantID,
        prefix: [UInt8],
        _ body: (_ key: [UInt8], _ value: [UInt8]) throws -> Bool
    ) throws

    /// Keys (not values) of the tenant's records in `table` under `prefix`; needs no key material, so it works after
    /// crypto-shredding too.
    func keys(_ table: StoreTable, tenant: TenantID, prefix: [UInt8]) throws -> [[UInt8]]

    /// HMAC-SHA256 of `message` under the tenant's key for `purpose`: the only way content becomes a lookup key.
    func mac(tenant: TenantID, purpose: StorePurpose, _ message: [UInt8]) throws -> [UInt8]

    /// Number of records and sealed bytes the tenant has in `table`.
    func usage(_ table: StoreTable, tenant: TenantID) throws -> (records: Int, bytes: Int)

    /// Tenants that have records in ``StoreTable/tenants``.
    func tenantIDs() throws -> [TenantID]

    /// Whether the tenant still has data keys — `false` once it was erased, by this process or any other. Cheap
    /// enough to call on every request.
    func keysAlive(tenant: TenantID) -> Bool
}

extension TenantStore {
    /// Seals and stores one record.
    package func put(_ table: StoreTable, tenant: TenantID, key: [UInt8], value: [UInt8]) async throws {
        try await apply(StoreBatch(tenant: tenant, operations: [.put(table, key: key, value: value)]))
    }

    /// Deletes one record.
    package func delete(_ table: StoreTable, tenant: TenantID, key: [UInt8]) async throws {
        try await apply(StoreBatch(tenant: tenant, operations: [.delete(table, key: key)]))
    }
}

/// What a content-derived key is for; each purpose has its own HKDF-derived key so MACs never collide across uses.
package enum StorePurpose: String, Sendable, Hashable, CaseIterable {
    /// Exact-tier and context keys of the cache.
    case cacheLookup
    /// End-user subject ids.
    case subject
    /// The `hash` PII action.
    case piiHash
    /// Receipts and audit entries that must name a tenant without naming it.
    case audit
}
