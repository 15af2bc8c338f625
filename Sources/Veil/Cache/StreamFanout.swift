import VeilSync

/// Shares one upstream stream among several clients: the single-flight leader and any identical requests that
/// arrive while it is still streaming.
///
/// A pump task reads the upstream and appends chunks to a shared list; each subscriber reads the list at its own
/// pace, so a late joiner first receives the chunks so far, then the rest. Backpressure: the pump stops reading
/// while the slowest subscriber is more than `window` chunks behind, so a slow client slows the upstream read
/// instead of growing a buffer. When every subscriber has gone away before the end, the pump is cancelled, which
/// cancels the upstream request.
final class StreamFanout: Sendable {
    private struct State {
        var chunks: [ChatCompletionChunk] = []
        var ended: StreamEnd?
        var failure: (any Error)?
        var cursors: [Int: Int] = [:]
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        var pumpWaiter: CheckedContinuation<Void, Never>?
        var nextSubscriber = 0
        var everSubscribed = false
        var pump: Task<Void, Never>?
        var reported = false
    }

    private let state = Locked(State())
    private let source: ChatCompletionStream
    private let window: Int
    private let onEnd: @Sendable (StreamEnd, [ChatCompletionChunk]) -> Void

    init(
        source: ChatCompletionStream,
        window: Int = 64,
        onEnd: @escaping @Sendable (StreamEnd, [ChatCompletionChunk]) -> Void
    ) {
        self.source = source
        self.window = max(1, window)
        self.onEnd = onEnd
    }

    /// Starts reading the upstream. Call once, after the first subscription.
    func start() {
        let task = Task { await self.pump() }
        state.withLock { $0.pump = task }
    }

    private func pump() async {
        do {
            for try await chunk in source {
                await waitForRoom()
                if Task.isCancelled { throw CancellationError() }
                let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
                    state.chunks.append(chunk)
                    defer { state.waiters.removeAll() }
                    return Array(state.waiters.values)
                }
                for waiter in waiters { waiter.resume() }
            }
            finish(.finished, failure: nil)
        } catch {
            finish(Task.isCancelled ? .abandoned : .failed, failure: error)
        }
    }

    /// Records how the upstream ended. A normal end is reported only once a client has read it (so an answer
    /// nobody received in full is never stored); failures are reported at once.
    private func finish(_ how: StreamEnd, failure: (any Error)?) {
        let (waiters, report) = state.withLock { state -> ([CheckedContinuation<Void, Never>], StreamEnd?) in
            state.ended = how
            state.failure = failure
            defer { state.waiters.removeAll() }
            var report: StreamEnd?
            if !state.reported && (how != .finished || state.cursors.isEmpty) {
                state.reported = true
                report = how == .finished ? .abandoned : how
            }
            return (Array(state.waiters.values), report)
        }
        for waiter in waiters { waiter.resume() }
        if let report { onEnd(report, state.withLock { $0.chunks }) }
    }

    private func reportDelivered() {
        let chunks = state.withLock { state -> [ChatCompletionChunk]? in
            guard !state.reported else { return nil }
            state.reported = true
            return state.chunks
        }
        if let chunks { onEnd(.finished, chunks) }
    }

    private func waitForRoom() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeNow = state.withLock { state -> Bool in
                let slowest = state.cursors.values.min() ?? state.chunks.count
                if state.chunks.count - slowest < window || state.cursors.isEmpty { return true }
                state.pumpWaiter = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    /// A stream for one more client, starting from the first chunk.
    func subscribe() -> ChatCompletionStream {
        let id = state.withLock { state -> Int in
            defer { state.nextSubscriber += 1 }
            state.cursors[state.nextSubscriber] = 0
            state.everSubscribed = true
            return state.nextSubscriber
        }
        let subscription = Subscription(fanout: self, id: id)
        return ChatCompletionStream(makeNext: {
            { try await subscription.next() }
        })
    }

    fileprivate func next(for id: Int) async throws -> ChatCompletionChunk? {
        while true {
            enum Step {
                case chunk(ChatCompletionChunk, CheckedContinuation<Void, Never>?)
                case end
                case fail(any Error)
                case wait
            }
            let step = state.withLock { state -> Step in
                let cursor = state.cursors[id] ?? 0
                if cursor < state.chunks.count {
                    state.cursors[id] = cursor + 1
                    let pump = state.pumpWaiter
                    state.pumpWaiter = nil
                    return .chunk(state.chunks[cursor], pump)
                }
                if let ended = state.ended {
                    if ended == .finished { return .end }
                    return .fail(state.failure ?? VeilError.upstreamFailed)
                }
                return .wait
            }
            switch step {
            case .chunk(let chunk, let pump):
                pump?.resume()
                return chunk
            case .end:
                reportDelivered()
                return nil
            case .fail(let error): throw error
            case .wait:
                try Task.checkCancellation()
                await withTaskCancellationHandler {
                    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                        let resumeNow = state.withLock { state -> Bool in
                            let cursor = state.cursors[id] ?? 0
                            if cursor < state.chunks.count || state.ended != nil { return true }
                            state.waiters[id] = continuation
                            return false
                        }
                        if resumeNow { continuation.resume() }
                    }
                } onCancel: {
                    let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
                    waiter?.resume()
                }
                try Task.checkCancellation()
            }
        }
    }

    fileprivate func unsubscribe(_ id: Int) {
        let (pump, pumpWaiter, abandoned) = state.withLock {
            state -> (Task<Void, Never>?, CheckedContinuation<Void, Never>?, [ChatCompletionChunk]?) in
            state.cursors.removeValue(forKey: id)
            let waiter = state.pumpWaiter
            state.pumpWaiter = nil
            guard state.cursors.isEmpty else { return (nil, waiter, nil) }
            if state.ended == nil { return (state.pump, waiter, nil) }
            if state.ended == .finished && !state.reported {
                state.reported = true
                return (nil, waiter, state.chunks)
            }
            return (nil, waiter, nil)
        }
        pumpWaiter?.resume()
        pump?.cancel()
        if let abandoned { onEnd(.abandoned, abandoned) }
    }
}

/// One client's position in a ``StreamFanout``; leaving (dropping the iteration) unsubscribes.
private final class Subscription: Sendable {
    let fanout: StreamFanout
    let id: Int

    init(fanout: StreamFanout, id: Int) {
        self.fanout = fanout
        self.id = id
    }

    func next() async throws -> ChatCompletionChunk? { try await fanout.next(for: id) }

    deinit { fanout.unsubscribe(id) }
}
