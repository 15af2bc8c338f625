import Dispatch
import Foundation
import Synchronization
import VeilStorage

/// Where the cache does the work that follows an answer (sealing, the store write, the index insert): one thread
/// of its own, at low priority, off the threads that serve requests.
///
/// In `veil serve` the event loops are Swift's global executor, and a task started from a loop stays on that loop;
/// without this, storing answer N would run on the loop that is already parsing request N+1. On a two-core machine
/// that is the difference between the store landing on the idle core and it adding to the next request's latency.
/// The thread runs at ``BackgroundPriority/niceness``, so when both cores are busy serving wins; a dispatch queue
/// cannot do that on Linux, where its quality of service does not change the thread's priority.
final class BackgroundExecutor: TaskExecutor, Sendable {
    /// The process's one cache-maintenance thread.
    static let shared = BackgroundExecutor(name: "veil.cache.background")

    private let jobs = Mutex<[UnownedJob]>([])
    private let wakeup = DispatchSemaphore(value: 0)

    init(name: String) {
        let thread = Thread { [self] in
            BackgroundPriority.lowerCurrentThread()
            self.run()
        }
        thread.name = name
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        jobs.withLock { $0.append(job) }
        wakeup.signal()
    }

    /// Runs queued jobs in order, forever: the executor lives as long as the process.
    private func run() {
        var batch: [UnownedJob] = []
        while true {
            wakeup.wait()
            jobs.withLock { swap(&$0, &batch) }
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
