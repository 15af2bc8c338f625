/// What the mock upstream does wrong, and when: the failures an upstream pool has to survive.
///
/// A failure is a ``Kind`` (what goes wrong) with a ``Trigger`` (which requests it hits) and the ``Endpoints`` it
/// applies to. Counting for ``Trigger/everyNth(_:)`` and ``Trigger/firstRequests(_:)`` starts again whenever the
/// failure is replaced with ``MockUpstream/setFailure(_:)``, so a test can say "the next two requests fail".
///
/// ```swift
/// var configuration = MockUpstreamConfiguration(name: "a")
/// configuration.failure = .status(503, probability: 0.1)
/// let upstream = try await MockUpstream.start(configuration)
/// upstream.setFailure(.closeConnection(when: .firstRequests(1)))  // fail once, then recover
/// ```
///
/// It also reads and prints a compact form for command lines (see ``init(_:)``): `none`, `500`, `503@0.1`,
/// `429/3`, `close^2`, `hang`, `cut:3@0.5`.
public struct FailureInjection: Sendable, Hashable {
    /// What goes wrong with a request that the trigger selects.
    public enum Kind: Sendable, Hashable {
        /// Answer with this HTTP status and an OpenAI-style error body (429 and 503 also carry `Retry-After: 1`).
        case status(Int)
        /// Close the connection once the request has arrived, without sending a byte back.
        case closeConnection
        /// Never answer: the request stays open until the client gives up or the mock shuts down.
        case hang
        /// Send the response head and the first `afterChunks` stream events, then close the connection. A
        /// non-streaming answer is cut after half of its body, under a `Content-Length` that promised it all.
        case cutStream(afterChunks: Int)
    }

    /// Which requests fail.
    public enum Trigger: Sendable, Hashable {
        /// No request fails.
        case never
        /// Every request fails.
        case always
        /// Each request fails with this probability (0...1), drawn from a generator seeded by
        /// ``MockUpstreamConfiguration/randomSeed`` so that runs repeat.
        case probability(Double)
        /// The nth, 2nth, 3nth… request fails (counted from when this failure was set).
        case everyNth(Int)
        /// The first n requests fail, then the upstream recovers: the shape of a retry or failover test.
        case firstRequests(Int)
    }

    /// The endpoints a failure applies to; `GET /healthz` always answers.
    public struct Endpoints: OptionSet, Sendable, Hashable {
        /// The raw bits.
        public let rawValue: Int

        /// Creates a set from raw bits.
        public init(rawValue: Int) {
            self.rawValue = rawValue
        }

        /// `POST /v1/chat/completions`.
        public static let chatCompletions = Endpoints(rawValue: 1 << 0)
        /// `POST /v1/embeddings`.
        public static let embeddings = Endpoints(rawValue: 1 << 1)
        /// `GET /v1/models`: include it to make active health checks fail too.
        public static let models = Endpoints(rawValue: 1 << 2)
        /// Every `/v1` endpoint.
        public static let all: Endpoints = [.chatCompletions, .embeddings, .models]
    }

    /// What goes wrong.
    public var kind: Kind
    /// Which requests it happens to.
    public var trigger: Trigger
    /// Which endpoints count and fail; others neither fail nor advance the count.
    public var endpoints: Endpoints

    /// Creates a failure injection.
    ///
    /// - Parameters:
    ///   - kind: What goes wrong.
    ///   - trigger: Which requests it happens to; every request by default.
    ///   - endpoints: Which endpoints it applies to; by default every `/v1` endpoint, so that a broken upstream also
    ///     fails the active health check (`GET /v1/models`) as a real one would.
    public init(_ kind: Kind, when trigger: Trigger = .always, endpoints: Endpoints = .all) {
        self.kind = kind
        self.trigger = trigger
        self.endpoints = endpoints
    }

    /// No failures: the default. (Not `none`, which would read as `Optional.none` wherever an optional is
    /// expected.)
    public static let never = FailureInjection(.status(500), when: .never)

    /// Answers with `status` (e.g. 500, 429, 503) for the requests `trigger` selects.
    public static func status(_ status: Int, when trigger: Trigger = .always) -> FailureInjection {
        FailureInjection(.status(status), when: trigger)
    }

    /// Answers with `status` with the given probability: what `--fail-rate` means.
    public static func status(_ status: Int, probability: Double) -> FailureInjection {
        FailureInjection(.status(status), when: .probability(probability))
    }

    /// Closes the connection without answering for the requests `trigger` selects.
    public static func closeConnection(when trigger: Trigger = .always) -> FailureInjection {
        FailureInjection(.closeConnection, when: trigger)
    }

    /// Never answers the requests `trigger` selects.
    public static func hang(when trigger: Trigger = .always) -> FailureInjection {
        FailureInjection(.hang, when: trigger)
    }

    /// Cuts the answer after `afterChunks` stream events for the requests `trigger` selects.
    public static func cutStream(afterChunks: Int = 2, when trigger: Trigger = .always) -> FailureInjection {
        FailureInjection(.cutStream(afterChunks: afterChunks), when: trigger)
    }
}
