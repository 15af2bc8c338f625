import Dispatch

/// Where the cache does the work that follows an answer (sealing, the store write, the index insert): a serial
/// queue of its own, off the threads that serve requests.
///
/// In `veil serve` the event loops are Swift's global executor, and a task started from a loop stays on that loop;
/// without this, storing answer N would run on the loop that is already parsing request N+1. On a two-core machine
/// that is the difference between the store landing on the idle core and it adding to the next request's latency.
final class BackgroundExecutor: TaskExecutor, @unchecked Sendable {
    /// The process's one cache-maintenance queue.
    static let shared = BackgroundExecutor(label: "veil.cache.background")

    private let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label, qos: .utility)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
