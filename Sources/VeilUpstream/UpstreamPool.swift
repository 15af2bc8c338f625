import AsyncHTTPClient
import Logging
import Metrics
import NIOCore
import NIOHTTP1
import VeilSync

/// A pool of OpenAI-compatible upstream servers with load balancing, retries, timeouts and circuit breakers.
///
/// The pool moves bytes: the caller encodes the request body and parses the response. For each request it picks an
/// endpoint that serves the model (balancing, circuit state, concurrency limit), sends the request, and on a
/// connection error, a 429 or a 5xx retries after a jittered backoff on a *different* endpoint when one is
/// eligible. Retries happen only before ``send(_:)`` returns, that is before any byte can have reached the client;
/// once a response is returned its body streams through as is.
///
/// ```
///  send(request) ─▶ LoadBalancer.pick ─▶ HTTPClient.execute ─┬─ 2xx/4xx ─▶ UpstreamResponse (body streams, slot held)
///        ▲                                                    └─ connect error / 429 / 5xx ─┐
///        └──────────────── backoff, exclude the endpoint, next attempt ◀─────────────────────┘
/// ```
///
/// State that changes per request (in-flight counts, circuits, health) lives in a value-type ``LoadBalancer``
/// behind one `Locked`, held for well under a microsecond per attempt and never across an `await`.
///
/// ```swift
/// let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup,
///                         configuration: configuration.makeHTTPClientConfiguration())
/// let pool = UpstreamPool(configuration: configuration, httpClient: client, logger: logger)
/// let response = try await pool.send(UpstreamRequest(model: "gpt-4o-mini", body: json))
/// for try await chunk in response.body { … }
/// ```
public final class UpstreamPool: Sendable {
    /// Per-endpoint constants derived once from the configuration.
    struct Target: Sendable {
        let name: String
        /// Base URL without a trailing slash.
        let base: String
        /// `Bearer <key>`, computed once; never logged.
        let authorization: String?
        let metrics: EndpointMetrics
    }

    private struct State: Sendable {
        var balancer: LoadBalancer
    }

    /// The configuration the pool was created with.
    public let configuration: UpstreamPoolConfiguration
    let httpClient: HTTPClient
    /// Clients whose connections live on one event loop each; see ``client()``.
    let loopBoundClients: [HTTPClient]
    let logger: Logger
    let targets: [Target]
    let watchdog: Watchdog
    /// Model lists read from endpoints configured without one, by endpoint index (see ``models()``).
    let discoveredModels = Locked<[Int: DiscoveredModels]>([:])
    private let state: Locked<State>

    /// Creates a pool.
    ///
    /// Nothing starts running: active health checks run only inside ``runHealthChecks()``. The pool does not own
    /// `httpClient`; its creator shuts it down. Create the client from
    /// ``UpstreamPoolConfiguration/makeHTTPClientConfiguration()`` so connect failures fail over at once.
    ///
    /// - Parameters:
    ///   - configuration: Endpoints and policies.
    ///   - httpClient: The client that carries the requests.
    ///   - loopBoundClients: Optional clients created each on one event loop (`HTTPClient(eventLoopGroup: loop)`);
    ///     a request sent from such a loop goes through that loop's client, so its connection is on the same
    ///     thread as the caller. AsyncHTTPClient otherwise reuses any idle connection, often one on another loop,
    ///     and every read and write of the exchange then hops threads (measured at one connection: about 130 µs of
    ///     CPU and 60 µs of latency per request). The pool does not own them either.
    ///   - logger: Receives endpoint names, statuses and error kinds; never bodies or keys.
    ///   - metricsFactory: Where metrics go (default: the bootstrapped `MetricsSystem`); tests pass a `TestMetrics`.
    public init(
        configuration: UpstreamPoolConfiguration,
        httpClient: HTTPClient,
        loopBoundClients: [HTTPClient] = [],
        logger: Logger,
        metricsFactory: any MetricsFactory = MetricsSystem.factory
    ) {
        self.configuration = configuration
        self.httpClient = httpClient
        self.loopBoundClients = loopBoundClients
        self.logger = logger
        self.watchdog = Watchdog(eventLoop: httpClient.eventLoopGroup.next())
        self.targets = configuration.endpoints.map { endpoint in
            var base = Substring(endpoint.baseURL)
            while base.hasSuffix("/") { base = base.dropLast() }
            return Target(
                name: endpoint.name,
                base: String(base),
                authorization: endpoint.apiKey.map { "Bearer \($0.exposedValue)" },
                metrics: EndpointMetrics(endpoint: endpoint.name, factory: metricsFactory)
            )
        }
        self.state = Locked(
            State(
                balancer: LoadBalancer(
                    endpoints: configuration.endpoints,
                    balancing: configuration.balancing,
                    circuit: configuration.circuit
                )
            )
        )
        for (target, endpoint) in zip(self.targets, configuration.endpoints) {
            target.metrics.healthy.record(endpoint.weight > 0 ? 1 : 0)
        }
    }

    /// The current state of every endpoint, in configuration order.
    ///
    /// - Returns: One status per endpoint.
    public func snapshot() -> [EndpointStatus] {
        let slots = self.state.withLock { $0.balancer.slots }
        return zip(self.targets, slots).map { target, slot in
            EndpointStatus(
                name: target.name,
                healthy: slot.healthy,
                circuit: slot.circuit.phase,
                activeCheckPassing: slot.activeCheckPassing,
                inFlight: slot.inFlight,
                consecutiveFailures: slot.circuit.consecutiveFailures
            )
        }
    }

    /// Sends a request to the best endpoint, retrying on another endpoint on connection errors, 429 and 5xx.
    ///
    /// Returns as soon as a response head arrives whose status is not retried (2xx, 3xx, and 4xx other than 429),
    /// as is, so the caller can relay an upstream's own error JSON. When the last attempt still ends in 429 or 5xx,
    /// it throws ``UpstreamError/allAttemptsFailed(lastStatus:)`` instead, so every failure reaches the caller in
    /// one shape. The body of a returned response then streams, and its endpoint counts the request in flight until
    /// the body ends. Backoff and attempts stop early at ``UpstreamPoolConfiguration/Timeouts/total``.
    ///
    /// - Parameter request: The request.
    /// - Returns: The response, body not yet read.
    /// - Throws: ``UpstreamError``: `.unknownModel`, `.noHealthyEndpoint`, `.saturated`, `.timeout(.connect)`,
    ///   `.timeout(.firstByte)`, `.timeout(.total)`, `.connectFailed`, `.allAttemptsFailed(lastStatus:)`,
    ///   `.cancelled`.
    public func send(_ request: UpstreamRequest) async throws -> UpstreamResponse {
        let timeouts = self.configuration.timeouts
        let start = ContinuousClock.now
        let totalDeadline = start + timeouts.total
        let maxAttempts = max(1, self.configuration.retry.maxAttempts)
        var tried: [Int] = []
        var lastFailure: UpstreamError?

        for attempt in 1...maxAttempts {
            if attempt > 1 {
                var generator = SystemRandomNumberGenerator()
                let delay = self.configuration.retry.backoff(forRetry: attempt - 1, using: &generator)
                guard ContinuousClock.now + delay < totalDeadline else { break }
                do {
                    try await Task.sleep(for: delay)
                } catch {
                    throw UpstreamError.cancelled
                }
            }

            let now = ContinuousClock.now
            let pick = self.state.withLock { state in
                var generator = SystemRandomNumberGenerator()
                return state.balancer.pick(model: request.model, excluding: tried, now: now, using: &generator)
            }
            let index: Int
            let probe: Bool
            switch pick {
            case .endpoint(let chosen, let isProbe):
                index = chosen
                probe = isProbe
            case .unknownModel:
                throw UpstreamError.unknownModel
            case .noHealthyEndpoint:
                throw lastFailure ?? UpstreamError.noHealthyEndpoint
            case .saturated:
                throw lastFailure ?? UpstreamError.saturated
            }
            tried.append(index)
            let target = self.targets[index]
            target.metrics.inFlight.increment()

            let attemptStart = ContinuousClock.now
            let headDeadline = min(attemptStart + timeouts.connect + timeouts.firstByte, totalDeadline)
            let result = await self.execute(
                request,
                on: target,
                headDeadline: headDeadline,
                totalDeadline: totalDeadline
            )
            switch result {
            case .failed(let error):
                let outcome = AttemptOutcome(error: error)
                target.metrics.countRequest(outcome)
                self.finishAttempt(index: index, probe: probe, outcome: error == .cancelled ? .neutral : .failure)
                self.logger.debug(
                    "upstream attempt failed",
                    metadata: [
                        "upstream.endpoint": "\(target.name)", "upstream.attempt": "\(attempt)",
                        "upstream.error": "\(error.shortDescription)",
                    ]
                )
                guard self.isRetryable(error), attempt < maxAttempts else { throw error }
                target.metrics.countRetry(outcome)
                lastFailure = error

            case .bodyFailed(let status, let error):
                // The endpoint answered, then its body broke, stalled or outgrew the limit: never retried (it has
                // answered), and counted as a broken stream is on the streaming path.
                target.metrics.countRequest(AttemptOutcome(status: status))
                self.recordCircuit(index: index, probe: probe, outcome: .success)
                self.endStream(index: index, outcome: Self.bodyOutcome(error), error: error)
                throw error

            case .answer(let answer):
                let status = answer.status
                let outcome = AttemptOutcome(status: status)
                target.metrics.countRequest(outcome)
                target.metrics.latency.recordNanoseconds((ContinuousClock.now - attemptStart).clampedNanoseconds)
                if status == 429 || status >= 500 {
                    // A streaming body is dropped unread, which cancels it and closes that connection: cheaper
                    // than waiting on a failing server to finish an error page.
                    self.finishAttempt(index: index, probe: probe, outcome: status == 429 ? .neutral : .failure)
                    self.logger.debug(
                        "upstream attempt failed",
                        metadata: [
                            "upstream.endpoint": "\(target.name)", "upstream.attempt": "\(attempt)",
                            "upstream.status": "\(status)",
                        ]
                    )
                    let failure = UpstreamError.allAttemptsFailed(lastStatus: status)
                    guard attempt < maxAttempts else { throw failure }
                    target.metrics.countRetry(outcome)
                    lastFailure = failure
                    continue
                }
                self.recordCircuit(index: index, probe: probe, outcome: .success)
                switch answer {
                case .collected(let collected):
                    self.endStream(index: index, outcome: .success, error: nil)
                    return UpstreamResponse(
                        status: status,
                        headers: collected.headers,
                        endpointName: target.name,
                        body: .bytes(collected.body)
                    )
                case .streaming(let response):
                    let lease = EndpointLease(pool: self, index: index)
                    let body = UpstreamBody(
                        http: response.body,
                        context: .init(
                            lease: lease,
                            watchdog: self.watchdog,
                            idleTimeout: timeouts.idleBetweenChunks,
                            deadline: totalDeadline
                        )
                    )
                    return UpstreamResponse(
                        status: status,
                        headers: response.headers,
                        endpointName: target.name,
                        body: body
                    )
                }
            }
        }
        if let lastFailure { throw lastFailure }
        throw UpstreamError.timeout(.total)
    }

    /// What one attempt produced.
    private enum AttemptResult: Sendable {
        /// A response head (and, for ``UpstreamRequest/bodyLimit``, the whole body).
        case answer(Answer)
        /// No response head: the attempt failed and may be retried.
        case failed(UpstreamError)
        /// A head with `status`, then a body that failed (whole-body requests only).
        case bodyFailed(status: Int, UpstreamError)
    }

    /// A response head with its body streaming, or a response read whole.
    private enum Answer: Sendable {
        case streaming(HTTPClientResponse)
        case collected(CollectedResponse)

        var status: Int {
            switch self {
            case .streaming(let response): Int(response.status.code)
            case .collected(let response): response.status
            }
        }
    }

    /// One attempt: builds the HTTP request and waits for the response head, within the head deadline (and, for a
    /// whole-body request, for the body too, within the idle and total deadlines).
    private func execute(
        _ request: UpstreamRequest,
        on target: Target,
        headDeadline: ContinuousClock.Instant,
        totalDeadline: ContinuousClock.Instant
    ) async -> AttemptResult {
        let hasBody = request.body.readableBytes > 0 || request.method == .POST
        let headers = Self.forwardedHeaders(request.headers, authorization: target.authorization, hasBody: hasBody)
        if let limit = request.bodyLimit {
            return await self.executeReadingWholeBody(
                request,
                upTo: limit,
                on: target,
                headers: headers,
                hasBody: hasBody,
                headDeadline: headDeadline,
                totalDeadline: totalDeadline
            )
        }
        var httpRequest = HTTPClientRequest(url: target.base + request.path)
        httpRequest.method = request.method
        httpRequest.headers = headers
        if hasBody {
            httpRequest.body = .bytes(request.body)
        }
        // AsyncHTTPClient's deadline bounds only the wait for the response head (its timer is cancelled when the head
        // arrives), which is exactly the first-byte deadline; the body's deadlines are UpstreamBody's. Using it
        // instead of racing a task of our own saves a task, a timer and two thread-safe handoffs per request.
        let remaining = TimeAmount(durationClamped: headDeadline - ContinuousClock.now)
        do {
            let response = try await self.client().execute(
                httpRequest,
                deadline: .now() + remaining,
                logger: self.logger
            )
            return .answer(.streaming(response))
        } catch {
            if Task.isCancelled { return .failed(.cancelled) }
            if let error = error as? HTTPClientError, error == .deadlineExceeded {
                return .failed(.timeout(headDeadline == totalDeadline ? .total : .firstByte))
            }
            return .failed(Self.classifyHeadError(error))
        }
    }

    /// One attempt of a whole-body request, through ``CollectingDelegate``: head and body are read on the
    /// connection's event loop and complete one future.
    private func executeReadingWholeBody(
        _ request: UpstreamRequest,
        upTo limit: Int,
        on target: Target,
        headers: HTTPHeaders,
        hasBody: Bool,
        headDeadline: ContinuousClock.Instant,
        totalDeadline: ContinuousClock.Instant
    ) async -> AttemptResult {
        let httpRequest: HTTPClient.Request
        do {
            httpRequest = try HTTPClient.Request(
                url: target.base + request.path,
                method: request.method,
                headers: headers,
                body: hasBody ? .byteBuffer(request.body) : nil
            )
        } catch {
            return .failed(Self.classifyHeadError(error))
        }
        let now = ContinuousClock.now
        let nioNow = NIODeadline.now()
        let delegate = CollectingDelegate(
            maxBytes: limit,
            idleTimeout: TimeAmount(durationClamped: self.configuration.timeouts.idleBetweenChunks),
            headDeadline: nioNow + TimeAmount(durationClamped: headDeadline - now),
            headTimeout: .timeout(headDeadline == totalDeadline ? .total : .firstByte)
        )
        let client = self.client()
        // A client on one loop (a loop-bound one) runs the delegate there too. `.delegateAndChannel(on:)` would say
        // the same, but AsyncHTTPClient treats a required loop as a reason to open a connection for the request and
        // close it afterwards whenever none is idle: at 4 concurrent requests 40% of them opened a connection.
        let preference: HTTPClient.EventLoopPreference =
            if let loop = client.eventLoopGroup as? any EventLoop { .delegate(on: loop) } else { .indifferent }
        let task = client.execute(
            request: httpRequest,
            delegate: delegate,
            eventLoop: preference,
            deadline: nioNow + TimeAmount(durationClamped: totalDeadline - now),
            logger: self.logger
        )
        do {
            let collected = try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: {
                task.cancel()
            }
            return .answer(.collected(collected))
        } catch {
            let mapped: UpstreamError
            if Task.isCancelled {
                mapped = .cancelled
            } else if let error = error as? UpstreamError {
                mapped = error
            } else if let error = error as? HTTPClientError, error == .deadlineExceeded {
                mapped = .timeout(.total)
            } else if delegate.headStatus != nil {
                mapped = Self.classifyBodyError(error)
            } else {
                mapped = Self.classifyHeadError(error)
            }
            if let status = delegate.headStatus { return .bodyFailed(status: status, mapped) }
            return .failed(mapped)
        }
    }

    private func isRetryable(_ error: UpstreamError) -> Bool {
        if error == .connectFailed || error == .timeout(.connect) { return true }
        if error == .timeout(.firstByte) { return self.configuration.retry.retryOnFirstByteTimeout }
        return false
    }

    /// Records an attempt that did not produce a returned response: circuit outcome, slot and gauge released.
    private func finishAttempt(index: Int, probe: Bool, outcome: CircuitBreaker.Outcome) {
        self.recordCircuit(index: index, probe: probe, outcome: outcome, release: true)
        self.targets[index].metrics.inFlight.decrement()
    }

    private func recordCircuit(index: Int, probe: Bool, outcome: CircuitBreaker.Outcome, release: Bool = false) {
        let now = ContinuousClock.now
        let (action, healthy) = self.state.withLock { state in
            let action = state.balancer.record(outcome, index: index, probe: probe, now: now)
            if release { state.balancer.release(index: index) }
            let healthy = state.balancer.slots[index].healthy
            if action != .none {
                // Recorded under the lock so two transitions cannot land in the gauge out of order.
                self.targets[index].metrics.healthy.record(healthy ? 1 : 0)
            }
            return (action, healthy)
        }
        switch action {
        case .none:
            break
        case .opened:
            self.logger.warning(
                "upstream circuit opened",
                metadata: ["upstream.endpoint": "\(self.targets[index].name)", "upstream.healthy": "\(healthy)"]
            )
        case .closed:
            self.logger.info(
                "upstream circuit closed",
                metadata: ["upstream.endpoint": "\(self.targets[index].name)", "upstream.healthy": "\(healthy)"]
            )
        }
    }

    /// Stores an active health check's result, updating the gauge and logging when it changes.
    func recordActiveCheck(index: Int, passing: Bool) {
        let changed = self.state.withLock { state in
            let changed = state.balancer.setActiveCheck(passing: passing, index: index)
            if changed {
                self.targets[index].metrics.healthy.record(state.balancer.slots[index].healthy ? 1 : 0)
            }
            return changed
        }
        guard changed else { return }
        if passing {
            self.logger.info(
                "upstream health check passing", metadata: ["upstream.endpoint": "\(self.targets[index].name)"])
        } else {
            self.logger.warning(
                "upstream health check failing", metadata: ["upstream.endpoint": "\(self.targets[index].name)"])
        }
    }

    /// Called by ``EndpointLease`` when a returned response's body ends, fails or is dropped.
    func endStream(index: Int, outcome: CircuitBreaker.Outcome, error: UpstreamError?) {
        if outcome == .failure {
            self.targets[index].metrics.countStreamError()
            self.logger.debug(
                "upstream stream failed",
                metadata: [
                    "upstream.endpoint": "\(self.targets[index].name)",
                    "upstream.error": "\(error?.shortDescription ?? "unknown")",
                ]
            )
        }
        self.recordCircuit(index: index, probe: false, outcome: outcome, release: true)
        self.targets[index].metrics.inFlight.decrement()
    }

    /// The client for a request sent from the current thread: the loop-bound client of the caller's event loop,
    /// else the shared one.
    func client() -> HTTPClient {
        for client in self.loopBoundClients where client.eventLoopGroup.next().inEventLoop { return client }
        return self.httpClient
    }

    /// Headers never forwarded: the client's credentials, hop-by-hop headers (RFC 9110 §7.6.1) that the HTTP
    /// client sets itself, and `Accept-Encoding`, so the upstream answers in plain bytes the caller can parse.
    private static let droppedHeaders = [
        "Authorization", "Proxy-Authorization", "Host", "Connection", "Keep-Alive", "Content-Length",
        "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Accept-Encoding",
    ]

    /// The headers sent upstream: the caller's, minus its credential and hop-by-hop headers, plus the endpoint's key.
    static func forwardedHeaders(_ headers: HTTPHeaders, authorization: String?, hasBody: Bool = true) -> HTTPHeaders {
        var result = headers
        for name in Self.droppedHeaders {
            result.remove(name: name)
        }
        if hasBody && !result.contains(name: "Content-Type") {
            result.add(name: "Content-Type", value: "application/json")
        }
        if let authorization {
            result.add(name: "Authorization", value: authorization)
        }
        return result
    }

    /// Maps an error raised before the response head; every transport failure counts as a failed connection,
    /// because nothing was returned to the client yet and another endpoint may well succeed.
    static func classifyHeadError(_ error: any Error) -> UpstreamError {
        if let error = error as? UpstreamError { return error }
        if error is CancellationError { return .cancelled }
        if let error = error as? HTTPClientError {
            switch error {
            case .cancelled: return .cancelled
            case .connectTimeout: return .timeout(.connect)
            case .deadlineExceeded: return .timeout(.total)
            default: return .connectFailed
            }
        }
        if let error = error as? ChannelError, case .connectTimeout = error { return .timeout(.connect) }
        return .connectFailed
    }

    /// How a body that ended in `error` counts against its endpoint: a client that went away or a body over the
    /// caller's limit says nothing about the endpoint's health; anything else is a broken stream.
    static func bodyOutcome(_ error: UpstreamError) -> CircuitBreaker.Outcome {
        switch error {
        case .cancelled, .bodyTooLarge: .neutral
        default: .failure
        }
    }

    /// Maps an error raised while reading a returned body.
    static func classifyBodyError(_ error: any Error) -> UpstreamError {
        if let error = error as? UpstreamError { return error }
        if error is CancellationError { return .cancelled }
        if let error = error as? HTTPClientError {
            switch error {
            case .cancelled: return .cancelled
            case .deadlineExceeded: return .timeout(.total)
            case .readTimeout: return .timeout(.idleBetweenChunks)
            default: return .streamInterrupted
            }
        }
        return .streamInterrupted
    }
}
