import NIOCore
import NIOHTTP1

/// One request to send to whichever endpoint the pool picks, as raw bytes.
///
/// The pool does not know Veil's chat types: the caller encodes the JSON body and names the model, which the pool
/// needs only to choose an endpoint that serves it. The body is a `ByteBuffer` value, so it can be re-sent unchanged
/// when an attempt is retried on another endpoint.
///
/// ```swift
/// let request = UpstreamRequest(model: "gpt-4o-mini", body: ByteBuffer(bytes: json), stream: true)
/// ```
public struct UpstreamRequest: Sendable {
    /// The HTTP method (default `POST`).
    public var method: HTTPMethod
    /// The path below the endpoint's base URL, e.g. `/chat/completions`.
    public var path: String
    /// The model the request asks for; used to choose among the endpoints that serve it.
    public var model: String
    /// The encoded request body.
    public var body: ByteBuffer
    /// Extra headers to forward.
    ///
    /// `Authorization` is always replaced by the chosen endpoint's key (the client's own credential must never
    /// reach an upstream); hop-by-hop headers (`Host`, `Connection`, `Content-Length`, `Transfer-Encoding`, …) are
    /// dropped and set by the HTTP client; `Accept-Encoding` is dropped so the answer arrives uncompressed.
    /// `Content-Type: application/json` is added when absent.
    public var headers: HTTPHeaders
    /// Whether the caller asked for a streamed (SSE) response; recorded in logs.
    public var stream: Bool
    /// When set, ``UpstreamPool/send(_:)`` reads the whole response body (at most this many bytes) before it
    /// returns, and the returned ``UpstreamResponse/body`` is already in memory.
    ///
    /// For answers that are read whole anyway (a non-streaming chat completion): the head and the body are then
    /// read on the connection's event loop in one step, without a task hop per chunk, and a broken or stalled
    /// body, or one over the limit, is thrown by `send` itself (never retried: the upstream has answered). `nil`
    /// (the default) returns as soon as the head arrives, with the body streaming.
    public var bodyLimit: Int?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - path: Path below the base URL (default `/chat/completions`).
    ///   - model: Model name used for routing.
    ///   - body: Encoded body.
    ///   - headers: Extra headers to forward.
    ///   - stream: Whether a streamed response is expected.
    ///   - bodyLimit: Read the whole body, at most this many bytes, before returning (see ``bodyLimit``).
    ///   - method: HTTP method (default `POST`).
    public init(
        path: String = "/chat/completions",
        model: String,
        body: ByteBuffer,
        headers: HTTPHeaders = [:],
        stream: Bool = false,
        bodyLimit: Int? = nil,
        method: HTTPMethod = .POST
    ) {
        self.method = method
        self.path = path
        self.model = model
        self.body = body
        self.headers = headers
        self.stream = stream
        self.bodyLimit = bodyLimit
    }
}
