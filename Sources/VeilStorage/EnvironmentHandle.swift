import CLMDB
import Logging
import VeilSync

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One open `MDB_env` on one generation of the files (one `data.mdb` inode and one `lock.mdb` inode).
///
/// An ``Environment`` swaps in a new handle when compaction replaces `data.mdb`; the old handle stays alive while
/// transactions still use it (each transaction holds a strong reference) and closes the `MDB_env` in `deinit`,
/// which therefore never runs with a transaction open.
///
/// Safety of `@unchecked Sendable`: `env` is an immutable pointer to an LMDB environment opened with `MDB_NOTLS`,
/// which LMDB documents as usable from any thread. The only calls that are unsafe while other threads use it,
/// `mdb_env_set_mapsize` (it remaps the file) and `mdb_dbi_open`, run only inside ``withExclusiveAccess(_:)``, which
/// waits until no transaction of this process is active on the handle, and under the environment's registry lock.
/// All mutable state lives in a `Locked`.
final class EnvironmentHandle: @unchecked Sendable {
    /// Marks a registry slot with no open database in this handle.
    static let invalidDBI: UInt32 = .max
    /// The most reset read transactions kept for reuse (`mdb_txn_renew` is cheaper than `mdb_txn_begin` because
    /// the reader slot is kept): at most 64, and at most an eighth of the reader slots, since idle ones still hold
    /// their slots and the slots are shared by every process.
    private let idleReaderLimit: Int
    /// How long a map resize waits for this process's transactions to end before giving up.
    private static let drainTimeout: Duration = .seconds(30)

    private struct State {
        var active = 0
        var resizing = false
        var dbis: [UInt32] = []
        var idleReaders: [IdleReader] = []
    }

    /// A reset read transaction waiting in the pool.
    ///
    /// Safety of `@unchecked Sendable`: with `MDB_NOTLS` a read transaction is not tied to a thread, and a pooled
    /// one is owned by the pool alone until `enter` hands it to exactly one caller.
    private struct IdleReader: @unchecked Sendable {
        let txn: OpaquePointer
    }

    let env: OpaquePointer
    /// Which `data.mdb` this handle mapped; compared with the path at every transaction begin.
    let dataIdentity: FileIdentity
    private let state = Locked(State())

    private init(env: OpaquePointer, dataIdentity: FileIdentity, maxReaders: UInt32) {
        self.env = env
        self.dataIdentity = dataIdentity
        self.idleReaderLimit = min(64, Int(maxReaders) / 8)
    }

    deinit {
        let idle = state.withLock { state in
            defer { state.idleReaders.removeAll() }
            return state.idleReaders
        }
        for reader in idle { mdb_txn_abort(reader.txn) }
        mdb_env_close(env)
    }

    // MARK: Opening

    /// Opens the files in `paths.directory`, under the swap gate so that no compaction swaps them half-way.
    ///
    /// If the lock file does not belong to the data file (a compaction died between renaming `data.mdb` and
    /// removing `lock.mdb`), the stale lock file is removed and the open retried once; see
    /// ``Environment/compact()``.
    static func open(
        configuration: EnvironmentConfiguration,
        paths: EnvironmentPaths,
        databaseNames: [String],
        logger: Logger
    ) throws -> EnvironmentHandle {
        let handle = try FileSystem.withExclusiveLock(on: paths.gate) { () throws -> EnvironmentHandle in
            let first = try openOnce(configuration: configuration, paths: paths)
            if configuration.readOnly || first.lockFileMatchesDataFile() { return first }
            logger.warning(
                "lock file does not match data file (interrupted compaction); recreating it",
                metadata: ["component": "lmdb"]
            )
            _ = consume first
            guard unlink(paths.lock) == 0 || errno == ENOENT else { throw LMDBError.other(errno) }
            return try openOnce(configuration: configuration, paths: paths)
        }
        try handle.openDatabases(named: databaseNames)
        return handle
    }

    private static func openOnce(configuration: EnvironmentConfiguration, paths: EnvironmentPaths) throws
        -> EnvironmentHandle
    {
        var envPointer: OpaquePointer?
        var rc = mdb_env_create(&envPointer)
        guard rc == 0, let env = envPointer else { throw LMDBError(returnCode: rc) }
        var opened = false
        defer { if !opened { mdb_env_close(env) } }
        rc = mdb_env_set_maxreaders(env, configuration.maxReaders)
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
        rc = mdb_env_set_maxdbs(env, configuration.maxDatabases)
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
        rc = mdb_env_set_mapsize(env, min(configuration.initialMapSize, configuration.maximumMapSize))
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
        var flags = UInt32(MDB_NOTLS)
        switch configuration.durability {
        case .sync: break
        case .noMetaSync: flags |= UInt32(MDB_NOMETASYNC)
        case .noSync: flags |= UInt32(MDB_NOSYNC)
        }
        if configuration.readOnly { flags |= UInt32(MDB_RDONLY) }
        rc = mdb_env_open(env, paths.directory, flags, 0o600)
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
        // Reader slots of crashed processes would otherwise pin old pages forever.
        var dead: Int32 = 0
        rc = mdb_reader_check(env, &dead)
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
        var fd: Int32 = -1
        rc = mdb_env_get_fd(env, &fd)
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
        let identity = try FileSystem.identity(of: fd)
        opened = true
        return EnvironmentHandle(env: env, dataIdentity: identity, maxReaders: configuration.maxReaders)
    }

    /// Whether the lock file's last transaction id agrees with the data file's newest meta page.
    ///
    /// A reader takes its transaction id from the lock file and picks the meta page by its parity, so a lock file
    /// left from an older data file would point readers at the wrong root. A commit writes the meta page just before
    /// it updates the lock file, so the two may differ by one; a compacted file restarts at transaction 1, so a stale
    /// lock file differs by much more.
    private func lockFileMatchesDataFile() -> Bool {
        var txn: OpaquePointer?
        guard mdb_txn_begin(env, nil, UInt32(MDB_RDONLY), &txn) == 0, let txn else { return true }
        let lockTransaction = mdb_txn_id(txn)
        mdb_txn_abort(txn)
        var info = MDB_envinfo()
        guard mdb_env_info(env, &info) == 0 else { return true }
        let dataTransaction = info.me_last_txnid
        return dataTransaction >= lockTransaction && dataTransaction - lockTransaction <= 1
    }

    /// Opens (without creating) every registered database name, in registry order.
    private func openDatabases(named names: [String]) throws {
        guard !names.isEmpty else { return }
        var txnPointer: OpaquePointer?
        var rc = mdb_txn_begin(env, nil, UInt32(MDB_RDONLY), &txnPointer)
        guard rc == 0, let txn = txnPointer else { throw LMDBError(returnCode: rc) }
        var dbis: [UInt32] = []
        for name in names {
            var dbi: UInt32 = 0
            rc = mdb_dbi_open(txn, name, 0, &dbi)
            if rc == MDB_NOTFOUND {
                dbis.append(Self.invalidDBI)
            } else if rc == 0 {
                dbis.append(dbi)
            } else {
                mdb_txn_abort(txn)
                throw LMDBError(returnCode: rc)
            }
        }
        // Committing (not aborting) a read transaction is what keeps the opened handles.
        rc = mdb_txn_commit(txn)
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
        state.withLock { $0.dbis = dbis }
    }

    // MARK: Databases

    /// The `MDB_dbi` in registry slot `index`, or ``invalidDBI``.
    func dbi(at index: Int) -> UInt32 {
        state.withLock { index < $0.dbis.count ? $0.dbis[index] : Self.invalidDBI }
    }

    /// Records the `MDB_dbi` of registry slot `index`.
    func setDBI(_ dbi: UInt32, at index: Int) {
        state.withLock { state in
            while state.dbis.count <= index { state.dbis.append(Self.invalidDBI) }
            state.dbis[index] = dbi
        }
    }

    /// Forgets registry slots whose databases were deleted.
    func invalidateDBIs(at indices: [Int]) {
        guard !indices.isEmpty else { return }
        state.withLock { state in
            for index in indices where index < state.dbis.count { state.dbis[index] = Self.invalidDBI }
        }
    }

    // MARK: Transactions

    /// Registers one more active transaction (waiting out a map resize) and returns the database table.
    func enter() -> [UInt32] {
        enter(takeIdleReader: false).dbis
    }

    private func enter(takeIdleReader: Bool) -> (dbis: [UInt32], idle: OpaquePointer?) {
        while true {
            let entered: (dbis: [UInt32], idle: OpaquePointer?)? = state.withLock { state in
                guard !state.resizing else { return nil }
                state.active += 1
                let idle = takeIdleReader ? state.idleReaders.popLast()?.txn : nil
                return (state.dbis, idle)
            }
            if let entered { return entered }
            FileSystem.pause(microseconds: 50)
        }
    }

    /// Ends one active transaction.
    func leave() {
        state.withLock { $0.active -= 1 }
    }

    /// Begins a read-only transaction; adopts a map grown by another process.
    func beginRead() throws -> (txn: OpaquePointer, dbis: [UInt32]) {
        while true {
            let (dbis, idle) = enter(takeIdleReader: true)
            var txnPointer: OpaquePointer? = idle
            let rc: Int32
            if let idle {
                rc = mdb_txn_renew(idle)
            } else {
                rc = mdb_txn_begin(env, nil, UInt32(MDB_RDONLY), &txnPointer)
            }
            if rc == 0, let txn = txnPointer { return (txn, dbis) }
            if let idle { mdb_txn_abort(idle) }
            leave()
            guard rc == MDB_MAP_RESIZED else { throw LMDBError(returnCode: rc) }
            try adoptResizedMap()
        }
    }

    /// Ends a read-only transaction, keeping it for reuse when the pool has room.
    func endRead(_ txn: OpaquePointer) {
        mdb_txn_reset(txn)
        let reader = IdleReader(txn: txn)
        let kept = state.withLock { state in
            state.active -= 1
            guard state.idleReaders.count < idleReaderLimit else { return false }
            state.idleReaders.append(reader)
            return true
        }
        if !kept { mdb_txn_abort(txn) }
    }

    /// Begins a top-level write transaction (blocking while another writer, in any process, is active).
    ///
    /// - Returns: The transaction, the database table, and the map size it began with (for ``grow(observed:maximum:)``).
    func beginWrite() throws -> (txn: OpaquePointer, dbis: [UInt32], mapSize: Int) {
        while true {
            let dbis = enter()
            let mapSize = currentMapSize()
            var txnPointer: OpaquePointer?
            let rc = mdb_txn_begin(env, nil, 0, &txnPointer)
            if rc == 0, let txn = txnPointer { return (txn, dbis, mapSize) }
            leave()
            guard rc == MDB_MAP_RESIZED else { throw LMDBError(returnCode: rc) }
            try adoptResizedMap()
        }
    }

    // MARK: Map size

    /// The current map size in bytes.
    func currentMapSize() -> Int {
        var info = MDB_envinfo()
        mdb_env_info(env, &info)
        return info.me_mapsize
    }

    /// Runs `body` while no transaction of this process is active on this handle; new ones wait meanwhile.
    ///
    /// - Throws: ``LMDBError/resizeBlocked`` when transactions stay open past the timeout (a write nested inside a
    ///   read on the same thread can never finish draining).
    func withExclusiveAccess<R>(_ body: () throws -> R) throws -> R {
        while !state.withLock({ state in
            guard !state.resizing else { return false }
            state.resizing = true
            return true
        }) {
            FileSystem.pause(microseconds: 100)
        }
        defer { state.withLock { $0.resizing = false } }
        let deadline = ContinuousClock.now.advanced(by: Self.drainTimeout)
        while state.withLock({ $0.active }) > 0 {
            guard ContinuousClock.now < deadline else { throw LMDBError.resizeBlocked }
            FileSystem.pause(microseconds: 50)
        }
        return try body()
    }

    /// Grows the map after `MDB_MAP_FULL`: doubles it, capped at `maximum`.
    ///
    /// - Parameters:
    ///   - observed: The map size the failed transaction began with; if another thread grew it since, this does
    ///     nothing and the caller simply retries.
    ///   - maximum: The configured maximum map size.
    /// - Returns: The new map size.
    /// - Throws: ``LMDBError/mapFull`` when the map is already at `maximum`.
    func grow(observed: Int, maximum: Int) throws -> Int {
        try withExclusiveAccess {
            let current = currentMapSize()
            if current > observed { return current }
            guard current < maximum else { throw LMDBError.mapFull }
            let step = 1 << 20
            let doubled = current > maximum / 2 ? maximum : max(current * 2, current + step)
            let rounded = min(maximum, (doubled + step - 1) / step * step)
            let rc = mdb_env_set_mapsize(env, max(rounded, current + 1))
            guard rc == 0 else { throw LMDBError(returnCode: rc) }
            return currentMapSize()
        }
    }

    /// Adopts the map size another process set (`MDB_MAP_RESIZED`).
    func adoptResizedMap() throws {
        try withExclusiveAccess {
            let rc = mdb_env_set_mapsize(env, 0)
            guard rc == 0 else { throw LMDBError(returnCode: rc) }
        }
    }
}

/// The files of one environment directory.
struct EnvironmentPaths: Sendable {
    /// The canonical directory path.
    var directory: String
    /// `data.mdb`: the B-tree pages.
    var data: String { directory + "/data.mdb" }
    /// `lock.mdb`: LMDB's reader table and writer mutex.
    var lock: String { directory + "/lock.mdb" }
    /// The swap gate: held exclusively while opening the files and while compaction swaps them.
    var gate: String { directory + "/swap.lock" }
    /// Where compaction writes the new data file before renaming it over `data.mdb`.
    var compactionTemporary: String { directory + "/data.mdb.compacting" }
}
