import VeilCrypto

/// The whole storage backend of a ``Veil``: the sealed ``TenantStore`` plus what the data-rights services, the
/// facade and the daemon need of it — key destruction and rotation, physical reclamation, the audit log and
/// receipts, health, and the changes other processes made.
///
/// Two implementations: ``SealedLMDBStore`` (one host, the embedded default) and `PostgresStore` (module
/// `VeilPostgres`: several `veil serve` hosts sharing one PostgreSQL database). Both seal every value the same way
/// (AES-256-GCM under the tenant's data key, the same associated data) and key content-derived records by the same
/// MACs, so what either one writes is opaque to whoever holds only its files or its database.
///
/// The synchronous reads of ``TenantStore`` stay synchronous: the cache-hit path never waits for I/O. A shared
/// backend serves them from a per-host copy that it keeps current and refuses (``StoreError/unavailable``) when it
/// cannot vouch for that copy.
package protocol VeilStore: TenantStore {
    /// The tenant's data-key versions that still exist, ascending; empty when it has none (never created, or erased).
    func keyVersions(tenant: TenantID) throws -> [UInt32]

    /// Whether the tenant's keys were destroyed at some point (a tombstone remains), without creating anything.
    func hasDestroyedKeys(tenant: TenantID) -> Bool

    /// Destroys every data-key version of the tenant (crypto-shredding): from this commit on nothing of the tenant
    /// opens, in this process or any other using the same store.
    ///
    /// - Returns: the destroyed versions, ascending (empty when the tenant had none).
    func destroyKeys(tenant: TenantID) async throws -> [UInt32]

    /// Creates a new data-key version for the tenant's new writes; older versions keep opening older data.
    ///
    /// - Returns: the new version.
    /// - Throws: `CryptoError.keyNotFound` when the tenant has no keys.
    func rotateKey(tenant: TenantID) async throws -> UInt32

    /// Re-wraps every data key under a new master key kept in the file at `path` (created or replaced there) and
    /// destroys the old key file.
    ///
    /// - Returns: how many key sets were re-wrapped.
    func rotateMasterKey(file path: String) async throws -> Int

    /// Deletes every record of the tenant in `table`, reporting the running count to `progress`.
    ///
    /// - Returns: how many records were deleted.
    func deleteAll(
        _ table: StoreTable, tenant: TenantID, batchSize: Int, progress: @Sendable (Int) -> Void
    ) async throws -> Int

    /// Makes deleted records and keys physically go: LMDB compacts its files; PostgreSQL vacuums its tables.
    ///
    /// - Parameter includingKeys: the keyring too (after a tenant's keys were destroyed).
    func reclaimSpace(includingKeys: Bool) async throws

    /// Bytes the data takes on disk, for receipts (before and after reclaiming).
    func storageBytes() async -> Int

    /// HMACs of `subject` under every existing key version of the tenant, as the cache wrote them; never creates
    /// a key.
    func subjectMACs(tenant: TenantID, subject: String) throws -> [[UInt8]]

    /// Bytes one record takes in the backend (record key, version header, nonce, ciphertext, tag).
    func storedSize(tenant: TenantID, key: [UInt8], plaintext: Int) -> Int

    /// The key receipts and audit entries are MAC'd under (created on first use).
    func auditKey() throws -> AuditKey

    /// Where the hash-chained audit log is kept.
    var auditLogStorage: any AuditLogStorage { get }

    /// Where erasure receipts are kept.
    var receiptStorage: any ReceiptStorage { get }

    /// Whether the backend can vouch for what it serves right now.
    var health: StoreHealth { get }

    /// Registers a handler for changes made by other processes (a shared backend's other hosts), so this process
    /// drops what it holds of them: cached key digests, policies, in-memory indexes. Called off the request path.
    func observeChanges(_ handler: @escaping @Sendable (StoreChange) -> Void)

    /// Flushes and closes the backend; nothing may be called afterwards.
    func close() async throws
}

extension VeilStore {
    /// Deletes in write batches of `batchSize` through ``TenantStore/apply(_:)``: what a backend without a cheaper
    /// bulk delete does.
    package func deleteAll(
        _ table: StoreTable, tenant: TenantID, batchSize: Int, progress: @Sendable (Int) -> Void
    ) async throws -> Int {
        let keys = try keys(table, tenant: tenant, prefix: [])
        var start = 0
        let size = max(1, batchSize)
        while start < keys.count {
            let end = min(start + size, keys.count)
            var batch = StoreBatch(tenant: tenant)
            for key in keys[start..<end] { batch.operations.append(.delete(table, key: key)) }
            try await apply(batch)
            progress(end)
            start = end
        }
        return keys.count
    }
}

/// Whether a store can vouch for what it serves.
public enum StoreHealth: Sendable, Hashable, CustomStringConvertible {
    /// Everything works.
    case ok
    /// The shared backend is unreachable or behind: cache lookups and stores are skipped, authentication runs from
    /// this host's copy of the key digests for a bounded time. The text says why (no content).
    case degraded(String)

    /// `ok` or `degraded`.
    public var description: String {
        switch self {
        case .ok: "ok"
        case .degraded: "degraded"
        }
    }
}

/// A change another process made to a shared store, as a host learns of it.
package enum StoreChange: Sendable, Hashable {
    /// The record `key` of `table` was written (`present`) or deleted.
    case record(tenant: TenantID, table: StoreTable, key: [UInt8], present: Bool)
    /// The tenant's keys changed (created, rotated, destroyed).
    case keys(tenant: TenantID)
    /// The tenant was erased: drop everything held of it.
    case erased(tenant: TenantID)
    /// The host reloaded everything (it was disconnected longer than the change log keeps): drop every cache.
    case reloaded
}
