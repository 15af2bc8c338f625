import Dispatch
import Foundation
import Synchronization

/// One closure waiting for the writer thread, type-erased so that one batch can hold closures of any result type.
struct PendingWrite: Sendable {
    /// Runs the caller's closure and returns what resumes the caller once the batch has committed.
    let run: @Sendable (WriteTransaction) throws -> @Sendable () -> Void
    /// Resumes the caller with an error.
    let fail: @Sendable (any Error) -> Void
}

/// The queue and the dedicated thread behind ``Environment/writeAsync(_:)``.
///
/// A write transaction must begin and commit on one thread, and beginning one blocks while any other writer (in
/// any process) holds LMDB's writer lock, so writes run on one thread of their own rather than on Swift's
/// cooperative pool, where a blocked writer would take one of only a few pool threads (two on a 2-core machine).
/// Closures that queue up while a batch runs are committed together in the next one: one `fsync` for all.
final class WriteQueue: Sendable {
    private struct State {
        var jobs: [PendingWrite] = []
        var stopped = false
    }

    /// The most closures in one batch, bounding how long one transaction holds the writer lock.
    static let batchLimit = 256

    private let state = Mutex(State())
    private let wakeup = DispatchSemaphore(value: 0)
    /// Batches run so far; lets tests see that queued writes shared a transaction.
    let batchesRun = Atomic<Int>(0)

    /// Closures queued and not yet taken by the writer thread.
    var pendingCount: Int { state.withLock { $0.jobs.count } }

    /// Starts the writer thread; it holds the core only weakly so the environment can close.
    func start(core: EnvironmentCore) {
        let reference = WeakCore(core)
        let thread = Thread { [self] in
            self.runLoop(core: reference)
        }
        thread.name = "veil.lmdb.writer"
        thread.start()
    }

    private func runLoop(core reference: WeakCore) {
        while true {
            wakeup.wait()
            let (jobs, stopped) = state.withLock { state in
                let count = min(state.jobs.count, Self.batchLimit)
                let jobs = Array(state.jobs.prefix(count))
                state.jobs.removeFirst(count)
                return (jobs, state.stopped)
            }
            if !jobs.isEmpty {
                batchesRun.add(1, ordering: .relaxed)
                if let core = reference.core {
                    core.runBatch(jobs)
                } else {
                    for job in jobs { job.fail(LMDBError.closed) }
                }
            }
            if stopped && state.withLock({ $0.jobs.isEmpty }) { return }
        }
    }

    /// Queues `job`; fails it at once if the environment is closing.
    func enqueue(_ job: PendingWrite) {
        let accepted = state.withLock { state in
            guard !state.stopped else { return false }
            state.jobs.append(job)
            return true
        }
        guard accepted else {
            job.fail(LMDBError.closed)
            return
        }
        wakeup.signal()
    }

    /// Stops the thread after the queued work; later writes fail with ``LMDBError/closed``.
    func stop() {
        state.withLock { $0.stopped = true }
        wakeup.signal()
    }
}
