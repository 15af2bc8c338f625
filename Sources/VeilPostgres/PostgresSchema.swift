import Logging
import PostgresNIO

/// Veil's tables, created and migrated by `veil` itself: one schema, versioned in `veil_schema_version`.
///
/// Every table that holds tenant data has the tenant id as the first column of its primary key, so a tenant's rows
/// are one index range and an erasure is `DELETE … WHERE tenant = $1`. Values are sealed before they arrive
/// (AES-256-GCM under the tenant's data key, the same associated data as in LMDB) and record keys are the same MACs:
/// the database holds ciphertext, MACs, tenant ids, sizes and times.
///
/// | table | primary key | holds |
/// |---|---|---|
/// | `veil_records` | tenant, tbl, key | every sealed record (`tbl` is the store table: cache, vectors, subjects, api_keys, tenants, feedback) |
/// | `veil_keyring` | tenant | the tenant's data keys wrapped under the master key, versions, encryption counter |
/// | `veil_key_tombstones` | tenant_hash | SHA-256 of a destroyed tenant's id → highest destroyed version |
/// | `veil_meta` | name | the master-key check value; the change log's pruning mark |
/// | `veil_changes` | tenant, seq | the change log the hosts follow (record keys and writer transaction ids, no values) |
/// | `veil_audit` | sequence | the hash-chained audit log (pseudonyms and counts only) |
/// | `veil_receipts` | id | erasure receipts (pseudonyms and counts only) |
/// | `veil_usage` | tenant, slot, host | requests and tokens per tenant, second and host (fleet-wide quotas) |
/// | `veil_hosts` | host | the hosts alive, for quota shares |
///
/// Migrations run in one transaction under an advisory lock, so hosts starting together migrate once.
enum PostgresSchema {
    /// The version this build writes.
    static let currentVersion = 1

    /// Statements per version, applied in order.
    static let migrations: [Int: [String]] = [
        1: [
            """
            CREATE TABLE veil_records (
                tenant text NOT NULL, tbl text NOT NULL, key bytea NOT NULL, value bytea NOT NULL,
                PRIMARY KEY (tenant, tbl, key))
            """,
            "CREATE TABLE veil_keyring (tenant text NOT NULL PRIMARY KEY, record bytea NOT NULL)",
            "CREATE TABLE veil_key_tombstones (tenant_hash bytea NOT NULL PRIMARY KEY, highest bigint NOT NULL)",
            "CREATE TABLE veil_meta (name text NOT NULL PRIMARY KEY, value bytea NOT NULL)",
            """
            CREATE TABLE veil_changes (
                tenant text NOT NULL, seq bigserial NOT NULL,
                xid bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
                origin bigint NOT NULL, tbl text NOT NULL, key bytea NOT NULL,
                at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (tenant, seq))
            """,
            "CREATE INDEX veil_changes_xid ON veil_changes (xid)",
            "CREATE INDEX veil_changes_at ON veil_changes (at)",
            "CREATE TABLE veil_audit (sequence bigint NOT NULL PRIMARY KEY, entry text NOT NULL)",
            "CREATE TABLE veil_receipts (id text NOT NULL PRIMARY KEY, started text NOT NULL, receipt bytea NOT NULL)",
            """
            CREATE TABLE veil_usage (
                tenant text NOT NULL, slot bigint NOT NULL, host bigint NOT NULL,
                requests bigint NOT NULL DEFAULT 0, tokens bigint NOT NULL DEFAULT 0,
                PRIMARY KEY (tenant, slot, host))
            """,
            "CREATE TABLE veil_hosts (host bigint NOT NULL PRIMARY KEY, name text NOT NULL, seen timestamptz NOT NULL)",
        ]
    ]

    /// The tables a tenant's erasure touches (and vacuums).
    static let tenantTables = ["veil_records", "veil_keyring", "veil_key_tombstones", "veil_changes", "veil_usage"]

    /// Every Veil table, for tests and operators.
    static let allTables = [
        "veil_records", "veil_keyring", "veil_key_tombstones", "veil_meta", "veil_changes", "veil_audit",
        "veil_receipts", "veil_usage", "veil_hosts", "veil_schema_version",
    ]

    /// Creates or upgrades the schema; returns the version the database is at.
    ///
    /// - Throws: ``PostgresStoreError/schemaTooNew(_:)`` when a newer Veil migrated the database.
    @discardableResult
    static func migrate(_ database: PostgresDatabase) async throws -> Int {
        let logger = database.logger
        return try await database.transaction(timeout: .seconds(60)) { connection in
            // One migrator at a time across hosts; released at commit.
            try await connection.query("SELECT pg_advisory_xact_lock(7411560515)", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS veil_schema_version (
                    version integer NOT NULL PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())
                """,
                logger: logger)
            var current = 0
            for try await version in try await connection.query(
                "SELECT coalesce(max(version), 0) FROM veil_schema_version", logger: logger
            ).decode(Int.self) {
                current = version
            }
            guard current <= currentVersion else { throw PostgresStoreError.schemaTooNew(current) }
            for version in (current + 1)...max(current + 1, currentVersion) where version <= currentVersion {
                for statement in migrations[version] ?? [] {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO veil_schema_version (version) VALUES (\(version))", logger: logger)
                logger.notice("migrated store schema", metadata: ["version": "\(version)"])
            }
            return max(current, currentVersion)
        }
    }
}
