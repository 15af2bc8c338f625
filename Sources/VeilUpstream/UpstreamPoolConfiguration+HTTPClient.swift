import AsyncHTTPClient
import NIOCore
import Tracing

extension UpstreamPoolConfiguration {
    /// An `HTTPClient` configuration that suits this pool; create the client the pool uses from it.
    ///
    /// The pool takes an `HTTPClient` from its owner (who also shuts it down), but a few client settings decide
    /// whether failover works:
    /// - the connect timeout is ``Timeouts/connect``;
    /// - failed connection attempts fail the request at once instead of being retried by the client until the
    ///   connect timeout, so the pool can fail over to another endpoint immediately;
    /// - redirects are not followed, so a bearer key is never replayed to another host;
    /// - enough connections per host for every endpoint's ``UpstreamEndpoint/maxConcurrency`` (at least 64), so
    ///   requests do not queue inside the client where the balancer cannot see them;
    /// - no request spans unless a real tracer has been bootstrapped: with the default no-op tracer the client still
    ///   built every span's attributes (URL parts, method, sizes), about 4% of the gateway's CPU on a miss.
    ///
    /// TLS uses the client's default configuration, which trusts the system CA bundle, as real vendors require.
    ///
    /// ```swift
    /// let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup,
    ///                         configuration: configuration.makeHTTPClientConfiguration())
    /// let pool = UpstreamPool(configuration: configuration, httpClient: client, logger: logger)
    /// ```
    ///
    /// - Returns: The client configuration.
    public func makeHTTPClientConfiguration() -> HTTPClient.Configuration {
        let largestLimit = self.endpoints.map(\.maxConcurrency).max() ?? 0
        var pool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: .seconds(60),
            concurrentHTTP1ConnectionsPerHostSoftLimit: min(4096, max(64, largestLimit))
        )
        pool.retryConnectionEstablishment = false
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: nil,
            redirectConfiguration: .disallow,
            timeout: .init(connect: TimeAmount(durationClamped: self.timeouts.connect)),
            connectionPool: pool,
            proxy: nil,
            ignoreUncleanSSLShutdown: false,
            decompression: .disabled
        )
        if configuration.tracing.tracer is NoOpTracer { configuration.tracing.tracer = nil }
        return configuration
    }
}
