import NIOPosix
import Testing
import VeilSync

@testable import VeilUpstream

@Suite("Watchdog deadlines")
struct WatchdogTests {
    private let watchdog = Watchdog(eventLoop: MultiThreadedEventLoopGroup.singleton.next())

    @Test func operationThatFinishesInTimeReturnsItsValue() async throws {
        let result = try await self.watchdog.race(until: .now + .seconds(30)) { 42 }
        guard case .value(let value) = result else {
            Issue.record("expected a value")
            return
        }
        #expect(value == 42)
    }

    @Test func operationPastItsDeadlineIsCancelledAndReportedAsTimedOut() async throws {
        let sawCancellation = Locked(false)
        let result = try await self.watchdog.race(until: .now + .milliseconds(50)) {
            do {
                try await Task.sleep(for: .seconds(30))
            } catch {
                sawCancellation.withLock { $0 = true }
                throw error
            }
        }
        guard case .timedOut = result else {
            Issue.record("expected a timeout")
            return
        }
        #expect(sawCancellation.withLock { $0 })
    }

    @Test func operationErrorsPassThrough() async throws {
        struct Boom: Error {}
        await #expect(throws: Boom.self) {
            _ = try await self.watchdog.race(until: .now + .seconds(30)) { throw Boom() }
        }
    }

    @Test func cancelledDeadlineNeverFires() async throws {
        let fired = Locked(false)
        let token = self.watchdog.register(deadline: .now + .milliseconds(30)) { fired.withLock { $0 = true } }
        self.watchdog.cancel(token)
        let other = Locked(false)
        _ = self.watchdog.register(deadline: .now + .milliseconds(30)) { other.withLock { $0 = true } }
        while !other.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(!fired.withLock { $0 })
    }

    @Test func cancellingTheCallerCancelsTheOperation() async throws {
        let watchdog = self.watchdog
        let started = AsyncStream<Void>.makeStream()
        let caller = Task {
            try await watchdog.race(until: .now + .seconds(30)) {
                started.continuation.yield()
                try await Task.sleep(for: .seconds(30))
            }
        }
        var iterator = started.stream.makeAsyncIterator()
        _ = await iterator.next()
        caller.cancel()
        await #expect(throws: CancellationError.self) { _ = try await caller.value }
    }
}
