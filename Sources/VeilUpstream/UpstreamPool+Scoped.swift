import AsyncHTTPClient
import Logging
import Metrics

extension UpstreamPool {
    /// Runs `body` with a pool over its own `HTTPClient`, which is shut down on every exit path.
    ///
    /// The scoped shape of AsyncHTTPClient's `withHTTPClient`: the client is created from
    /// ``UpstreamPoolConfiguration/makeHTTPClientConfiguration()`` and shut down when `body` returns or throws, so
    /// no connection outlives its owner. Use the initializer instead when the client is shared or owned elsewhere.
    ///
    /// ```swift
    /// try await UpstreamPool.withPool(configuration: configuration, logger: logger) { pool in
    ///     let response = try await pool.send(request)
    ///     …
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - configuration: Endpoints and policies.
    ///   - logger: Logger for the pool.
    ///   - metricsFactory: Where metrics go (default: the bootstrapped `MetricsSystem`).
    ///   - body: The work to do with the pool.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws, or the client's shutdown error.
    public static func withPool<Result: Sendable>(
        configuration: UpstreamPoolConfiguration,
        logger: Logger,
        metricsFactory: any MetricsFactory = MetricsSystem.factory,
        _ body: (UpstreamPool) async throws -> Result
    ) async throws -> Result {
        let client = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup,
            configuration: configuration.makeHTTPClientConfiguration()
        )
        let pool = UpstreamPool(
            configuration: configuration,
            httpClient: client,
            logger: logger,
            metricsFactory: metricsFactory
        )
        let result: Result
        do {
            result = try await body(pool)
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
        return result
    }
}
