import Veil

/// What an erasure would remove (``Eraser/plan(tenant:subject:)``, `veil erase --dry-run`); nothing is changed.
package struct ErasurePlan: Sendable, Hashable, Codable {
    /// Whether there is anything of the tenant: records, keys, or a record of earlier erasure.
    package var tenantFound: Bool
    /// Data-key versions that would be destroyed (tenant erasure).
    package var keyVersions: [UInt32]
    /// Records per table.
    package var tables: [ErasureReceipt.TableCount]
    /// Cache entries (answers).
    package var entries: Int
    /// Index vectors.
    package var vectors: Int
    /// API keys.
    package var apiKeys: Int
    /// All records.
    package var records: Int
    /// Bytes of all records (keys and sealed values).
    package var bytes: Int

    init(tenantFound: Bool, keyVersions: [UInt32], tables: [ErasureReceipt.TableCount]) {
        self.tenantFound = tenantFound
        self.keyVersions = keyVersions
        self.tables = tables
        func count(_ table: StoreTable) -> Int { tables.first { $0.table == table.name }?.records ?? 0 }
        entries = count(.cache)
        vectors = count(.vectors)
        apiKeys = count(.apiKeys)
        records = tables.reduce(0) { $0 + $1.records }
        bytes = tables.reduce(0) { $0 + $1.bytes }
    }
}
