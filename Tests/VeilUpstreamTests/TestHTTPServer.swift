import NIOCore
import NIOHTTP1
import NIOPosix
import VeilSync

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 whose answers each test scripts, so the pool is tested over real sockets.
final class TestHTTPServer: Sendable {
    /// What the server does with one request.
    enum Behavior: Sendable {
        /// A complete response.
        case respond(status: Int, body: String)
        /// Never answers (the connection stays open).
        case hang
        /// Sends a `200` head with chunked encoding, then hands a ``StreamHandle`` to the test via ``nextStream()``.
        case stream
    }

    /// One request as the server saw it.
    struct Recorded: Sendable {
        var method: String
        var uri: String
        var headers: HTTPHeaders
        var body: String
    }

    /// Lets a test write a streamed body chunk by chunk.
    struct StreamHandle: Sendable {
        let context: NIOLoopBound<ChannelHandlerContext>
        let eventLoop: any EventLoop

        func write(_ text: String) {
            self.eventLoop.execute {
                let buffer = self.context.value.channel.allocator.buffer(string: text)
                self.context.value.writeAndFlush(NIOAny(HTTPServerResponsePart.body(.byteBuffer(buffer))), promise: nil)
            }
        }

        func finish() {
            self.eventLoop.execute {
                self.context.value.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil)), promise: nil)
            }
        }
    }

    let port: Int
    private let channel: any Channel
    private let handler: @Sendable (Recorded) -> Behavior
    private let recorded = Locked<[Recorded]>([])
    private let closedCount = Locked(0)
    private let streams: AsyncStream<StreamHandle>
    private let streamsContinuation: AsyncStream<StreamHandle>.Continuation
    private let closes: AsyncStream<Void>
    private let closesContinuation: AsyncStream<Void>.Continuation

    private init(
        channel: any Channel,
        port: Int,
        handler: @escaping @Sendable (Recorded) -> Behavior,
        streams: (AsyncStream<StreamHandle>, AsyncStream<StreamHandle>.Continuation),
        closes: (AsyncStream<Void>, AsyncStream<Void>.Continuation)
    ) {
        self.channel = channel
        self.port = port
        self.handler = handler
        (self.streams, self.streamsContinuation) = streams
        (self.closes, self.closesContinuation) = closes
    }

    /// Starts a server; `handler` decides the answer to each request.
    static func start(_ handler: @escaping @Sendable (Recorded) -> Behavior) async throws -> TestHTTPServer {
        let box = Locked<TestHTTPServer?>(nil)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    guard let server = box.withLock({ $0 }) else { throw ChannelError.ioOnClosedChannel }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(RequestHandler(server: server))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        let server = TestHTTPServer(
            channel: channel,
            port: channel.localAddress?.port ?? 0,
            handler: handler,
            streams: AsyncStream.makeStream(),
            closes: AsyncStream.makeStream()
        )
        box.withLock { $0 = server }
        return server
    }

    /// `http://127.0.0.1:<port>/v1`.
    var baseURL: String { "http://127.0.0.1:\(self.port)/v1" }

    /// Every request received so far.
    var requests: [Recorded] { self.recorded.withLock { $0 } }

    /// Requests received so far, health checks excluded.
    var completionRequests: Int { self.requests.filter { $0.method == "POST" }.count }

    /// Connections the server has seen closed.
    var closedConnections: Int { self.closedCount.withLock { $0 } }

    /// The next streamed response the server has started.
    func nextStream() async -> StreamHandle? {
        var iterator = self.streams.makeAsyncIterator()
        return await iterator.next()
    }

    /// Waits until a connection closes.
    func nextClose() async {
        var iterator = self.closes.makeAsyncIterator()
        _ = await iterator.next()
    }

    func shutdown() async throws {
        self.streamsContinuation.finish()
        self.closesContinuation.finish()
        try await self.channel.close()
    }

    /// A port on which nothing listens: bound, then closed again.
    static func deadPort() async throws -> Int {
        // Bound but never listening, and kept bound for the rest of the run: connecting is refused at once, and no
        // other test's server can be given the same port meanwhile (a closed port could be, and then a "dead"
        // endpoint would answer).
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw DeadPortError() }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw DeadPortError()
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct DeadPortError: Error {}

    fileprivate func received(_ request: Recorded) -> Behavior {
        self.recorded.withLock { $0.append(request) }
        return self.handler(request)
    }

    fileprivate func started(_ stream: StreamHandle) {
        self.streamsContinuation.yield(stream)
    }

    fileprivate func connectionClosed() {
        self.closedCount.withLock { $0 += 1 }
        self.closesContinuation.yield()
    }
}

private final class RequestHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let server: TestHTTPServer
    private var head: HTTPRequestHead?
    private var body = ""

    init(server: TestHTTPServer) {
        self.server = server
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch self.unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            self.body = ""
        case .body(let buffer):
            self.body += String(buffer: buffer)
        case .end:
            guard let head = self.head else { return }
            let recorded = TestHTTPServer.Recorded(
                method: head.method.rawValue,
                uri: head.uri,
                headers: head.headers,
                body: self.body
            )
            self.respond(to: self.server.received(recorded), context: context)
        }
    }

    private func respond(to behavior: TestHTTPServer.Behavior, context: ChannelHandlerContext) {
        switch behavior {
        case .hang:
            return
        case .respond(let status, let body):
            let buffer = context.channel.allocator.buffer(string: body)
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "application/json")
            headers.add(name: "Content-Length", value: "\(buffer.readableBytes)")
            let head = HTTPResponseHead(version: .http1_1, status: .init(statusCode: status), headers: headers)
            context.write(self.wrapOutboundOut(.head(head)), promise: nil)
            context.write(self.wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
            context.writeAndFlush(self.wrapOutboundOut(.end(nil)), promise: nil)
        case .stream:
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "text/event-stream")
            headers.add(name: "Transfer-Encoding", value: "chunked")
            let head = HTTPResponseHead(version: .http1_1, status: .ok, headers: headers)
            context.writeAndFlush(self.wrapOutboundOut(.head(head)), promise: nil)
            self.server.started(
                TestHTTPServer.StreamHandle(
                    context: NIOLoopBound(context, eventLoop: context.eventLoop),
                    eventLoop: context.eventLoop
                )
            )
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.server.connectionClosed()
        context.fireChannelInactive()
    }
}
