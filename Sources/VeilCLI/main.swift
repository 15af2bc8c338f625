import ArgumentParser
import VeilRuntime
import VeilSync
import VeilUpstream

/// What `main` did about the global executor, for `veil serve` to log.
enum ExecutorTakeover {
    static let outcome = Locked<EventLoopExecutor.Outcome?>(nil)
}

// SwiftNIO's event loops become Swift's global executor only for the daemon, and only here: on the main thread,
// before the first task starts, as SwiftNIO documents for the takeover. Other commands keep the default executor.
if CommandLine.arguments.dropFirst().first == "serve" {
    let outcome = EventLoopExecutor.install()
    ExecutorTakeover.outcome.withLock { $0 = outcome }
}
await VeilCommand.start()
