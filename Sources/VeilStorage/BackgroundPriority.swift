import CLMDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lowers the scheduling priority of threads that do deferred work (commits, cache maintenance).
///
/// On a small machine the thread that commits a batch of cache stores competes for a core with the event loops
/// that serve requests; a commit of a few dozen pages is a burst of a millisecond or more of CPU, and any request
/// that arrives during it waits. At nice 10 the kernel gives such a thread about a tenth of a contended core, so
/// serving preempts it, while on an idle core it still runs at full speed.
public enum BackgroundPriority {
    /// The nice value deferred-work threads run at.
    public static let niceness: Int32 = 10

    /// Lowers the calling thread's priority to ``niceness``; does nothing where the system refuses.
    public static func lowerCurrentThread() {
        #if os(Linux)
            // On Linux, nice is per thread: PRIO_PROCESS with a thread id changes only that thread.
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(veil_current_thread_id()), niceness)
        #endif
    }
}
