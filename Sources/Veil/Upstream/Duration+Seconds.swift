extension Duration {
    /// The duration in seconds, for metrics and ``ResponseInfo``.
    var seconds: Double {
        let parts = self.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
