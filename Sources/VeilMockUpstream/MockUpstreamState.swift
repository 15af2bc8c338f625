import NIOCore
import NIOHTTP1
import VeilSync

/// What every connection of one mock upstream shares: its configuration, pre-rendered bytes, and (behind one lock)
/// the failure setting, counters and recorded bodies.
///
/// Headers and fixed bodies are rendered once here, so the per-request path only copies them.
final class MockUpstreamState: Sendable {
    /// The result of admitting one request: its sequence number (for ids) and the failure it gets, if any.
    struct Admission {
        var sequence: Int
        var failure: FailureInjection.Kind?
    }

    private struct Mutable {
        var failure: FailureInjection
        var failureCount = 0
        var random: MockRandom
        var recorded: [[UInt8]] = []
        var recordedNext = 0
        var modelRequests = 0
        var modelsListRequests = 0
        var sequence = 0
    }

    let name: String
    let latency: TimeAmount
    let tokensPerSecond: Double?
    let recordLimit: Int
    let maximumBodySize: Int

    /// The exact `Authorization` value `/v1` requests must carry, or `nil` when any will do.
    let expectedAuthorization: String?

    /// `Content-Type: application/json` plus `X-Mock-Upstream`; `Content-Length` is added per answer.
    let jsonHeaders: HTTPHeaders
    /// `Content-Type: text/event-stream`; NIO adds chunked transfer encoding.
    let streamHeaders: HTTPHeaders
    /// The `GET /v1/models` body.
    let modelsBody: ByteBuffer
    /// The `GET /healthz` body.
    let healthBody: ByteBuffer

    private let mutable: Locked<Mutable>

    init(configuration: MockUpstreamConfiguration) {
        name = configuration.name
        latency = TimeAmount(configuration.latency)
        tokensPerSecond = configuration.tokensPerSecond
        recordLimit = configuration.recordRequests
        maximumBodySize = configuration.maximumBodySize
        expectedAuthorization = configuration.apiKey.map { "Bearer \($0)" }
        jsonHeaders = HTTPHeaders([
            ("content-type", "application/json"),
            ("x-mock-upstream", configuration.name),
        ])
        streamHeaders = HTTPHeaders([
            ("content-type", "text/event-stream"),
            ("cache-control", "no-cache"),
            ("x-mock-upstream", configuration.name),
        ])
        modelsBody = Self.renderModels(configuration.models, owner: configuration.name)
        var health = ByteBuffer()
        health.writeStaticString("{\"status\":\"ok\",\"name\":")
        health.writeJSONString(configuration.name)
        health.writeStaticString("}")
        healthBody = health
        mutable = Locked(Mutable(failure: configuration.failure, random: MockRandom(seed: configuration.randomSeed)))
    }

    /// Counts a request, records its body and decides whether it fails, under one lock acquisition.
    ///
    /// - Parameters:
    ///   - endpoint: The endpoint, for the failure's scope.
    ///   - body: The body to record, for chat and embeddings requests; `nil` for others.
    func admit(_ endpoint: FailureInjection.Endpoints, body: ByteBuffer?) -> Admission {
        // Copy outside the lock so that the critical section stays a few stores long.
        let copy: [UInt8]? = recordLimit > 0 ? body.map { Array($0.readableBytesView) } : nil
        let isModelRequest = body != nil
        let limit = recordLimit
        return mutable.withLock { state in
            state.sequence += 1
            if isModelRequest {
                state.modelRequests += 1
            } else if endpoint == .models {
                state.modelsListRequests += 1
            }
            if let copy {
                if state.recorded.count < limit {
                    state.recorded.append(copy)
                } else {
                    state.recorded[state.recordedNext] = copy
                    state.recordedNext = (state.recordedNext + 1) % limit
                }
            }
            return Admission(sequence: state.sequence, failure: Self.decideFailure(for: endpoint, in: &state))
        }
    }

    private static func decideFailure(for endpoint: FailureInjection.Endpoints, in state: inout Mutable)
        -> FailureInjection.Kind?
    {
        let failure = state.failure
        guard failure.trigger != .never, failure.endpoints.contains(endpoint) else { return nil }
        state.failureCount += 1
        let fails: Bool
        switch failure.trigger {
        case .never: fails = false
        case .always: fails = true
        case .probability(let probability): fails = state.random.nextUnitInterval() < probability
        case .everyNth(let every): fails = state.failureCount % max(every, 1) == 0
        case .firstRequests(let count): fails = state.failureCount <= count
        }
        return fails ? failure.kind : nil
    }

    /// Replaces the failure setting and restarts its count.
    func setFailure(_ failure: FailureInjection) {
        mutable.withLock { state in
            state.failure = failure
            state.failureCount = 0
        }
    }

    /// The current failure setting.
    var failure: FailureInjection {
        mutable.withLock { $0.failure }
    }

    /// Recorded bodies, oldest first.
    func recordedRequests() -> [[UInt8]] {
        mutable.withLock { state in
            Array(state.recorded[state.recordedNext...] + state.recorded[..<state.recordedNext])
        }
    }

    /// Forgets recorded bodies and zeroes the counters.
    func reset() {
        mutable.withLock { state in
            state.recorded.removeAll(keepingCapacity: true)
            state.recordedNext = 0
            state.modelRequests = 0
            state.modelsListRequests = 0
        }
    }

    /// Chat and embeddings requests received.
    var modelRequests: Int {
        mutable.withLock { $0.modelRequests }
    }

    /// `GET /v1/models` requests received.
    var modelsListRequests: Int {
        mutable.withLock { $0.modelsListRequests }
    }

    private static func renderModels(_ models: [String], owner: String) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeStaticString("{\"object\":\"list\",\"data\":[")
        for (index, model) in models.enumerated() {
            if index > 0 { buffer.writeStaticString(",") }
            buffer.writeStaticString("{\"id\":")
            buffer.writeJSONString(model)
            buffer.writeStaticString(",\"object\":\"model\",\"created\":1700000000,\"owned_by\":")
            buffer.writeJSONString(owner)
            buffer.writeStaticString("}")
        }
        buffer.writeStaticString("]}")
        return buffer
    }
}

/// SplitMix64: a tiny seeded generator, so probabilistic failures repeat from run to run.
private struct MockRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1).
    mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
