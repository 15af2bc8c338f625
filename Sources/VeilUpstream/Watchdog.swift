import NIOCore
import VeilSync

/// Fires deadlines for in-flight operations from one coarse ticker instead of one timer per operation.
///
/// Every body chunk needs a deadline (the wait for a response head uses AsyncHTTPClient's own, which ends with the
/// head). A `Task.sleep` raced in a task group per deadline cost
/// two extra tasks and a runtime timer each (measured: about twice this design's CPU per request), and a
/// cancelled sleep's timer can stay queued until its distant deadline. Here a deadline is an entry in a
/// dictionary behind a `Locked` (two short lock holds per operation) and one repeating event-loop task, running
/// only while entries exist, fires the expired ones every ``tick``. Deadlines therefore fire up to one tick late,
/// which is noise against timeouts measured in seconds.
final class Watchdog: Sendable {
    /// How often expired deadlines are fired.
    static let tick = TimeAmount.milliseconds(20)

    private struct Entry: Sendable {
        let deadline: ContinuousClock.Instant
        let fire: @Sendable () -> Void
    }

    private struct State: Sendable {
        var nextID: UInt64 = 0
        var entries: [UInt64: Entry] = [:]
        var ticker: RepeatedTask?
    }

    private let eventLoop: any EventLoop
    private let state = Locked(State())

    init(eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    deinit {
        self.state.withLock { $0.ticker?.cancel() }
    }

    /// Calls `fire` once `deadline` has passed, unless ``cancel(_:)`` comes first.
    ///
    /// - Returns: A token for ``cancel(_:)``.
    func register(deadline: ContinuousClock.Instant, fire: @escaping @Sendable () -> Void) -> UInt64 {
        self.state.withLock { state in
            state.nextID &+= 1
            state.entries[state.nextID] = Entry(deadline: deadline, fire: fire)
            if state.ticker == nil {
                state.ticker = self.eventLoop.scheduleRepeatedTask(initialDelay: Self.tick, delay: Self.tick) {
                    [weak self] task in
                    guard let self else {
                        task.cancel()
                        return
                    }
                    self.fireExpired()
                }
            }
            return state.nextID
        }
    }

    /// Moves a registered deadline; does nothing if it already fired or was cancelled.
    func reschedule(_ token: UInt64, to deadline: ContinuousClock.Instant) {
        self.state.withLock { state in
            guard let entry = state.entries[token] else { return }
            state.entries[token] = Entry(deadline: deadline, fire: entry.fire)
        }
    }

    /// Forgets a deadline that is no longer needed.
    func cancel(_ token: UInt64) {
        self.state.withLock { _ = $0.entries.removeValue(forKey: token) }
    }

    private func fireExpired() {
        let now = ContinuousClock.now
        let expired: [Entry] = self.state.withLock { state in
            var expired: [Entry] = []
            for (id, entry) in state.entries where entry.deadline <= now {
                expired.append(entry)
                state.entries.removeValue(forKey: id)
            }
            if state.entries.isEmpty {
                // Idle pools do not tick; the next registration restarts the ticker.
                state.ticker?.cancel()
                state.ticker = nil
            }
            return expired
        }
        for entry in expired { entry.fire() }
    }

    /// Runs `operation` in its own task and cancels it if `deadline` passes first.
    ///
    /// Cancelling that task is what aborts the HTTP request underneath (AsyncHTTPClient ties a request to the task
    /// that awaits it), so a timeout also closes the upstream connection. This always waits for the operation's
    /// task to end, even after a timeout, which the iterator box in ``UpstreamBody`` relies on. Cancelling the
    /// calling task cancels the operation too.
    func race<Value: Sendable>(
        until deadline: ContinuousClock.Instant,
        _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> RaceResult<Value> {
        try await self.race(until: deadline) { _ in try await operation() }
    }

    /// Like ``race(until:_:)``, but `operation` may move the deadline (e.g. after each body chunk), so a whole
    /// loop costs one task instead of one per iteration.
    func race<Value: Sendable>(
        until deadline: ContinuousClock.Instant,
        _ operation:
            @escaping @Sendable (_ moveDeadline: @escaping @Sendable (ContinuousClock.Instant) -> Void)
            async throws -> Value
    ) async throws -> RaceResult<Value> {
        let timedOut = Locked(false)
        let running = Locked<Task<Value, any Error>?>(nil)
        let token = self.register(deadline: deadline) {
            timedOut.withLock { $0 = true }
            running.withLock { $0 }?.cancel()
        }
        defer { self.cancel(token) }
        let task = Task {
            try await operation { [weak self] newDeadline in self?.reschedule(token, to: newDeadline) }
        }
        running.withLock { $0 = task }
        if timedOut.withLock({ $0 }) { task.cancel() }  // the deadline fired before the task was stored
        do {
            let value = try await withTaskCancellationHandler {
                try await task.value
            } onCancel: {
                task.cancel()
            }
            return .value(value)
        } catch {
            if timedOut.withLock({ $0 }) { return .timedOut }
            throw error
        }
    }
}

/// The result of racing an operation against a deadline.
enum RaceResult<Value: Sendable>: Sendable {
    case value(Value)
    case timedOut
}
