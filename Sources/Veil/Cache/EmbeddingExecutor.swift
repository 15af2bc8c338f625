import NIOPosix
import VeilEmbedding

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Where compute-heavy embedders (MiniLM) run: one thread of a NIO thread pool of its own, at a lower scheduling
/// priority than the event loops, so that a tenant's misses that need an embedding never run on a loop and never
/// take a core from the requests of others (hits are served while an embedding is in progress).
///
/// One thread is enough: on a small machine a second would only compete with the loops; embeddings queue instead,
/// and a request waiting for one waits without blocking anything.
final class EmbeddingExecutor: TaskExecutor, @unchecked Sendable {
    // Safe: `pool` is a thread pool that is itself thread-safe; the class holds nothing else.
    static let shared = EmbeddingExecutor()

    private let pool: NIOThreadPool

    init() {
        pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        // The pool's one thread runs this first: a nice value of 10 lets the event loops preempt it. On Linux the
        // nice value is a per-thread attribute, and `who` 0 names the calling thread.
        pool.submit { _ in
            #if os(Linux)
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
            #endif
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        // Runs the job whatever the pool's state: a job that never ran would leave its task suspended forever.
        pool.submit { _ in job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// An embedder whose work runs on ``EmbeddingExecutor``; what the cache uses for compute-heavy embedders.
struct OffLoopEmbedder: Embedder {
    let base: any Embedder

    var identifier: String { base.identifier }
    var dimension: Int { base.dimension }
    var isComputeHeavy: Bool { false }

    func embed(_ text: String) async throws -> [Float] {
        try await withTaskExecutorPreference(EmbeddingExecutor.shared) {
            try await base.embed(text)
        }
    }
}
