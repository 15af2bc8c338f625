import Testing

@testable import VeilUpstream

@Suite("CircuitBreaker state machine")
struct CircuitBreakerTests {
    private let t0 = ContinuousClock.now
    private let policy = UpstreamPoolConfiguration.CircuitBreakerPolicy(failureThreshold: 3, coolDown: .seconds(10))

    @Test func opensAfterThresholdConsecutiveFailures() {
        var breaker = CircuitBreaker(policy: self.policy)
        #expect(breaker.record(.failure, probe: false, now: self.t0) == .none)
        #expect(breaker.record(.failure, probe: false, now: self.t0) == .none)
        #expect(breaker.phase == .closed)
        #expect(breaker.record(.failure, probe: false, now: self.t0) == .opened)
        #expect(breaker.phase == .open)
        #expect(breaker.consecutiveFailures == 3)
        #expect(breaker.admit(now: self.t0 + .seconds(5)) == .rejected)
        #expect(!breaker.wouldAdmit(now: self.t0 + .seconds(9)))
    }

    @Test func successResetsTheFailureCount() {
        var breaker = CircuitBreaker(policy: self.policy)
        _ = breaker.record(.failure, probe: false, now: self.t0)
        _ = breaker.record(.failure, probe: false, now: self.t0)
        _ = breaker.record(.success, probe: false, now: self.t0)
        #expect(breaker.consecutiveFailures == 0)
        _ = breaker.record(.failure, probe: false, now: self.t0)
        _ = breaker.record(.failure, probe: false, now: self.t0)
        #expect(breaker.phase == .closed)
    }

    @Test func neutralOutcomesNeitherCountNorReset() {
        var breaker = CircuitBreaker(policy: self.policy)
        _ = breaker.record(.failure, probe: false, now: self.t0)
        _ = breaker.record(.neutral, probe: false, now: self.t0)
        #expect(breaker.consecutiveFailures == 1)
    }

    @Test func halfOpenAdmitsExactlyOneProbeAfterCoolDown() {
        var breaker = self.openBreaker()
        let later = self.t0 + .seconds(10)
        #expect(breaker.wouldAdmit(now: later))
        #expect(breaker.admit(now: later) == .probe)
        #expect(breaker.phase == .halfOpen)
        #expect(!breaker.wouldAdmit(now: later))
        #expect(breaker.admit(now: later) == .rejected)
    }

    @Test func successfulProbeClosesTheCircuit() {
        var breaker = self.openBreaker()
        let later = self.t0 + .seconds(11)
        #expect(breaker.admit(now: later) == .probe)
        #expect(breaker.record(.success, probe: true, now: later) == .closed)
        #expect(breaker.phase == .closed)
        #expect(breaker.consecutiveFailures == 0)
        #expect(breaker.admit(now: later) == .admitted)
    }

    @Test func failedProbeReopensForAnotherCoolDown() {
        var breaker = self.openBreaker()
        let later = self.t0 + .seconds(11)
        #expect(breaker.admit(now: later) == .probe)
        #expect(breaker.record(.failure, probe: true, now: later) == .opened)
        #expect(breaker.phase == .open)
        #expect(breaker.admit(now: later + .seconds(9)) == .rejected)
        #expect(breaker.admit(now: later + .seconds(10)) == .probe)
    }

    @Test func neutralProbeFreesTheProbeSlot() {
        var breaker = self.openBreaker()
        let later = self.t0 + .seconds(11)
        #expect(breaker.admit(now: later) == .probe)
        #expect(breaker.record(.neutral, probe: true, now: later) == .none)
        #expect(breaker.phase == .halfOpen)
        #expect(breaker.admit(now: later) == .probe)
    }

    @Test func resultsOfOlderRequestsDoNotDecideAnOpenOrHalfOpenCircuit() {
        var breaker = self.openBreaker()
        #expect(breaker.record(.success, probe: false, now: self.t0) == .none)
        #expect(breaker.phase == .open)
        let later = self.t0 + .seconds(11)
        #expect(breaker.admit(now: later) == .probe)
        #expect(breaker.record(.success, probe: false, now: later) == .none)
        #expect(breaker.phase == .halfOpen)
    }

    @Test func thresholdZeroNeverOpens() {
        var breaker = CircuitBreaker(policy: .init(failureThreshold: 0, coolDown: .seconds(1)))
        for _ in 0..<100 { _ = breaker.record(.failure, probe: false, now: self.t0) }
        #expect(breaker.phase == .closed)
        #expect(breaker.admit(now: self.t0) == .admitted)
    }

    private func openBreaker() -> CircuitBreaker {
        var breaker = CircuitBreaker(policy: self.policy)
        for _ in 0..<3 { _ = breaker.record(.failure, probe: false, now: self.t0) }
        return breaker
    }
}
