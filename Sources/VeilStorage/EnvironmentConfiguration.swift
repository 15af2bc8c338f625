/// How an ``Environment`` is opened: where, how large it may grow, and how durable a commit is.
///
/// ```swift
/// var configuration = EnvironmentConfiguration(path: "/var/lib/veil/data")
/// configuration.durability = .noMetaSync
/// let environment = try Environment(configuration: configuration)
/// ```
public struct EnvironmentConfiguration: Sendable {
    /// What a commit promises once it returns.
    ///
    /// LMDB is copy-on-write: with `sync` and `noMetaSync`, a crash of any kind leaves the store at a consistent
    /// commit, and the modes differ only in how many of the latest commits a power loss may take away. `noSync`
    /// gives up that guarantee for power loss and kernel crashes (LMDB's own warning: unless the file system keeps
    /// write order, such a crash can corrupt the file). A process crash (even `SIGKILL`) loses nothing in any mode,
    /// because the pages are already in the operating system's page cache.
    public enum Durability: Sendable, Hashable {
        /// `fsync` on every commit (the default). A returned commit survives power loss.
        ///
        /// Costs about 0.1 ms per commit on an idle disk and several milliseconds under I/O load; group commit
        /// (``Environment/writeAsync(commitWithin:_:)``) spreads that cost over every write in the batch.
        case sync
        /// Data pages are flushed on commit but the meta page is not (`MDB_NOMETASYNC`).
        ///
        /// A power loss may undo the last commit (the previous meta page is still valid); the store stays consistent.
        /// Calling ``Environment/sync(force:)`` makes everything durable.
        case noMetaSync
        /// No flush on commit (`MDB_NOSYNC`): about 10 µs per commit.
        ///
        /// A power loss or kernel crash may lose every commit since the last ``Environment/sync(force:)`` or the
        /// operating system's own writeback (typically 5–30 s), and on file systems that reorder writes may corrupt
        /// the file. Only for scratch data that can be thrown away; never for keys.
        case noSync
    }

    /// The environment directory (holding `data.mdb` and `lock.mdb`); created with mode 0700 if missing.
    public var path: String
    /// The most reader slots, shared by every process on this environment (`mdb_env_set_maxreaders`).
    ///
    /// Each open read transaction holds one slot, and a pool of idle read transactions keeps up to 64 more per
    /// process; a value far above the number of concurrent readers costs only a little lock-file space.
    public var maxReaders: UInt32 = 1024
    /// The most named databases (`mdb_env_set_maxdbs`).
    public var maxDatabases: UInt32 = 32
    /// The map size on first open; the map then grows by doubling when full.
    public var initialMapSize: Int = 64 << 20
    /// The largest the map (and so the data file) may grow; a write beyond it fails with ``LMDBError/mapFull``.
    ///
    /// Reserving address space is free on 64-bit systems, so a large maximum costs nothing until it is used.
    public var maximumMapSize: Int = 64 << 30
    /// What a commit promises once it returns; see ``Durability``.
    public var durability: Durability = .sync
    /// Open read-only (`MDB_RDONLY`): writes fail with ``LMDBError/readOnly`` and the directory is not created.
    public var readOnly: Bool = false

    /// A configuration with defaults for everything but the directory.
    ///
    /// - Parameter path: The environment directory.
    public init(path: String) {
        self.path = path
    }
}
