import Dispatch

/// Written by the task before the semaphore is signalled, read after the wait: never at the same time.
private final class BlockingResult<T>: @unchecked Sendable {
    var value: T?
}

/// Runs async code to completion from the fuzzer's synchronous callback (the callback's thread is not one of the
/// concurrency pool's, so blocking it is safe).
public func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let box = BlockingResult<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        box.value = await body()
        done.signal()
    }
    done.wait()
    return box.value!
}
