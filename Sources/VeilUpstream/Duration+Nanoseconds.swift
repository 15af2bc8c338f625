import NIOCore

extension Duration {
    /// The duration in whole nanoseconds, saturating instead of overflowing for absurdly long configured values.
    package var clampedNanoseconds: Int64 {
        let (seconds, attoseconds) = self.components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? Int64.min : Int64.max }
        let (sum, overflow2) = scaled.addingReportingOverflow(attoseconds / 1_000_000_000)
        if overflow2 { return seconds < 0 ? Int64.min : Int64.max }
        return sum
    }
}

extension TimeAmount {
    /// Converts a Swift `Duration`, saturating at the representable range.
    init(durationClamped duration: Duration) {
        self = .nanoseconds(duration.clampedNanoseconds)
    }
}
