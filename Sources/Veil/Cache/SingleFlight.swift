import VeilSync

/// What a single-flight leader shares with the requests that joined it.
enum FlightResult: Sendable {
    /// A complete answer.
    case complete(ChatCompletion, ResponseInfo)
    /// A stream that joiners subscribe to.
    case stream(StreamFanout, ResponseInfo)
    /// The leader failed; joiners see the same error (or retry, if the leader was merely cancelled).
    case failed(any Error)
}

/// One in-flight upstream call that identical requests wait for.
final class Flight: Sendable {
    private struct State {
        var result: FlightResult?
        var waiters: [Int: CheckedContinuation<FlightResult, any Error>] = [:]
        /// Waiters cancelled before their continuation was registered.
        var cancelled: Set<Int> = []
        var nextWaiter = 0
    }

    private let state = Locked(State())

    /// Waits for the leader's result; a cancelled waiter stops waiting at once.
    func wait() async throws -> FlightResult {
        let id = state.withLock { state -> Int in
            defer { state.nextWaiter += 1 }
            return state.nextWaiter
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<FlightResult, any Error>) in
                let ready = state.withLock { state -> Result<FlightResult, any Error>? in
                    if state.cancelled.remove(id) != nil { return .failure(CancellationError()) }
                    if let result = state.result { return .success(result) }
                    state.waiters[id] = continuation
                    return nil
                }
                if let ready { continuation.resume(with: ready) }
            }
        } onCancel: {
            // The cancellation may come before the continuation is registered: then it is remembered, and the
            // registration resumes at once instead of waiting for the leader.
            let waiter = state.withLock { state in
                guard let waiter = state.waiters.removeValue(forKey: id) else {
                    state.cancelled.insert(id)
                    return nil as CheckedContinuation<FlightResult, any Error>?
                }
                return waiter
            }
            waiter?.resume(throwing: CancellationError())
        }
    }

    /// Hands the result to every waiter, present and future.
    func resolve(_ result: FlightResult) {
        let waiters = state.withLock { state -> [CheckedContinuation<FlightResult, any Error>] in
            state.result = result
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume(returning: result) }
    }
}

/// Collapses concurrent identical cache misses of one tenant into one upstream call.
///
/// Keys are the exact-tier MACs (already tenant-keyed) prefixed with the tenant id, so two tenants never share a
/// flight even in theory.
final class SingleFlight: Sendable {
    private let flights = Locked<[[UInt8]: Flight]>([:])

    /// The flight for `key`, and whether the caller is its leader (and so must resolve and end it).
    func join(_ key: [UInt8]) -> (Flight, isLeader: Bool) {
        flights.withLock { flights in
            if let flight = flights[key] { return (flight, false) }
            let flight = Flight()
            flights[key] = flight
            return (flight, true)
        }
    }

    /// Ends the flight for `key` (only if it is still `flight`).
    func end(_ key: [UInt8], _ flight: Flight) {
        flights.withLock { flights in
            if flights[key] === flight { flights.removeValue(forKey: key) }
        }
    }

    /// Flights in progress (for tests and metrics).
    var count: Int { flights.withLock { $0.count } }
}
