import ServiceLifecycle
import Veil
import VeilDataRights

/// Runs the retention sweeper for as long as the gateway runs, stopping at graceful shutdown.
public struct SweeperService: Service {
    let sweeper: RetentionSweeper

    /// Wraps `sweeper`.
    public init(sweeper: RetentionSweeper) {
        self.sweeper = sweeper
    }

    /// Sweeps until graceful shutdown.
    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            try await sweeper.run()
        }
    }
}
