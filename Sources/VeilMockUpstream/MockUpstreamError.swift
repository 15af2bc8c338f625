/// Why a ``MockUpstream`` could not start.
///
/// A struct over a private code, like every Veil error: cases can be added without breaking callers, and the
/// description is a fixed string.
public struct MockUpstreamError: Error, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case invalidPort
        case invalidLatency
        case invalidTokensPerSecond
        case invalidLimit
        case invalidThreadCount
        case noLocalAddress
    }

    private let code: Code

    /// The port is outside 0...65535.
    public static let invalidPort = MockUpstreamError(code: .invalidPort)
    /// The latency is negative.
    public static let invalidLatency = MockUpstreamError(code: .invalidLatency)
    /// The tokens-per-second rate is not a positive finite number.
    public static let invalidTokensPerSecond = MockUpstreamError(code: .invalidTokensPerSecond)
    /// The record count is negative or the body size limit is not positive.
    public static let invalidLimit = MockUpstreamError(code: .invalidLimit)
    /// The event loop thread count is below one.
    public static let invalidThreadCount = MockUpstreamError(code: .invalidThreadCount)
    /// The listening socket reported no local port.
    public static let noLocalAddress = MockUpstreamError(code: .noLocalAddress)

    /// A short fixed description.
    public var description: String {
        switch code {
        case .invalidPort: "mock upstream: port must be in 0...65535"
        case .invalidLatency: "mock upstream: latency must not be negative"
        case .invalidTokensPerSecond: "mock upstream: tokens per second must be a positive number"
        case .invalidLimit: "mock upstream: record count or body size limit out of range"
        case .invalidThreadCount: "mock upstream: at least one event loop thread is needed"
        case .noLocalAddress: "mock upstream: the listening socket has no local port"
        }
    }
}
