import CVeilRuntime
import NIOCore
import NIOPosix

/// Makes SwiftNIO's event loops Swift's global executor, in builds with the Swift runtime shared or linked in.
///
/// Async code then runs on the same event loops as the sockets: a request no longer hops between NIO's threads and
/// the cooperative pool at every await, which on a small machine is most of the per-request cost and the source of
/// tail latency (two thread pools competing for the same cores). `veil serve` and the benchmarks call it first
/// thing; only programs that never block an event loop should (the gateway's remote embedder has its own loop).
///
/// ```swift
/// if EventLoopExecutor.install() == .unavailable { logger.warning("requests will hop threads") }
/// ```
public enum EventLoopExecutor {
    /// How the executor was installed.
    public enum Outcome: String, Sendable {
        /// By SwiftNIO, which finds the runtime's hook with `dlsym`.
        case nio
        /// By the linker-resolved hook, in builds that link the Swift runtime statically (where `dlsym` cannot see
        /// it: measured, such a build silently stayed on the cooperative pool and served about 15% fewer cache hits).
        case linked
        /// Not installed (another hook was already set); requests hop between the loops and the cooperative pool.
        case unavailable
    }

    /// Installs the singleton event-loop group as the global executor; call once, from the main thread, first.
    ///
    /// - Returns: Who installed it, or ``Outcome/unavailable``.
    public static func install() -> Outcome {
        if NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor() { return .nio }
        typealias EnqueueGlobalHook =
            @convention(thin) (UnownedJob, @convention(thin) (UnownedJob) -> Void) -> Void
        // `any()` is sticky: a job enqueued from a loop of the group stays on that loop.
        let hook: EnqueueGlobalHook = { job, _ in
            MultiThreadedEventLoopGroup.singleton.any().enqueue(ExecutorJob(job))
        }
        return veil_install_enqueue_global_hook(unsafeBitCast(hook, to: UnsafeMutableRawPointer.self))
            ? .linked : .unavailable
    }
}
