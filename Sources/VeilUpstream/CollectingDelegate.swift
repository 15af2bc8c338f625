import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// A response read whole: status, headers and body.
struct CollectedResponse: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: ByteBuffer
}

/// Reads a response head and its whole body on one event loop, under the pool's first-byte and idle deadlines:
/// the path of requests whose answer is read whole anyway (``UpstreamRequest/bodyLimit``).
///
/// AsyncHTTPClient's async API hands the head to a continuation and every body chunk through an async sequence,
/// each a task hop, and the pool raced a task of its own against the body's deadline. For a non-streaming chat
/// answer that is read whole before anything is sent to the client none of that buys anything; this delegate
/// receives the head and the chunks as plain calls on the connection's event loop and completes one future.
///
/// Every callback and both timers run on `task.eventLoop` (AsyncHTTPClient calls a delegate on the loop it was
/// given, and the timers are scheduled from those callbacks), so the mutable state needs no lock: hence
/// `@unchecked Sendable`. ``headStatus`` is read by the caller only after the task's future has completed,
/// which orders it after the last callback.
final class CollectingDelegate: HTTPClientResponseDelegate, @unchecked Sendable {
    typealias Response = CollectedResponse

    private let maxBytes: Int
    private let idleTimeout: TimeAmount
    private let headDeadline: NIODeadline
    private let headTimeout: UpstreamError
    private var head: HTTPResponseHead?
    private var body = ByteBuffer()
    private var timer: Scheduled<Void>?

    /// - Parameters:
    ///   - maxBytes: The largest body accepted; a longer one fails the request with ``UpstreamError/bodyTooLarge``.
    ///   - idleTimeout: The longest gap between body chunks.
    ///   - headDeadline: When the head must have arrived.
    ///   - headTimeout: The error of a missed head deadline (`.timeout(.firstByte)`, or `.timeout(.total)` when
    ///     the total deadline comes first).
    init(maxBytes: Int, idleTimeout: TimeAmount, headDeadline: NIODeadline, headTimeout: UpstreamError) {
        self.maxBytes = maxBytes
        self.idleTimeout = idleTimeout
        self.headDeadline = headDeadline
        self.headTimeout = headTimeout
    }

    /// The status of the response head, once it arrived: a failure after it is a broken body, not a failed attempt
    /// to retry.
    var headStatus: Int? { self.head.map { Int($0.status.code) } }

    func didSendRequestHead(task: HTTPClient.Task<CollectedResponse>, _ head: HTTPRequestHead) {
        self.arm(task, deadline: self.headDeadline, error: self.headTimeout)
    }

    func didReceiveHead(task: HTTPClient.Task<CollectedResponse>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        self.head = head
        self.arm(task, deadline: .now() + self.idleTimeout, error: .timeout(.idleBetweenChunks))
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<CollectedResponse>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        var buffer = buffer
        if self.body.readableBytes + buffer.readableBytes > self.maxBytes {
            self.disarm()
            task.fail(reason: UpstreamError.bodyTooLarge)
        } else {
            if self.body.readableBytes == 0 {
                self.body = buffer
            } else {
                self.body.writeBuffer(&buffer)
            }
            self.arm(task, deadline: .now() + self.idleTimeout, error: .timeout(.idleBetweenChunks))
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveError(task: HTTPClient.Task<CollectedResponse>, _ error: any Error) {
        self.disarm()
    }

    func didFinishRequest(task: HTTPClient.Task<CollectedResponse>) throws -> CollectedResponse {
        self.disarm()
        guard let head = self.head else { throw UpstreamError.streamInterrupted }
        return CollectedResponse(status: Int(head.status.code), headers: head.headers, body: self.body)
    }

    /// Replaces the pending deadline: failing the task closes its connection, as a cancelled request does.
    private func arm(_ task: HTTPClient.Task<CollectedResponse>, deadline: NIODeadline, error: UpstreamError) {
        self.timer?.cancel()
        self.timer = task.eventLoop.scheduleTask(deadline: deadline) { task.fail(reason: error) }
    }

    private func disarm() {
        self.timer?.cancel()
        self.timer = nil
    }
}
