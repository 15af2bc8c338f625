import Logging
import MetricsTestKit
import NIOCore
import NIOHTTP1
import Testing
import VeilSync
import VeilUpstream

/// The pool over real sockets against scripted local servers.
@Suite("UpstreamPool over HTTP")
struct UpstreamPoolTests {
    private static let ok = #"{"id":"c1","object":"chat.completion"}"#

    private func endpoint(_ name: String, _ server: TestHTTPServer, key: String? = nil) -> UpstreamEndpoint {
        UpstreamEndpoint(name: name, baseURL: server.baseURL, apiKey: key.map(Secret.init))
    }

    /// Weighted round-robin with equal weights picks the first endpoint first, which makes retries observable.
    /// A pool configuration; tests of timeouts pass their own. The default deadlines are far beyond anything a test
    /// waits for, because they are wall-clock: when the machine is busy, a test's task can wait seconds for a free
    /// cooperative thread after its (refused, failed) request has long finished on the event loop, and a 12 s
    /// first-byte deadline once expired in that gap and turned a refused connection into a timeout.
    private func configuration(
        _ endpoints: [UpstreamEndpoint],
        timeouts: UpstreamPoolConfiguration.Timeouts = .init(connect: .seconds(2), firstByte: .seconds(60)),
        retry: UpstreamPoolConfiguration.RetryPolicy = .init(baseBackoff: .milliseconds(1)),
        circuit: UpstreamPoolConfiguration.CircuitBreakerPolicy = .init()
    ) -> UpstreamPoolConfiguration {
        UpstreamPoolConfiguration(
            endpoints: endpoints,
            balancing: .weightedRoundRobin,
            timeouts: timeouts,
            retry: retry,
            circuit: circuit
        )
    }

    @Test(arguments: bodyLimits) func successReturnsTheUpstreamResponseAndForwardsTheBody(bodyLimit: Int?) async throws
    {
        let server = try await TestHTTPServer.start { _ in .respond(status: 200, body: Self.ok) }
        try await withServers([server]) {
            try await withPool(self.configuration([self.endpoint("a", server)])) { pool in
                let response = try await pool.send(chatRequest(bodyLimit: bodyLimit))
                #expect(response.status == 200)
                #expect(response.endpointName == "a")
                #expect(response.headers["Content-Type"] == ["application/json"])
                #expect(String(buffer: try await response.body.collect(upTo: 1 << 20)) == Self.ok)
                let seen = try #require(server.requests.first)
                #expect(seen.method == "POST")
                #expect(seen.uri == "/v1/chat/completions")
                #expect(seen.body.contains(#""model":"test-model""#))
                #expect(pool.snapshot().first?.inFlight == 0)
            }
        }
    }

    @Test(arguments: bodyLimits) func serverErrorIsRetriedOnADifferentEndpoint(bodyLimit: Int?) async throws {
        let failing = try await TestHTTPServer.start { _ in .respond(status: 500, body: #"{"error":"boom"}"#) }
        let healthy = try await TestHTTPServer.start { _ in .respond(status: 200, body: Self.ok) }
        try await withServers([failing, healthy]) {
            let configuration = self.configuration([self.endpoint("a", failing), self.endpoint("b", healthy)])
            let metrics = TestMetrics()
            try await withPool(configuration, metricsFactory: metrics) { pool in
                let response = try await pool.send(chatRequest(bodyLimit: bodyLimit))
                #expect(response.status == 200)
                #expect(response.endpointName == "b")
                _ = try await response.body.collect(upTo: 1 << 20)
                #expect(failing.completionRequests == 1)
                #expect(healthy.completionRequests == 1)
                let failed = try metrics.expectCounter(
                    "veil_upstream_requests_total",
                    [("endpoint", "a"), ("outcome", "server_error")]
                )
                #expect(failed.totalValue == 1)
                let retried = try metrics.expectCounter(
                    "veil_upstream_retries_total",
                    [("endpoint", "a"), ("reason", "server_error")]
                )
                #expect(retried.totalValue == 1)
                let succeeded = try metrics.expectCounter(
                    "veil_upstream_requests_total",
                    [("endpoint", "b"), ("outcome", "success")]
                )
                #expect(succeeded.totalValue == 1)
                #expect(try metrics.expectTimer("veil_upstream_latency_seconds", [("endpoint", "b")]).values.count == 1)
                #expect(try metrics.expectMeter("veil_upstream_in_flight", [("endpoint", "a")]).lastValue == 0)
                #expect(try metrics.expectMeter("veil_upstream_in_flight", [("endpoint", "b")]).lastValue == 0)
            }
        }
    }

    @Test(arguments: bodyLimits) func rateLimitedAttemptIsRetriedElsewhere(bodyLimit: Int?) async throws {
        let limited = try await TestHTTPServer.start { _ in .respond(status: 429, body: #"{"error":"slow down"}"#) }
        let healthy = try await TestHTTPServer.start { _ in .respond(status: 200, body: Self.ok) }
        try await withServers([limited, healthy]) {
            let configuration = self.configuration([self.endpoint("a", limited), self.endpoint("b", healthy)])
            try await withPool(configuration) { pool in
                let response = try await pool.send(chatRequest(bodyLimit: bodyLimit))
                #expect(response.status == 200)
                #expect(response.endpointName == "b")
                #expect(limited.completionRequests == 1)
                // A 429 says the server is alive: it does not count towards opening its circuit.
                #expect(pool.snapshot()[0].consecutiveFailures == 0)
            }
        }
    }

    @Test(arguments: bodyLimits) func allEndpointsFailingThrowsAfterMaxAttempts(bodyLimit: Int?) async throws {
        let first = try await TestHTTPServer.start { _ in .respond(status: 503, body: "{}") }
        let second = try await TestHTTPServer.start { _ in .respond(status: 502, body: "{}") }
        try await withServers([first, second]) {
            let configuration = self.configuration([self.endpoint("a", first), self.endpoint("b", second)])
            try await withPool(configuration) { pool in
                await #expect(throws: UpstreamError.allAttemptsFailed(lastStatus: 503)) {
                    try await pool.send(chatRequest(bodyLimit: bodyLimit))
                }
                // a, then b (a different endpoint), then a again: three attempts in all.
                #expect(first.completionRequests == 2)
                #expect(second.completionRequests == 1)
                #expect(pool.snapshot().allSatisfy { $0.inFlight == 0 })
            }
        }
    }

    @Test(arguments: bodyLimits) func refusedConnectionFailsOverToTheLiveEndpoint(bodyLimit: Int?) async throws {
        let port = try await TestHTTPServer.deadPort()
        let healthy = try await TestHTTPServer.start { _ in .respond(status: 200, body: Self.ok) }
        try await withServers([healthy]) {
            let dead = UpstreamEndpoint(name: "dead", baseURL: "http://127.0.0.1:\(port)/v1")
            let configuration = self.configuration([dead, self.endpoint("live", healthy)])
            try await withPool(configuration) { pool in
                let response = try await pool.send(chatRequest(bodyLimit: bodyLimit))
                #expect(response.status == 200)
                #expect(response.endpointName == "live")
                #expect(pool.snapshot()[0].consecutiveFailures == 1)
            }
        }
    }

    @Test(arguments: bodyLimits) func refusedConnectionEverywhereThrowsConnectFailed(bodyLimit: Int?) async throws {
        let port = try await TestHTTPServer.deadPort()
        let dead = UpstreamEndpoint(name: "dead", baseURL: "http://127.0.0.1:\(port)/v1")
        try await withPool(self.configuration([dead])) { pool in
            await #expect(throws: UpstreamError.connectFailed) {
                try await pool.send(chatRequest(bodyLimit: bodyLimit))
            }
        }
    }

    @Test(arguments: bodyLimits) func firstByteTimeoutThrowsAndAbortsTheRequest(bodyLimit: Int?) async throws {
        let server = try await TestHTTPServer.start { _ in .hang }
        try await withServers([server]) {
            let configuration = self.configuration(
                [self.endpoint("a", server)],
                timeouts: .init(connect: .seconds(2), firstByte: .milliseconds(300))
            )
            try await withPool(configuration) { pool in
                await #expect(throws: UpstreamError.timeout(.firstByte)) {
                    try await pool.send(chatRequest(bodyLimit: bodyLimit))
                }
                // Not retried by default (the upstream may still be generating), and the connection is closed.
                #expect(server.completionRequests == 1)
                try await withTestTimeout { await server.nextClose() }
            }
        }
    }

    @Test(arguments: bodyLimits) func firstByteTimeoutIsRetriedWhenConfigured(bodyLimit: Int?) async throws {
        let hanging = try await TestHTTPServer.start { _ in .hang }
        let healthy = try await TestHTTPServer.start { _ in .respond(status: 200, body: Self.ok) }
        try await withServers([hanging, healthy]) {
            let configuration = self.configuration(
                [self.endpoint("a", hanging), self.endpoint("b", healthy)],
                timeouts: .init(connect: .seconds(2), firstByte: .seconds(1)),
                retry: .init(baseBackoff: .milliseconds(1), retryOnFirstByteTimeout: true)
            )
            try await withPool(configuration) { pool in
                let response = try await pool.send(chatRequest(bodyLimit: bodyLimit))
                #expect(response.endpointName == "b")
            }
        }
    }

    @Test func streamArrivesChunkByChunk() async throws {
        let server = try await TestHTTPServer.start { _ in .stream }
        try await withServers([server]) {
            try await withPool(self.configuration([self.endpoint("a", server)])) { pool in
                try await withTestTimeout {
                    let response = try await pool.send(chatRequest(stream: true))
                    #expect(response.status == 200)
                    let stream = try #require(await server.nextStream())
                    var iterator = response.body.makeAsyncIterator()
                    // Each chunk is read before the server has written the next one, so nothing is buffered whole.
                    for index in 0..<5 {
                        stream.write("data: {\"n\":\(index)}\n\n")
                        let chunk = try #require(try await iterator.next())
                        #expect(String(buffer: chunk) == "data: {\"n\":\(index)}\n\n")
                        #expect(pool.snapshot()[0].inFlight == 1)
                    }
                    stream.write("data: [DONE]\n\n")
                    stream.finish()
                    var rest = ""
                    while let chunk = try await iterator.next() { rest += String(buffer: chunk) }
                    #expect(rest == "data: [DONE]\n\n")
                    #expect(pool.snapshot()[0].inFlight == 0)
                }
            }
        }
    }

    @Test func idleStreamTimesOutBetweenChunks() async throws {
        let server = try await TestHTTPServer.start { _ in .stream }
        try await withServers([server]) {
            let configuration = self.configuration(
                [self.endpoint("a", server)],
                timeouts: .init(connect: .seconds(2), firstByte: .seconds(10), idleBetweenChunks: .seconds(1))
            )
            try await withPool(configuration) { pool in
                try await withTestTimeout {
                    let response = try await pool.send(chatRequest(stream: true))
                    let stream = try #require(await server.nextStream())
                    var iterator = response.body.makeAsyncIterator()
                    stream.write("data: first\n\n")
                    #expect(try await iterator.next().map { String(buffer: $0) } == "data: first\n\n")
                    await #expect(throws: UpstreamError.timeout(.idleBetweenChunks)) { try await iterator.next() }
                    #expect(try await iterator.next() == nil)
                    await server.nextClose()
                    #expect(pool.snapshot()[0].inFlight == 0)
                    #expect(pool.snapshot()[0].consecutiveFailures == 1)
                }
            }
        }
    }

    /// A body read whole fails the same way on both paths: thrown by `collect` after the head, or by `send` itself
    /// when the pool reads the body.
    @Test(arguments: bodyLimits) func stalledBodyTimesOutAndBlamesTheEndpoint(bodyLimit: Int?) async throws {
        let server = try await TestHTTPServer.start { _ in .stream }
        try await withServers([server]) {
            let configuration = self.configuration(
                [self.endpoint("a", server)],
                timeouts: .init(connect: .seconds(2), firstByte: .seconds(10), idleBetweenChunks: .seconds(1))
            )
            try await withPool(configuration) { pool in
                try await withTestTimeout {
                    let reading = Task {
                        try await pool.send(chatRequest(bodyLimit: bodyLimit)).body.collect(upTo: 1 << 20)
                    }
                    let stream = try #require(await server.nextStream())
                    stream.write(#"{"partial":"#)
                    let result = await reading.result
                    #expect(throws: UpstreamError.timeout(.idleBetweenChunks)) { try result.get() }
                    await server.nextClose()
                    // The endpoint answered: the broken body is not retried, and counts against the endpoint.
                    #expect(server.completionRequests == 1)
                    #expect(pool.snapshot()[0].inFlight == 0)
                    #expect(pool.snapshot()[0].consecutiveFailures == 1)
                }
            }
        }
    }

    @Test(arguments: bodyLimits) func bodyOverTheLimitFailsWithoutBlamingTheEndpoint(bodyLimit: Int?) async throws {
        let server = try await TestHTTPServer.start { _ in
            .respond(status: 200, body: String(repeating: "x", count: 4096))
        }
        try await withServers([server]) {
            try await withPool(self.configuration([self.endpoint("a", server)])) { pool in
                let request = chatRequest(bodyLimit: bodyLimit.map { _ in 1024 })
                await #expect(throws: UpstreamError.bodyTooLarge) {
                    try await pool.send(request).body.collect(upTo: 1024)
                }
                #expect(server.completionRequests == 1)
                #expect(pool.snapshot()[0].inFlight == 0)
                #expect(pool.snapshot()[0].consecutiveFailures == 0)
            }
        }
    }

    @Test func wholeBodyRequestReturnsWithTheBodyReadAndTheEndpointReleased() async throws {
        let server = try await TestHTTPServer.start { _ in .stream }
        try await withServers([server]) {
            try await withPool(self.configuration([self.endpoint("a", server)])) { pool in
                try await withTestTimeout {
                    let sending = Task { try await pool.send(chatRequest(bodyLimit: 1 << 20)) }
                    let stream = try #require(await server.nextStream())
                    stream.write(#"{"id":"c1","#)
                    try await Task.sleep(for: .milliseconds(50))
                    #expect(pool.snapshot()[0].inFlight == 1)
                    stream.write(#""object":"chat.completion"}"#)
                    stream.finish()
                    let response = try await sending.value
                    #expect(response.status == 200)
                    #expect(pool.snapshot()[0].inFlight == 0)
                    #expect(String(buffer: try await response.body.collect(upTo: 1 << 20)) == Self.ok)
                }
            }
        }
    }

    @Test func cancellingAWholeBodyRequestClosesTheUpstreamConnection() async throws {
        let server = try await TestHTTPServer.start { _ in .hang }
        try await withServers([server]) {
            try await withPool(self.configuration([self.endpoint("a", server)])) { pool in
                try await withTestTimeout {
                    let sending = Task { try await pool.send(chatRequest(bodyLimit: 1 << 20)) }
                    while server.completionRequests == 0 { try await Task.sleep(for: .milliseconds(10)) }
                    sending.cancel()
                    await server.nextClose()
                    let result = await sending.result
                    #expect(throws: UpstreamError.cancelled) { try result.get() }
                    #expect(pool.snapshot()[0].inFlight == 0)
                    #expect(pool.snapshot()[0].consecutiveFailures == 0)
                }
            }
        }
    }

    @Test func totalTimeoutEndsAStreamThatKeepsTrickling() async throws {
        let server = try await TestHTTPServer.start { _ in .stream }
        try await withServers([server]) {
            let configuration = self.configuration(
                [self.endpoint("a", server)],
                timeouts: .init(
                    connect: .seconds(2), firstByte: .seconds(10), idleBetweenChunks: .seconds(10), total: .seconds(3))
            )
            try await withPool(configuration) { pool in
                try await withTestTimeout {
                    let response = try await pool.send(chatRequest(stream: true))
                    let stream = try #require(await server.nextStream())
                    var iterator = response.body.makeAsyncIterator()
                    var received = 0
                    let error = await #expect(throws: UpstreamError.self) {
                        while true {
                            stream.write("data: tick\n\n")
                            guard try await iterator.next() != nil else { return }
                            received += 1
                            try await Task.sleep(for: .milliseconds(50))
                        }
                    }
                    #expect(error == .timeout(.total))
                    #expect(received > 0)
                    await server.nextClose()
                }
            }
        }
    }

    @Test(arguments: bodyLimits) func totalTimeoutBoundsTheWaitForTheHead(bodyLimit: Int?) async throws {
        let server = try await TestHTTPServer.start { _ in .hang }
        try await withServers([server]) {
            let configuration = self.configuration(
                [self.endpoint("a", server)],
                timeouts: .init(connect: .seconds(2), firstByte: .seconds(30), total: .milliseconds(300))
            )
            try await withPool(configuration) { pool in
                await #expect(throws: UpstreamError.timeout(.total)) {
                    try await pool.send(chatRequest(bodyLimit: bodyLimit))
                }
            }
        }
    }

    @Test func cancellingTheConsumerClosesTheUpstreamConnection() async throws {
        let server = try await TestHTTPServer.start { _ in .stream }
        try await withServers([server]) {
            try await withPool(self.configuration([self.endpoint("a", server)])) { pool in
                try await withTestTimeout {
                    let firstChunk = AsyncStream<Void>.makeStream()
                    let consumer = Task {
                        let response = try await pool.send(chatRequest(stream: true))
                        for try await _ in response.body { firstChunk.continuation.yield() }
                    }
                    let stream = try #require(await server.nextStream())
                    stream.write("data: first\n\n")
                    var signals = firstChunk.stream.makeAsyncIterator()
                    _ = await signals.next()
                    #expect(server.closedConnections == 0)
                    consumer.cancel()
                    await server.nextClose()
                    #expect(server.closedConnections == 1)
                    let result = await consumer.result
                    #expect(throws: UpstreamError.cancelled) { try result.get() }
                    #expect(pool.snapshot()[0].inFlight == 0)
                    // A client that went away says nothing about the endpoint's health.
                    #expect(pool.snapshot()[0].consecutiveFailures == 0)
                }
            }
        }
    }

    @Test func droppingAnUnreadBodyReleasesTheEndpoint() async throws {
        let server = try await TestHTTPServer.start { _ in .stream }
        try await withServers([server]) {
            try await withPool(self.configuration([self.endpoint("a", server)])) { pool in
                try await withTestTimeout {
                    do {
                        let response = try await pool.send(chatRequest(stream: true))
                        #expect(response.status == 200)
                        #expect(pool.snapshot()[0].inFlight == 1)
                    }
                    await server.nextClose()
                    #expect(pool.snapshot()[0].inFlight == 0)
                }
            }
        }
    }

    @Test func circuitOpensThenAHalfOpenProbeClosesItAfterCoolDown() async throws {
        let broken = Locked(true)
        let flaky = try await TestHTTPServer.start { _ in
            broken.withLock { $0 } ? .respond(status: 500, body: "{}") : .respond(status: 200, body: Self.ok)
        }
        let healthy = try await TestHTTPServer.start { _ in .respond(status: 200, body: Self.ok) }
        try await withServers([flaky, healthy]) {
            let configuration = self.configuration(
                [self.endpoint("flaky", flaky), self.endpoint("healthy", healthy)],
                retry: .init(maxAttempts: 2, baseBackoff: .milliseconds(1)),
                // A cool-down far longer than the ten requests below take, even on a loaded CI machine, so the
                // circuit cannot go half-open before the assertions.
                circuit: .init(failureThreshold: 2, coolDown: .seconds(3))
            )
            let metrics = TestMetrics()
            try await withPool(configuration, metricsFactory: metrics) { pool in
                let started = ContinuousClock.now
                for _ in 0..<10 {
                    let response = try await pool.send(chatRequest())
                    #expect(response.endpointName == "healthy")
                    _ = try await response.body.collect(upTo: 1 << 20)
                }
                let elapsed = ContinuousClock.now - started
                // Two failures opened the circuit; after that the dead endpoint saw no more traffic — except one
                // half-open probe per elapsed cool-down, which only a very slow (overloaded) run reaches.
                let probes = Int(elapsed / .seconds(3))
                #expect(flaky.completionRequests >= 2)
                #expect(flaky.completionRequests <= 2 + probes)
                #expect(pool.snapshot()[0].circuit == .open)
                #expect(!pool.snapshot()[0].healthy)
                #expect(try metrics.expectGauge("veil_upstream_healthy", [("endpoint", "flaky")]).lastValue == 0)

                broken.withLock { $0 = false }
                try await Task.sleep(for: .milliseconds(3200))
                var servedByFlaky = 0
                for _ in 0..<4 {
                    let response = try await pool.send(chatRequest())
                    if response.endpointName == "flaky" { servedByFlaky += 1 }
                    _ = try await response.body.collect(upTo: 1 << 20)
                }
                #expect(servedByFlaky >= 1)
                #expect(pool.snapshot()[0].circuit == .closed)
                #expect(pool.snapshot()[0].healthy)
                #expect(try metrics.expectGauge("veil_upstream_healthy", [("endpoint", "flaky")]).lastValue == 1)
            }
        }
    }

    @Test func unknownModelIsRejectedWithoutTraffic() async throws {
        let server = try await TestHTTPServer.start { _ in .respond(status: 200, body: Self.ok) }
        try await withServers([server]) {
            var endpoint = self.endpoint("a", server)
            endpoint.models = ["gpt-a"]
            try await withPool(self.configuration([endpoint])) { pool in
                await #expect(throws: UpstreamError.unknownModel) { try await pool.send(chatRequest(model: "gpt-z")) }
                #expect(server.requests.isEmpty)
                let response = try await pool.send(chatRequest(model: "gpt-a"))
                #expect(response.status == 200)
            }
        }
    }

    @Test(arguments: bodyLimits) func clientErrorIsReturnedAsIsWithoutRetry(bodyLimit: Int?) async throws {
        let errorBody = #"{"error":{"message":"bad request","type":"invalid_request_error"}}"#
        let rejecting = try await TestHTTPServer.start { _ in .respond(status: 400, body: errorBody) }
        let other = try await TestHTTPServer.start { _ in .respond(status: 200, body: Self.ok) }
        try await withServers([rejecting, other]) {
            let configuration = self.configuration([self.endpoint("a", rejecting), self.endpoint("b", other)])
            try await withPool(configuration) { pool in
                let response = try await pool.send(chatRequest(bodyLimit: bodyLimit))
                #expect(response.status == 400)
                #expect(response.endpointName == "a")
                #expect(String(buffer: try await response.body.collect(upTo: 1 << 20)) == errorBody)
                #expect(rejecting.completionRequests == 1)
                #expect(other.completionRequests == 0)
                #expect(pool.snapshot()[0].consecutiveFailures == 0)
            }
        }
    }

    @Test func apiKeyIsSentAsBearerAndNeverAppearsInErrorsOrLogs() async throws {
        let key = "sk-upstream-0123456789"
        let failing = try await TestHTTPServer.start { _ in .respond(status: 500, body: "{}") }
        let port = try await TestHTTPServer.deadPort()
        try await withServers([failing]) {
            let store = CapturingLogHandler.Store()
            let logger = Logger(label: "test") { _ in CapturingLogHandler(store: store) }
            let endpoints = [
                self.endpoint("a", failing, key: key),
                UpstreamEndpoint(name: "dead", baseURL: "http://127.0.0.1:\(port)/v1", apiKey: Secret(key)),
            ]
            var incoming = HTTPHeaders()
            incoming.add(name: "Authorization", value: "Bearer tenant-key")
            let configuration = self.configuration(endpoints, circuit: .init(failureThreshold: 1))
            try await withPool(configuration, logger: logger) { pool in
                let error = try await #require(throws: UpstreamError.self) {
                    try await pool.send(chatRequest(headers: incoming))
                }
                let seen = try #require(failing.requests.first)
                #expect(seen.headers["Authorization"] == ["Bearer \(key)"])
                var dumped = ""
                dump(error, to: &dumped)
                for text in ["\(error)", String(reflecting: error), error.shortDescription, dumped, store.all] {
                    #expect(!text.contains(key))
                    #expect(!text.contains("tenant-key"))
                }
                #expect(store.all.contains("circuit opened"))
            }
        }
    }

    @Test func activeHealthChecksTakeAFailingEndpointOutAndBringItBack() async throws {
        let down = Locked(true)
        let checked = try await TestHTTPServer.start { request in
            if request.method == "GET" {
                return down.withLock { $0 }
                    ? .respond(status: 503, body: "{}") : .respond(status: 200, body: #"{"data":[]}"#)
            }
            return .respond(status: 200, body: Self.ok)
        }
        let healthy = try await TestHTTPServer.start { _ in .respond(status: 200, body: Self.ok) }
        try await withServers([checked, healthy]) {
            var configuration = self.configuration([
                self.endpoint("checked", checked), self.endpoint("healthy", healthy),
            ])
            configuration.healthCheckInterval = .milliseconds(100)
            try await withPool(configuration) { pool in
                try await withTestTimeout {
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { await pool.runHealthChecks() }
                        while pool.snapshot()[0].activeCheckPassing { try await Task.sleep(for: .milliseconds(20)) }
                        #expect(checked.requests.first?.uri == "/v1/models")
                        for _ in 0..<4 {
                            #expect(try await pool.send(chatRequest()).endpointName == "healthy")
                        }
                        #expect(checked.completionRequests == 0)
                        down.withLock { $0 = false }
                        while !pool.snapshot()[0].activeCheckPassing { try await Task.sleep(for: .milliseconds(20)) }
                        var names: Set<String> = []
                        for _ in 0..<4 { names.insert(try await pool.send(chatRequest()).endpointName) }
                        #expect(names == ["checked", "healthy"])
                        group.cancelAll()
                    }
                }
            }
        }
    }

    @Test func aLoneEndpointThatFailedItsFirstCheckIsTriedAndRecheckedSoon() async throws {
        // The model server "starts" just after the gateway: its first health check fails.
        let down = Locked(true)
        let server = try await TestHTTPServer.start { request in
            if request.method == "GET" {
                return down.withLock { $0 }
                    ? .respond(status: 503, body: "{}") : .respond(status: 200, body: #"{"data":[]}"#)
            }
            return .respond(status: 200, body: Self.ok)
        }
        try await withServers([server]) {
            var configuration = self.configuration([self.endpoint("late", server)])
            configuration.healthCheckInterval = .seconds(30)
            try await withPool(configuration) { pool in
                try await withTestTimeout {
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { await pool.runHealthChecks() }
                        while pool.snapshot()[0].activeCheckPassing { try await Task.sleep(for: .milliseconds(10)) }
                        // No endpoint passes: requests are tried anyway instead of failing without an attempt.
                        #expect(try await pool.send(chatRequest()).endpointName == "late")
                        // The failing check is repeated within a second, not after the 30 s interval.
                        down.withLock { $0 = false }
                        let start = ContinuousClock.now
                        while !pool.snapshot()[0].activeCheckPassing { try await Task.sleep(for: .milliseconds(10)) }
                        #expect(ContinuousClock.now - start < .seconds(3))
                        group.cancelAll()
                    }
                }
            }
        }
    }

    @Test func saturatedPoolRejectsInsteadOfQueueing() async throws {
        let server = try await TestHTTPServer.start { _ in .stream }
        try await withServers([server]) {
            var endpoint = self.endpoint("a", server)
            endpoint.maxConcurrency = 1
            try await withPool(self.configuration([endpoint])) { pool in
                let first = try await pool.send(chatRequest(stream: true))
                await #expect(throws: UpstreamError.saturated) { try await pool.send(chatRequest(stream: true)) }
                #expect(first.status == 200)
                let stream = try #require(await server.nextStream())
                stream.finish()
                _ = try await first.body.collect(upTo: 1024)
                let second = try await pool.send(chatRequest(stream: true))
                #expect(second.status == 200)
                try #require(await server.nextStream()).finish()
                _ = try await second.body.collect(upTo: 1024)
            }
        }
    }
}
