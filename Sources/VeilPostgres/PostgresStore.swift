import Logging
import NIOCore
import PostgresNIO
import Synchronization
import Veil
import VeilCrypto
import VeilKeyring
import VeilSync

/// The shared ``VeilStore``: several `veil serve` hosts keep their tenants, API keys, keyring, cache, audit log and
/// receipts in one PostgreSQL database (15 or later), and stay in step through it.
///
/// **Same records, same sealing.** Every value is sealed before it leaves the host, exactly as ``SealedLMDBStore``
/// seals it (AES-256-GCM under the tenant's data key; associated data = tenant, table, record key, key version), and
/// record keys are the same MACs, so a database administrator or a leaked backup sees ciphertext, MACs, tenant ids
/// and sizes. The master key never enters the database; every host must be given the same one.
///
/// **Reads from memory.** Each host keeps a copy of the sealed records of the tenants it serves and of the wrapped
/// keys (``RecordMirror``, ``PostgresKeyring``); the synchronous reads of ``TenantStore`` answer from it, so a cache
/// hit costs what it costs with LMDB. Writes are one statement each (records, change-log rows and a `NOTIFY`
/// together), then applied to the writer's copy.
///
/// **Staying in step.** Every write appends rows to `veil_changes` stamped with its transaction id. Each host
/// `LISTEN`s and, on every notification and at least every `sync_interval_ms`, reads the changes of the
/// transactions that finished since its last read (below the oldest transaction id still running in this database,
/// so a transaction that commits late is never skipped) together with the current values of their records, applies them and tells the
/// facade (``StoreChange``): revoked keys, erased tenants and new or evicted index entries. A host that cannot
/// complete a read for `staleness_ms` stops serving cached data (``StoreHealth/degraded(_:)``); authentication then
/// runs from its copy for at most `offline_auth_seconds`.
///
/// ```swift
/// let store = try await PostgresStore.open(
///     url: "postgresql://veil:secret@db:5432/veil?sslmode=verify-full",
///     masterKey: .file(path: "/etc/veil/master.key"))
/// let veil = try await Veil(configuration: { var c = VeilConfiguration(dataDirectory: "/var/lib/veil")
///                                           c.store = store; return c }())
/// ```
package final class PostgresStore: VeilStore {
    /// How the store connects and syncs.
    package let configuration: PostgresStoreConfiguration
    /// This host's id in the change log and the quota tables (random per process).
    package let hostID: Int64
    let database: PostgresDatabase
    let keyring: PostgresKeyring
    let mirror = RecordMirror()
    let clock: LocalClock
    let logger: Logger
    let started = ContinuousClock.now
    /// Nanoseconds after ``started`` of the last complete sync.
    let lastSync = Atomic<Int64>(Int64.min / 2)
    let watermark = Locked<Int64>(0)
    let refetch = Locked<Set<ChangeKey>>([])
    let observers = Locked<[@Sendable (StoreChange) -> Void]>([])
    let wake = WakeSignal()
    let tasks = Locked<[Task<Void, Never>]>([])
    let degraded = Atomic<Bool>(false)
    let auditKeyValue: Locked<AuditKey?> = Locked(nil)
    let quotas = Locked<[FleetQuota]>([])

    /// A record (or a tenant's keyring row, table `#keys`) the change feed must read again.
    struct ChangeKey: Hashable, Sendable {
        var tenant: String
        var table: String
        var key: [UInt8]
    }

    private init(
        configuration: PostgresStoreConfiguration, database: PostgresDatabase, keyring: PostgresKeyring,
        clock: LocalClock, hostID: Int64, logger: Logger
    ) {
        self.configuration = configuration
        self.database = database
        self.keyring = keyring
        self.clock = clock
        self.hostID = hostID
        self.logger = logger
    }

    /// Connects, creates or migrates the schema, checks the master key, loads this host's copy and starts following
    /// the change log.
    ///
    /// - Parameters:
    ///   - url: `postgresql://user:pass@host:5432/db?sslmode=…` (see ``PostgresStoreConfiguration``).
    ///   - masterKey: the master key; the same on every host (a different one fails with `masterKeyMismatch`).
    ///   - mirror: which tenants to copy (`veil serve`: all; a command acting on one tenant: that one).
    ///   - logger: operational events; never record content or the URL's password.
    /// - Returns: the open store; ``close()`` it.
    /// - Throws: ``PostgresStoreError``, `CryptoError.masterKeyMismatch`.
    package static func open(
        url: String,
        masterKey: Keyring.MasterKeySource,
        mirror: PostgresStoreConfiguration.Mirror = .all,
        logger: Logger = Logger(label: "veil.postgres")
    ) async throws -> PostgresStore {
        var configuration = try PostgresStoreConfiguration(url: url)
        configuration.mirror = mirror
        return try await open(configuration: configuration, masterKey: masterKey, logger: logger)
    }

    /// Opens with a configuration already parsed.
    package static func open(
        configuration: PostgresStoreConfiguration,
        masterKey: Keyring.MasterKeySource,
        logger: Logger = Logger(label: "veil.postgres")
    ) async throws -> PostgresStore {
        let database = PostgresDatabase(configuration: configuration, logger: logger)
        do {
            try await PostgresSchema.migrate(database)
            let clock = LocalClock()
            let hostID = Int64.random(in: 1...Int64.max)
            let keyring = try await PostgresKeyring.open(
                database: database, masterKey: masterKey, clock: clock, origin: hostID, logger: logger)
            let store = PostgresStore(
                configuration: configuration, database: database, keyring: keyring, clock: clock, hostID: hostID,
                logger: logger)
            try await store.loadAll()
            try await store.prepareAuditKey()
            store.startBackgroundWork()
            logger.info(
                "shared store open",
                metadata: ["tenants": "\(store.mirror.tenants().count)", "host": "\(configuration.applicationName)"])
            return store
        } catch {
            await database.shutdown()
            throw error
        }
    }

    // MARK: Freshness

    /// Time since the last complete sync.
    var sinceSync: Duration {
        (ContinuousClock.now - started) - .nanoseconds(lastSync.load(ordering: .relaxed))
    }

    /// Refuses with ``StoreError/unavailable`` when the copy is older than the bound for `table`: the staleness
    /// bound for cached data, the offline grace for authentication records.
    func requireFresh(_ table: StoreTable) throws {
        let authentication = table == .apiKeys || table == .tenants
        let bound =
            authentication
            ? max(configuration.offlineAuthGrace, configuration.stalenessBound) : configuration.stalenessBound
        guard sinceSync <= bound else { throw StoreError.unavailable }
    }

    // MARK: Sealing

    func seal(_ value: [UInt8], table: StoreTable, tenant: TenantID, key: [UInt8]) async throws -> [UInt8] {
        let dataKey: TenantDataKey
        do {
            dataKey = try await keyring.sealingKey(tenant: tenant.rawValue)
        } catch let error as CryptoError where error == .keyDestroyed || error == .keyNotFound {
            throw StoreError.tenantKeysDestroyed
        }
        let aad = SealedLMDBStore.associatedData(tenant: tenant, table: table, key: key, version: dataKey.version)
        var sealed = [UInt8]()
        sealed.reserveCapacity(4 + AES256GCM.overhead + value.count)
        sealed.append(UInt8(truncatingIfNeeded: dataKey.version >> 24))
        sealed.append(UInt8(truncatingIfNeeded: dataKey.version >> 16))
        sealed.append(UInt8(truncatingIfNeeded: dataKey.version >> 8))
        sealed.append(UInt8(truncatingIfNeeded: dataKey.version))
        sealed.append(contentsOf: try dataKey.seal(value, authenticating: aad))
        return sealed
    }

    func open(_ stored: [UInt8], table: StoreTable, tenant: TenantID, key: [UInt8]) throws -> [UInt8] {
        guard stored.count >= 4 + AES256GCM.overhead else { throw StoreError.recordDoesNotOpen }
        let version = UInt32(stored[0]) << 24 | UInt32(stored[1]) << 16 | UInt32(stored[2]) << 8 | UInt32(stored[3])
        let dataKey: TenantDataKey
        do {
            dataKey = try keyring.key(tenant: tenant.rawValue, version: version)
        } catch let error as CryptoError where error == .keyDestroyed || error == .keyNotFound {
            throw StoreError.tenantKeysDestroyed
        }
        let aad = SealedLMDBStore.associatedData(tenant: tenant, table: table, key: key, version: version)
        do {
            return try stored.withUnsafeBytes { buffer in
                try dataKey.open(UnsafeRawBufferPointer(rebasing: buffer[4...]), authenticating: aad)
            }
        } catch {
            throw StoreError.recordDoesNotOpen
        }
    }

    // MARK: TenantStore

    /// Opens one record from this host's copy.
    ///
    /// - Throws: ``StoreError/unavailable`` when the copy is past its bound (database unreachable), besides the
    ///   errors of ``SealedLMDBStore/get(_:tenant:key:)``.
    package func get(_ table: StoreTable, tenant: TenantID, key: [UInt8]) throws -> [UInt8]? {
        try requireFresh(table)
        guard let sealed = mirror.value(table.name, tenant: tenant, key: key) else { return nil }
        return try open(sealed, table: table, tenant: tenant, key: key)
    }

    /// Seals the puts, then writes the batch in one statement (records, change-log rows, `NOTIFY`), then updates
    /// this host's copy. Cache stores (``StoreBatch/commitWithin`` set) commit without waiting for the server's WAL
    /// flush; everything else waits for it.
    ///
    /// - Throws: ``StoreError/unavailable`` at once while the store is degraded (nothing waits for a dead server),
    ///   or when the write fails.
    package func apply(_ batch: StoreBatch) async throws {
        guard sinceSync <= max(configuration.stalenessBound, configuration.syncInterval * 4) else {
            throw StoreError.unavailable
        }
        // An erased tenant gets a key again only by being created again (a tenant record written): a cache store of a
        // request that was in flight during the erasure must not re-create a key and rows for it.
        let name = batch.tenant.rawValue
        let puts = batch.operations.contains { if case .put = $0 { true } else { false } }
        let creates = batch.operations.contains { if case .put(.tenants, _, _) = $0 { true } else { false } }
        if puts, !creates, !keyring.hasKeys(tenant: name), keyring.hasTombstone(tenant: name) {
            throw StoreError.tenantKeysDestroyed
        }
        // The batch's final state per record: it lands as one statement, and a record may appear once in it.
        var order: [ChangeKey] = []
        var final: [ChangeKey: [UInt8]?] = [:]
        for operation in batch.operations {
            let (table, key, value): (StoreTable, [UInt8], [UInt8]?) =
                switch operation {
                case .put(let table, let key, let value): (table, key, value)
                case .delete(let table, let key): (table, key, nil)
                }
            let change = ChangeKey(tenant: batch.tenant.rawValue, table: table.name, key: key)
            if final[change] == nil { order.append(change) }
            final[change] = .some(value)
        }
        var statement = ApplyBatch(
            tenant: batch.tenant.rawValue, origin: hostID, synchronous: batch.commitWithin == nil)
        var sealedValues: [ChangeKey: [UInt8]] = [:]
        for change in order {
            statement.changedTables.append(change.table)
            statement.changedKeys.append(change.key.buffer)
            if let value = final[change] ?? nil {
                let sealed = try await seal(
                    value, table: StoreTable(change.table), tenant: batch.tenant, key: change.key)
                sealedValues[change] = sealed
                statement.putTables.append(change.table)
                statement.putKeys.append(change.key.buffer)
                statement.putValues.append(sealed.buffer)
            } else {
                statement.deleteTables.append(change.table)
                statement.deleteKeys.append(change.key.buffer)
            }
        }
        let prepared = statement
        let logger = self.logger
        let keysExist: Bool
        do {
            keysExist = try await database.withConnection { connection in
                var exists = false
                for try await row in try await connection.execute(prepared, logger: logger) { exists = row }
                return exists
            }
        } catch {
            throw StoreError.unavailable
        }
        let mark = clock.next()
        for change in order where keysExist || sealedValues[change] == nil {
            mirror.applyLocal(
                change.table, tenant: batch.tenant, key: change.key, value: sealedValues[change], mark: mark)
        }
        // The tenant's keys were destroyed while this batch was sealed (by another host, or before this one heard of
        // it): the database took the deletions and none of the puts.
        if !keysExist, !sealedValues.isEmpty { throw StoreError.tenantKeysDestroyed }
    }

    /// Opens and visits the tenant's records in `table` under `prefix`, from this host's copy, in key order.
    package func scan(
        _ table: StoreTable,
        tenant: TenantID,
        prefix: [UInt8],
        _ body: (_ key: [UInt8], _ value: [UInt8]) throws -> Bool
    ) throws {
        try requireFresh(table)
        for (key, sealed) in mirror.records(table.name, tenant: tenant, prefix: prefix) {
            guard try body(key, try open(sealed, table: table, tenant: tenant, key: key)) else { return }
        }
    }

    /// Record keys of the tenant in `table` under `prefix` (no key material needed).
    package func keys(_ table: StoreTable, tenant: TenantID, prefix: [UInt8]) throws -> [[UInt8]] {
        mirror.records(table.name, tenant: tenant, prefix: prefix).map(\.key)
    }

    /// HMAC under the tenant's current key; cache and subject keys only while the copy is fresh, so that a host
    /// that may have missed an erasure never looks anything up (the request is forwarded, `X-Veil-Cache: bypass`).
    package func mac(tenant: TenantID, purpose: StorePurpose, _ message: [UInt8]) throws -> [UInt8] {
        if purpose == .cacheLookup || purpose == .subject { try requireFresh(.cache) }
        let current: TenantDataKey?
        do {
            current = try keyring.currentKey(tenant: tenant.rawValue)
        } catch let error as CryptoError where error == .keyDestroyed || error == .keyNotFound {
            throw StoreError.tenantKeysDestroyed
        }
        guard let current else {
            throw keyring.hasTombstone(tenant: tenant.rawValue)
                ? StoreError.tenantKeysDestroyed : StoreError.unavailable
        }
        return HMAC.sha256(key: try current.subkey(KeyPurpose(purpose.rawValue)), message)
    }

    /// Records and stored bytes of the tenant in `table`, from this host's copy.
    package func usage(_ table: StoreTable, tenant: TenantID) throws -> (records: Int, bytes: Int) {
        let records = mirror.records(table.name, tenant: tenant, prefix: [])
        let prefix = tenant.rawValue.utf8.count + 1
        return (records.count, records.reduce(0) { $0 + prefix + $1.key.count + $1.value.count })
    }

    /// Tenants with a tenant record in this host's copy.
    package func tenantIDs() throws -> [TenantID] {
        mirror.tenants().filter { mirror.hasRecords(StoreTable.tenants.name, tenant: $0) }.sorted()
    }

    /// Whether the tenant has keys, by this host's copy of the keyring (within the offline grace).
    package func keysAlive(tenant: TenantID) -> Bool {
        guard sinceSync <= max(configuration.offlineAuthGrace, configuration.stalenessBound) else { return false }
        return keyring.hasKeys(tenant: tenant.rawValue)
    }

    // MARK: Change observers

    /// Registers a handler for other hosts' changes; called on the change feed's task.
    package func observeChanges(_ handler: @escaping @Sendable (StoreChange) -> Void) {
        observers.withLock { $0.append(handler) }
    }

    func emit(_ change: StoreChange) {
        for observer in observers.withLock({ $0 }) { observer(change) }
    }
}

/// The write of one batch: deletions, upserts, change-log rows and the notification in one statement (so one round
/// trip and one implicit transaction); `synchronous_commit` off for cache stores.
///
/// Upserts happen only while the tenant's keyring row exists, which the statement locks `FOR KEY SHARE`: an erasure
/// (which deletes that row first, in a transaction of its own) either waits for this statement to commit, and then
/// deletes what it wrote, or commits first, and then this statement writes no record of the tenant. The one row
/// returned says whether the keyring row existed.
struct ApplyBatch: PostgresPreparedStatement {
    static let name = "veil_apply_batch_v2"
    static let sql = """
        WITH k AS (SELECT 1 FROM veil_keyring WHERE tenant = $1 FOR KEY SHARE),
        d AS (
            DELETE FROM veil_records r USING unnest($3::text[], $4::bytea[]) AS x(tbl, key)
            WHERE r.tenant = $1 AND r.tbl = x.tbl AND r.key = x.key),
        i AS (
            INSERT INTO veil_records (tenant, tbl, key, value)
            SELECT $1, x.tbl, x.key, x.value FROM unnest($5::text[], $6::bytea[], $7::bytea[]) AS x(tbl, key, value)
            WHERE EXISTS (SELECT 1 FROM k)
            ON CONFLICT (tenant, tbl, key) DO UPDATE SET value = EXCLUDED.value),
        c AS (
            INSERT INTO veil_changes (tenant, origin, tbl, key)
            SELECT $1, $2, x.tbl, x.key FROM unnest($8::text[], $9::bytea[]) AS x(tbl, key))
        SELECT set_config('synchronous_commit', $10, true), pg_notify('veil_changes', ''), EXISTS (SELECT 1 FROM k) AS keys
        """
    typealias Row = Bool

    var tenant: String
    var origin: Int64
    var synchronous: Bool
    var deleteTables: [String] = []
    var deleteKeys: [ByteBuffer] = []
    var putTables: [String] = []
    var putKeys: [ByteBuffer] = []
    var putValues: [ByteBuffer] = []
    var changedTables: [String] = []
    var changedKeys: [ByteBuffer] = []

    init(tenant: String, origin: Int64, synchronous: Bool) {
        self.tenant = tenant
        self.origin = origin
        self.synchronous = synchronous
    }

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 10)
        bindings.append(tenant)
        bindings.append(origin)
        bindings.append(deleteTables)
        bindings.append(deleteKeys)
        bindings.append(putTables)
        bindings.append(putKeys)
        bindings.append(putValues)
        bindings.append(changedTables)
        bindings.append(changedKeys)
        bindings.append(synchronous ? "on" : "off")
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Bool {
        try row.makeRandomAccess()["keys"].decode(Bool.self)
    }
}
