import NIOHTTP1

/// The response of the endpoint that finally answered, with its body still streaming.
///
/// ``UpstreamPool/send(_:)`` returns as soon as the response head arrives; the body is read through ``body`` with
/// backpressure. Any status that is not retried is returned as is, including 4xx, so the caller can relay the
/// upstream's own error JSON.
public struct UpstreamResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The response headers as the upstream sent them.
    public var headers: HTTPHeaders
    /// The ``UpstreamEndpoint/name`` of the endpoint that answered.
    public var endpointName: String
    /// The body, to be read once.
    public var body: UpstreamBody

    /// Creates a response; the pool does this, and tests of callers may build one around ``UpstreamBody/bytes(_:)``.
    ///
    /// - Parameters:
    ///   - status: HTTP status code.
    ///   - headers: Response headers.
    ///   - endpointName: Name of the answering endpoint.
    ///   - body: Response body.
    public init(status: Int, headers: HTTPHeaders, endpointName: String, body: UpstreamBody) {
        self.status = status
        self.headers = headers
        self.endpointName = endpointName
        self.body = body
    }
}
