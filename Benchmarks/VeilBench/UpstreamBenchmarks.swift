import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import Veil
import VeilCrypto
import VeilKeyring
import VeilMockUpstream
import VeilUpstream

/// Where the time of a cache miss goes, at concurrency 1 against an in-process mock upstream (0 ms latency):
/// one AsyncHTTPClient round trip, the same through ``UpstreamPool``, and the whole pipeline with the cache
/// bypassed (`no-store`) and with unique prompts (cache on). The gateway's HTTP server is not included; the
/// load-test script measures that end to end.
func upstreamBenchmarks() async throws -> [BenchmarkResult] {
    var results: [BenchmarkResult] = []
    let only = ProcessInfo.processInfo.environment["VEIL_BENCH_ONLY"]
    func wanted(_ name: String) -> Bool { only.map { name.contains($0) } ?? true }
    var mockConfiguration = MockUpstreamConfiguration(name: "bench-mock")
    mockConfiguration.recordRequests = 0
    mockConfiguration.eventLoopThreads = 1
    let mock = try await MockUpstream.start(mockConfiguration)
    let body =
        #"{"model":"mock-gpt","temperature":0,"messages":[{"role":"user","content":"What is the boiling point of water at sea level?"}]}"#

    let client = HTTPClient(eventLoopGroupProvider: .singleton)
    if wanted("AsyncHTTPClient") {
        results.append(
            try await measureAsync(suite: "upstream", "AsyncHTTPClient round trip + collect", iterations: 5000) {
                var request = HTTPClientRequest(url: mock.baseURL + "/chat/completions")
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(string: body))
                let response = try await client.execute(request, timeout: .seconds(5))
                _ = try await response.body.collect(upTo: 1 << 20)
            })
        results.append(
            try await measureAsync(suite: "upstream", "AsyncHTTPClient delegate API, same loop", iterations: 5000) {
                var request = try HTTPClient.Request(url: mock.baseURL + "/chat/completions", method: .POST)
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .byteBuffer(ByteBuffer(string: body))
                let loop = MultiThreadedEventLoopGroup.currentEventLoop ?? client.eventLoopGroup.next()
                let response = try await client.execute(
                    request: request, eventLoop: .delegateAndChannel(on: loop)
                ).get()
                _ = response.body
            })
    }
    try await client.shutdown()
    if wanted("SwiftNIO") {
        let channel = try await RawHTTPClient.connect(to: mock.baseURL)
        results.append(
            try await measureAsync(suite: "upstream", "bare SwiftNIO HTTP/1.1 client round trip", iterations: 5000) {
                _ = try await channel.roundTrip(path: "/v1/chat/completions", body: body)
            })
        try await channel.close()
    }

    let directory = NSTemporaryDirectory() + "veil-bench-upstream-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let policies = directory + "/policies"
    try FileManager.default.createDirectory(atPath: policies, withIntermediateDirectories: true)
    try "name: bench\n".write(toFile: policies + "/default.yaml", atomically: true, encoding: .utf8)
    let upstream = UpstreamPoolConfiguration(
        endpoints: [UpstreamEndpoint(name: "mock", baseURL: mock.baseURL)])
    let veil = try await Veil(
        configuration: VeilConfiguration(
            dataDirectory: directory + "/data",
            masterKey: .base64(Data(repeating: 5, count: 32).base64EncodedString()),
            policyDirectory: policies,
            upstream: upstream,
            logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })
        ))
    if let pool = veil.upstreamPool, wanted("UpstreamPool") {
        results.append(
            try await measureAsync(suite: "upstream", "UpstreamPool send + collect", iterations: 5000) {
                let response = try await pool.send(
                    UpstreamRequest(model: "mock-gpt", body: ByteBuffer(string: body)))
                _ = try await response.body.collect(upTo: 1 << 20)
            })
    }
    let tenant = Tenant(id: TenantID("bench")!, policy: Policy())
    let noStore = RequestOptions(cacheControl: CacheControl(header: "no-store"))
    var counter = 0
    func request() -> ChatRequest {
        counter += 1
        return ChatRequest(
            model: "mock-gpt",
            messages: [ChatMessage(role: "user", text: "What is the boiling point of water at sea level? #\(counter)")],
            temperature: 0
        )
    }
    if wanted("bypassed") {
        results.append(
            try await measureAsync(suite: "upstream", "Veil.complete, cache bypassed (no-store)", iterations: 5000) {
                _ = try await veil.complete(request(), tenant: tenant, options: noStore).completion()
            })
    }
    if wanted("unique") {
        results.append(
            try await measureAsync(suite: "upstream", "Veil.complete, unique prompts (miss + store)", iterations: 5000)
            {
                _ = try await veil.complete(request(), tenant: tenant).completion()
            })
    }
    while veil.cache.pendingStoresForBenchmark > 0 { try await Task.sleep(for: .milliseconds(1)) }
    try await veil.shutdown()
    try await mock.shutdown()
    return results
}

/// The floor for an HTTP client on SwiftNIO: one keep-alive channel with NIO's HTTP/1 codec and a handler that
/// completes one promise per response; no pool, no timeouts, no streaming. What AsyncHTTPClient adds over it is
/// what a lean client could save per miss.
final class RawHTTPClient: Sendable {
    private final class Collector: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPClientResponsePart
        var promise: EventLoopPromise<ByteBuffer>?
        var body = ByteBuffer()

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head: body.clear()
            case .body(var chunk): body.writeBuffer(&chunk)
            case .end:
                promise?.succeed(body)
                promise = nil
            }
        }
    }

    private let channel: any Channel
    private let collector: NIOLoopBound<Collector>
    private let host: String

    private init(channel: any Channel, collector: Collector, host: String) {
        self.channel = channel
        self.collector = NIOLoopBound(collector, eventLoop: channel.eventLoop)
        self.host = host
    }

    static func connect(to baseURL: String) async throws -> RawHTTPClient {
        let authority = baseURL.split(separator: "/")[1]
        let parts = authority.split(separator: ":")
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        let channel = try await ClientBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(Collector())
                }
            }
            .connect(host: String(parts[0]), port: Int(parts[1]) ?? 80).get()
        let collector = try await channel.pipeline.handler(type: Collector.self).get()
        return RawHTTPClient(channel: channel, collector: collector, host: String(authority))
    }

    func roundTrip(path: String, body: String) async throws -> ByteBuffer {
        let channel = self.channel
        let collector = self.collector
        let host = self.host
        return try await channel.eventLoop.flatSubmit {
            let promise = channel.eventLoop.makePromise(of: ByteBuffer.self)
            collector.value.promise = promise
            var head = HTTPRequestHead(version: .http1_1, method: .POST, uri: path)
            head.headers.add(name: "Host", value: host)
            head.headers.add(name: "Content-Type", value: "application/json")
            head.headers.add(name: "Content-Length", value: String(body.utf8.count))
            channel.write(HTTPClientRequestPart.head(head), promise: nil)
            channel.write(HTTPClientRequestPart.body(.byteBuffer(ByteBuffer(string: body))), promise: nil)
            channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
            return promise.futureResult
        }.get()
    }

    func close() async throws {
        try await channel.close()
    }
}
