/// Chooses the endpoint for each attempt and tracks per-endpoint load and health.
///
/// A value type with a private `State` (the balancing strategy and its memory) that returns a ``Pick``; no I/O, no
/// clock, no global randomness (the caller passes `now` and a generator), so it is tested deterministically. The
/// pool keeps one behind its `Locked` and calls it for a few hundred nanoseconds per attempt.
///
/// An endpoint is *eligible* when it serves the model, has weight above 0, passed its last active check, its
/// circuit admits a request and it is below its concurrency limit. Among eligible endpoints not yet tried for this
/// request, the strategy chooses; only when every eligible endpoint was already tried may one be tried again, and
/// then not the one that failed last, unless it is the only one.
struct LoadBalancer: Sendable {
    /// The balancer's decision for one attempt.
    enum Pick: Hashable {
        /// Send to this endpoint; `probe` marks the single probe of a half-open circuit.
        case endpoint(index: Int, probe: Bool)
        /// No endpoint serves the model.
        case unknownModel
        /// Endpoints serve the model but none is healthy.
        case noHealthyEndpoint
        /// Healthy endpoints serve the model but all are at their concurrency limit.
        case saturated
    }

    /// The live state of one endpoint.
    struct Slot: Sendable {
        let weight: Int
        let maxConcurrency: Int
        var inFlight = 0
        var circuit: CircuitBreaker
        var activeCheckPassing = true

        var hasCapacity: Bool { self.maxConcurrency <= 0 || self.inFlight < self.maxConcurrency }

        /// Healthy for ordinary traffic, as reported by the health gauge and ``EndpointStatus/healthy``.
        var healthy: Bool { self.weight > 0 && self.activeCheckPassing && self.circuit.phase == .closed }
    }

    private enum State: Sendable {
        case leastOutstanding
        /// Smooth weighted round-robin: the running "current weight" of every endpoint.
        case weightedRoundRobin(currentWeights: [Int])
    }

    private var state: State
    private(set) var slots: [Slot]
    /// Endpoints per explicitly listed model, endpoints that serve any model already merged in.
    private let candidatesByModel: [String: [Int]]
    /// Endpoints that serve any model.
    private let wildcardCandidates: [Int]

    init(
        endpoints: [UpstreamEndpoint],
        balancing: UpstreamPoolConfiguration.Balancing,
        circuit: UpstreamPoolConfiguration.CircuitBreakerPolicy
    ) {
        self.slots = endpoints.map {
            Slot(weight: max(0, $0.weight), maxConcurrency: $0.maxConcurrency, circuit: CircuitBreaker(policy: circuit))
        }
        var wildcard: [Int] = []
        var byModel: [String: [Int]] = [:]
        for (index, endpoint) in endpoints.enumerated() {
            if endpoint.models.isEmpty {
                wildcard.append(index)
            } else {
                for model in Set(endpoint.models) { byModel[model, default: []].append(index) }
            }
        }
        for model in byModel.keys {
            byModel[model] = (byModel[model, default: []] + wildcard).sorted()
        }
        self.candidatesByModel = byModel
        self.wildcardCandidates = wildcard
        switch balancing {
        case .leastOutstanding: self.state = .leastOutstanding
        case .weightedRoundRobin:
            self.state = .weightedRoundRobin(currentWeights: Array(repeating: 0, count: endpoints.count))
        }
    }

    /// The endpoints that serve `model`, in configuration order.
    func candidates(for model: String) -> [Int] {
        self.candidatesByModel[model] ?? self.wildcardCandidates
    }

    /// Picks an endpoint for one attempt and counts it in flight; pair with ``release(index:)``.
    ///
    /// - Parameters:
    ///   - model: The requested model.
    ///   - excluding: Endpoints already tried for this request, in order; avoided while another is eligible, and
    ///     the last one is avoided even when all were tried.
    ///   - now: The current instant, for circuit cool-downs.
    ///   - generator: Randomness for power-of-two choices.
    mutating func pick(
        model: String,
        excluding: [Int],
        now: ContinuousClock.Instant,
        using generator: inout some RandomNumberGenerator
    ) -> Pick {
        let candidates = self.candidates(for: model)
        guard !candidates.isEmpty else { return .unknownModel }

        var eligible: [Int] = []
        eligible.reserveCapacity(candidates.count)
        var anyAlive = false
        for index in candidates {
            let slot = self.slots[index]
            guard slot.weight > 0, slot.activeCheckPassing, slot.circuit.wouldAdmit(now: now) else { continue }
            anyAlive = true
            if slot.hasCapacity { eligible.append(index) }
        }
        if !anyAlive {
            // Panic mode (Envoy's panic threshold): when no endpoint passes its health check, a failed check says
            // less than a request would (a model server that starts a second after the gateway failed the first
            // check). Try them anyway; circuits opened by real failures still apply.
            for index in candidates {
                let slot = self.slots[index]
                guard slot.weight > 0, slot.circuit.wouldAdmit(now: now) else { continue }
                anyAlive = true
                if slot.hasCapacity { eligible.append(index) }
            }
        }
        guard !eligible.isEmpty else { return anyAlive ? .saturated : .noHealthyEndpoint }

        var choices = eligible
        if let last = excluding.last {
            let untried = eligible.filter { !excluding.contains($0) }
            if !untried.isEmpty {
                choices = untried
            } else {
                // Every eligible endpoint was tried: still avoid the one that failed just now.
                let notLast = eligible.filter { $0 != last }
                if !notLast.isEmpty { choices = notLast }
            }
        }

        let chosen: Int
        switch self.state {
        case .leastOutstanding:
            chosen = self.powerOfTwoChoices(choices, using: &generator)
        case .weightedRoundRobin(var currentWeights):
            self.state = .leastOutstanding  // drop the reference so the array is mutated in place
            chosen = Self.smoothWeightedRoundRobin(choices, slots: self.slots, currentWeights: &currentWeights)
            self.state = .weightedRoundRobin(currentWeights: currentWeights)
        }

        let admission = self.slots[chosen].circuit.admit(now: now)
        self.slots[chosen].inFlight += 1
        return .endpoint(index: chosen, probe: admission == .probe)
    }

    /// Samples two distinct choices and keeps the one with fewer requests in flight per unit of weight.
    private func powerOfTwoChoices(_ choices: [Int], using generator: inout some RandomNumberGenerator) -> Int {
        guard choices.count > 1 else { return choices[0] }
        let first = Int.random(in: 0..<choices.count, using: &generator)
        var second = Int.random(in: 0..<(choices.count - 1), using: &generator)
        if second >= first { second += 1 }
        let a = self.slots[choices[first]]
        let b = self.slots[choices[second]]
        // a.inFlight / a.weight <= b.inFlight / b.weight, without division.
        return a.inFlight * b.weight <= b.inFlight * a.weight ? choices[first] : choices[second]
    }

    /// nginx's smooth weighted round-robin over the eligible choices: exact proportions, well interleaved.
    private static func smoothWeightedRoundRobin(_ choices: [Int], slots: [Slot], currentWeights: inout [Int]) -> Int {
        var total = 0
        var best = choices[0]
        for index in choices {
            currentWeights[index] += slots[index].weight
            total += slots[index].weight
            if currentWeights[index] > currentWeights[best] { best = index }
        }
        currentWeights[best] -= total
        return best
    }

    /// Records how an attempt ended for the endpoint's circuit.
    mutating func record(
        _ outcome: CircuitBreaker.Outcome,
        index: Int,
        probe: Bool,
        now: ContinuousClock.Instant
    ) -> CircuitBreaker.Action {
        self.slots[index].circuit.record(outcome, probe: probe, now: now)
    }

    /// Ends an attempt's claim on the endpoint (after its body is finished, for returned responses).
    mutating func release(index: Int) {
        self.slots[index].inFlight = max(0, self.slots[index].inFlight - 1)
    }

    /// Stores the result of an active health check; returns whether it changed.
    mutating func setActiveCheck(passing: Bool, index: Int) -> Bool {
        guard self.slots[index].activeCheckPassing != passing else { return false }
        self.slots[index].activeCheckPassing = passing
        return true
    }
}
