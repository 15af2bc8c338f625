/// What an erasure would remove (``Eraser/plan(tenant:subject:)``, `veil erase --dry-run`); nothing is changed.
public struct ErasurePlan: Sendable, Hashable, Codable {
    /// Whether there is anything of the tenant: records, keys, or a record of earlier erasure.
    public var tenantFound: Bool
    /// Data-key versions that would be destroyed (tenant erasure).
    public var keyVersions: [UInt32]
    /// Records per table.
    public var tables: [ErasureReceipt.TableCount]
    /// Cache entries (answers).
    public var entries: Int
    /// Index vectors.
    public var vectors: Int
    /// API keys.
    public var apiKeys: Int
    /// All records.
    public var records: Int
    /// Bytes of all records (keys and sealed values).
    public var bytes: Int

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
