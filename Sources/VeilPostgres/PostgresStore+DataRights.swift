import Foundation
import Logging
import NIOCore
import PostgresNIO
import Veil
import VeilCrypto
import VeilKeyring
import VeilSync

extension PostgresStore {
    /// The tenant's key versions, from this host's copy of the keyring.
    package func keyVersions(tenant: TenantID) throws -> [UInt32] {
        keyring.versions(tenant: tenant.rawValue)
    }

    /// Whether a tombstone of the tenant exists.
    package func hasDestroyedKeys(tenant: TenantID) -> Bool {
        keyring.hasTombstone(tenant: tenant.rawValue)
    }

    /// Deletes the tenant's wrapped keys in one transaction (crypto-shredding for every host: each drops its
    /// unwrapped copies when it reads the erasure marker, within the sync bound) and its change-log rows.
    package func destroyKeys(tenant: TenantID) async throws -> [UInt32] {
        try await mapUnavailable { try await keyring.destroy(tenant: tenant.rawValue) }
    }

    /// A new key version for the tenant's new data.
    package func rotateKey(tenant: TenantID) async throws -> UInt32 {
        try await mapUnavailable { try await keyring.rotate(tenant: tenant.rawValue) }
    }

    /// Re-wraps every key under a new master key kept at `path` (see docs/DATA-RIGHTS.md for the fleet procedure).
    package func rotateMasterKey(file path: String) async throws -> Int {
        try await mapUnavailable { try await keyring.rotateMaster(file: path) }
    }

    /// Deletes the tenant's records of `table` in statements of `batchSize` rows, then its change-log and quota
    /// rows (which name it), and leaves an erasure marker (naming only its hash) so every host drops its copy.
    package func deleteAll(
        _ table: StoreTable, tenant: TenantID, batchSize: Int, progress: @Sendable (Int) -> Void
    ) async throws -> Int {
        let name = tenant.rawValue
        let limit = max(1, batchSize)
        var deleted = 0
        while true {
            let rows = try await mapUnavailable {
                try await database.rows(
                    """
                    WITH d AS (DELETE FROM veil_records WHERE ctid IN (
                        SELECT ctid FROM veil_records WHERE tenant = \(name) AND tbl = \(table.name) LIMIT \(limit))
                        RETURNING 1)
                    SELECT count(*)::bigint FROM d
                    """)
            }
            let count = try rows.first.map { Int(try $0.decode(Int64.self)) } ?? 0
            if count == 0 { break }
            deleted += count
            progress(deleted)
        }
        let marker = "#" + PostgresKeyring.hex(Keyring.tombstoneKey(name))
        let origin = hostID
        let logger = self.logger
        try await mapUnavailable {
            try await database.transaction { connection in
                try await connection.query("DELETE FROM veil_changes WHERE tenant = \(name)", logger: logger)
                try await connection.query("DELETE FROM veil_usage WHERE tenant = \(name)", logger: logger)
                try await connection.query(
                    """
                    INSERT INTO veil_changes (tenant, origin, tbl, key) VALUES (\(marker), \(origin), '#erased', '\\x'::bytea)
                    """,
                    logger: logger)
                try await connection.query("SELECT pg_notify('veil_changes', '')", logger: logger)
            }
        }
        mirror.drop(tenant: tenant, table: table.name)
        return deleted
    }

    /// `VACUUM` (or `VACUUM FULL` with `vacuum=full` in the URL) of the tables an erasure touched, so dead row
    /// versions are pruned; `ANALYZE` keeps plans sound after mass deletion.
    package func reclaimSpace(includingKeys: Bool) async throws {
        var tables = ["veil_records", "veil_changes", "veil_usage"]
        if includingKeys { tables += ["veil_keyring", "veil_key_tombstones"] }
        let command = configuration.vacuumFull ? "VACUUM (FULL, ANALYZE)" : "VACUUM (ANALYZE)"
        for table in tables {
            try await mapUnavailable {
                try await database.execute(PostgresQuery(unsafeSQL: "\(command) \(table)"), timeout: .seconds(3600))
            }
        }
    }

    /// The on-disk size of Veil's tables (with indexes and TOAST).
    package func storageBytes() async -> Int {
        let list = PostgresSchema.allTables.map { "'\($0)'" }.joined(separator: ",")
        let query = PostgresQuery(
            unsafeSQL: """
                SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
                WHERE c.relname IN (\(list)) AND c.relkind = 'r'
                """)
        guard let row = try? await database.rows(query).first, let bytes = try? row.decode(Int64.self) else { return 0 }
        return Int(bytes)
    }

    /// HMACs of `subject` under every existing key version of the tenant.
    package func subjectMACs(tenant: TenantID, subject: String) throws -> [[UInt8]] {
        try keyring.versions(tenant: tenant.rawValue).map { version in
            let subkey = try keyring.key(tenant: tenant.rawValue, version: version)
                .subkey(KeyPurpose(StorePurpose.subject.rawValue))
            return HMAC.sha256(key: subkey, Array(subject.utf8))
        }
    }

    /// Bytes one record takes: tenant, record key, version header, nonce, ciphertext, tag.
    package func storedSize(tenant: TenantID, key: [UInt8], plaintext: Int) -> Int {
        tenant.rawValue.utf8.count + 1 + key.count + 4 + AES256GCM.overhead + plaintext
    }

    /// The audit key (the first version of the keyring's `#veil-audit` row, created by the first host).
    package func auditKey() throws -> AuditKey {
        guard let key = auditKeyValue.withLock({ $0 }) else { throw StoreError.unavailable }
        return key
    }

    /// Loads (creating on a new database) the audit key.
    func prepareAuditKey() async throws {
        let name = AuditKey.keyringName
        if keyring.versions(tenant: name).isEmpty { _ = try await keyring.sealingKey(tenant: name) }
        guard let first = keyring.versions(tenant: name).first else { throw CryptoError.corruptKeyring }
        let key = try AuditKey(auditDataKey: try keyring.key(tenant: name, version: first))
        auditKeyValue.withLock { $0 = key }
    }

    /// The audit log in `veil_audit`.
    package var auditLogStorage: any AuditLogStorage { PostgresAuditLog(database: database) }

    /// Receipts in `veil_receipts`.
    package var receiptStorage: any ReceiptStorage { PostgresReceipts(database: database) }

    /// `ok` while the last sync is within the staleness bound.
    package var health: StoreHealth {
        sinceSync <= configuration.stalenessBound ? .ok : .degraded("no sync with PostgreSQL within the bound")
    }

    /// Stops following the change log and closes the pool.
    package func close() async throws {
        let running = tasks.withLock { tasks -> [Task<Void, Never>] in
            defer { tasks.removeAll() }
            return tasks
        }
        for task in running { task.cancel() }
        wake.signal()
        for task in running { _ = await task.value }
        for quota in quotas.withLock({ $0 }) { await quota.stop() }
        await database.shutdown()
    }

    /// Database and timeout failures become ``StoreError/unavailable``, so callers see the store's own error type.
    func mapUnavailable<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch is PostgresStoreError {
            throw StoreError.unavailable
        }
    }
}

/// The audit log as rows of `veil_audit`, appended under an advisory lock so hosts extend one chain.
struct PostgresAuditLog: AuditLogStorage {
    let database: PostgresDatabase

    func append(_ make: @escaping @Sendable (AuditEntry?) throws -> AuditEntry) async throws -> AuditEntry {
        let logger = database.logger
        return try await database.transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7411560516)", logger: logger)
            var last: AuditEntry?
            for try await text in try await connection.query(
                "SELECT entry FROM veil_audit ORDER BY sequence DESC LIMIT 1", logger: logger
            ).decode(String.self) {
                guard let entry = try? JSONDecoder().decode(AuditEntry.self, from: Data(text.utf8)) else {
                    throw DataRightsError.auditLogMalformed(atLine: 0)
                }
                last = entry
            }
            let entry = try make(last)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let line = String(decoding: try encoder.encode(entry), as: UTF8.self)
            try await connection.query(
                "INSERT INTO veil_audit (sequence, entry) VALUES (\(Int64(entry.sequence)), \(line))", logger: logger)
            return entry
        }
    }

    func entries() async throws -> [AuditEntry] {
        let rows = try await database.rows("SELECT entry FROM veil_audit ORDER BY sequence", timeout: .seconds(60))
        return try rows.enumerated().map { index, row in
            guard let text = try? row.decode(String.self),
                let entry = try? JSONDecoder().decode(AuditEntry.self, from: Data(text.utf8))
            else { throw DataRightsError.auditLogMalformed(atLine: index + 1) }
            return entry
        }
    }
}

/// Erasure receipts as rows of `veil_receipts`.
struct PostgresReceipts: ReceiptStorage {
    let database: PostgresDatabase

    func store(_ receipt: ErasureReceipt) async throws -> String {
        let bytes = try receipt.encoded()
        try await database.execute(
            """
            INSERT INTO veil_receipts (id, started, receipt) VALUES (\(receipt.id), \(receipt.started), \(bytes.buffer))
            ON CONFLICT (id) DO NOTHING
            """)
        return "veil_receipts/" + receipt.id
    }

    func receipt(id: String) async throws -> ErasureReceipt? {
        let rows = try await database.rows("SELECT receipt FROM veil_receipts WHERE id = \(id)")
        return try rows.first.map { try ErasureReceipt.decode(from: try $0.decode(ByteBuffer.self).bytes) }
    }

    func list() async throws -> [ErasureReceipt] {
        try await database.rows("SELECT receipt FROM veil_receipts", timeout: .seconds(60)).compactMap { row in
            guard let bytes = try? row.decode(ByteBuffer.self) else { return nil }
            return try? ErasureReceipt.decode(from: bytes.bytes)
        }
    }
}
