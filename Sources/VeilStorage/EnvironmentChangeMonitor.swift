import CLMDB
import VeilSync

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells, in well under a microsecond, whether anything was committed to an ``Environment`` (by any process) since
/// an earlier look.
///
/// Built for caches of values derived from the store, such as the keyring's unwrapped keys: sample a
/// ``Stamp`` before reading, keep it with the cached value, and trust the value only while ``stamp()`` still returns
/// the same one. A stamp is LMDB's last committed transaction id (`mdb_env_info`, read from the shared memory map,
/// so another process's commit shows at once) together with a generation that changes when compaction replaced
/// `data.mdb`, because a compacted file restarts at transaction 1.
///
/// ```swift
/// let monitor = EnvironmentChangeMonitor(environment: environment)
/// let stamp = monitor.stamp()
/// let value = try environment.read { ... }      // cache (value, stamp)
/// if monitor.stamp() == cachedStamp { /* still valid */ }
/// ```
///
/// Compaction by another process: this process keeps mapping the old file until it notices the new one, which the
/// monitor checks (one `stat`) at most once per `recheckInterval`, and which every transaction begin checks too.
/// Commits landing in the new file before that are seen once the monitor rechecks.
public final class EnvironmentChangeMonitor: Sendable {
    /// A point in an environment's commit history; equal stamps mean nothing was committed in between.
    public struct Stamp: Sendable, Hashable, Comparable {
        /// Counts the data files this monitor has seen (compaction swaps in a new one).
        public var generation: UInt64
        /// LMDB's last committed transaction id in that file.
        public var transaction: UInt64

        /// Creates a stamp, e.g. from a generation and a read transaction's ``ReadTransaction/snapshotID``.
        public init(generation: UInt64, transaction: UInt64) {
            self.generation = generation
            self.transaction = transaction
        }

        /// Orders stamps of one monitor by generation, then transaction.
        public static func < (lhs: Stamp, rhs: Stamp) -> Bool {
            (lhs.generation, lhs.transaction) < (rhs.generation, rhs.transaction)
        }
    }

    private struct State {
        var handle: EnvironmentHandle
        var generation: UInt64
        var checkedAt: UInt64
    }

    private let core: EnvironmentCore
    private let state: Locked<State>
    private let recheckNanoseconds: UInt64

    /// Creates a monitor for `environment`.
    ///
    /// - Parameters:
    ///   - environment: The environment to watch.
    ///   - recheckInterval: How often, at most, to `stat` `data.mdb` for a replacement by another process's
    ///     compaction.
    /// - Throws: ``LMDBError`` if the environment's files cannot be checked.
    public init(environment: Environment, recheckInterval: Duration = .milliseconds(50)) throws {
        self.core = environment.core
        let (seconds, attoseconds) = recheckInterval.components
        self.recheckNanoseconds = UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds)) / 1_000_000_000
        self.state = Locked(State(handle: try core.currentHandle(), generation: 0, checkedAt: Self.coarseNow()))
    }

    /// The current stamp: a few shared-memory loads and two uncontended locks, plus an occasional `stat`.
    ///
    /// - Returns: The stamp; if the replacement check fails (for example the directory vanished), the stamp of the
    ///   file still mapped, which the next transaction will then report as an error.
    public func stamp() -> Stamp {
        let now = Self.coarseNow()
        let snapshot = state.withLock { state in
            (handle: state.handle, generation: state.generation, due: now &- state.checkedAt >= recheckNanoseconds)
        }
        var (handle, generation) = (snapshot.handle, snapshot.generation)
        if snapshot.due, let fresh = try? core.currentHandle() {
            (handle, generation) = state.withLock { state in
                if fresh !== state.handle {
                    state.handle = fresh
                    state.generation += 1
                }
                state.checkedAt = now
                return (state.handle, state.generation)
            }
        }
        // Registering as active keeps a map resize (which remaps the meta pages) from running during the read.
        _ = handle.enter()
        defer { handle.leave() }
        var info = MDB_envinfo()
        mdb_env_info(handle.env, &info)
        return Stamp(generation: generation, transaction: UInt64(info.me_last_txnid))
    }

    /// A cheap monotonic clock (a few milliseconds of resolution is plenty for the recheck interval).
    static func coarseNow() -> UInt64 {
        var ts = timespec()
        #if os(Linux)
            clock_gettime(CLOCK_MONOTONIC_COARSE, &ts)
        #else
            clock_gettime(CLOCK_MONOTONIC, &ts)
        #endif
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
