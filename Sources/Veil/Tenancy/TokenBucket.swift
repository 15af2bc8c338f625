/// A bucket that holds up to one minute's allowance and refills continuously.
struct TokenBucket: Sendable {
    var level: Double
    var updated: Double

    init(perMinute: Int, now: Double) {
        self.level = Double(max(0, perMinute))
        self.updated = now
    }

    mutating func refill(perMinute: Int, now: Double) {
        let capacity = Double(max(0, perMinute))
        let elapsed = max(0, now - self.updated)
        self.updated = max(self.updated, now)
        self.level = min(capacity, self.level + elapsed * capacity / 60)
    }

    /// Whole seconds (at least one) until the bucket holds `amount`.
    func secondsUntil(_ amount: Double, perMinute: Int) -> Int {
        let rate = Double(max(1, perMinute)) / 60
        let missing = max(0, amount - self.level)
        let seconds = (missing / rate).rounded(.up)
        return seconds >= 3600 ? 3600 : max(1, Int(seconds))
    }
}
