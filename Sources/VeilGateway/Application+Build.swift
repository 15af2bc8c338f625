import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Prometheus
import Veil
import VeilDataRights

/// Builds the gateway application, as in the Hummingbird template: `main` reads configuration and calls this, tests
/// call it too and drive the result with `app.test(.router)`.
///
/// Routes: `POST /v1/chat/completions`, `GET /v1/models`, `GET /healthz`, `GET /readyz`, `GET /metrics` (when a
/// registry is given), and the admin API under `/admin`.
///
/// - Parameters:
///   - configuration: Listener and limits.
///   - veil: The facade.
///   - adminKey: The admin API key.
///   - registry: The Prometheus registry the metrics factory was bootstrapped with, or `nil` for no `/metrics`.
///   - limiter: Quotas (default: a fresh limiter).
///   - metrics: Where request metrics go.
///   - logger: The server's logger; one line per request goes to `requestLogger`.
///   - requestLogger: Receives one line per request.
/// - Returns: The application, not yet running.
public func buildApplication(
    configuration: GatewayConfiguration,
    veil: Veil,
    adminKey: String,
    registry: PrometheusCollectorRegistry? = nil,
    limiter: QuotaLimiter = QuotaLimiter(),
    metrics: GatewayMetrics = GatewayMetrics(),
    logger: Logger = Logger(label: "veil.gateway"),
    requestLogger: Logger = Logger(label: "veil.request"),
    rights: DataRights? = nil,
    server: HTTPServerBuilder = .http1()
) -> some ApplicationProtocol {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: OpenAIErrorMiddleware())
    router.get("healthz") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
    }
    router.get("readyz") { _, _ in
        let readiness = veil.readiness()
        let ready = readiness.storeOpen && readiness.healthyUpstreams > 0
        // A degraded shared store still serves (uncached), so it does not make the host unready; it is reported.
        let store = veil.storeHealth.description
        let text =
            #"{"ready":\#(ready),"store_open":\#(readiness.storeOpen),"store":"\#(store)","healthy_upstreams":\#(readiness.healthyUpstreams)}"#
        return Response(
            status: ready ? .ok : .serviceUnavailable,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
    if let registry {
        router.get("metrics") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
            )
        }
    }
    VeilRoutes(
        veil: veil,
        limiter: limiter,
        bodyLimit: configuration.bodyLimit,
        metrics: metrics,
        requestLogger: requestLogger
    ).register(on: router.group("v1"))
    let admin = AdminRoutes(
        veil: veil, adminKey: adminKey, defaultPolicy: configuration.defaultPolicy, audit: rights?.audit)
    let adminGroup = router.group("admin")
    admin.register(on: adminGroup)
    if let rights { DataRightsRoutes(admin: admin, rights: rights).register(on: adminGroup) }
    var app = Application(
        router: router,
        server: server,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "veil"),
        logger: logger
    )
    app.addServices(VeilService(veil: veil, logger: logger))
    if let rights { app.addServices(SweeperService(sweeper: rights.sweeper)) }
    return app
}
