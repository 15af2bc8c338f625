import CLMDB
import Logging
import Synchronization
import VeilSync

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The engine behind ``Environment``: one per directory per process, shared by every `Environment` opened on it.
///
/// LMDB forbids opening the same files twice in one process (closing either copy drops the process's `fcntl`
/// locks on `lock.mdb`), so a second `Environment` on a directory reuses the first one's core.
///
/// Safety of `@unchecked Sendable`: the immutable fields are `Sendable`; the current handle and the database
/// registry live in `Locked` values; LMDB objects are used as ``EnvironmentHandle`` documents.
final class EnvironmentCore: @unchecked Sendable {
    private struct Registry {
        var names: [String] = []
        var indexByName: [String: Int] = [:]
    }

    /// Live cores by canonical directory path.
    private static let openCores = Locked<[String: WeakCore]>([:])
    private static let nextToken = Atomic<UInt64>(1)

    let configuration: EnvironmentConfiguration
    let paths: EnvironmentPaths
    let logger: Logger
    /// Distinguishes this core's ``Database`` values from another's.
    let token: UInt64
    private let current: Locked<EnvironmentHandle>
    /// When a read last checked `data.mdb` for a replacement (coarse monotonic nanoseconds).
    private let lastReadCheck = Atomic<UInt64>(0)
    /// Reads check for another process's compaction at most this often: the check is a `stat`, and a request makes
    /// several reads. Until the check, a read sees the replaced file, which holds the same records as of the swap
    /// (data is erased by destroying its key first, which every read notices at once). Writes always check.
    static let readRecheckNanoseconds: UInt64 = 2_000_000
    /// Guards database opening and reopening, which LMDB requires to be serialized within a process.
    private let registry = Locked(Registry())
    let writer: WriteQueue

    private init(configuration: EnvironmentConfiguration, paths: EnvironmentPaths, logger: Logger) throws {
        self.configuration = configuration
        self.paths = paths
        self.logger = logger
        self.token = Self.nextToken.wrappingAdd(1, ordering: .relaxed).oldValue
        let handle = try EnvironmentHandle.open(
            configuration: configuration,
            paths: paths,
            databaseNames: [],
            logger: logger
        )
        self.current = Locked(handle)
        self.writer = WriteQueue()
    }

    deinit {
        writer.stop()
    }

    /// The core for `configuration.path`: the live one of this process, or a newly opened one.
    static func shared(configuration: EnvironmentConfiguration, logger: Logger) throws -> EnvironmentCore {
        if !configuration.readOnly {
            try FileSystem.makeDirectory(configuration.path)
        }
        let directory = try FileSystem.canonicalPath(configuration.path)
        return try openCores.withLock { cores in
            if let existing = cores[directory]?.core {
                guard existing.configuration.readOnly == configuration.readOnly else {
                    throw LMDBError.incompatibleConfiguration
                }
                return existing
            }
            let core = try EnvironmentCore(
                configuration: configuration,
                paths: EnvironmentPaths(directory: directory),
                logger: logger
            )
            core.writer.start(core: core)
            cores = cores.filter { $0.value.core != nil }
            cores[directory] = WeakCore(core)
            return core
        }
    }

    // MARK: Handles

    /// Whether `data.mdb` is no longer the file `handle` mapped (compaction renamed a new one into place).
    func isReplaced(_ handle: EnvironmentHandle) throws -> Bool {
        guard let identity = try FileSystem.identity(of: paths.data) else { return false }
        return identity != handle.dataIdentity
    }

    /// The handle to begin a transaction on, reopening first if `data.mdb` was replaced.
    func currentHandle() throws -> EnvironmentHandle {
        let handle = current.withLock { $0 }
        guard try isReplaced(handle) else { return handle }
        return try reopen(replacing: handle)
    }

    /// The handle in use, without the replacement check (for tests).
    func currentHandleForTesting() -> EnvironmentHandle {
        current.withLock { $0 }
    }

    /// Reopens if `data.mdb` was replaced; returns whether it was.
    func reopenIfReplaced() throws -> Bool {
        let handle = current.withLock { $0 }
        guard try isReplaced(handle) else { return false }
        _ = try reopen(replacing: handle)
        return true
    }

    /// Opens the current files in place of `stale`, unless another thread already did.
    func reopen(replacing stale: EnvironmentHandle) throws -> EnvironmentHandle {
        try registry.withLock { registry in
            try reopenLocked(registry: &registry, replacing: stale)
        }
    }

    private func reopenLocked(registry: inout Registry, replacing stale: EnvironmentHandle) throws
        -> EnvironmentHandle
    {
        let handle = current.withLock { $0 }
        guard handle === stale else { return handle }
        let fresh = try EnvironmentHandle.open(
            configuration: configuration,
            paths: paths,
            databaseNames: registry.names,
            logger: logger
        )
        current.withLock { $0 = fresh }
        logger.info("data file replaced by compaction; reopened environment", metadata: ["component": "lmdb"])
        // `stale` closes its MDB_env once the last transaction still using it ends.
        return fresh
    }

    // MARK: Databases

    /// Opens the named database, creating it unless read-only.
    func database(named name: String) throws -> Database {
        try registry.withLock { registry in
            while true {
                var handle = current.withLock { $0 }
                if try isReplaced(handle) {
                    handle = try reopenLocked(registry: &registry, replacing: handle)
                }
                if let index = registry.indexByName[name], handle.dbi(at: index) != EnvironmentHandle.invalidDBI {
                    return Database(token: token, index: index, name: name)
                }
                guard let dbi = try openDBI(named: name, on: handle) else { continue }
                let index: Int
                if let existing = registry.indexByName[name] {
                    index = existing
                } else {
                    index = registry.names.count
                    registry.names.append(name)
                    registry.indexByName[name] = index
                }
                handle.setDBI(dbi, at: index)
                return Database(token: token, index: index, name: name)
            }
        }
    }

    /// One attempt to open `name` on `handle`; `nil` means "retry" (the files were replaced or the map grew).
    private func openDBI(named name: String, on handle: EnvironmentHandle) throws -> UInt32? {
        var dbi: UInt32 = 0
        if configuration.readOnly {
            let (txn, _) = try handle.beginRead()
            defer { handle.leave() }
            let rc = mdb_dbi_open(txn, name, 0, &dbi)
            guard rc == 0 else {
                mdb_txn_abort(txn)
                throw LMDBError(returnCode: rc)
            }
            let commit = mdb_txn_commit(txn)
            guard commit == 0 else { throw LMDBError(returnCode: commit) }
            return dbi
        }
        let (txn, _, mapSize) = try handle.beginWrite()
        if try isReplaced(handle) {
            mdb_txn_abort(txn)
            handle.leave()
            return nil
        }
        var rc = mdb_dbi_open(txn, name, UInt32(MDB_CREATE), &dbi)
        if rc == 0 {
            rc = mdb_txn_commit(txn)
        } else {
            mdb_txn_abort(txn)
        }
        handle.leave()
        if rc == MDB_MAP_FULL {
            try grow(handle, observed: mapSize)
            return nil
        }
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
        return dbi
    }

    // MARK: Transactions

    func read<T>(_ body: (ReadTransaction) throws -> T) throws -> T {
        let now = EnvironmentChangeMonitor.coarseNow()
        let handle: EnvironmentHandle
        if now &- lastReadCheck.load(ordering: .relaxed) < Self.readRecheckNanoseconds {
            handle = current.withLock { $0 }
        } else {
            lastReadCheck.store(now, ordering: .relaxed)
            handle = try currentHandle()
        }
        let (txn, dbis) = try handle.beginRead()
        let transaction = ReadTransaction(pointer: txn, dbis: dbis, token: token)
        defer {
            transaction.invalidate()
            handle.endRead(txn)
        }
        return try body(transaction)
    }

    func write<T>(_ body: (WriteTransaction) throws -> T) throws -> T {
        guard !configuration.readOnly else { throw LMDBError.readOnly }
        while true {
            let handle = try currentHandle()
            let (txn, dbis, mapSize) = try handle.beginWrite()
            // Checked while holding the writer lock: a compaction holds it from copy to rename, so once we have it,
            // either the file is current or the swap is complete and visible here.
            if try isReplaced(handle) {
                mdb_txn_abort(txn)
                handle.leave()
                _ = try reopen(replacing: handle)
                continue
            }
            let transaction = WriteTransaction(pointer: txn, dbis: dbis, token: token)
            let result: T
            do {
                result = try body(transaction)
            } catch {
                transaction.invalidate()
                mdb_txn_abort(txn)
                handle.leave()
                handle.invalidateDBIs(at: transaction.droppedIndices)
                guard transaction.sawMapFull else { throw error }
                try grow(handle, observed: mapSize)
                continue
            }
            transaction.invalidate()
            let rc: Int32
            if transaction.sawMapFull {
                mdb_txn_abort(txn)
                rc = MDB_MAP_FULL
            } else {
                rc = mdb_txn_commit(txn)
            }
            handle.leave()
            handle.invalidateDBIs(at: transaction.droppedIndices)
            if rc == MDB_MAP_FULL {
                try grow(handle, observed: mapSize)
                continue
            }
            guard rc == 0 else { throw LMDBError(returnCode: rc) }
            return result
        }
    }

    /// Grows `handle`'s map after `MDB_MAP_FULL`, logging the new size.
    func grow(_ handle: EnvironmentHandle, observed: Int) throws {
        do {
            let size = try handle.grow(observed: observed, maximum: configuration.maximumMapSize)
            if size > observed {
                logger.info("LMDB map grown", metadata: ["component": "lmdb", "mapSize": "\(size)"])
            }
        } catch let error as LMDBError where error == .mapFull {
            logger.error(
                "LMDB map at configured maximum",
                metadata: ["component": "lmdb", "maximumMapSize": "\(configuration.maximumMapSize)"]
            )
            throw error
        }
    }

    /// Runs queued ``Environment/writeAsync(commitWithin:_:)`` closures in one LMDB transaction, each in a child transaction.
    ///
    /// Runs on the writer thread only. A closure that throws aborts only its child transaction. On `MDB_MAP_FULL`
    /// the whole batch is aborted, the map grown, and every closure run again; if the map cannot grow, each closure
    /// is retried alone so that only the ones that do not fit fail.
    func runBatch(_ jobs: [PendingWrite]) {
        guard !configuration.readOnly else {
            for job in jobs { job.fail(LMDBError.readOnly) }
            return
        }
        while true {
            do {
                let handle = try currentHandle()
                let (parent, dbis, mapSize) = try handle.beginWrite()
                if try isReplaced(handle) {
                    mdb_txn_abort(parent)
                    handle.leave()
                    _ = try reopen(replacing: handle)
                    continue
                }
                var completions: [@Sendable () -> Void] = []
                var dropped: [Int] = []
                var mapFull = false
                for job in jobs {
                    var childPointer: OpaquePointer?
                    let begin = mdb_txn_begin(handle.env, parent, 0, &childPointer)
                    guard begin == 0, let child = childPointer else {
                        if begin == MDB_MAP_FULL {
                            mapFull = true
                            break
                        }
                        completions.append { job.fail(LMDBError(returnCode: begin)) }
                        continue
                    }
                    let transaction = WriteTransaction(pointer: child, dbis: dbis, token: token)
                    do {
                        let resume = try job.run(transaction)
                        transaction.invalidate()
                        dropped += transaction.droppedIndices
                        if transaction.sawMapFull {
                            mdb_txn_abort(child)
                            mapFull = true
                            break
                        }
                        let rc = mdb_txn_commit(child)
                        if rc == MDB_MAP_FULL {
                            mapFull = true
                            break
                        }
                        if rc == 0 {
                            completions.append(resume)
                        } else {
                            completions.append { job.fail(LMDBError(returnCode: rc)) }
                        }
                    } catch {
                        transaction.invalidate()
                        dropped += transaction.droppedIndices
                        mdb_txn_abort(child)
                        if transaction.sawMapFull {
                            mapFull = true
                            break
                        }
                        completions.append { job.fail(error) }
                    }
                }
                let rc: Int32
                if mapFull {
                    mdb_txn_abort(parent)
                    rc = MDB_MAP_FULL
                } else {
                    rc = mdb_txn_commit(parent)
                }
                handle.leave()
                handle.invalidateDBIs(at: dropped)
                if rc == MDB_MAP_FULL {
                    do {
                        try grow(handle, observed: mapSize)
                    } catch let error as LMDBError where error == .mapFull && jobs.count > 1 {
                        for job in jobs { runBatch([job]) }
                        return
                    }
                    continue
                }
                guard rc == 0 else { throw LMDBError(returnCode: rc) }
                for completion in completions { completion() }
                return
            } catch {
                for job in jobs { job.fail(error) }
                return
            }
        }
    }

    // MARK: Maintenance

    func sync(force: Bool) throws {
        let handle = try currentHandle()
        _ = handle.enter()
        defer { handle.leave() }
        let rc = mdb_env_sync(handle.env, force ? 1 : 0)
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
    }

    func copyCompacted(to directory: String) throws {
        try FileSystem.makeDirectory(directory)
        let handle = try currentHandle()
        _ = handle.enter()
        defer { handle.leave() }
        let rc = mdb_env_copy2(handle.env, directory, UInt32(MDB_CP_COMPACT))
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
        let fd = open(directory + "/data.mdb", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw LMDBError.other(errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw LMDBError.other(errno) }
        try FileSystem.syncDirectory(directory)
    }

    func compact() throws {
        guard !configuration.readOnly else { throw LMDBError.readOnly }
        while true {
            let handle = try currentHandle()
            let (txn, _, _) = try handle.beginWrite()
            if try isReplaced(handle) {
                mdb_txn_abort(txn)
                handle.leave()
                _ = try reopen(replacing: handle)
                continue
            }
            do {
                try swapInCompactedCopy(of: handle)
            } catch {
                mdb_txn_abort(txn)
                handle.leave()
                unlink(paths.compactionTemporary)
                throw error
            }
            // Nothing was written in this transaction; it only held the writer lock across copy and rename.
            mdb_txn_abort(txn)
            handle.leave()
            _ = try reopen(replacing: handle)
            return
        }
    }

    /// Copy, flush, and swap; the caller holds the LMDB writer lock.
    private func swapInCompactedCopy(of handle: EnvironmentHandle) throws {
        let before = FileSystem.size(of: paths.data)
        // A leftover from a compaction that died: safe to remove, since every compaction holds the writer lock.
        if unlink(paths.compactionTemporary) != 0 && errno != ENOENT { throw LMDBError.other(errno) }
        let fd = open(paths.compactionTemporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw LMDBError.other(errno) }
        var closed = false
        defer { if !closed { close(fd) } }
        let rc = mdb_env_copyfd2(handle.env, fd, UInt32(MDB_CP_COMPACT))
        guard rc == 0 else { throw LMDBError(returnCode: rc) }
        guard fsync(fd) == 0 else { throw LMDBError.other(errno) }
        closed = true
        guard close(fd) == 0 else { throw LMDBError.other(errno) }
        try FileSystem.withExclusiveLock(on: paths.gate) {
            guard rename(paths.compactionTemporary, paths.data) == 0 else { throw LMDBError.other(errno) }
            // The old lock file's transaction id belongs to the old file; the next opener creates a fresh one.
            guard unlink(paths.lock) == 0 || errno == ENOENT else { throw LMDBError.other(errno) }
            try FileSystem.syncDirectory(paths.directory)
        }
        logger.info(
            "LMDB environment compacted",
            metadata: [
                "component": "lmdb", "bytesBefore": "\(before)", "bytesAfter": "\(FileSystem.size(of: paths.data))",
            ]
        )
    }

    var fileSize: Int { FileSystem.size(of: paths.data) }
}

/// A weak reference to a core, so that the process-wide table does not keep environments open.
final class WeakCore: @unchecked Sendable {
    // Safety: only read and written inside `EnvironmentCore.openCores`'s lock; weak loads are atomic anyway.
    weak var core: EnvironmentCore?

    init(_ core: EnvironmentCore) {
        self.core = core
    }
}
