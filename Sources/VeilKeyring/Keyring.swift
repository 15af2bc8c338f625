import Logging
import VeilCrypto
import VeilStorage
import VeilSync

/// Envelope encryption for tenants: per-tenant, versioned data keys wrapped under one master key, kept in an LMDB
/// environment of their own.
///
/// Each tenant has random 256-bit data keys, one per version, stored only wrapped: AES-256-GCM under the master key
/// with AAD = `"veil.keyring.data-key.v1" ‖ len(tenant) ‖ tenant ‖ version`, so a wrapped key moved to another
/// tenant or version does not unwrap. New data is sealed with the current version (``sealingKey(tenant:)``); old
/// versions keep opening old data (``key(tenant:version:)``) until the tenant is destroyed.
///
/// ```swift
/// let keyring = try Keyring(
///     directory: dataDirectory + "/keyring",
///     masterKey: .resolve(environment: ProcessInfo.processInfo.environment, defaultFile: "/etc/veil/master.key"))
/// let key = try keyring.sealingKey(tenant: "acme")
/// let sealed = try key.seal(value, authenticating: aad)       // store key.version beside it
/// let opened = try keyring.key(tenant: "acme", version: storedVersion).open(sealed, authenticating: aad)
/// ```
///
/// ## Keys apart from data
/// The keyring environment must be its own directory (e.g. `<data-dir>/keyring`), never the data environment: LMDB
/// never zeroes freed pages, so a wrapped key in the data file would survive in the data file and in every backup
/// of it. Keeping them apart means data files and their backups never carry keys.
///
/// ## Nonce budget
/// Random 96-bit nonces are safe for 2^32 encryptions per key. ``sealingKey(tenant:)`` counts each call as one
/// encryption and rotates to a new version when the count would pass the limit (2^30 by default). So that a seal is
/// not a keyring write, each process reserves counts in blocks (2^16 by default) with one write transaction; a
/// process that exits wastes the rest of its block, which only makes the count conservative.
///
/// ## Destruction across processes
/// ``destroy(tenant:)`` deletes every wrapped version (crypto-shredding). Unwrapped keys are cached in each process;
/// every ``key(tenant:version:)`` and ``sealingKey(tenant:)`` call first compares the keyring environment's last
/// committed transaction id (a read of the shared memory map, a few nanoseconds) with the one the cache was filled
/// at, and re-reads the tenant's record when anything was committed since. A destruction committed by another
/// process (the `veil erase` CLI) is therefore seen on the next call.
public final class Keyring: Sendable {
    /// The default number of encryptions per key version before automatic rotation: 2^30, a quarter of the 2^32
    /// random-nonce bound of NIST SP 800-38D.
    package static let defaultEncryptionLimit: UInt64 = 1 << 30
    /// The default number of encryptions one process reserves per keyring write.
    package static let defaultReservationBlock: UInt64 = 1 << 16
    /// The longest tenant id accepted, in UTF-8 bytes (LMDB keys are at most 511 bytes).
    package static let maximumTenantByteCount = 256
    /// How many tenants' unwrapped keys one process caches; past it an arbitrary entry is dropped (and re-read on
    /// its next use), so memory stays bounded with very many tenants.
    static let maximumCachedTenants = 10_000

    /// The keyring environment directory.
    package let directory: String

    let store: KeyringStore
    let source: Locked<MasterKeySource>
    let master: Locked<SecretKey>
    private let cache = Locked<[String: CachedTenant]>([:])
    private let encryptionLimit: UInt64
    private let reservationBlock: UInt64
    let logger: Logger

    /// Opens (or creates) the keyring in `directory`.
    ///
    /// On first start the directory and its LMDB environment are created, and so is the master key file when the
    /// source is a file that does not exist yet (mode 0600). The keyring stores a check value sealed under the master
    /// key, so a wrong master key fails here rather than at the first tenant.
    ///
    /// - Parameters:
    ///   - directory: the keyring's own environment directory, never the data environment's.
    ///   - masterKey: where the master key comes from; see ``MasterKeySource/resolve(environment:defaultFile:)``.
    ///   - encryptionLimit: encryptions per key version before automatic rotation (small values are for tests).
    ///   - reservationBlock: encryptions reserved per keyring write; capped at `encryptionLimit`.
    ///   - logger: receives lifecycle events (creation, rotation, destruction); never keys or tenant content.
    /// - Throws: `CryptoError.masterKeyUnavailable` when the key cannot be read (or the file is missing for an
    ///   existing keyring), `CryptoError.masterKeyMismatch` for a wrong key, `LMDBError` for storage failures,
    ///   `CryptoError.openssl(_:)` when OpenSSL lacks AES-256-GCM, SHA-256, HMAC or HKDF.
    package init(
        directory: String,
        masterKey: MasterKeySource,
        encryptionLimit: UInt64 = Keyring.defaultEncryptionLimit,
        reservationBlock: UInt64 = Keyring.defaultReservationBlock,
        logger: Logger = Logger(label: "veil.keyring")
    ) throws {
        guard encryptionLimit > 0, reservationBlock > 0 else { throw CryptoError.invalidInput }
        // Every key operation needs these; a broken OpenSSL fails here, at start, with an error instead of later.
        try OpenSSLAlgorithms.requireAll()
        self.directory = directory
        self.encryptionLimit = encryptionLimit
        self.reservationBlock = min(reservationBlock, encryptionLimit)
        self.logger = logger
        let store = try KeyringStore(directory: directory, logger: logger)
        self.store = store
        let initialized = try store.environment.read { try $0.get(KeyringStore.checkKey, in: store.meta) != nil }
        let loaded = try masterKey.load(createIfMissing: !initialized)
        if loaded.created {
            logger.notice("created master key file", metadata: ["source": "\(masterKey)"])
        }
        if loaded.looseMode {
            logger.warning("master key file is readable by group or others", metadata: ["source": "\(masterKey)"])
        }
        var masterKeyValue = loaded.key
        let existingCheck = try store.environment.read { try $0.get(KeyringStore.checkKey, in: store.meta) }
        if let existingCheck, !Keyring.checkOpens(existingCheck, with: masterKeyValue),
            case .file(let path) = masterKey,
            let staged = try? MasterKeyFile.load(path: path + ".new"),
            Keyring.checkOpens(existingCheck, with: staged.key)
        {
            // A master rotation crashed after re-wrapping but before renaming the new key file into place.
            logger.warning("master key rotation was interrupted; using the staged key file until it is completed")
            masterKeyValue = staged.key
        }
        let verify = { [masterKeyValue] (check: [UInt8]?) throws -> Bool in
            guard let check else { return false }
            guard Keyring.checkOpens(check, with: masterKeyValue) else { throw CryptoError.masterKeyMismatch }
            return true
        }
        if try !verify(existingCheck) {
            // First start: write the check value, unless another process raced us to it.
            try store.environment.write { txn in
                if try !verify(txn.get(KeyringStore.checkKey, in: store.meta)) {
                    try txn.put(
                        try Keyring.makeCheck(with: masterKeyValue), forKey: KeyringStore.checkKey, in: store.meta)
                }
            }
        }
        self.source = Locked(masterKey)
        self.master = Locked(masterKeyValue)
    }

    // MARK: Hot path

    /// The current data key of `tenant` for sealing new data, counting one encryption.
    ///
    /// Creates version 1 (or the version after the last destroyed one) when the tenant has no key yet, and rotates
    /// to a new version when the encryption count would pass the limit. The common case takes no keyring write:
    /// one shared-memory read, one lock and a dictionary lookup (about 0.2 µs). Call it once per value sealed: the
    /// count is what keeps random nonces safe, and `TenantDataKey.seal(_:authenticating:)` does not count.
    /// Rarely (tenant creation, every 65,536th call, rotation) it commits a small keyring write, which blocks the
    /// calling thread for one `fsync`.
    ///
    /// - Parameter tenant: the tenant id (1 to 256 UTF-8 bytes).
    /// - Returns: the key; store its `TenantDataKey.version` with the sealed data.
    /// - Throws: `CryptoError.invalidInput` for a bad tenant id, `CryptoError.masterKeyMismatch`, or `LMDBError`.
    package func sealingKey(tenant: String) throws -> TenantDataKey {
        let stamp = store.stamp()
        if let key = cache.withLock({ $0[tenant]?.takeEncryption(at: stamp) }) { return key }
        return try sealingKeySlow(tenant: tenant)
    }

    /// The data key of `tenant` at `version`, for opening data sealed under it.
    ///
    /// - Parameters:
    ///   - tenant: the tenant id.
    ///   - version: the version stored beside the sealed data.
    /// - Returns: the key.
    /// - Throws: `CryptoError.keyDestroyed` when that version was destroyed, `CryptoError.keyNotFound` when it
    ///   never existed, `CryptoError.masterKeyMismatch`, or `LMDBError`.
    package func key(tenant: String, version: UInt32) throws -> TenantDataKey {
        let stamp = store.stamp()
        if let key = cache.withLock({ $0[tenant]?.key(version, at: stamp) }) { return key }
        try validate(tenant)
        let (entry, destroyedThrough) = try refresh(tenant: tenant)
        if let key = entry?.keys[version] { return key }
        throw version != 0 && version <= destroyedThrough ? CryptoError.keyDestroyed : CryptoError.keyNotFound
    }

    // MARK: Management

    /// Creates a new data-key version for `tenant`; new data is sealed with it, old versions keep opening old data.
    ///
    /// - Parameter tenant: the tenant id.
    /// - Returns: the new version.
    /// - Throws: `CryptoError.keyNotFound` when the tenant has no keys, `CryptoError.masterKeyMismatch`, or
    ///   `LMDBError`.
    @discardableResult
    package func rotate(tenant: String) throws -> UInt32 {
        try validate(tenant)
        let version = try store.environment.write { txn -> UInt32 in
            guard var record = try readRecord(tenant, in: txn) else { throw CryptoError.keyNotFound }
            let master = try verifiedMaster(in: txn)
            try addVersion(to: &record, tenant: tenant, master: master)
            try txn.put(record.encoded(), forKey: Array(tenant.utf8), in: store.tenants)
            return record.current
        }
        logger.info("rotated tenant data key", metadata: ["version": "\(version)", "reason": "requested"])
        return version
    }

    /// Destroys every data-key version of `tenant` (crypto-shredding): from this commit on, nothing sealed under
    /// them opens, in this process or any other that uses this keyring.
    ///
    /// The wrapped keys are deleted and a tombstone (keyed by a hash of the tenant id, not the id) remembers the
    /// highest destroyed version, so later lookups answer `CryptoError.keyDestroyed` and a re-created tenant starts
    /// above it. LMDB keeps freed pages until they are reused: call ``compact()`` afterwards so the wrapped keys are
    /// physically gone from the keyring file.
    ///
    /// - Parameter tenant: the tenant id.
    /// - Returns: the destroyed versions, ascending; empty when the tenant had none.
    /// - Throws: `LMDBError`.
    @discardableResult
    package func destroy(tenant: String) throws -> [UInt32] {
        try validate(tenant)
        let destroyed = try store.environment.write { txn -> [UInt32] in
            guard let record = try readRecord(tenant, in: txn) else { return [] }
            let tombstoneKey = Keyring.tombstoneKey(tenant)
            let previous = try txn.get(tombstoneKey, in: store.tombstones).map(Keyring.decodeTombstone) ?? 0
            let highest = max(previous, record.versions.max() ?? 0)
            try txn.delete(key: Array(tenant.utf8), in: store.tenants)
            var tombstone = [UInt8]()
            LengthPrefixed.append(highest, to: &tombstone)
            try txn.put(tombstone, forKey: tombstoneKey, in: store.tombstones)
            return record.versions
        }
        cache.withLock { _ = $0.removeValue(forKey: tenant) }
        logger.notice("destroyed tenant data keys", metadata: ["versions": "\(destroyed.count)"])
        return destroyed
    }

    /// The versions of `tenant` that still exist, ascending; empty for an unknown or destroyed tenant.
    ///
    /// - Parameter tenant: the tenant id.
    /// - Returns: the versions.
    /// - Throws: `LMDBError` or `CryptoError.corruptKeyring`.
    package func versions(tenant: String) throws -> [UInt32] {
        try validate(tenant)
        return try store.environment.read { try readRecord(tenant, in: $0)?.versions ?? [] }
    }

    /// The version that ``sealingKey(tenant:)`` currently uses, or `nil` when the tenant has no keys.
    ///
    /// - Parameter tenant: the tenant id.
    /// - Returns: the current version.
    /// - Throws: `LMDBError` or `CryptoError.corruptKeyring`.
    package func currentVersion(tenant: String) throws -> UInt32? {
        try validate(tenant)
        return try store.environment.read { try readRecord(tenant, in: $0)?.current }
    }

    /// The key of the tenant's current version, or `nil` when the tenant has no keys; unlike ``sealingKey(tenant:)``
    /// it neither creates keys nor counts an encryption.
    ///
    /// Keyed MACs use it on every request, so it is served from the cache (one stamp check) and reads the keyring
    /// only after a change, as ``key(tenant:version:)`` does.
    ///
    /// - Parameter tenant: the tenant id.
    /// - Returns: the current key.
    /// - Throws: `CryptoError.masterKeyMismatch` or `LMDBError`.
    package func currentKey(tenant: String) throws -> TenantDataKey? {
        let stamp = store.stamp()
        if let key = cache.withLock({ cache in cache[tenant].flatMap { $0.key($0.record.current, at: stamp) } }) {
            return key
        }
        try validate(tenant)
        guard let entry = try refresh(tenant: tenant).entry else { return nil }
        return entry.keys[entry.record.current]
    }

    /// Every tenant that has keys, sorted.
    ///
    /// - Returns: the tenant ids.
    /// - Throws: `LMDBError`.
    package func tenants() throws -> [String] {
        try store.environment.read { txn in
            var names = [String]()
            try txn.scan(in: store.tenants, prefix: []) { key, _ in
                names.append(String(decoding: key, as: UTF8.self))
                return true
            }
            return names
        }
    }

    /// Re-wraps every tenant data key under a new master key, in one transaction: after a crash every key is under
    /// the old master key or every key under the new one.
    ///
    /// Data keys do not change, so no record needs re-sealing and cached keys stay valid. Afterwards the old master
    /// key opens nothing in the current keyring file; old copies of the file (backups, freed pages) still hold keys
    /// wrapped under it, so destroy the old key (``destroyMasterKeyFile(at:)``) and ``compact()`` the keyring.
    /// ``rotateMasterKeyFile(at:)`` does all of that for a key file.
    ///
    /// Other processes using this keyring keep serving from their caches; when a file-sourced process next needs to
    /// unwrap, it re-reads its key file, so replacing the file in place (as ``rotateMasterKeyFile(at:)`` does) is
    /// picked up without a restart. A process with a base64 source must be restarted with the new key.
    ///
    /// - Parameter newSource: the new master key; a key file that does not exist is created (mode 0600).
    /// - Throws: `CryptoError.masterKeyUnavailable`, `CryptoError.masterKeyMismatch`, or `LMDBError`.
    package func rotateMaster(to newSource: MasterKeySource) throws {
        let newKey = try newSource.load(createIfMissing: true).key
        let count = try store.environment.write { txn -> Int in
            let oldKey = try verifiedMaster(in: txn)
            var rewrapped = [(key: [UInt8], value: [UInt8])]()
            try txn.scan(in: store.tenants, prefix: []) { key, value in
                rewrapped.append(([UInt8](key), [UInt8](value)))
                return true
            }
            for index in rewrapped.indices {
                let tenant = String(decoding: rewrapped[index].key, as: UTF8.self)
                var record = try TenantRecord(decoding: rewrapped[index].value)
                for slot in record.wrapped.indices {
                    let version = record.wrapped[slot].version
                    let dataKey = try Keyring.unwrap(
                        record.wrapped[slot].bytes, tenant: tenant, version: version, master: oldKey)
                    record.wrapped[slot].bytes = try Keyring.wrap(
                        dataKey, tenant: tenant, version: version, master: newKey)
                }
                try txn.put(record.encoded(), forKey: rewrapped[index].key, in: store.tenants)
            }
            try txn.put(try Keyring.makeCheck(with: newKey), forKey: KeyringStore.checkKey, in: store.meta)
            return rewrapped.count
        }
        master.withLock { $0 = newKey }
        source.withLock { $0 = newSource }
        logger.notice("re-wrapped tenant keys under a new master key", metadata: ["tenants": "\(count)"])
    }

    /// Compacts the keyring environment (copy with `MDB_CP_COMPACT`, then an atomic swap), so pages freed by
    /// ``destroy(tenant:)`` or ``rotateMaster(to:)`` no longer hold key bytes.
    ///
    /// - Throws: `LMDBError`.
    package func compact() throws {
        try store.environment.compact()
        cache.withLock { $0.removeAll() }
    }

    // MARK: Slow paths

    private func sealingKeySlow(tenant: String) throws -> TenantDataKey {
        try validate(tenant)
        // Each pass either returns or makes progress (creates the tenant, or reserves a block); more than a few
        // passes means other processes keep rotating this tenant under us.
        for _ in 0..<8 {
            let (entry, destroyedThrough) = try refresh(tenant: tenant)
            guard let entry else {
                try create(tenant: tenant, above: destroyedThrough)
                continue
            }
            if let stamp = entry.stamp, let key = cache.withLock({ $0[tenant]?.takeEncryption(at: stamp) }) {
                return key
            }
            try reserve(tenant: tenant)
        }
        throw CryptoError.contention
    }

    /// Re-reads `tenant`'s record and updates the cache, reusing unwrapped keys whose wrapped bytes are unchanged.
    ///
    /// - Returns: the refreshed entry (nil when the tenant has no record) and the highest destroyed version.
    private func refresh(tenant: String) throws -> (entry: CachedTenant?, destroyedThrough: UInt32) {
        // The entry is stamped with the snapshot it was read from. A stamp sampled before the read is not enough:
        // LMDB writes a commit's meta page (which stamps read) a moment before new readers see the commit, so a
        // refresh racing a destruction could read the key from the old snapshot under the new stamp, and serve it
        // for as long as nothing else was committed.
        let generation = store.stamp().generation
        let (record, destroyedThrough, snapshot) = try store.environment.read { txn in
            let record = try readRecord(tenant, in: txn)
            let tombstone = try txn.get(Keyring.tombstoneKey(tenant), in: store.tombstones)
            return (record, try tombstone.map(Keyring.decodeTombstone) ?? 0, try txn.snapshotID)
        }
        let stamp = EnvironmentChangeMonitor.Stamp(generation: generation, transaction: snapshot)
        guard let record else {
            cache.withLock { _ = $0.removeValue(forKey: tenant) }
            return (nil, destroyedThrough)
        }
        let previous = cache.withLock { $0[tenant] }
        var keys = [UInt32: TenantDataKey]()
        for (version, wrapped) in record.wrapped {
            if let previous, previous.record.wrappedKey(version) == wrapped, let known = previous.keys[version] {
                keys[version] = known
            } else {
                keys[version] = TenantDataKey(
                    tenant: tenant, version: version,
                    key: try unwrapWithReload(wrapped, tenant: tenant, version: version))
            }
        }
        var entry = CachedTenant(stamp: stamp, record: record, keys: keys)
        cache.withLock { cache in
            if let existing = cache[tenant] {
                // A concurrent refresh may have stored a newer snapshot; never replace it with an older one.
                guard existing.stamp.map({ $0 <= stamp }) ?? true else { return }
                entry.reservation = existing.reservation
            } else if cache.count >= Keyring.maximumCachedTenants {
                cache.remove(at: cache.startIndex)
            }
            cache[tenant] = entry
        }
        return (entry, destroyedThrough)
    }

    /// Creates the tenant's first key version (above any destroyed one), reserving the first block for this process.
    private func create(tenant: String, above destroyedThrough: UInt32) throws {
        let created = try store.environment.write { txn -> (TenantRecord, TenantDataKey)? in
            if try readRecord(tenant, in: txn) != nil { return nil }  // another process created it first
            let master = try verifiedMaster(in: txn)
            let tombstone = try txn.get(Keyring.tombstoneKey(tenant), in: store.tombstones)
            let floor = max(destroyedThrough, try tombstone.map(Keyring.decodeTombstone) ?? 0)
            guard floor < UInt32.max else { throw CryptoError.invalidInput }
            let version = floor + 1
            let dataKey = try SecretKey.random()
            let wrapped = try Keyring.wrap(dataKey, tenant: tenant, version: version, master: master)
            let record = TenantRecord(current: version, reserved: reservationBlock, wrapped: [(version, wrapped)])
            try txn.put(record.encoded(), forKey: Array(tenant.utf8), in: store.tenants)
            return (record, TenantDataKey(tenant: tenant, version: version, key: dataKey))
        }
        guard let (record, key) = created else { return }
        var entry = CachedTenant(stamp: nil, record: record, keys: [key.version: key])
        entry.reservation = CachedTenant.Reservation(version: key.version, next: 0, end: reservationBlock)
        cache.withLock { $0[tenant] = entry }
        logger.info("created tenant data key", metadata: ["version": "\(key.version)"])
    }

    /// Reserves the next block of encryptions for the current version, rotating first when the block would pass
    /// the limit.
    private func reserve(tenant: String) throws {
        let reserved = try store.environment.write { txn -> (CachedTenant.Reservation, rotated: Bool)? in
            guard var record = try readRecord(tenant, in: txn) else { return nil }
            var rotated = false
            if record.reserved > encryptionLimit - reservationBlock {
                try addVersion(to: &record, tenant: tenant, master: try verifiedMaster(in: txn))
                rotated = true
            }
            let start = record.reserved
            record.reserved = start + reservationBlock
            try txn.put(record.encoded(), forKey: Array(tenant.utf8), in: store.tenants)
            return (CachedTenant.Reservation(version: record.current, next: start, end: record.reserved), rotated)
        }
        guard let reserved else { return }
        cache.withLock { $0[tenant]?.reservation = reserved.0 }
        if reserved.rotated {
            logger.info(
                "rotated tenant data key",
                metadata: ["version": "\(reserved.0.version)", "reason": "encryption limit"])
        }
    }

    /// Appends a new random version to `record` and makes it current with a zero count.
    private func addVersion(to record: inout TenantRecord, tenant: String, master: SecretKey) throws {
        guard let highest = record.versions.max(), highest < UInt32.max else { throw CryptoError.invalidInput }
        let version = highest + 1
        let dataKey = try SecretKey.random()
        record.wrapped.append((version, try Keyring.wrap(dataKey, tenant: tenant, version: version, master: master)))
        record.current = version
        record.reserved = 0
    }

    private func readRecord(_ tenant: String, in txn: ReadTransaction) throws -> TenantRecord? {
        try txn.get(Array(tenant.utf8), in: store.tenants).map(TenantRecord.init(decoding:))
    }

    private func validate(_ tenant: String) throws {
        let count = tenant.utf8.count
        guard count > 0, count <= Keyring.maximumTenantByteCount else { throw CryptoError.invalidInput }
    }

    // MARK: Master key

    /// The master key, checked against the keyring's check value inside a write, so that nothing is ever wrapped
    /// under a key other processes cannot open (for example after another process rotated the master key).
    private func verifiedMaster(in txn: ReadTransaction) throws -> SecretKey {
        let current = master.withLock { $0 }
        guard let check = try txn.get(KeyringStore.checkKey, in: store.meta) else { throw CryptoError.corruptKeyring }
        if Keyring.checkOpens(check, with: current) { return current }
        if let reloaded = try reloadedMaster(), Keyring.checkOpens(check, with: reloaded) {
            master.withLock { $0 = reloaded }
            return reloaded
        }
        throw CryptoError.masterKeyMismatch
    }

    /// Unwraps with the current master key; on failure re-reads a file source once, in case another process
    /// rotated the master key and replaced the file.
    private func unwrapWithReload(_ wrapped: [UInt8], tenant: String, version: UInt32) throws -> SecretKey {
        let current = master.withLock { $0 }
        do {
            return try Keyring.unwrap(wrapped, tenant: tenant, version: version, master: current)
        } catch let error as CryptoError where error == .authenticationFailure {
            if let reloaded = try reloadedMaster(), reloaded != current,
                let key = try? Keyring.unwrap(wrapped, tenant: tenant, version: version, master: reloaded)
            {
                master.withLock { $0 = reloaded }
                logger.notice("reloaded master key file after another process rotated it")
                return key
            }
            // If the master key still opens the check value it is the right key, so the record itself was altered
            // or moved to another tenant or version: say so rather than blame the master key.
            let check = try store.environment.read { try $0.get(KeyringStore.checkKey, in: store.meta) }
            if let check, Keyring.checkOpens(check, with: master.withLock({ $0 })) {
                throw CryptoError.corruptKeyring
            }
            throw CryptoError.masterKeyMismatch
        }
    }

    func reloadedMaster() throws -> SecretKey? {
        let current = source.withLock { $0 }
        guard case .file = current else { return nil }
        return try? current.load(createIfMissing: false).key
    }
}

extension Keyring {
    package static let wrapDomain = Array("veil.keyring.data-key.v1".utf8)
    static let checkDomain = Array("veil.keyring.check.v1".utf8)
    static let tombstoneDomain = Array("veil.keyring.tombstone.v1".utf8)

    /// AAD of a wrapped data key: domain ‖ len(tenant) ‖ tenant ‖ version, unambiguous by construction.
    package static func wrapAAD(tenant: String, version: UInt32) -> [UInt8] {
        var aad = wrapDomain
        LengthPrefixed.append(Array(tenant.utf8), to: &aad)
        LengthPrefixed.append(version, to: &aad)
        return aad
    }

    package static func wrap(_ dataKey: SecretKey, tenant: String, version: UInt32, master: SecretKey) throws -> [UInt8]
    {
        try dataKey.withUnsafeBytes {
            try AES256GCM.seal($0, key: master, authenticating: wrapAAD(tenant: tenant, version: version))
        }
    }

    package static func unwrap(_ wrapped: [UInt8], tenant: String, version: UInt32, master: SecretKey) throws
        -> SecretKey
    {
        let key = try AES256GCM.openKey(wrapped, key: master, authenticating: wrapAAD(tenant: tenant, version: version))
        guard key.byteCount == AES256GCM.keyByteCount else { throw CryptoError.corruptKeyring }
        return key
    }

    package static func makeCheck(with master: SecretKey) throws -> [UInt8] {
        try AES256GCM.seal(checkDomain, key: master, authenticating: checkDomain)
    }

    package static func checkOpens(_ check: [UInt8], with master: SecretKey) -> Bool {
        guard let opened = try? AES256GCM.open(check, key: master, authenticating: checkDomain) else { return false }
        return opened == checkDomain
    }

    /// Tombstones are keyed by a hash of the tenant id, so the keyring keeps no readable list of erased tenants.
    package static func tombstoneKey(_ tenant: String) -> [UInt8] {
        var input = tombstoneDomain
        LengthPrefixed.append(Array(tenant.utf8), to: &input)
        return SHA256.hash(input)
    }

    package static func decodeTombstone(_ bytes: [UInt8]) throws -> UInt32 {
        var reader = ByteReader(bytes)
        let value = try reader.uint32()
        guard reader.isAtEnd else { throw CryptoError.corruptKeyring }
        return value
    }
}
