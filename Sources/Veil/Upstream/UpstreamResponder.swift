import Foundation
import Logging
import NIOCore
import NIOHTTP1
import VeilUpstream

/// The end of the pipeline: sends the (already anonymized) request to a model upstream and turns the answer into
/// a ``ChatResponse``.
///
/// The request is encoded to JSON and handed to an `UpstreamPool`, which routes by `request.model`, balances, and
/// retries on another endpoint before any byte has reached the client. A non-streaming answer is read whole and
/// decoded into ``ChatResponse/Body/complete(_:)``; a streamed one (`stream: true`) becomes a
/// ``ChatCompletionStream`` that parses the upstream's server-sent events lazily: nothing is read from the upstream
/// until the consumer pulls, so a slow client slows the upstream read, and dropping the stream cancels the upstream
/// request.
///
/// Errors become ``VeilError``s: a 4xx from the upstream is ``VeilError/upstreamRejected(status:)``, failures after
/// every retry ``VeilError/upstreamFailed``, time limits ``VeilError/upstreamTimeout``. The answering endpoint's name
/// and the time to the response head (or the whole body, when not streaming) go to ``ResponseInfo``.
///
/// ```swift
/// let responder = UpstreamResponder(pool: pool)
/// let pipeline = ChatPipeline(responder: responder) { NormalizeMiddleware() }
/// ```
package struct UpstreamResponder: ChatResponder {
    /// The pool the requests go through.
    package let pool: UpstreamPool
    /// The most bytes a non-streaming answer may have.
    package let maximumResponseBytes: Int

    /// Creates a responder.
    ///
    /// - Parameters:
    ///   - pool: The upstream pool; its owner shuts down its HTTP client.
    ///   - maximumResponseBytes: Bound on a non-streaming answer (default 16 MiB).
    package init(pool: UpstreamPool, maximumResponseBytes: Int = 16 << 20) {
        self.pool = pool
        self.maximumResponseBytes = maximumResponseBytes
    }

    /// Sends `request` upstream and returns its answer, complete or streamed as the request asked.
    ///
    /// - Throws: ``VeilError`` (`upstreamRejected`, `upstreamFailed`, `upstreamTimeout`, `unknownModel`,
    ///   `cancelled`, `internalError` when the request cannot be encoded).
    package func respond(to request: ChatRequest, context: ChatContext) async throws -> ChatResponse {
        let body: ByteBuffer
        do {
            body = ByteBuffer(bytes: try WireJSON.encode(request))
        } catch {
            throw VeilError.internalError
        }
        let upstreamRequest = UpstreamRequest(
            model: request.model,
            body: body,
            headers: ["Accept": request.isStreaming ? "text/event-stream" : "application/json"],
            stream: request.isStreaming,
            // A non-streaming answer is read whole before anything reaches the client, so the pool reads it in one
            // step on the connection's event loop.
            bodyLimit: request.isStreaming ? nil : self.maximumResponseBytes
        )
        let start = ContinuousClock.now
        let response: UpstreamResponse
        do {
            response = try await self.pool.send(upstreamRequest)
        } catch {
            throw Self.translate(error)
        }
        guard (200..<300).contains(response.status) else {
            context.logger.debug(
                "upstream rejected request",
                metadata: ["upstream.endpoint": "\(response.endpointName)", "upstream.status": "\(response.status)"]
            )
            if (400..<500).contains(response.status) { throw VeilError.upstreamRejected(status: response.status) }
            throw VeilError.upstreamFailed
        }
        var info = ResponseInfo(upstream: response.endpointName)
        if request.isStreaming {
            info.upstreamSeconds = (ContinuousClock.now - start).seconds
            return .stream(Self.stream(from: response.body), info: info)
        }
        let bytes: ByteBuffer
        do {
            bytes = try await response.body.collect(upTo: self.maximumResponseBytes)
        } catch {
            throw Self.translate(error)
        }
        info.upstreamSeconds = (ContinuousClock.now - start).seconds
        do {
            let completion = try WireJSON.decode(ChatCompletion.self, from: bytes.readableBytesView)
            return .complete(completion, info: info)
        } catch {
            context.logger.debug(
                "upstream answer is not a chat completion", metadata: ["upstream.endpoint": "\(response.endpointName)"])
            throw VeilError.upstreamFailed
        }
    }

    /// A lazy stream of the chunks in an SSE body.
    static func stream(from body: UpstreamBody) -> ChatCompletionStream {
        ChatCompletionStream {
            let reader = SSEChunkReader(body: body)
            return { try await reader.next() }
        }
    }

    /// Maps errors of the pool and of body reads onto the errors a client may see.
    static func translate(_ error: any Error) -> VeilError {
        if let error = error as? VeilError { return error }
        if error is CancellationError { return .cancelled }
        guard let error = error as? UpstreamError else { return .upstreamFailed }
        if error.timeoutPhase != nil { return .upstreamTimeout }
        if error == .unknownModel { return .unknownModel }
        if error == .cancelled { return .cancelled }
        if let status = error.lastStatus, status == 429 { return .upstreamRejected(status: 429) }
        return .upstreamFailed
    }
}
