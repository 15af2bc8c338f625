import Logging

/// An LMDB environment: a directory of named databases, shared safely between threads, tasks and processes.
///
/// Reads and writes are synchronous closures that run a transaction: ``read(_:)`` sees one snapshot; ``write(_:)``
/// commits when the closure returns and aborts when it throws. Never `await` inside them. From async code, prefer
/// ``writeAsync(commitWithin:_:)``, which runs writes on one dedicated thread and commits queued writes together.
///
/// The map grows by itself: a write that hits `MDB_MAP_FULL` is rolled back, the map doubled (up to
/// ``EnvironmentConfiguration/maximumMapSize``), and the write run again, so a store never fails for being "full"
/// below its maximum. Several processes may open one directory at once (a daemon and the `veil erase` CLI);
/// ``compact()`` describes how they stay consistent when the data file is replaced.
///
/// ```swift
/// let environment = try Environment(configuration: EnvironmentConfiguration(path: dataDirectory))
/// let entries = try environment.database(named: "entries")
/// try environment.write { txn in try txn.put(value, forKey: key, in: entries) }
/// let stored = try environment.read { txn in try txn.get(key, in: entries) }
/// ```
///
/// Opening the same directory twice in one process returns two `Environment` objects over one shared LMDB
/// environment, because LMDB must not open the same files twice in one process.
///
/// Safety of `@unchecked Sendable`: every stored property is immutable; `core` is itself safe to share (LMDB
/// opened with `MDB_NOTLS`, mutable state behind `Locked`, remapping only while no transaction of this process is
/// active), and transactions never leave the closure that runs them.
public final class Environment: @unchecked Sendable {
    /// How this environment was opened (for a directory already open in this process: the first opener's).
    public let configuration: EnvironmentConfiguration
    let core: EnvironmentCore

    /// Opens (and if needed creates) the environment in `configuration.path`.
    ///
    /// - Parameters:
    ///   - configuration: Where and how to open.
    ///   - logger: Receives map growth, reopen and compaction events (never keys or values).
    /// - Throws: ``LMDBError`` when the directory cannot be created or opened, or
    ///   ``LMDBError/incompatibleConfiguration`` when this process already has it open with the other read-only
    ///   setting.
    public init(
        configuration: EnvironmentConfiguration,
        logger: Logger = Logger(label: "veil.storage")
    ) throws {
        let core = try EnvironmentCore.shared(configuration: configuration, logger: logger)
        self.core = core
        self.configuration = core.configuration
    }

    /// Opens the named database, creating it if missing (which takes a short write transaction).
    ///
    /// Call it once per name at start-up and keep the ``Database``; don't call it inside a transaction closure.
    ///
    /// - Parameter name: The database name.
    /// - Returns: A handle valid for this environment's lifetime, across map growth and compaction.
    /// - Throws: ``LMDBError/databasesFull`` past ``EnvironmentConfiguration/maxDatabases``; on a read-only
    ///   environment, ``LMDBError/notFound`` if the database does not exist.
    public func database(named name: String) throws -> Database {
        try core.database(named: name)
    }

    /// Runs `body` in a read-only transaction on the caller's thread.
    ///
    /// Read transactions never block writers or each other. Keep them short all the same: an open one pins the
    /// pages of its snapshot, so the file cannot reuse them.
    ///
    /// - Parameter body: Reads through the transaction; it must not keep the transaction or any buffer from it.
    /// - Returns: What `body` returned.
    public func read<T>(_ body: (ReadTransaction) throws -> T) throws -> T {
        try core.read(body)
    }

    /// Runs `body` in a write transaction on the caller's thread: commit on return, abort on throw.
    ///
    /// Blocks while another writer of any process is active. On `MDB_MAP_FULL` the transaction is aborted, the map
    /// grown and **`body` runs again**, so `body` must not have effects outside the transaction (or they must
    /// tolerate repetition). From async code use ``writeAsync(commitWithin:_:)`` instead, which keeps blocking off the
    /// cooperative pool.
    ///
    /// - Parameter body: Reads and writes through the transaction; throwing rolls every change back.
    /// - Returns: What `body` returned.
    /// - Throws: What `body` threw, ``LMDBError/mapFull`` when the configured maximum is reached, or
    ///   ``LMDBError/readOnly``.
    public func write<T>(_ body: (WriteTransaction) throws -> T) throws -> T {
        try core.write(body)
    }

    /// Runs `body` in a write transaction on the environment's writer thread and returns its result.
    ///
    /// Writes queued while the writer is busy are committed together (group commit): one LMDB transaction, one
    /// `fsync`, each closure inside its own nested transaction, so a closure that throws rolls back only its own
    /// changes and the others still commit. This call returns only after the batch has committed. On
    /// `MDB_MAP_FULL` the batch is rolled back, the map grown and **every closure in it runs again**. Cancelling
    /// the calling task does not withdraw a queued write.
    ///
    /// A write that need not be visible at once can pass `commitWithin`: the writer then waits up to that long for
    /// more writes to share its transaction, so a steady stream of small writes (a cache storing one answer per
    /// request) costs one commit per window instead of one per write. A write without it ends any such wait, and
    /// everything queued before it commits with it, in order.
    ///
    /// - Parameters:
    ///   - commitWithin: How long the write may wait for companions; `nil` (the default) commits as soon as the
    ///     writer is free.
    ///   - body: Reads and writes through the transaction; throwing rolls back only this closure's changes.
    /// - Returns: What `body` returned, once committed.
    /// - Throws: What `body` threw, or an ``LMDBError`` when the batch could not commit.
    public func writeAsync<T: Sendable>(
        commitWithin: Duration? = nil,
        _ body: @escaping @Sendable (WriteTransaction) throws -> T
    ) async throws -> T {
        let commitBy = commitWithin.map { ContinuousClock.now + $0 }
        return try await withCheckedThrowingContinuation { continuation in
            core.writer.enqueue(
                PendingWrite(
                    run: { transaction in
                        let value = try body(transaction)
                        return { continuation.resume(returning: value) }
                    },
                    fail: { error in continuation.resume(throwing: error) },
                    commitBy: commitBy
                )
            )
        }
    }

    /// Size figures of `database`.
    public func statistics(of database: Database) throws -> DatabaseStatistics {
        try core.read { try $0.statistics(of: database) }
    }

    /// Flushes commits to disk; needed only with ``EnvironmentConfiguration/Durability/noSync`` or
    /// ``EnvironmentConfiguration/Durability/noMetaSync``.
    ///
    /// - Parameter force: Flush even when the environment was opened with `noSync`.
    public func sync(force: Bool = true) throws {
        try core.sync(force: force)
    }

    /// The size of `data.mdb` in bytes (0 if it does not exist).
    public var fileSize: Int { core.fileSize }

    /// Reopens the files if compaction replaced `data.mdb`.
    ///
    /// Every transaction already does this check at its start; call it from an idle process so that it lets go of
    /// the old file (and its disk space) without waiting for its next transaction.
    ///
    /// - Returns: Whether the files had been replaced.
    @discardableResult
    public func reopenIfReplaced() throws -> Bool {
        try core.reopenIfReplaced()
    }
}
