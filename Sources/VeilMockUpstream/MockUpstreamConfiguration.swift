import NIOCore

/// How a ``MockUpstream`` listens and behaves: address, pacing, failures and what it records.
///
/// Every field has a default that suits a unit test: an ephemeral port on loopback, no latency, streams as fast as
/// possible, no failures.
///
/// ```swift
/// var configuration = MockUpstreamConfiguration(name: "east")
/// configuration.latency = .milliseconds(50)
/// configuration.tokensPerSecond = 100
/// configuration.failure = .status(500, probability: 0.1)
/// ```
public struct MockUpstreamConfiguration: Sendable {
    /// The address to listen on.
    public var host: String = "127.0.0.1"
    /// The port to listen on; 0 picks a free one, read back from ``MockUpstream/port``.
    public var port: Int = 0
    /// Time before the response head is sent (time to first byte), for every answer including injected errors.
    public var latency: Duration = .zero
    /// Generation pace in tokens (stream events) per second; `nil` answers as fast as possible. A non-streaming
    /// answer waits for its whole generation time (completion tokens ÷ rate) on top of ``latency``.
    public var tokensPerSecond: Double?
    /// Which requests fail and how; change it at run time with ``MockUpstream/setFailure(_:)``.
    public var failure: FailureInjection = .never
    /// The models `GET /v1/models` lists. Requests for other models are answered all the same (the model is
    /// echoed back), as the gateway, not the upstream, decides which models a tenant may use.
    public var models: [String] = ["mock-gpt"]
    /// Appears in every answer (`[name] You said: …`, the `X-Mock-Upstream` header, `owned_by`) so that a test can
    /// tell which upstream answered.
    public var name: String
    /// How many of the latest chat and embeddings request bodies to keep for ``MockUpstream/recordedRequests()``;
    /// 0 keeps none (for load tests).
    public var recordRequests: Int = 256
    /// When set, `/v1` requests must carry `Authorization: Bearer <apiKey>` or get a 401 (`invalid_api_key`), as a
    /// vendor would answer; refused requests are neither counted nor recorded. `nil` accepts any or no key.
    public var apiKey: String?
    /// Request bodies over this size are refused with 413.
    public var maximumBodySize: Int = 8 * 1024 * 1024
    /// Event loop threads; the default uses every core so that the mock is never a load test's bottleneck.
    public var eventLoopThreads: Int = System.coreCount
    /// Seed for ``FailureInjection/Trigger/probability(_:)``, so that a run's failures repeat.
    public var randomSeed: UInt64 = 0x5EED_5EED

    /// Creates a configuration; everything but the name can be set afterwards.
    ///
    /// - Parameters:
    ///   - name: Shown in answers so that tests can tell upstreams apart.
    ///   - port: The port to listen on; 0 (the default) picks a free one.
    public init(name: String = "mock", port: Int = 0) {
        self.name = name
        self.port = port
    }

    /// Checks the fields a server cannot run with.
    func validate() throws(MockUpstreamError) {
        guard (0...65535).contains(port) else { throw .invalidPort }
        guard latency >= .zero else { throw .invalidLatency }
        if let tokensPerSecond {
            guard tokensPerSecond.isFinite, tokensPerSecond > 0 else { throw .invalidTokensPerSecond }
        }
        guard recordRequests >= 0, maximumBodySize > 0 else { throw .invalidLimit }
        guard eventLoopThreads >= 1 else { throw .invalidThreadCount }
    }
}
