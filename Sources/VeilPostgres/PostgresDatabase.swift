import Logging
import NIOCore
import PostgresNIO
import VeilSync

/// The connection pool and the rules every statement follows: a deadline (so nothing waits forever on a server
/// that went away), errors reduced to ``PostgresStoreError`` (whose text carries no query, value or password), and
/// the pool's background task, started here and ended by ``shutdown()``.
final class PostgresDatabase: Sendable {
    let client: PostgresClient
    let timeout: Duration
    let logger: Logger
    private let runner: Task<Void, Never>

    init(configuration: PostgresStoreConfiguration, logger: Logger) {
        var quiet = logger
        quiet.logLevel = max(logger.logLevel, .warning)
        let client = PostgresClient(configuration: configuration.client, backgroundLogger: quiet)
        self.client = client
        self.timeout = configuration.statementTimeout
        self.logger = logger
        runner = Task { await client.run() }
    }

    /// Stops the pool (its connections close).
    func shutdown() async {
        runner.cancel()
        _ = await runner.value
    }

    /// Runs `body` with a pooled connection, failing with ``PostgresStoreError/timeout`` after the deadline.
    func withConnection<T: Sendable>(
        timeout: Duration? = nil, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let client = self.client
        return try await Self.deadline(timeout ?? self.timeout) {
            try await client.withConnection { connection in try await body(connection) }
        }
    }

    /// Runs `body` in a transaction (`BEGIN` … `COMMIT`, `ROLLBACK` on a throw), within the deadline.
    func transaction<T: Sendable>(
        timeout: Duration? = nil, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let logger = self.logger
        return try await withConnection(timeout: timeout) { connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                let result = try await body(connection)
                try await connection.query("COMMIT", logger: logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// Runs one query and collects its rows.
    func rows(_ query: PostgresQuery, timeout: Duration? = nil) async throws -> [PostgresRow] {
        let logger = self.logger
        return try await withConnection(timeout: timeout) { connection in
            var rows: [PostgresRow] = []
            for try await row in try await connection.query(query, logger: logger) { rows.append(row) }
            return rows
        }
    }

    /// Runs one statement, discarding its rows.
    func execute(_ query: PostgresQuery, timeout: Duration? = nil) async throws {
        _ = try await rows(query, timeout: timeout)
    }

    /// Races `body` against a timer without waiting for `body` to notice cancellation: a connection stuck on a
    /// server that stopped answering must not hold the caller (and its event loop task) for longer than the deadline.
    static func deadline<T: Sendable>(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> T)
        async throws -> T
    {
        let gate = Gate<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                gate.arm(continuation)
                let work = Task {
                    let result: Result<T, any Error>
                    do {
                        result = .success(try await body())
                    } catch let error as PostgresStoreError {
                        result = .failure(error)
                    } catch is CancellationError {
                        result = .failure(CancellationError())
                    } catch {
                        result = .failure(PostgresStoreError.unreachable)
                    }
                    gate.finish(result)
                }
                let timer = Task {
                    try? await Task.sleep(for: timeout)
                    if !Task.isCancelled, gate.finish(.failure(PostgresStoreError.timeout)) { work.cancel() }
                }
                gate.onFinish { timer.cancel() }
            }
        } onCancel: {
            gate.finish(.failure(CancellationError()))
        }
    }

    /// Resumes a continuation exactly once, with whichever result comes first.
    private final class Gate<T: Sendable>: Sendable {
        private struct State {
            var continuation: CheckedContinuation<T, any Error>?
            var early: Result<T, any Error>?
            var finished = false
            var cleanup: (@Sendable () -> Void)?
        }

        private let state = Locked(State())

        func arm(_ continuation: CheckedContinuation<T, any Error>) {
            let early = state.withLock { state -> Result<T, any Error>? in
                if let early = state.early { return early }
                state.continuation = continuation
                return nil
            }
            if let early { continuation.resume(with: early) }
        }

        func onFinish(_ cleanup: @escaping @Sendable () -> Void) {
            let run = state.withLock { state -> Bool in
                if state.finished { return true }
                state.cleanup = cleanup
                return false
            }
            if run { cleanup() }
        }

        @discardableResult
        func finish(_ result: Result<T, any Error>) -> Bool {
            let (continuation, cleanup, first) = state.withLock {
                state -> (CheckedContinuation<T, any Error>?, (@Sendable () -> Void)?, Bool) in
                guard !state.finished else { return (nil, nil, false) }
                state.finished = true
                let continuation = state.continuation
                state.continuation = nil
                if continuation == nil { state.early = result }
                let cleanup = state.cleanup
                state.cleanup = nil
                return (continuation, cleanup, true)
            }
            continuation?.resume(with: result)
            cleanup?()
            return first
        }
    }
}

extension ByteBuffer {
    /// The readable bytes as an array.
    var bytes: [UInt8] { Array(readableBytesView) }
}

extension Array where Element == UInt8 {
    /// The bytes as a buffer, for binding as `bytea` (a `[UInt8]` would bind as `char[]`).
    var buffer: ByteBuffer { ByteBuffer(bytes: self) }
}
