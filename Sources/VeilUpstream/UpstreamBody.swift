import AsyncHTTPClient
import NIOCore

/// A response body as an `AsyncSequence` of `ByteBuffer` chunks, with backpressure and timeouts.
///
/// It wraps AsyncHTTPClient's response body, which reads from the socket only as fast as the consumer asks, so a
/// slow client slows the upstream read instead of filling memory. On top it enforces
/// ``UpstreamPoolConfiguration/Timeouts/idleBetweenChunks`` and ``UpstreamPoolConfiguration/Timeouts/total``
/// (throwing ``UpstreamError/timeout(_:)``). Cancelling the task that iterates, or dropping the body unread,
/// cancels the upstream request and closes its connection.
///
/// Iterate it at most once.
///
/// ```swift
/// for try await chunk in response.body { try await writer.write(chunk) }
/// // or, for a non-streaming answer:
/// let json = try await response.body.collect(upTo: 8 << 20)
/// ```
public struct UpstreamBody: AsyncSequence, Sendable {
    /// Each element is one chunk as it arrived; chunk boundaries carry no meaning.
    public typealias Element = ByteBuffer

    struct StreamContext: Sendable {
        let lease: EndpointLease?
        let watchdog: Watchdog
        let idleTimeout: Duration
        let deadline: ContinuousClock.Instant
    }

    private enum Storage: Sendable {
        case http(HTTPClientResponse.Body, StreamContext)
        case bytes(ByteBuffer)
    }

    private let storage: Storage

    init(http body: HTTPClientResponse.Body, context: StreamContext) {
        self.storage = .http(body, context)
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    /// A body that yields `buffer` as a single chunk (or nothing if it is empty); for tests of callers and for
    /// answers that never touched the network.
    ///
    /// - Parameter buffer: The whole body.
    /// - Returns: The body.
    public static func bytes(_ buffer: ByteBuffer) -> UpstreamBody {
        UpstreamBody(storage: .bytes(buffer))
    }

    /// Creates the iterator; call once.
    public func makeAsyncIterator() -> AsyncIterator {
        switch self.storage {
        case .http(let body, let context):
            return AsyncIterator(state: .http(IteratorBox(body.makeAsyncIterator()), context))
        case .bytes(let buffer):
            return AsyncIterator(state: buffer.readableBytes > 0 ? .bytes(buffer) : .finished)
        }
    }

    /// Reads the whole body into one buffer, for non-streaming answers.
    ///
    /// - Parameter maxBytes: The most bytes accepted.
    /// - Returns: The body.
    /// - Throws: ``UpstreamError/bodyTooLarge`` past `maxBytes`, or the errors of ``AsyncIterator/next()``.
    public func collect(upTo maxBytes: Int) async throws -> ByteBuffer {
        if case .http(let body, let context) = self.storage {
            return try await Self.collect(body, context: context, upTo: maxBytes)
        }
        var iterator = self.makeAsyncIterator()
        guard var result = try await iterator.next() else { return ByteBuffer() }
        guard result.readableBytes <= maxBytes else { throw UpstreamError.bodyTooLarge }
        while var chunk = try await iterator.next() {
            guard result.readableBytes + chunk.readableBytes <= maxBytes else { throw UpstreamError.bodyTooLarge }
            result.writeBuffer(&chunk)
        }
        return result
    }

    /// Reads a whole network body inside one watchdog race whose deadline moves with every chunk: the same
    /// timeouts as iterating, at the cost of one task instead of one per chunk (the non-streaming hot path).
    private static func collect(
        _ body: HTTPClientResponse.Body,
        context: StreamContext,
        upTo maxBytes: Int
    ) async throws -> ByteBuffer {
        let box = IteratorBox(body.makeAsyncIterator())
        let idle = context.idleTimeout
        let total = context.deadline
        do {
            guard ContinuousClock.now < total else { throw UpstreamError.timeout(.total) }
            let outcome = try await context.watchdog.race(until: Swift.min(.now + idle, total)) { moveDeadline in
                var result = ByteBuffer()
                while var chunk = try await box.next() {
                    guard result.readableBytes + chunk.readableBytes <= maxBytes else {
                        throw UpstreamError.bodyTooLarge
                    }
                    if result.readableBytes == 0 {
                        result = chunk
                    } else {
                        result.writeBuffer(&chunk)
                    }
                    moveDeadline(Swift.min(.now + idle, total))
                }
                return result
            }
            switch outcome {
            case .value(let result):
                context.lease?.finish(.success)
                return result
            case .timedOut:
                throw UpstreamError.timeout(ContinuousClock.now >= total ? .total : .idleBetweenChunks)
            }
        } catch {
            let mapped = UpstreamPool.classifyBodyError(error)
            context.lease?.finish(UpstreamPool.bodyOutcome(mapped), error: mapped)
            throw mapped
        }
    }

    /// Holds AsyncHTTPClient's iterator so a child task can advance it.
    ///
    /// `@unchecked Sendable` is safe because exactly one task touches `iterator` at a time: ``AsyncIterator/next()``
    /// and `collect` hand it to a single task inside ``Watchdog/race(until:_:)``, which awaits that task's end
    /// (even after a timeout) before returning; the non-`Sendable` iterator that owns its box is never advanced
    /// from two tasks at once, and `collect`'s box never leaves `collect`.
    final class IteratorBox: @unchecked Sendable {
        var iterator: HTTPClientResponse.Body.AsyncIterator

        init(_ iterator: HTTPClientResponse.Body.AsyncIterator) {
            self.iterator = iterator
        }

        func next() async throws -> ByteBuffer? {
            try await self.iterator.next()
        }
    }

    /// Yields the chunks of an ``UpstreamBody``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        enum State {
            case http(IteratorBox, StreamContext)
            case bytes(ByteBuffer)
            case finished
        }

        private var state: State

        init(state: State) {
            self.state = state
        }

        /// The next chunk, or `nil` at the end of the body.
        ///
        /// - Throws: ``UpstreamError/timeout(_:)`` (idle or total limit), ``UpstreamError/streamInterrupted``
        ///   if the connection broke, ``UpstreamError/cancelled`` if the consuming task was cancelled. After an
        ///   error the upstream request is cancelled and the iterator returns `nil`.
        public mutating func next() async throws -> ByteBuffer? {
            switch self.state {
            case .finished:
                return nil
            case .bytes(let buffer):
                self.state = .finished
                return buffer
            case .http(let box, let context):
                let now = ContinuousClock.now
                let deadline = Swift.min(now + context.idleTimeout, context.deadline)
                do {
                    // Checked up front because a chunk that is already buffered would win any race; AsyncHTTPClient's
                    // own deadline stops at the response head, so this is what bounds a stream that keeps trickling.
                    guard now < context.deadline else { throw UpstreamError.timeout(.total) }
                    switch try await context.watchdog.race(until: deadline, { try await box.next() }) {
                    case .value(let chunk?):
                        return chunk
                    case .value(nil):
                        self.state = .finished
                        context.lease?.finish(.success)
                        return nil
                    case .timedOut:
                        let phase: UpstreamError.TimeoutPhase =
                            deadline == context.deadline ? .total : .idleBetweenChunks
                        throw UpstreamError.timeout(phase)
                    }
                } catch {
                    self.state = .finished
                    let mapped = UpstreamPool.classifyBodyError(error)
                    context.lease?.finish(UpstreamPool.bodyOutcome(mapped), error: mapped)
                    throw mapped
                }
            }
        }
    }
}

@available(*, unavailable)
extension UpstreamBody.AsyncIterator: Sendable {}
