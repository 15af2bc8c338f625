import Testing

@testable import VeilUpstream

@Suite("LoadBalancer state machine")
struct LoadBalancerTests {
    private let now = ContinuousClock.now

    private func endpoints(_ specs: [(weight: Int, max: Int, models: [String])]) -> [UpstreamEndpoint] {
        specs.enumerated().map { index, spec in
            UpstreamEndpoint(
                name: "e\(index)",
                baseURL: "http://127.0.0.1:1/v1",
                weight: spec.weight,
                maxConcurrency: spec.max,
                models: spec.models
            )
        }
    }

    private func index(_ pick: LoadBalancer.Pick) -> Int? {
        if case .endpoint(let index, _) = pick { return index }
        return nil
    }

    @Test func powerOfTwoChoicesPicksTheLessLoadedEndpoint() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 0, []), (1, 0, []), (1, 0, [])]),
            balancing: .leastOutstanding,
            circuit: .init()
        )
        var generator = SeededGenerator(state: 7)
        // Load endpoint 0 with ten requests by excluding the others.
        for _ in 0..<10 {
            #expect(self.index(balancer.pick(model: "m", excluding: [1, 2], now: self.now, using: &generator)) == 0)
        }
        // While 1 and 2 carry fewer than ten, any sample that contains 0 also contains a less loaded endpoint.
        for _ in 0..<10 {
            let picked = self.index(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator))
            #expect(picked != 0)
        }
        #expect(balancer.slots[0].inFlight == 10)
        #expect(balancer.slots[1].inFlight + balancer.slots[2].inFlight == 10)
    }

    @Test func powerOfTwoChoicesKeepsTwoEndpointsWithinOneRequest() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 0, []), (1, 0, [])]),
            balancing: .leastOutstanding,
            circuit: .init()
        )
        var generator = SeededGenerator(state: 42)
        for _ in 0..<101 { _ = balancer.pick(model: "m", excluding: [], now: self.now, using: &generator) }
        #expect(abs(balancer.slots[0].inFlight - balancer.slots[1].inFlight) <= 1)
    }

    @Test func leastOutstandingLoadsInProportionToWeight() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(3, 0, []), (1, 0, [])]),
            balancing: .leastOutstanding,
            circuit: .init()
        )
        var generator = SeededGenerator(state: 1)
        for _ in 0..<400 { _ = balancer.pick(model: "m", excluding: [], now: self.now, using: &generator) }
        #expect((295...305).contains(balancer.slots[0].inFlight))
    }

    @Test func weightedRoundRobinFollowsTheWeightsExactly() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(5, 0, []), (3, 0, []), (2, 0, [])]),
            balancing: .weightedRoundRobin,
            circuit: .init()
        )
        var generator = SeededGenerator(state: 3)
        var counts = [0, 0, 0]
        var previous = -1
        var longestRun = 0
        var run = 0
        for _ in 0..<1000 {
            guard let picked = self.index(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator))
            else {
                Issue.record("no endpoint picked")
                return
            }
            counts[picked] += 1
            balancer.release(index: picked)
            run = picked == previous ? run + 1 : 1
            longestRun = max(longestRun, run)
            previous = picked
        }
        #expect(counts == [500, 300, 200])
        #expect(longestRun <= 2)  // smooth: the heavy endpoint is interleaved, not sent five in a row
    }

    @Test func maxConcurrencyIsRespected() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 2, [])]),
            balancing: .leastOutstanding,
            circuit: .init()
        )
        var generator = SeededGenerator(state: 5)
        #expect(self.index(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator)) == 0)
        #expect(self.index(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator)) == 0)
        #expect(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator) == .saturated)
        balancer.release(index: 0)
        #expect(self.index(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator)) == 0)
    }

    @Test func fullEndpointsAreSkippedForOnesWithCapacity() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 1, []), (1, 0, [])]),
            balancing: .weightedRoundRobin,
            circuit: .init()
        )
        var generator = SeededGenerator(state: 5)
        #expect(self.index(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator)) == 0)
        for _ in 0..<5 {
            #expect(self.index(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator)) == 1)
        }
    }

    @Test func retriesAvoidTriedEndpointsButFallBackWhenNoneIsLeft() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 0, []), (1, 0, [])]),
            balancing: .leastOutstanding,
            circuit: .init()
        )
        var generator = SeededGenerator(state: 9)
        for _ in 0..<20 {
            #expect(self.index(balancer.pick(model: "m", excluding: [0], now: self.now, using: &generator)) == 1)
        }
        var single = LoadBalancer(
            endpoints: self.endpoints([(1, 0, [])]), balancing: .leastOutstanding, circuit: .init())
        #expect(self.index(single.pick(model: "m", excluding: [0], now: self.now, using: &generator)) == 0)
    }

    @Test func onceEveryEndpointWasTriedTheLastFailedOneIsStillAvoided() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 0, []), (1, 0, [])]),
            balancing: .weightedRoundRobin,
            circuit: .init()
        )
        var generator = SeededGenerator(state: 9)
        for _ in 0..<10 {
            #expect(self.index(balancer.pick(model: "m", excluding: [0, 1], now: self.now, using: &generator)) == 0)
            #expect(self.index(balancer.pick(model: "m", excluding: [1, 0], now: self.now, using: &generator)) == 1)
        }
    }

    @Test func modelsRouteToTheirEndpointsAndWildcardsServeAny() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 0, ["a"]), (1, 0, ["b"]), (1, 0, [])]),
            balancing: .leastOutstanding,
            circuit: .init()
        )
        #expect(balancer.candidates(for: "a") == [0, 2])
        #expect(balancer.candidates(for: "b") == [1, 2])
        #expect(balancer.candidates(for: "other") == [2])
        var generator = SeededGenerator(state: 2)
        for _ in 0..<20 {
            let picked = self.index(balancer.pick(model: "a", excluding: [], now: self.now, using: &generator))
            #expect(picked == 0 || picked == 2)
        }
    }

    @Test func unknownModelWithoutWildcardEndpoints() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 0, ["a"])]),
            balancing: .leastOutstanding,
            circuit: .init()
        )
        var generator = SeededGenerator(state: 2)
        #expect(balancer.pick(model: "z", excluding: [], now: self.now, using: &generator) == .unknownModel)
    }

    @Test func zeroWeightAndFailingChecksTakeEndpointsOutOfRotation() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(0, 0, []), (1, 0, []), (1, 0, [])]),
            balancing: .leastOutstanding,
            circuit: .init()
        )
        var generator = SeededGenerator(state: 4)
        for _ in 0..<10 {
            let picked = self.index(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator))
            #expect(picked == 1 || picked == 2)
            if let picked { balancer.release(index: picked) }
        }
        let changed = balancer.setActiveCheck(passing: false, index: 1)
        let changedAgain = balancer.setActiveCheck(passing: false, index: 1)
        #expect(changed && !changedAgain)
        for _ in 0..<10 {
            #expect(self.index(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator)) == 2)
        }
        let recovered = balancer.setActiveCheck(passing: true, index: 1)
        #expect(recovered)
        #expect(balancer.slots[1].healthy)
    }

    @Test func whenNoEndpointPassesItsCheckTheyAreTriedAnyway() {
        // A model server that starts a second after the gateway fails the first check; refusing every request until
        // the next check would turn a start-up race into seconds of 502s.
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 0, []), (0, 0, [])]),
            balancing: .leastOutstanding,
            circuit: .init(failureThreshold: 1, coolDown: .seconds(10))
        )
        var generator = SeededGenerator(state: 9)
        _ = balancer.setActiveCheck(passing: false, index: 0)
        #expect(
            balancer.pick(model: "m", excluding: [], now: self.now, using: &generator)
                == .endpoint(index: 0, probe: false))
        // A circuit opened by a real failure still holds.
        balancer.release(index: 0)
        #expect(balancer.record(.failure, index: 0, probe: false, now: self.now) == .opened)
        #expect(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator) == .noHealthyEndpoint)
    }

    @Test func openCircuitGetsNoTrafficUntilOneProbeAfterCoolDown() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 0, []), (1, 0, [])]),
            balancing: .leastOutstanding,
            circuit: .init(failureThreshold: 2, coolDown: .seconds(10))
        )
        var generator = SeededGenerator(state: 11)
        _ = balancer.record(.failure, index: 0, probe: false, now: self.now)
        #expect(balancer.record(.failure, index: 0, probe: false, now: self.now) == .opened)
        #expect(!balancer.slots[0].healthy)
        for _ in 0..<20 {
            #expect(self.index(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator)) == 1)
        }
        // After the cool-down endpoint 0 (idle, so preferred by least-outstanding) receives exactly one probe.
        let later = self.now + .seconds(10)
        #expect(
            balancer.pick(model: "m", excluding: [], now: later, using: &generator) == .endpoint(index: 0, probe: true))
        for _ in 0..<5 {
            #expect(self.index(balancer.pick(model: "m", excluding: [], now: later, using: &generator)) == 1)
        }
        #expect(balancer.record(.success, index: 0, probe: true, now: later) == .closed)
        #expect(balancer.slots[0].healthy)
    }

    @Test func everyCircuitOpenMeansNoHealthyEndpoint() {
        var balancer = LoadBalancer(
            endpoints: self.endpoints([(1, 0, [])]),
            balancing: .weightedRoundRobin,
            circuit: .init(failureThreshold: 1, coolDown: .seconds(10))
        )
        var generator = SeededGenerator(state: 1)
        #expect(balancer.record(.failure, index: 0, probe: false, now: self.now) == .opened)
        #expect(balancer.pick(model: "m", excluding: [], now: self.now, using: &generator) == .noHealthyEndpoint)
    }
}
