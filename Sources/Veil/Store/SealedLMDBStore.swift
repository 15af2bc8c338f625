import Logging
import VeilCrypto
import VeilKeyring
import VeilStorage
import VeilSync

/// The embedded ``TenantStore``: LMDB for the data, a separate LMDB keyring for the keys.
///
/// Layout: one LMDB database per ``StoreTable``; a record's LMDB key is `tenant ‖ 0x00 ‖ record key` (tenant ids
/// cannot contain 0x00, so a tenant's partition is exactly its prefix); its value is `version (4 bytes) ‖ nonce ‖
/// ciphertext ‖ tag`, sealed with AES-256-GCM under the tenant's data key of that version, with associated data
/// `"veil.record.v1" ‖ tenant ‖ table ‖ record key ‖ version` (each length-prefixed). The keyring lives in
/// `<data dir>/keyring`, never in the data file, so copies of the data carry no keys.
///
/// ```swift
/// let store = try SealedLMDBStore(directory: "/var/lib/veil", masterKey: .file(path: "/etc/veil/master.key"))
/// try await store.put(.cache, tenant: id, key: k, value: bytes)
/// let bytes = try store.get(.cache, tenant: id, key: k)
/// ```
package final class SealedLMDBStore: TenantStore {
    /// The data environment (records of all tenants).
    package let environment: Environment
    /// The keyring (wrapped data keys), in its own environment.
    package let keyring: Keyring
    private let databases: [StoreTable: Database]
    private let logger: Logger
    private let liveVersions = Locked<[TenantID: UInt32]>([:])

    /// Opens (creating if needed) the store in `directory`: data in `directory/data`, keys in `directory/keyring`.
    ///
    /// - Parameters:
    ///   - directory: the data directory.
    ///   - masterKey: where the master key comes from.
    ///   - durability: fsync policy of the data environment (the keyring always syncs).
    ///   - logger: for operational events; never receives record content.
    package init(
        directory: String,
        masterKey: Keyring.MasterKeySource,
        durability: EnvironmentConfiguration.Durability = .sync,
        maximumMapSize: Int? = nil,
        logger: Logger = Logger(label: "veil.store")
    ) throws {
        var configuration = EnvironmentConfiguration(path: directory + "/data")
        configuration.durability = durability
        // A large initial map costs only address space (the file grows as pages are written) and spares a
        // running daemon the map resizes that stall every reader.
        configuration.initialMapSize = 1 << 30
        if let maximumMapSize { configuration.maximumMapSize = maximumMapSize }
        environment = try Environment(configuration: configuration, logger: logger)
        keyring = try Keyring(directory: directory + "/keyring", masterKey: masterKey, logger: logger)
        var databases: [StoreTable: Database] = [:]
        for table in StoreTable.all { databases[table] = try environment.database(named: table.name) }
        self.databases = databases
        self.logger = logger
    }

    private func database(_ table: StoreTable) throws -> Database {
        guard let database = databases[table] else { throw StoreError.unavailable }
        return database
    }

    static func storageKey(tenant: TenantID, key: [UInt8]) -> [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(tenant.rawValue.utf8.count + 1 + key.count)
        result.append(contentsOf: tenant.rawValue.utf8)
        result.append(0)
        result.append(contentsOf: key)
        return result
    }

    package static func associatedData(tenant: TenantID, table: StoreTable, key: [UInt8], version: UInt32) -> [UInt8] {
        var aad = Array("veil.record.v1".utf8)
        aad.reserveCapacity(aad.count + 16 + tenant.rawValue.utf8.count + table.name.utf8.count + key.count)
        appendLengthPrefixed(Array(tenant.rawValue.utf8), to: &aad)
        appendLengthPrefixed(Array(table.name.utf8), to: &aad)
        appendLengthPrefixed(key, to: &aad)
        appendUInt32(version, to: &aad)
        return aad
    }

    private static func appendLengthPrefixed(_ bytes: [UInt8], to output: inout [UInt8]) {
        appendUInt32(UInt32(truncatingIfNeeded: bytes.count), to: &output)
        output.append(contentsOf: bytes)
    }

    private static func appendUInt32(_ value: UInt32, to output: inout [UInt8]) {
        output.append(UInt8(truncatingIfNeeded: value >> 24))
        output.append(UInt8(truncatingIfNeeded: value >> 16))
        output.append(UInt8(truncatingIfNeeded: value >> 8))
        output.append(UInt8(truncatingIfNeeded: value))
    }

    /// Seals `value` for `tenant`/`table`/`key` under the tenant's current key.
    func seal(_ value: [UInt8], table: StoreTable, tenant: TenantID, key: [UInt8]) throws -> [UInt8] {
        let dataKey = try mapCrypto { try keyring.sealingKey(tenant: tenant.rawValue) }
        let aad = Self.associatedData(tenant: tenant, table: table, key: key, version: dataKey.version)
        var sealed = [UInt8]()
        sealed.reserveCapacity(4 + AES256GCM.overhead + value.count)
        Self.appendUInt32(dataKey.version, to: &sealed)
        sealed.append(contentsOf: try dataKey.seal(value, authenticating: aad))
        return sealed
    }

    /// Opens a stored value (version header + sealed box).
    func open(_ stored: UnsafeRawBufferPointer, table: StoreTable, tenant: TenantID, key: [UInt8]) throws -> [UInt8] {
        guard stored.count >= 4 + AES256GCM.overhead else { throw StoreError.recordDoesNotOpen }
        let version = UInt32(stored[0]) << 24 | UInt32(stored[1]) << 16 | UInt32(stored[2]) << 8 | UInt32(stored[3])
        let dataKey = try mapCrypto { try keyring.key(tenant: tenant.rawValue, version: version) }
        let aad = Self.associatedData(tenant: tenant, table: table, key: key, version: version)
        do {
            return try dataKey.open(UnsafeRawBufferPointer(rebasing: stored[4...]), authenticating: aad)
        } catch {
            throw StoreError.recordDoesNotOpen
        }
    }

    private func mapCrypto<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CryptoError where error == .keyDestroyed || error == .keyNotFound {
            throw StoreError.tenantKeysDestroyed
        }
    }

    /// Reads and opens one record.
    package func get(_ table: StoreTable, tenant: TenantID, key: [UInt8]) throws -> [UInt8]? {
        let database = try database(table)
        let storageKey = Self.storageKey(tenant: tenant, key: key)
        return try environment.read { txn in
            try txn.withValue(forKey: storageKey, in: database) { stored in
                try open(stored, table: table, tenant: tenant, key: key)
            }
        }
    }

    /// Seals every put on the caller's task, then commits the batch on the writer thread in one transaction.
    package func apply(_ batch: StoreBatch) async throws {
        enum Prepared: Sendable {
            case put(Database, [UInt8], [UInt8])
            case delete(Database, [UInt8])
        }
        var prepared: [Prepared] = []
        prepared.reserveCapacity(batch.operations.count)
        for operation in batch.operations {
            switch operation {
            case .put(let table, let key, let value):
                let sealed = try seal(value, table: table, tenant: batch.tenant, key: key)
                prepared.append(.put(try database(table), Self.storageKey(tenant: batch.tenant, key: key), sealed))
            case .delete(let table, let key):
                prepared.append(.delete(try database(table), Self.storageKey(tenant: batch.tenant, key: key)))
            }
        }
        let operations = prepared
        try await environment.writeAsync(commitWithin: batch.commitWithin) { txn in
            for operation in operations {
                switch operation {
                case .put(let database, let key, let value): try txn.put(value, forKey: key, in: database)
                case .delete(let database, let key): _ = try txn.delete(key: key, in: database)
                }
            }
        }
    }

    /// Opens and visits the tenant's records in `table` under `prefix`.
    package func scan(
        _ table: StoreTable,
        tenant: TenantID,
        prefix: [UInt8],
        _ body: (_ key: [UInt8], _ value: [UInt8]) throws -> Bool
    ) throws {
        let database = try database(table)
        let fullPrefix = Self.storageKey(tenant: tenant, key: prefix)
        let skip = tenant.rawValue.utf8.count + 1
        try environment.read { txn in
            try txn.scan(in: database, prefix: fullPrefix) { rawKey, rawValue in
                let key = [UInt8](rawKey[skip...])
                let value = try open(rawValue, table: table, tenant: tenant, key: key)
                return try body(key, value)
            }
        }
    }

    /// Record keys of the tenant in `table` under `prefix`.
    package func keys(_ table: StoreTable, tenant: TenantID, prefix: [UInt8]) throws -> [[UInt8]] {
        let database = try database(table)
        let fullPrefix = Self.storageKey(tenant: tenant, key: prefix)
        let skip = tenant.rawValue.utf8.count + 1
        var keys: [[UInt8]] = []
        try environment.read { txn in
            try txn.scan(in: database, prefix: fullPrefix) { rawKey, _ in
                keys.append([UInt8](rawKey[skip...]))
                return true
            }
        }
        return keys
    }

    /// HMAC under the tenant's current key for `purpose`.
    package func mac(tenant: TenantID, purpose: StorePurpose, _ message: [UInt8]) throws -> [UInt8] {
        let subkey = try mapCrypto { () throws -> SecretKey in
            let dataKey = try keyring.currentKey(tenant: tenant.rawValue) ?? keyring.sealingKey(tenant: tenant.rawValue)
            return try dataKey.subkey(KeyPurpose(purpose.rawValue))
        }
        return HMAC.sha256(key: subkey, message)
    }

    /// Record count and stored bytes of the tenant in `table`.
    package func usage(_ table: StoreTable, tenant: TenantID) throws -> (records: Int, bytes: Int) {
        let database = try database(table)
        let prefix = Self.storageKey(tenant: tenant, key: [])
        var records = 0
        var bytes = 0
        try environment.read { txn in
            try txn.scan(in: database, prefix: prefix) { key, value in
                records += 1
                bytes += key.count + value.count
                return true
            }
        }
        return (records, bytes)
    }

    /// Whether the tenant's keys exist: a cached key version checked against the keyring (≈0.1 µs), which notices a
    /// destruction by another process on the next call.
    package func keysAlive(tenant: TenantID) -> Bool {
        if let version = liveVersions.withLock({ $0[tenant] }),
            (try? keyring.key(tenant: tenant.rawValue, version: version)) != nil
        {
            return true
        }
        guard let version = try? keyring.currentVersion(tenant: tenant.rawValue) else {
            liveVersions.withLock { _ = $0.removeValue(forKey: tenant) }
            return false
        }
        liveVersions.withLock { $0[tenant] = version }
        return true
    }

    /// Tenants with a tenant record.
    package func tenantIDs() throws -> [TenantID] {
        let database = try database(.tenants)
        var ids: [TenantID] = []
        try environment.read { txn in
            try txn.scan(in: database, prefix: []) { key, _ in
                if let end = key.firstIndex(of: 0), let id = TenantID(String(decoding: key[..<end], as: UTF8.self)),
                    ids.last != id
                {
                    ids.append(id)
                }
                return true
            }
        }
        return ids
    }
}
