/// What the pipeline answers: a complete completion or a stream, plus facts for headers, logs and metrics.
public struct ChatResponse: Sendable {
    /// The answer itself.
    public enum Body: Sendable {
        /// A complete answer (non-streaming upstream call, or a cache hit).
        case complete(ChatCompletion)
        /// A streamed answer, pulled chunk by chunk.
        case stream(ChatCompletionStream)
    }

    /// The answer.
    public var body: Body
    /// Facts the stages recorded on the way out.
    public var info: ResponseInfo

    /// Creates a response.
    public init(body: Body, info: ResponseInfo = ResponseInfo()) {
        self.body = body
        self.info = info
    }

    /// A complete response.
    public static func complete(_ completion: ChatCompletion, info: ResponseInfo = ResponseInfo()) -> ChatResponse {
        ChatResponse(body: .complete(completion), info: info)
    }

    /// A streamed response.
    public static func stream(_ stream: ChatCompletionStream, info: ResponseInfo = ResponseInfo()) -> ChatResponse {
        ChatResponse(body: .stream(stream), info: info)
    }

    /// The answer as one completion, reading a stream to its end if need be.
    public func completion() async throws -> ChatCompletion {
        switch body {
        case .complete(let completion): return completion
        case .stream(let stream): return try await stream.collect()
        }
    }

    /// The answer as a stream, splitting a complete answer into chunks if need be.
    public func stream(includeUsage: Bool) -> ChatCompletionStream {
        switch body {
        case .complete(let completion):
            return ChatCompletionStream(chunks: completion.chunks(includeUsage: includeUsage))
        case .stream(let stream): return stream
        }
    }
}

/// How the cache treated a request; sent as `X-Veil-Cache`.
public enum CacheStatus: String, Sendable, Hashable, CaseIterable {
    /// Served from the exact tier.
    case hitExact = "hit-exact"
    /// Served from the semantic tier after verification.
    case hitSemantic = "hit-semantic"
    /// Looked up, not found, answered by the model.
    case miss
    /// The cache was not consulted (policy, `no-store`, temperature, disabled).
    case bypass
}

/// Facts about one response that stages record for headers, logs and metrics — counts and labels, never content.
public struct ResponseInfo: Sendable, Hashable {
    /// How the cache treated the request.
    public var cacheStatus: CacheStatus
    /// Age in seconds of a cached answer (`Age` header).
    public var age: Int?
    /// PII detections per entity type (`X-Veil-Redactions`).
    public var redactions: [String: Int]
    /// The upstream endpoint that answered a miss.
    public var upstream: String?
    /// Time spent waiting for the upstream, in seconds.
    public var upstreamSeconds: Double?
    /// Whether this request joined another identical in-flight request (single-flight).
    public var joinedInFlight: Bool
    /// Whether a cache fault was swallowed on the way (the request fell through to the model).
    public var cacheFault: Bool

    /// Creates facts.
    public init(
        cacheStatus: CacheStatus = .bypass,
        age: Int? = nil,
        redactions: [String: Int] = [:],
        upstream: String? = nil,
        upstreamSeconds: Double? = nil,
        joinedInFlight: Bool = false,
        cacheFault: Bool = false
    ) {
        self.cacheStatus = cacheStatus
        self.age = age
        self.redactions = redactions
        self.upstream = upstream
        self.upstreamSeconds = upstreamSeconds
        self.joinedInFlight = joinedInFlight
        self.cacheFault = cacheFault
    }
}
