import NIOCore
import NIOHTTP1
import NIOPosix
import VeilSync

/// A fast OpenAI-compatible HTTP/1.1 server that answers deterministically: the upstream for tests, load tests
/// and the demo.
///
/// It serves `POST /v1/chat/completions` (whole or streamed as server-sent events), `POST /v1/embeddings`,
/// `GET /v1/models` and `GET /healthz`. Answers are derived from the request, `[<name>] You said: <last user
/// message>`, so a test can read what the model saw and check that the gateway restored placeholders; see
/// ``MockUpstreamConfiguration`` for latency and pacing, and ``FailureInjection`` for the failures it can play.
///
/// Instructions in the last user message change the answer:
/// - `#tool`: a tool call (to the request's first tool, else `mock_tool`) whose `arguments` are the JSON
///   `{"text": "<last user message>"}`, finishing with `tool_calls`;
/// - `#length`: finish with `length` (so do `max_tokens` / `max_completion_tokens`, which also cut the answer to that
///   many tokens);
/// - `#split`: stream deltas of at most three bytes, so that placeholders arrive cut across chunks.
///
/// Streams (`"stream": true`) send a first chunk with `delta.role`, one chunk per word (at most 24 bytes), a last
/// chunk with `finish_reason`, a usage chunk with empty `choices` when `stream_options.include_usage` is true, then
/// `data: [DONE]`. Usage counts are estimates from lengths. Errors use OpenAI's shape: 400 for malformed JSON or
/// wrong fields, 404 for unknown paths, 405 for wrong methods, 413 for bodies over the limit, 401 for a wrong key
/// when ``MockUpstreamConfiguration/apiKey`` is set.
///
/// It runs on its own event loop group with one thread per core, keeps connections alive, is safe with pipelining
/// clients, and renders its headers once, so that it is never the bottleneck of a load test.
///
/// ```swift
/// try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "a")) { upstream in
///     // point a client at upstream.baseURL ("http://127.0.0.1:PORT/v1")
///     upstream.setFailure(.status(503, when: .firstRequests(1)))  // the next request fails, then it recovers
///     #expect(upstream.recordedRequests().count == 1)
/// }
/// ```
/// ``withRunning(_:isolation:_:)`` shuts the server down on every exit path; ``start(_:)`` and ``shutdown()`` are
/// there for servers that outlive one scope.
public final class MockUpstream: Sendable {
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let state: MockUpstreamState
    private let isShutDown = Locked(false)

    /// The port the server listens on (the bound one when the configuration asked for port 0).
    public let port: Int
    /// The host clients should use: the configured one, or loopback when it listens on every address.
    public let host: String

    private init(
        group: MultiThreadedEventLoopGroup, channel: any Channel, state: MockUpstreamState, host: String, port: Int
    ) {
        self.group = group
        self.channel = channel
        self.state = state
        self.host = host
        self.port = port
    }

    /// The OpenAI base URL of this server, `http://HOST:PORT/v1`, as SDKs and the upstream pool expect it.
    public var baseURL: String {
        let bracketed = host.contains(":") ? "[\(host)]" : host
        return "http://\(bracketed):\(port)/v1"
    }

    /// Starts a server and returns once it is listening.
    ///
    /// - Parameter configuration: Address, pacing, failures and recording.
    /// - Returns: The running server; call ``shutdown()`` when done.
    /// - Throws: ``MockUpstreamError`` for an invalid configuration, or the bind error (e.g. port in use).
    public static func start(_ configuration: MockUpstreamConfiguration) async throws -> MockUpstream {
        try configuration.validate()
        let state = MockUpstreamState(configuration: configuration)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: configuration.eventLoopThreads)
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 1024)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
                .childChannelOption(.maxMessagesPerRead, value: 16)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let pipeline = channel.pipeline.syncOperations
                        try pipeline.configureHTTPServerPipeline(
                            withPipeliningAssistance: true, withErrorHandling: true)
                        try pipeline.addHandler(MockUpstreamHandler(state: state))
                    }
                }
                .bind(host: configuration.host, port: configuration.port)
                .get()
            guard let port = channel.localAddress?.port else {
                try? await channel.close()
                throw MockUpstreamError.noLocalAddress
            }
            let host: String
            switch configuration.host {
            case "0.0.0.0": host = "127.0.0.1"
            case "::", "[::]": host = "::1"
            default: host = configuration.host
            }
            return MockUpstream(group: group, channel: channel, state: state, host: host, port: port)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// Starts a server, runs `body` with it, and shuts it down on every exit path.
    ///
    /// - Parameters:
    ///   - configuration: Address, pacing, failures and recording.
    ///   - isolation: The caller's isolation, inherited so that `body` needs not be `Sendable`.
    ///   - body: The work to do while the server runs.
    /// - Returns: What `body` returns.
    /// - Throws: A start error, or what `body` throws.
    @discardableResult
    public static func withRunning<Result>(
        _ configuration: MockUpstreamConfiguration,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (MockUpstream) async throws -> Result
    ) async throws -> Result {
        let upstream = try await start(configuration)
        let result: Result
        do {
            result = try await body(upstream)
        } catch {
            try? await upstream.shutdown()
            throw error
        }
        try await upstream.shutdown()
        return result
    }

    /// Runs a server until the calling task is cancelled or the server is shut down: the body of
    /// `veil mock-upstream`.
    ///
    /// - Parameters:
    ///   - configuration: Address, pacing, failures and recording.
    ///   - onStarted: Called once the server listens, e.g. to print its URL.
    /// - Throws: A start error; cancellation is a normal way to stop and does not throw.
    public static func run(
        configuration: MockUpstreamConfiguration,
        onStarted: @Sendable (MockUpstream) async -> Void = { _ in }
    ) async throws {
        let upstream = try await start(configuration)
        await onStarted(upstream)
        await upstream.waitUntilClosed()
        try await upstream.shutdown()
    }

    /// Waits until the listening socket closes; cancelling the waiting task closes it.
    private func waitUntilClosed() async {
        let channel = self.channel
        await withTaskCancellationHandler {
            try? await channel.closeFuture.get()
        } onCancel: {
            channel.close(promise: nil)
        }
    }

    /// The bodies of the latest chat and embeddings requests (up to
    /// ``MockUpstreamConfiguration/recordRequests``), newest last; failed requests included.
    public func recordedRequests() -> [[UInt8]] {
        state.recordedRequests()
    }

    /// How many chat and embeddings requests arrived, whatever their outcome; health checks are not counted.
    public var requestCount: Int {
        state.modelRequests
    }

    /// How many `GET /v1/models` requests arrived (the upstream pool's active health checks).
    public var modelsRequestCount: Int {
        state.modelsListRequests
    }

    /// Forgets recorded requests and zeroes ``requestCount`` and ``modelsRequestCount``.
    public func resetRecording() {
        state.reset()
    }

    /// The failure setting in force.
    public var failure: FailureInjection {
        state.failure
    }

    /// Replaces the failure setting at run time, e.g. to break one upstream of two in a failover test.
    ///
    /// Counting for `everyNth` and `firstRequests` restarts from here. Requests already being answered are not
    /// affected.
    public func setFailure(_ failure: FailureInjection) {
        state.setFailure(failure)
    }

    /// Stops listening, drops open connections (hanging requests included) and stops the event loops.
    ///
    /// Calling it again does nothing.
    public func shutdown() async throws {
        let first = isShutDown.withLock { isShutDown in
            defer { isShutDown = true }
            return !isShutDown
        }
        guard first else { return }
        try? await channel.close()
        try await group.shutdownGracefully()
    }
}
