import NIOCore
import NIOHTTP1

/// Serves one connection of a ``MockUpstream``: routes each request, applies latency, pacing and failure injection,
/// and writes the rendered answer.
///
/// It sits behind NIO's `HTTPServerPipelineHandler`, which hands it one request at a time even when the client
/// pipelines, so per-request state can live in plain stored properties until the response's `.end` is written.
final class MockUpstreamHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private enum Route {
        case chatCompletions
        case embeddings
        case models
        case health
        case notFound
        case methodNotAllowed

        init(method: HTTPMethod, uri: String) {
            let utf8 = uri.utf8
            let path = Substring(utf8[..<(utf8.firstIndex(of: UInt8(ascii: "?")) ?? utf8.endIndex)])
            switch path {
            case "/v1/chat/completions": self = method == .POST ? .chatCompletions : .methodNotAllowed
            case "/v1/embeddings": self = method == .POST ? .embeddings : .methodNotAllowed
            case "/v1/models": self = method == .GET ? .models : .methodNotAllowed
            case "/healthz": self = method == .GET ? .health : .methodNotAllowed
            default: self = .notFound
            }
        }

        /// Whether a configured API key is checked: every `/v1` endpoint.
        var requiresKey: Bool {
            self == .chatCompletions || self == .embeddings || self == .models
        }

        /// Whether the body is kept: only requests the mock reads or records.
        var keepsBody: Bool {
            self == .chatCompletions || self == .embeddings
        }
    }

    /// What a response needs to know about its request once the handler may have moved on.
    private struct Exchange {
        var version: HTTPVersion
        var keepAlive: Bool
    }

    private let state: MockUpstreamState
    private var route = Route.notFound
    private var exchange = Exchange(version: .http1_1, keepAlive: true)
    private var body = ByteBuffer()
    private var bodyTooLarge = false
    private var isAuthorized = true
    private var isActive = true
    private var pendingTask: Scheduled<Void>?

    init(state: MockUpstreamState) {
        self.state = state
    }

    func handlerAdded(context: ChannelHandlerContext) {
        body = context.channel.allocator.buffer(capacity: 1024)
    }

    func channelInactive(context: ChannelHandlerContext) {
        isActive = false
        pendingTask?.cancel()
        pendingTask = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            route = Route(method: head.method, uri: head.uri)
            exchange = Exchange(version: head.version, keepAlive: head.isKeepAlive)
            if let expected = state.expectedAuthorization, route.requiresKey {
                isAuthorized = head.headers["authorization"].first == expected
            } else {
                isAuthorized = true
            }
            body.clear()
            bodyTooLarge = false
            // curl sends `Expect: 100-continue` for larger bodies and stalls a second without an interim answer.
            if route.keepsBody, head.headers["expect"].contains(where: { $0.lowercased() == "100-continue" }) {
                let continueHead = HTTPResponseHead(version: head.version, status: .continue)
                context.writeAndFlush(wrapOutboundOut(.head(continueHead)), promise: nil)
            }
        case .body(var chunk):
            guard route.keepsBody, !bodyTooLarge else { return }
            if body.readableBytes + chunk.readableBytes > state.maximumBodySize {
                bodyTooLarge = true
                body.clear()
            } else {
                body.writeBuffer(&chunk)
            }
        case .end:
            respond(context: context)
        }
    }

    // MARK: Deciding the answer

    private func respond(context: ChannelHandlerContext) {
        let responder = MockResponder(name: state.name, allocator: context.channel.allocator)
        if bodyTooLarge {
            // Like most servers, stop trusting a connection once it has sent more than it should.
            exchange.keepAlive = false
            send(
                responder.error(
                    status: .payloadTooLarge,
                    message: "The request body is too large.",
                    type: "invalid_request_error"
                ),
                cutAfter: nil,
                context: context
            )
            return
        }
        if !isAuthorized {
            send(
                responder.error(
                    status: .unauthorized,
                    message: "Incorrect API key provided.",
                    type: "invalid_request_error",
                    code: "invalid_api_key"
                ),
                cutAfter: nil,
                context: context
            )
            return
        }
        let endpoint: FailureInjection.Endpoints
        switch route {
        case .health:
            send(
                .json(status: .ok, body: state.healthBody, retryAfter: false, generatedTokens: 0),
                cutAfter: nil,
                context: context
            )
            return
        case .notFound:
            send(
                responder.error(
                    status: .notFound,
                    message: "Unknown request URL.",
                    type: "invalid_request_error",
                    code: "unknown_url"
                ),
                cutAfter: nil,
                context: context
            )
            return
        case .methodNotAllowed:
            send(
                responder.error(
                    status: .methodNotAllowed,
                    message: "This method is not allowed on this URL.",
                    type: "invalid_request_error"
                ),
                cutAfter: nil,
                context: context
            )
            return
        case .models: endpoint = .models
        case .chatCompletions: endpoint = .chatCompletions
        case .embeddings: endpoint = .embeddings
        }

        let admission = state.admit(endpoint, body: route.keepsBody ? body : nil)
        var cutAfter: Int?
        switch admission.failure {
        case .hang?:
            return  // Never answer; the pipeline handler holds any later request on this connection.
        case .closeConnection?:
            after(state.latency, context: context) { context.close(promise: nil) }
            return
        case .status(let code)?:
            let status = (400...599).contains(code) ? code : 500
            send(responder.injectedFailure(status: status), cutAfter: nil, delay: state.latency, context: context)
            return
        case .cutStream(let count)?:
            cutAfter = max(0, count)
        case nil:
            break
        }

        let reply: MockReply
        switch route {
        case .chatCompletions: reply = responder.chatCompletion(body: body, sequence: admission.sequence)
        case .embeddings: reply = responder.embeddings(body: body)
        default: reply = .json(status: .ok, body: state.modelsBody, retryAfter: false, generatedTokens: 0)
        }
        var delay = state.latency
        if case .json(_, _, _, let tokens) = reply, tokens > 0, let rate = state.tokensPerSecond {
            delay = delay + Self.duration(seconds: Double(tokens) / rate)
        }
        send(reply, cutAfter: cutAfter, delay: delay, context: context)
    }

    // MARK: Writing the answer

    /// Runs `work` after `delay`, or at once when there is none, unless the connection has gone.
    private func after(_ delay: TimeAmount, context: ChannelHandlerContext, _ work: @escaping () -> Void) {
        guard delay > .zero else {
            work()
            return
        }
        pendingTask = context.eventLoop.assumeIsolated().scheduleTask(in: delay) { [self] in
            pendingTask = nil
            guard isActive else { return }
            work()
        }
    }

    private func send(_ reply: MockReply, cutAfter: Int?, delay: TimeAmount = .zero, context: ChannelHandlerContext) {
        let exchange = self.exchange
        after(delay, context: context) { [self] in
            switch reply {
            case .json(let status, let body, let retryAfter, _):
                sendJSON(status: status, body: body, retryAfter: retryAfter, cut: cutAfter != nil, exchange, context)
            case .stream(let events):
                var headers = state.streamHeaders
                if !exchange.keepAlive { headers.add(name: "connection", value: "close") }
                let head = HTTPResponseHead(version: exchange.version, status: .ok, headers: headers)
                context.write(wrapOutboundOut(.head(head)), promise: nil)
                // A cut stream never reaches `[DONE]`, however late the cut was asked for.
                let cut = cutAfter.map { min($0, events.count - 1) }
                sendEvents(events, from: 0, waited: false, cutAfter: cut, exchange, context)
            }
        }
    }

    private func sendJSON(
        status: HTTPResponseStatus,
        body: ByteBuffer,
        retryAfter: Bool,
        cut: Bool,
        _ exchange: Exchange,
        _ context: ChannelHandlerContext
    ) {
        var headers = state.jsonHeaders
        headers.add(name: "content-length", value: String(body.readableBytes))
        if retryAfter { headers.add(name: "retry-after", value: "1") }
        if !exchange.keepAlive { headers.add(name: "connection", value: "close") }
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: exchange.version, status: status, headers: headers))),
            promise: nil
        )
        if cut {
            let half = body.getSlice(at: body.readerIndex, length: body.readableBytes / 2) ?? ByteBuffer()
            closeAfterFlushing(wrapOutboundOut(.body(.byteBuffer(half))), context)
            return
        }
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        finish(exchange, context)
    }

    /// Writes events from `index` on, waiting one token interval before each paced event when a rate is set.
    private func sendEvents(
        _ events: MockEventStream,
        from index: Int,
        waited: Bool,
        cutAfter: Int?,
        _ exchange: Exchange,
        _ context: ChannelHandlerContext
    ) {
        var index = index
        var waited = waited
        while index < events.count {
            if let cutAfter, index >= cutAfter {
                closeAfterFlushing(nil, context)
                return
            }
            if let rate = state.tokensPerSecond, !waited, events.isPaced(index) {
                context.flush()
                let interval = Self.duration(seconds: 1 / rate)
                let next = index
                after(interval, context: context) { [self] in
                    sendEvents(events, from: next, waited: true, cutAfter: cutAfter, exchange, context)
                }
                return
            }
            context.write(wrapOutboundOut(.body(.byteBuffer(events.event(index)))), promise: nil)
            index += 1
            waited = false
        }
        finish(exchange, context)
    }

    /// Seconds as a `TimeAmount`, clamped to an hour: a slow rate times a long answer must not overflow.
    private static func duration(seconds: Double) -> TimeAmount {
        .nanoseconds(Int64(min(max(seconds, 0), 3600) * 1_000_000_000))
    }

    private func finish(_ exchange: Exchange, _ context: ChannelHandlerContext) {
        if exchange.keepAlive {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        } else {
            closeAfterFlushing(wrapOutboundOut(.end(nil)), context)
        }
    }

    /// Writes `last` (if any), flushes, and closes once the bytes are out, so a cut answer really arrives cut.
    private func closeAfterFlushing(_ last: NIOAny?, _ context: ChannelHandlerContext) {
        let promise = context.eventLoop.makePromise(of: Void.self)
        if let last {
            context.writeAndFlush(last, promise: promise)
        } else {
            context.flush()
            promise.succeed()
        }
        promise.futureResult.assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }
}

@available(*, unavailable) extension MockUpstreamHandler: Sendable {}
