extension UpstreamPoolConfiguration.RetryPolicy {
    /// The delay before retry number `retry` (1 for the first retry): exponential, capped, with full jitter.
    ///
    /// Full jitter (AWS architecture blog, "Exponential Backoff and Jitter") draws uniformly from zero to the
    /// exponential bound, which spreads the retries of clients that failed together better than adding noise.
    func backoff(forRetry retry: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        let base = max(0, self.baseBackoff.clampedNanoseconds)
        let cap = max(0, self.maxBackoff.clampedNanoseconds)
        let exponent = min(max(retry - 1, 0), 32)
        let (scaled, overflow) = base.multipliedReportingOverflow(by: Int64(1) << exponent)
        let bound = overflow ? cap : min(cap, scaled)
        guard bound > 0 else { return .zero }
        return .nanoseconds(Int64.random(in: 0...bound, using: &generator))
    }
}
