import Dispatch
import Foundation
import Synchronization
import VeilSync

/// One closure waiting for the writer thread, type-erased so that one batch can hold closures of any result type.
struct PendingWrite: Sendable {
    /// Runs the caller's closure and returns what resumes the caller once the batch has committed.
    let run: @Sendable (WriteTransaction) throws -> @Sendable () -> Void
    /// Resumes the caller with an error.
    let fail: @Sendable (any Error) -> Void
    /// The latest moment the write may wait for companions before it must commit; `nil` commits as soon as the
    /// writer thread is free.
    var commitBy: ContinuousClock.Instant? = nil
}

/// The queue and the dedicated thread behind ``Environment/writeAsync(commitWithin:_:)``.
///
/// A write transaction must begin and commit on one thread, and beginning one blocks while any other writer (in
/// any process) holds LMDB's writer lock, so writes run on one thread of their own rather than on Swift's
/// cooperative pool, where a blocked writer would take one of only a few pool threads (two on a 2-core machine).
/// Closures that queue up while a batch runs are committed together in the next one: one `fsync` for all.
///
/// A write may also say how long it can wait (``PendingWrite/commitBy``): while every queued write still has time
/// left, the thread lingers so that more writes join the batch. A cache that stores one answer per request at a
/// steady rate would otherwise pay one `fsync` (and one rewrite of the same B-tree pages) per answer; with a
/// window it pays one per window. Any write that cannot wait, a full batch, or closing the queue ends the linger.
final class WriteQueue: Sendable {
    private struct State {
        var jobs: [PendingWrite] = []
        var stopped = false
        /// Queued writes with no ``PendingWrite/commitBy``.
        var urgent = 0
        /// The earliest ``PendingWrite/commitBy`` among the queued writes.
        var earliestCommit: ContinuousClock.Instant?

        /// How long the writer may still wait before committing what is queued; `nil` means commit now (or, with
        /// nothing queued, sleep until woken).
        func linger(now: ContinuousClock.Instant) -> Duration? {
            guard !jobs.isEmpty, !stopped, urgent == 0, jobs.count < WriteQueue.batchLimit,
                let earliestCommit, earliestCommit > now
            else { return nil }
            return earliestCommit - now
        }

        mutating func take() -> [PendingWrite] {
            let count = min(jobs.count, WriteQueue.batchLimit)
            let taken = Array(jobs.prefix(count))
            jobs.removeFirst(count)
            urgent = 0
            earliestCommit = nil
            for job in jobs { register(job) }
            return taken
        }

        /// Adds a queued job to ``urgent`` or ``earliestCommit``.
        mutating func register(_ job: PendingWrite) {
            guard let commitBy = job.commitBy else {
                urgent += 1
                return
            }
            earliestCommit = earliestCommit.map { min($0, commitBy) } ?? commitBy
        }
    }

    /// The most closures in one batch, bounding how long one transaction holds the writer lock.
    static let batchLimit = 256

    private let state = Locked(State())
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
            let (idle, linger) = state.withLock { ($0.jobs.isEmpty && !$0.stopped, $0.linger(now: .now)) }
            if idle {
                wakeup.wait()
                continue
            }
            if let linger {
                // Woken early by every enqueue, which may end the linger (an urgent write, a full batch).
                let (seconds, attoseconds) = linger.components
                let nanoseconds = Int(min(seconds, 86_400)) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
                _ = wakeup.wait(timeout: .now() + .nanoseconds(nanoseconds))
                continue
            }
            let (jobs, stopped) = state.withLock { state in (state.take(), state.stopped) }
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
    ///
    /// The thread is signalled only when the job changes what it is waiting for: it was asleep with nothing queued,
    /// or the job ends the linger (urgent, a full batch) or moves the commit earlier. A job that joins a lingering
    /// batch leaves the thread asleep until the batch's deadline: waking it to find nothing to do cost a futex wake,
    /// a context switch and, on a VM, an inter-processor interrupt per cached answer (measured on the gateway at
    /// concurrency 1, data on ext4: the writer thread switched 2.3 times per miss before, 1.75 after; the rest is
    /// the batch's own wakeup and the waits inside `fsync`).
    func enqueue(_ job: PendingWrite) {
        let outcome = state.withLock { state -> (accepted: Bool, signal: Bool) in
            guard !state.stopped else { return (false, false) }
            let wasEmpty = state.jobs.isEmpty
            let previousCommit = state.earliestCommit
            state.jobs.append(job)
            state.register(job)
            // `register` only ever moves the earliest commit earlier, so a change means the deadline moved up.
            let signal =
                wasEmpty || job.commitBy == nil || state.jobs.count >= WriteQueue.batchLimit
                || state.earliestCommit != previousCommit
            return (true, signal)
        }
        guard outcome.accepted else {
            job.fail(LMDBError.closed)
            return
        }
        if outcome.signal { wakeup.signal() }
    }

    /// Stops the thread after the queued work; later writes fail with ``LMDBError/closed``.
    func stop() {
        state.withLock { $0.stopped = true }
        wakeup.signal()
    }
}
