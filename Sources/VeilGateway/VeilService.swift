import Logging
import ServiceLifecycle
import Veil
import VeilUpstream

/// Keeps the facade open while the gateway runs — running the upstreams' active health checks meanwhile — and closes
/// it (flushing the store) at shutdown.
///
/// Added to the application's services, it stops after the HTTP server has drained, so no request can reach a
/// closed store.
public struct VeilService: Service {
    /// The facade to close.
    public let veil: Veil
    let logger: Logger

    /// Creates the service.
    ///
    /// - Parameters:
    ///   - veil: The facade.
    ///   - logger: Receives the shutdown line.
    public init(veil: Veil, logger: Logger) {
        self.veil = veil
        self.logger = logger
    }

    /// Runs health checks until shutdown, then closes the facade.
    public func run() async throws {
        // Returns on graceful shutdown, throws on cancellation; either way the store must be closed.
        if let pool = self.veil.upstreamPool {
            await cancelWhenGracefulShutdown { await pool.runHealthChecks() }
        } else {
            try? await gracefulShutdown()
        }
        self.logger.info("closing store")
        try await self.veil.shutdown()
    }
}
