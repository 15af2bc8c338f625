/// A streamed chat answer: an asynchronous sequence of chunks that stages can observe and transform.
///
/// The sequence is pulled, never pushed: a slow client slows the upstream read (backpressure), and nothing is
/// buffered without bound. It is meant to be iterated once; the upstream body behind it can only be read once.
/// Transformations (``map(_:)``, ``transform(initial:step:finish:)``) are lazy and run as the consumer pulls.
public struct ChatCompletionStream: AsyncSequence, Sendable {
    /// A chunk of the stream.
    public typealias Element = ChatCompletionChunk

    private let makeNext: @Sendable () -> NextFunction

    /// Pulls the next chunk; `nil` at the end.
    public typealias NextFunction = () async throws -> ChatCompletionChunk?

    /// Wraps any sendable sequence of chunks.
    public init<Base: AsyncSequence & Sendable>(_ base: Base) where Base.Element == ChatCompletionChunk {
        makeNext = {
            let box = IteratorBox(base.makeAsyncIterator())
            return { try await box.next() }
        }
    }

    /// Builds a stream from a factory of pull functions, for producers that are not `AsyncSequence`s.
    public init(makeNext: @escaping @Sendable () -> NextFunction) {
        self.makeNext = makeNext
    }

    /// A stream of the given chunks, for replaying a cached answer.
    public init(chunks: [ChatCompletionChunk]) {
        self.makeNext = {
            var index = 0
            return {
                guard index < chunks.count else { return nil }
                defer { index += 1 }
                return chunks[index]
            }
        }
    }

    /// Starts an iteration.
    public func makeAsyncIterator() -> Iterator { Iterator(pull: makeNext()) }

    /// Iterates a ``ChatCompletionStream``.
    public struct Iterator: AsyncIteratorProtocol {
        let pull: NextFunction

        /// The next chunk, or `nil` once the stream has ended.
        public mutating func next() async throws -> ChatCompletionChunk? {
            try Task.checkCancellation()
            return try await pull()
        }
    }

    /// Applies `transform` to every chunk as it passes.
    public func map(_ transform: @escaping @Sendable (ChatCompletionChunk) throws -> ChatCompletionChunk) -> Self {
        let upstream = makeNext
        return ChatCompletionStream {
            let next = upstream()
            return {
                guard let chunk = try await next() else { return nil }
                return try transform(chunk)
            }
        }
    }

    /// A stateful transformation: each chunk may become zero or more chunks, and `finish` may flush what the state
    /// still holds when the stream ends normally (e.g. bytes held back by the PII restorer).
    ///
    /// Each iteration starts from a fresh copy of `initial`.
    public func transform<State: Sendable>(
        initial: State,
        step: @escaping @Sendable (inout State, ChatCompletionChunk) throws -> [ChatCompletionChunk],
        finish: @escaping @Sendable (inout State) throws -> [ChatCompletionChunk]
    ) -> Self {
        let upstream = makeNext
        return ChatCompletionStream {
            let next = upstream()
            let box = TransformBox(state: initial)
            return {
                while true {
                    if !box.pending.isEmpty { return box.pending.removeFirst() }
                    if box.finished { return nil }
                    if let chunk = try await next() {
                        box.pending = try step(&box.state, chunk)
                    } else {
                        box.finished = true
                        box.pending = try finish(&box.state)
                    }
                }
            }
        }
    }

    /// Calls `onChunk` for every chunk and `onEnd` once with how the stream ended, without changing it.
    ///
    /// `onEnd` receives `.finished` only when the consumer read to the end, `.failed` when the producer threw, and
    /// `.abandoned` when the consumer stopped early (the client went away) — a cache must store only the first.
    public func observe(
        onChunk: @escaping @Sendable (ChatCompletionChunk) -> Void,
        onEnd: @escaping @Sendable (StreamEnd) -> Void
    ) -> Self {
        let upstream = makeNext
        return ChatCompletionStream {
            let next = upstream()
            let watcher = EndWatcher(onEnd: onEnd)
            return {
                do {
                    guard let chunk = try await next() else {
                        watcher.end(.finished)
                        return nil
                    }
                    onChunk(chunk)
                    return chunk
                } catch {
                    watcher.end(.failed)
                    throw error
                }
            }
        }
    }

    /// Reads the whole stream and assembles it into one completion, as OpenAI would have returned it without
    /// `stream: true`.
    public func collect() async throws -> ChatCompletion {
        var assembler = CompletionAssembler()
        for try await chunk in self { assembler.add(chunk) }
        return assembler.completion
    }
}

/// How a stream ended, as seen by ``ChatCompletionStream/observe(onChunk:onEnd:)``.
public enum StreamEnd: Sendable, Hashable {
    /// The consumer read to the end.
    case finished
    /// The producer threw (upstream failure, timeout).
    case failed
    /// The consumer stopped before the end (client disconnected, task cancelled).
    case abandoned
}

/// Holds a non-Sendable iterator for the one task that drives it.
///
/// Not Sendable: a stream iteration is confined to the task that consumes it.
final class IteratorBox<Base: AsyncIteratorProtocol> where Base.Element == ChatCompletionChunk {
    var base: Base
    init(_ base: Base) { self.base = base }
    func next() async throws -> ChatCompletionChunk? { try await base.next() }
}

@available(*, unavailable)
extension IteratorBox: Sendable {}

final class TransformBox<State> {
    var state: State
    var pending: [ChatCompletionChunk] = []
    var finished = false
    init(state: State) { self.state = state }
}

@available(*, unavailable)
extension TransformBox: Sendable {}

/// Reports a stream's end exactly once; if the iteration is dropped before an end was seen, that is `.abandoned`.
final class EndWatcher {
    private let onEnd: @Sendable (StreamEnd) -> Void
    private var reported = false
    init(onEnd: @escaping @Sendable (StreamEnd) -> Void) { self.onEnd = onEnd }
    func end(_ how: StreamEnd) {
        guard !reported else { return }
        reported = true
        onEnd(how)
    }
    deinit { if !reported { onEnd(.abandoned) } }
}

@available(*, unavailable)
extension EndWatcher: Sendable {}
