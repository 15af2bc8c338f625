import Logging
import Metrics
import NIOCore
import NIOHTTP1
import VeilSync
import VeilUpstream

/// Runs `body` with a pool over a fresh `HTTPClient` that is shut down on every exit path.
@discardableResult
func withPool<Result: Sendable>(
    _ configuration: UpstreamPoolConfiguration,
    logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
    metricsFactory: any MetricsFactory = NOOPMetricsHandler.instance,
    _ body: (UpstreamPool) async throws -> Result
) async throws -> Result {
    try await UpstreamPool.withPool(
        configuration: configuration,
        logger: logger,
        metricsFactory: metricsFactory,
        body
    )
}

/// Shuts the servers down after `body`, whatever happens.
@discardableResult
func withServers<Result: Sendable>(
    _ servers: [TestHTTPServer],
    _ body: () async throws -> Result
) async throws -> Result {
    do {
        let result = try await body()
        for server in servers { try await server.shutdown() }
        return result
    } catch {
        for server in servers { try? await server.shutdown() }
        throw error
    }
}

/// A chat-completion request for `model` with a small JSON body.
func chatRequest(
    model: String = "test-model",
    stream: Bool = false,
    headers: HTTPHeaders = [:],
    bodyLimit: Int? = nil
) -> UpstreamRequest {
    UpstreamRequest(
        model: model,
        body: ByteBuffer(string: #"{"model":"\#(model)","messages":[{"role":"user","content":"hi"}]}"#),
        headers: headers,
        stream: stream,
        bodyLimit: bodyLimit
    )
}

/// Both ways a non-streaming request can be sent: body streaming after the head (`nil`), or read whole by the pool.
let bodyLimits: [Int?] = [nil, 1 << 20]

/// Fails with `TestTimeout` if `operation` takes longer than `seconds`, so a broken test cannot hang the suite.
func withTestTimeout<Value: Sendable>(
    seconds: Int = 20,
    _ operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw TestTimeout()
        }
        defer { group.cancelAll() }
        guard let value = try await group.next() else { throw TestTimeout() }
        return value
    }
}

struct TestTimeout: Error {}

/// A log handler that keeps every rendered line, to check what logs contain.
struct CapturingLogHandler: LogHandler {
    final class Store: Sendable {
        let lines = Locked<[String]>([])
        var all: String { self.lines.withLock { $0.joined(separator: "\n") } }
    }

    let store: Store
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = self.metadata.merging(event.metadata ?? [:]) { $1 }
        self.store.lines.withLock { $0.append("\(event.level) \(event.message) \(merged)") }
    }
}

/// A deterministic generator (SplitMix64) for balancer tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
