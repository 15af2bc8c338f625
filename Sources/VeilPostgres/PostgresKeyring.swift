import Logging
import NIOCore
import PostgresNIO
import Synchronization
import Veil
import VeilCrypto
import VeilKeyring
import VeilSync

/// The keyring of a ``PostgresStore``: each tenant's data keys, wrapped under the master key exactly as the LMDB
/// keyring wraps them (AES-256-GCM, AAD = `"veil.keyring.data-key.v1" ‖ tenant ‖ version`), one row per tenant in
/// `veil_keyring`; tombstones (SHA-256 of destroyed tenants' ids) in `veil_key_tombstones`; a check value sealed
/// under the master key in `veil_meta`, so a host with another master key fails at start.
///
/// Every host holds the rows in memory and unwraps a version on first use: reading a key is a dictionary lookup
/// under a lock, never a query. Writes (a tenant's first key, a new block of encryptions, rotation, destruction) are
/// transactions that lock the tenant's row and append a change, so the other hosts re-read the row within the sync
/// bound; the writer's own copy is updated at once.
final class PostgresKeyring: Sendable {
    static let encryptionLimit: UInt64 = 1 << 30
    static let reservationBlock: UInt64 = 1 << 16
    static let checkName = "keyring_check"

    /// A tenant's row as this host knows it: `record` nil once destroyed; `mark` the local write that set it.
    struct Entry: Sendable {
        var record: TenantRecord?
        var keys: [UInt32: TenantDataKey] = [:]
        var mark: UInt64 = 0
        var reservation: (version: UInt32, next: UInt64, end: UInt64) = (0, 0, 0)
    }

    private struct State: Sendable {
        var entries: [String: Entry] = [:]
        var tombstones: [[UInt8]: UInt32] = [:]
    }

    private let state = Locked(State())
    private let master: Locked<SecretKey>
    private let source: Locked<Keyring.MasterKeySource>
    let database: PostgresDatabase
    let clock: LocalClock
    let origin: Int64
    private let logger: Logger

    private init(
        database: PostgresDatabase, master: SecretKey, source: Keyring.MasterKeySource, clock: LocalClock,
        origin: Int64, logger: Logger
    ) {
        self.database = database
        self.master = Locked(master)
        self.source = Locked(source)
        self.clock = clock
        self.origin = origin
        self.logger = logger
    }

    /// Checks (or, on a new database, writes) the master-key check value and loads every row.
    static func open(
        database: PostgresDatabase, masterKey: Keyring.MasterKeySource, clock: LocalClock, origin: Int64,
        logger: Logger
    ) async throws -> PostgresKeyring {
        let existing = try await Self.check(database)
        var loaded = try masterKey.load(createIfMissing: existing == nil)
        if loaded.created { logger.notice("created master key file", metadata: ["source": "\(masterKey)"]) }
        if let existing, !Keyring.checkOpens(existing, with: loaded.key) {
            // A master rotation crashed after re-wrapping but before renaming the new key file into place.
            if case .file(let path) = masterKey, let staged = try? MasterKeyFile.load(path: path + ".new"),
                Keyring.checkOpens(existing, with: staged.key)
            {
                logger.warning("master key rotation was interrupted; using the staged key file until it is completed")
                loaded.key = staged.key
            } else {
                throw CryptoError.masterKeyMismatch
            }
        }
        if existing == nil {
            let check = try Keyring.makeCheck(with: loaded.key)
            try await database.execute(
                """
                INSERT INTO veil_meta (name, value) VALUES (\(checkName), \(check.buffer))
                ON CONFLICT (name) DO NOTHING
                """)
            guard let written = try await Self.check(database), Keyring.checkOpens(written, with: loaded.key) else {
                throw CryptoError.masterKeyMismatch
            }
        }
        let keyring = PostgresKeyring(
            database: database, master: loaded.key, source: masterKey, clock: clock, origin: origin, logger: logger)
        try await keyring.reload()
        return keyring
    }

    private static func check(_ database: PostgresDatabase) async throws -> [UInt8]? {
        let rows = try await database.rows("SELECT value FROM veil_meta WHERE name = \(checkName)")
        return try rows.first.map { try $0.decode(ByteBuffer.self).bytes }
    }

    /// Replaces this host's copy with every row of the database (start, and after a long disconnection).
    func reload(startedAt mark: UInt64 = 0) async throws {
        let rows = try await database.rows("SELECT tenant, record FROM veil_keyring")
        var records: [String: TenantRecord] = [:]
        for row in rows {
            let (tenant, record) = try row.decode((String, ByteBuffer).self)
            records[tenant] = try TenantRecord(decoding: record.bytes)
        }
        var tombstones: [[UInt8]: UInt32] = [:]
        for row in try await database.rows("SELECT tenant_hash, highest FROM veil_key_tombstones") {
            let (hash, highest) = try row.decode((ByteBuffer, Int64).self)
            tombstones[hash.bytes] = UInt32(clamping: highest)
        }
        state.withLock { state in
            for tenant in Set(state.entries.keys).union(records.keys) {
                var entry = state.entries[tenant] ?? Entry()
                // A local write after this reload began is newer than what the reload read.
                guard entry.mark <= mark || mark == 0 else { continue }
                entry.keys = Self.keep(entry.keys, matching: records[tenant])
                entry.record = records[tenant]
                state.entries[tenant] = entry
            }
            state.tombstones = tombstones
        }
    }

    // MARK: Reads (memory only)

    /// The data key of `tenant` at `version`.
    func key(tenant: String, version: UInt32) throws -> TenantDataKey {
        let (cached, wrapped, destroyed) = state.withLock { state -> (TenantDataKey?, [UInt8]?, Bool) in
            guard let entry = state.entries[tenant], let record = entry.record else {
                return (nil, nil, state.tombstones[Keyring.tombstoneKey(tenant)] != nil)
            }
            return (entry.keys[version], record.wrappedKey(version), false)
        }
        if let cached { return cached }
        guard let wrapped else { throw destroyed ? CryptoError.keyDestroyed : CryptoError.keyNotFound }
        let key = TenantDataKey(
            tenant: tenant, version: version, key: try unwrap(wrapped, tenant: tenant, version: version))
        state.withLock { state in
            if state.entries[tenant]?.record?.wrappedKey(version) == wrapped {
                state.entries[tenant]?.keys[version] = key
            }
        }
        return key
    }

    /// The key of the tenant's current version, or `nil` when it has none.
    func currentKey(tenant: String) throws -> TenantDataKey? {
        guard let current = state.withLock({ $0.entries[tenant]?.record?.current }) else { return nil }
        return try key(tenant: tenant, version: current)
    }

    /// The tenant's versions, ascending.
    func versions(tenant: String) -> [UInt32] {
        state.withLock { $0.entries[tenant]?.record?.versions.sorted() ?? [] }
    }

    /// Whether the tenant has keys (one lock, one lookup: authentication asks on every request).
    func hasKeys(tenant: String) -> Bool {
        state.withLock { $0.entries[tenant]?.record != nil }
    }

    /// Whether a tombstone of the tenant exists.
    func hasTombstone(tenant: String) -> Bool {
        let hash = Keyring.tombstoneKey(tenant)
        return state.withLock { $0.tombstones[hash] != nil }
    }

    /// Tenants with keys.
    func tenants() -> [String] {
        state.withLock { state in state.entries.compactMap { $0.value.record == nil ? nil : $0.key }.sorted() }
    }

    /// The tenant whose tombstone key is `hash`, among those this host knows.
    func tenant(forTombstone hash: [UInt8], candidates: [String]) -> String? {
        let known = state.withLock { Array($0.entries.keys) }
        return (known + candidates).first { Keyring.tombstoneKey($0) == hash }
    }

    // MARK: Changes from other hosts

    /// Applies a row read by the change feed (`record` nil: the row is gone), unless this host wrote the row after
    /// the read began; returns false then, so the feed reads it again.
    func applyRemote(tenant: String, record: TenantRecord?, readStartedAt mark: UInt64) -> Bool {
        state.withLock { state in
            var entry = state.entries[tenant] ?? Entry()
            guard entry.mark <= mark else { return false }
            entry.keys = Self.keep(entry.keys, matching: record)
            entry.record = record
            if record == nil { entry.reservation = (0, 0, 0) }
            state.entries[tenant] = entry
            return true
        }
    }

    /// Forgets a tenant whose erasure another host announced.
    func forget(tenant: String, tombstone: [UInt8]) {
        state.withLock { state in
            state.entries[tenant] = nil
            state.tombstones[tombstone] = max(state.tombstones[tombstone] ?? 0, 1)
        }
    }

    /// Unwrapped keys stay valid while their version is still in the row (re-wrapping under a new master key changes
    /// the wrapped bytes, never the data key).
    private static func keep(_ keys: [UInt32: TenantDataKey], matching record: TenantRecord?) -> [UInt32: TenantDataKey]
    {
        guard let record else { return [:] }
        let versions = Set(record.versions)
        return keys.filter { versions.contains($0.key) }
    }

    // MARK: Writes

    /// The current key for sealing, counting one encryption against this host's reserved block; reserves a new
    /// block (or creates the tenant's first key) with one transaction when the block is used up.
    func sealingKey(tenant: String) async throws -> TenantDataKey {
        let count = tenant.utf8.count
        guard count > 0, count <= Keyring.maximumTenantByteCount else { throw CryptoError.invalidInput }
        for _ in 0..<8 {
            let taken = state.withLock { state -> UInt32? in
                guard var entry = state.entries[tenant], let record = entry.record,
                    entry.reservation.version == record.current, entry.reservation.next < entry.reservation.end
                else { return nil }
                entry.reservation.next += 1
                state.entries[tenant] = entry
                return record.current
            }
            if let taken { return try key(tenant: tenant, version: taken) }
            try await reserve(tenant: tenant)
        }
        throw CryptoError.contention
    }

    /// Reserves the next block of encryptions for this host (creating version 1, or the one above a tombstone, for
    /// a tenant without keys; rotating when the block would pass the limit).
    private func reserve(tenant: String) async throws {
        let origin = self.origin
        let hash = Keyring.tombstoneKey(tenant)
        let reserved = try await database.transaction { connection -> TenantRecord? in
            let master = try await self.verifiedMaster(on: connection)
            guard var record = try await Self.lockedRecord(tenant, on: connection, logger: self.logger) else {
                // The tenant's first key. Two hosts may race to create it: the row is inserted only if absent, and
                // the loser reads the winner's row on its next pass.
                var floor: Int64 = 0
                for try await highest in try await connection.query(
                    "SELECT highest FROM veil_key_tombstones WHERE tenant_hash = \(hash.buffer)", logger: self.logger
                ).decode(Int64.self) {
                    floor = highest
                }
                guard floor < Int64(UInt32.max) else { throw CryptoError.invalidInput }
                let version = UInt32(floor) + 1
                let wrapped = try Keyring.wrap(try SecretKey.random(), tenant: tenant, version: version, master: master)
                let created = TenantRecord(
                    current: version, reserved: Self.reservationBlock, wrapped: [(version, wrapped)])
                var inserted = false
                for try await _ in try await connection.query(
                    """
                    INSERT INTO veil_keyring (tenant, record) VALUES (\(tenant), \(created.encoded().buffer))
                    ON CONFLICT (tenant) DO NOTHING RETURNING 1
                    """,
                    logger: self.logger)
                {
                    inserted = true
                }
                guard inserted else { return nil }
                try await Self.announce(tenant: tenant, origin: origin, on: connection, logger: self.logger)
                return created
            }
            if record.reserved > Self.encryptionLimit - Self.reservationBlock {
                try Self.addVersion(to: &record, tenant: tenant, master: master)
            }
            record.reserved += Self.reservationBlock
            try await Self.store(record, tenant: tenant, origin: origin, on: connection, logger: self.logger)
            return record
        }
        guard let record = reserved else { return }
        let mark = clock.next()
        state.withLock { state in
            var entry = state.entries[tenant] ?? Entry()
            entry.keys = Self.keep(entry.keys, matching: record)
            entry.record = record
            entry.mark = mark
            entry.reservation = (record.current, record.reserved - Self.reservationBlock, record.reserved)
            state.entries[tenant] = entry
        }
    }

    /// A new version for the tenant's new data.
    func rotate(tenant: String) async throws -> UInt32 {
        let origin = self.origin
        let record = try await database.transaction { connection in
            let master = try await self.verifiedMaster(on: connection)
            guard var record = try await Self.lockedRecord(tenant, on: connection, logger: self.logger) else {
                throw CryptoError.keyNotFound
            }
            try Self.addVersion(to: &record, tenant: tenant, master: master)
            try await Self.store(record, tenant: tenant, origin: origin, on: connection, logger: self.logger)
            return record
        }
        let mark = clock.next()
        state.withLock { state in
            var entry = state.entries[tenant] ?? Entry()
            entry.record = record
            entry.mark = mark
            state.entries[tenant] = entry
        }
        logger.info("rotated tenant data key", metadata: ["version": "\(record.current)", "reason": "requested"])
        return record.current
    }

    /// Deletes every wrapped key of the tenant in one transaction, with its tombstone, its change-log rows (which
    /// name it) and one erasure marker (which names only its hash) for the other hosts.
    func destroy(tenant: String) async throws -> [UInt32] {
        let origin = self.origin
        let hash = Keyring.tombstoneKey(tenant)
        let marker = "#" + Self.hex(hash)
        let destroyed = try await database.transaction { connection -> [UInt32] in
            let record = try await Self.lockedRecord(tenant, on: connection, logger: self.logger)
            let highest = Int64(record?.versions.max() ?? 0)
            try await connection.query("DELETE FROM veil_keyring WHERE tenant = \(tenant)", logger: self.logger)
            try await connection.query(
                """
                INSERT INTO veil_key_tombstones (tenant_hash, highest) VALUES (\(hash.buffer), \(max(highest, 1)))
                ON CONFLICT (tenant_hash) DO UPDATE SET highest = greatest(veil_key_tombstones.highest, EXCLUDED.highest)
                """,
                logger: self.logger)
            try await connection.query("DELETE FROM veil_changes WHERE tenant = \(tenant)", logger: self.logger)
            try await connection.query(
                """
                INSERT INTO veil_changes (tenant, origin, tbl, key) VALUES (\(marker), \(origin), '#erased', '\\x'::bytea)
                """,
                logger: self.logger)
            try await connection.query("SELECT pg_notify('veil_changes', '')", logger: self.logger)
            return record?.versions.sorted() ?? []
        }
        let mark = clock.next()
        state.withLock { state in
            state.entries[tenant] = Entry(record: nil, keys: [:], mark: mark)
            state.tombstones[hash] = max(state.tombstones[hash] ?? 0, destroyed.max() ?? 1)
        }
        logger.notice("destroyed tenant data keys", metadata: ["versions": "\(destroyed.count)"])
        return destroyed
    }

    /// Re-wraps every row under the key in `path.new` (created), then renames it over `path` and wipes the old file.
    func rotateMaster(file path: String) async throws -> Int {
        let staging = path + ".new"
        if try MasterKeyFile.load(path: staging) == nil {
            try MasterKeyFile.create(path: staging, key: try SecretKey.random())
        }
        guard let newKey = try MasterKeyFile.load(path: staging)?.key else { throw CryptoError.masterKeyUnavailable }
        let oldKey = master.withLock { $0 }
        let origin = self.origin
        let logger = self.logger
        let count = try await database.transaction(timeout: .seconds(300)) { connection -> Int in
            var check: [UInt8]?
            for try await value in try await connection.query(
                "SELECT value FROM veil_meta WHERE name = \(Self.checkName) FOR UPDATE", logger: logger
            ).decode(ByteBuffer.self) {
                check = value.bytes
            }
            guard let check else { throw CryptoError.corruptKeyring }
            if Keyring.checkOpens(check, with: newKey) { return 0 }  // an earlier run re-wrapped already
            guard Keyring.checkOpens(check, with: oldKey) else { throw CryptoError.masterKeyMismatch }
            var rows: [(String, TenantRecord)] = []
            for try await (tenant, bytes) in try await connection.query(
                "SELECT tenant, record FROM veil_keyring FOR UPDATE", logger: logger
            ).decode((String, ByteBuffer).self) {
                rows.append((tenant, try TenantRecord(decoding: bytes.bytes)))
            }
            for (tenant, var record) in rows {
                for slot in record.wrapped.indices {
                    let version = record.wrapped[slot].version
                    let dataKey = try Keyring.unwrap(
                        record.wrapped[slot].bytes, tenant: tenant, version: version, master: oldKey)
                    record.wrapped[slot].bytes = try Keyring.wrap(
                        dataKey, tenant: tenant, version: version, master: newKey)
                }
                try await Self.store(record, tenant: tenant, origin: origin, on: connection, logger: logger)
            }
            let newCheck = try Keyring.makeCheck(with: newKey)
            try await connection.query(
                "UPDATE veil_meta SET value = \(newCheck.buffer) WHERE name = \(Self.checkName)", logger: logger)
            return rows.count
        }
        master.withLock { $0 = newKey }
        try MasterKeyFile.replace(path, with: staging)
        source.withLock { $0 = .file(path: path) }
        try await reload(startedAt: clock.next())
        // Dead row versions still hold the old wrapping until vacuumed.
        try await database.execute("VACUUM veil_keyring", timeout: .seconds(300))
        try await database.execute("VACUUM veil_meta", timeout: .seconds(300))
        logger.notice("re-wrapped tenant keys under a new master key", metadata: ["tenants": "\(count)"])
        return count
    }

    // MARK: Helpers

    private func unwrap(_ wrapped: [UInt8], tenant: String, version: UInt32) throws -> SecretKey {
        let current = master.withLock { $0 }
        do {
            return try Keyring.unwrap(wrapped, tenant: tenant, version: version, master: current)
        } catch let error as CryptoError where error == .authenticationFailure {
            // Another host may have rotated the master key and replaced a shared key file.
            let source = self.source.withLock { $0 }
            if case .file = source, let reloaded = try? source.load(createIfMissing: false).key, reloaded != current,
                let key = try? Keyring.unwrap(wrapped, tenant: tenant, version: version, master: reloaded)
            {
                master.withLock { $0 = reloaded }
                logger.notice("reloaded master key file after another host rotated it")
                return key
            }
            throw CryptoError.corruptKeyring
        }
    }

    /// The master key the database's check value opens with, checked under a shared lock on it (a master rotation,
    /// which takes it `FOR UPDATE`, waits for this write or is waited for). When another host rotated the master key
    /// and the key file was replaced (docs/DATA-RIGHTS.md, step 2), the file is read again: a host that reads its key
    /// from a file keeps creating and rotating keys without a restart.
    private func verifiedMaster(on connection: PostgresConnection) async throws -> SecretKey {
        var check: [UInt8]?
        for try await value in try await connection.query(
            "SELECT value FROM veil_meta WHERE name = \(Self.checkName) FOR SHARE", logger: logger
        ).decode(ByteBuffer.self) {
            check = value.bytes
        }
        guard let check else { throw CryptoError.masterKeyMismatch }
        let current = master.withLock { $0 }
        if Keyring.checkOpens(check, with: current) { return current }
        let source = self.source.withLock { $0 }
        if case .file = source, let reloaded = try? source.load(createIfMissing: false).key,
            Keyring.checkOpens(check, with: reloaded)
        {
            master.withLock { $0 = reloaded }
            logger.notice("reloaded master key file after another host rotated it")
            return reloaded
        }
        throw CryptoError.masterKeyMismatch
    }

    private static func lockedRecord(_ tenant: String, on connection: PostgresConnection, logger: Logger) async throws
        -> TenantRecord?
    {
        var record: TenantRecord?
        for try await bytes in try await connection.query(
            "SELECT record FROM veil_keyring WHERE tenant = \(tenant) FOR UPDATE", logger: logger
        ).decode(ByteBuffer.self) {
            record = try TenantRecord(decoding: bytes.bytes)
        }
        return record
    }

    private static func store(
        _ record: TenantRecord, tenant: String, origin: Int64, on connection: PostgresConnection, logger: Logger
    ) async throws {
        let bytes = record.encoded()
        try await connection.query(
            """
            INSERT INTO veil_keyring (tenant, record) VALUES (\(tenant), \(bytes.buffer))
            ON CONFLICT (tenant) DO UPDATE SET record = EXCLUDED.record
            """,
            logger: logger)
        try await announce(tenant: tenant, origin: origin, on: connection, logger: logger)
    }

    /// A change-log row telling the other hosts to re-read the tenant's keyring row, and the notification.
    private static func announce(tenant: String, origin: Int64, on connection: PostgresConnection, logger: Logger)
        async throws
    {
        try await connection.query(
            "INSERT INTO veil_changes (tenant, origin, tbl, key) VALUES (\(tenant), \(origin), '#keys', '\\x'::bytea)",
            logger: logger)
        try await connection.query("SELECT pg_notify('veil_changes', '')", logger: logger)
    }

    private static func addVersion(to record: inout TenantRecord, tenant: String, master: SecretKey) throws {
        guard let highest = record.versions.max(), highest < UInt32.max else { throw CryptoError.invalidInput }
        let version = highest + 1
        record.wrapped.append(
            (version, try Keyring.wrap(try SecretKey.random(), tenant: tenant, version: version, master: master)))
        record.current = version
        record.reserved = 0
    }

    static func hex(_ bytes: [UInt8]) -> String { Hex.encode(bytes) }
}

/// This host's logical clock: orders its own writes against the change feed's reads, so that a read that began
/// before a local write never overwrites what the write put in the host's copy.
final class LocalClock: Sendable {
    private let counter = Atomic<UInt64>(1)

    /// A new, larger mark.
    func next() -> UInt64 { counter.add(1, ordering: .relaxed).newValue }
}
