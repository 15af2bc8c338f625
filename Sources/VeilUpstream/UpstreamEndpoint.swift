/// One OpenAI-compatible server that the pool may send requests to.
///
/// An endpoint is plain configuration: where the server is, which key it wants, how much traffic it should get
/// relative to its peers and how many requests it may carry at once. The pool keeps the live state (in-flight count,
/// circuit, health) separately, so endpoints stay `Hashable` values that can be compared and reloaded.
///
/// ```swift
/// let local = UpstreamEndpoint(name: "vllm-1", baseURL: "http://127.0.0.1:8000/v1", models: ["llama-3.1-8b"])
/// let openai = UpstreamEndpoint(name: "openai", baseURL: "https://api.openai.com/v1", apiKey: Secret(key))
/// ```
public struct UpstreamEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// A short, stable name used in logs, metric labels and ``UpstreamResponse/endpointName``.
    ///
    /// Keep it low-cardinality and free of secrets: it becomes a Prometheus label.
    public var name: String

    /// The API root including the version segment, e.g. `http://127.0.0.1:9000/v1` or `https://api.openai.com/v1`.
    ///
    /// Request paths such as `/chat/completions` are appended to it; a trailing slash is ignored.
    public var baseURL: String

    /// The key sent as `Authorization: Bearer …` to this endpoint, or `nil` for servers that need none.
    public var apiKey: Secret?

    /// The relative share of traffic; an endpoint with weight 0 receives nothing (useful to drain it).
    public var weight: Int

    /// The most requests (including open streams) this endpoint carries at once; 0 means no limit.
    public var maxConcurrency: Int

    /// The models this endpoint serves; empty means it serves any model it is asked for.
    public var models: [String]

    /// Creates an endpoint.
    ///
    /// - Parameters:
    ///   - name: Short, stable name for logs and metric labels.
    ///   - baseURL: API root including the version segment, e.g. `http://127.0.0.1:9000/v1`.
    ///   - apiKey: Key sent as a bearer token, or `nil`.
    ///   - weight: Relative share of traffic (default 1; 0 disables the endpoint).
    ///   - maxConcurrency: Most concurrent requests (default 0, meaning no limit).
    ///   - models: Models served; empty (the default) serves any model.
    public init(
        name: String,
        baseURL: String,
        apiKey: Secret? = nil,
        weight: Int = 1,
        maxConcurrency: Int = 0,
        models: [String] = []
    ) {
        self.name = name
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.weight = weight
        self.maxConcurrency = maxConcurrency
        self.models = models
    }

    /// A one-line summary that shows whether a key is set but never the key itself.
    public var description: String {
        let key = self.apiKey == nil ? "none" : "<redacted>"
        return
            "UpstreamEndpoint(name: \(self.name), baseURL: \(self.baseURL), apiKey: \(key), weight: \(self.weight), "
            + "maxConcurrency: \(self.maxConcurrency), models: \(self.models))"
    }
}
