#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which file a path names: device and inode, as `stat` reports them.
///
/// Comparing identities is how an environment notices that compaction renamed a new `data.mdb` into place: the path
/// stays the same, the inode does not.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
}

/// The few POSIX file operations the storage layer needs, with errors as ``LMDBError``.
///
/// Plain POSIX rather than Foundation: they run on every transaction begin (`stat`) and on rare maintenance
/// paths, and VeilStorage stays free of Foundation.
enum FileSystem {
    /// The identity of the file at `path`, or `nil` when it does not exist.
    static func identity(of path: String) throws -> FileIdentity? {
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT { return nil }
            throw LMDBError.other(errno)
        }
        return FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    /// The identity of an open file descriptor.
    static func identity(of fd: Int32) throws -> FileIdentity {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw LMDBError.other(errno) }
        return FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    /// The size in bytes of the file at `path`, or 0 when it does not exist.
    static func size(of path: String) -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else { return 0 }
        return Int(st.st_size)
    }

    /// Creates `path` and its missing parents with `mode` (like `mkdir -p`).
    static func makeDirectory(_ path: String, mode: mode_t = 0o700) throws {
        var isDirectory = false
        if exists(path, isDirectory: &isDirectory) {
            guard isDirectory else { throw LMDBError.other(ENOTDIR) }
            return
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeDirectory(String(path[..<slash]), mode: mode)
        }
        guard mkdir(path, mode) == 0 || errno == EEXIST else { throw LMDBError.other(errno) }
    }

    /// Whether `path` exists, and whether it is a directory.
    static func exists(_ path: String, isDirectory: inout Bool) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
        return true
    }

    /// The canonical absolute path (symlinks resolved), so one directory always maps to one registry key.
    static func canonicalPath(_ path: String) throws -> String {
        guard let resolved = realpath(path, nil) else { throw LMDBError.other(errno) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Flushes a directory's entries, so that a rename or unlink in it survives power loss.
    static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw LMDBError.other(errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw LMDBError.other(errno) }
    }

    /// Runs `body` holding an exclusive `flock` on `path` (created with mode 0600 if missing).
    ///
    /// `flock` locks belong to the open file description, not the process, so two threads of one process exclude
    /// each other just as two processes do, and closing an unrelated descriptor never drops the lock (unlike
    /// `fcntl` locks, which is why this is a file of our own and not `lock.mdb`). A process that may not write the
    /// directory (a read-only opener) locks the file read-only if it exists, and otherwise goes without.
    static func withExclusiveLock<R>(on path: String, _ body: () throws -> R) throws -> R {
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 && (errno == EACCES || errno == EROFS) {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 && (errno == ENOENT || errno == EACCES) { return try body() }
        }
        guard fd >= 0 else { throw LMDBError.other(errno) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw LMDBError.other(errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Sleeps the calling thread briefly; used only while waiting for a rare map resize.
    static func pause(microseconds: UInt32) {
        usleep(microseconds)
    }
}
