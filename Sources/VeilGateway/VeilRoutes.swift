import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Veil

/// Veil's OpenAI-compatible routes, ready to mount in any Hummingbird router.
///
/// `veil serve` uses them, and so can a Hummingbird chat server that embeds Veil in-process instead of running the
/// daemon: it builds a ``Veil`` and adds these routes (and ``OpenAIErrorMiddleware``) to its own router.
///
/// ```swift
/// let veil = try await Veil(configuration: configuration)
/// let router = Router()
/// router.add(middleware: OpenAIErrorMiddleware())
/// VeilRoutes(veil: veil).register(on: router.group("v1"))
/// ```
///
/// Routes (relative to the group): `POST chat/completions`, `GET models`. Each authenticates
/// `Authorization: Bearer <tenant key>` itself, so they need no special request context.
public struct VeilRoutes: Sendable {
    /// The pipeline and tenant directory.
    public let veil: Veil
    /// Per-tenant quotas.
    public let limiter: QuotaLimiter
    /// Largest accepted body in bytes.
    public let bodyLimit: Int
    let metrics: GatewayMetrics
    let requestLogger: Logger

    /// Creates the routes.
    ///
    /// - Parameters:
    ///   - veil: The facade.
    ///   - limiter: Quotas (default: a fresh limiter).
    ///   - bodyLimit: Largest accepted body (default 1 MiB).
    ///   - metrics: Where metrics go.
    ///   - requestLogger: Receives one line per request (tenant, outcome, status, timings, redaction counts).
    public init(
        veil: Veil,
        limiter: QuotaLimiter = QuotaLimiter(),
        bodyLimit: Int = 1 << 20,
        metrics: GatewayMetrics = GatewayMetrics(),
        requestLogger: Logger = Logger(label: "veil.request")
    ) {
        self.veil = veil
        self.limiter = limiter
        self.bodyLimit = bodyLimit
        self.metrics = metrics
        self.requestLogger = requestLogger
    }

    /// Adds the routes to `router` (typically a `v1` group).
    ///
    /// - Parameter router: A router or group.
    public func register<Context: RequestContext>(on router: some RouterMethods<Context>) {
        router.post("chat/completions") { request, context in
            try await self.chatCompletions(request, context: context)
        }
        router.get("models") { request, _ in
            try await self.models(request)
        }
        router.post("veil/feedback") { request, _ in
            try await self.feedback(request)
        }
    }

    /// Answers `POST /v1/veil/feedback`: `{"request_id": "…", "verdict": "wrong" | "good"}` about an answer this
    /// tenant was served (the `X-Request-Id` of its response).
    func feedback(_ request: Request) async throws -> Response {
        let tenant = try self.authenticate(request)
        let body = try await Self.readBody(request, limit: 16 << 10)
        guard let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        else {
            throw VeilError.invalidRequest("body")
        }
        guard let requestID = object["request_id"] as? String, !requestID.isEmpty, requestID.utf8.count <= 128 else {
            throw VeilError.invalidRequest("request_id")
        }
        guard let word = object["verdict"] as? String, let verdict = FeedbackVerdict(rawValue: word) else {
            throw VeilError.invalidRequest("verdict")
        }
        let outcome = try await self.veil.feedback(requestID: requestID, verdict: verdict, tenant: tenant)
        self.metrics.recordFeedback(tenant: tenant.id.rawValue, verdict: verdict.rawValue, outcome: outcome)
        let text =
            #"{"request_id":"# + JSONText.string(requestID) + #","verdict":"# + JSONText.string(verdict.rawValue)
            + #","semantic_hit":\#(outcome.semanticHit),"evicted":\#(outcome.evicted),"#
            + #""semantic_suspended":\#(outcome.semanticSuspended)}"#
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Answers `GET /v1/models` with the models the tenant's policy allows.
    func models(_ request: Request) async throws -> Response {
        let tenant = try self.authenticate(request)
        var text = #"{"object":"list","data":["#
        for (index, model) in await self.veil.models(for: tenant).enumerated() {
            if index > 0 { text += "," }
            text += #"{"id":"# + JSONText.string(model) + #","object":"model","created":0,"owned_by":"veil"}"#
        }
        text += "]}"
        return Response(
            status: .ok,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }

    /// Resolves the bearer key to a tenant, or throws 401 without saying why.
    func authenticate(_ request: Request) throws -> Tenant {
        guard let header = request.headers[.authorization], let key = Self.bearerToken(header),
            let tenant = self.veil.authenticate(apiKey: key)
        else { throw VeilError.unauthorized }
        return tenant
    }

    /// The token of `Bearer <token>` (scheme case-insensitive, surrounding blanks dropped), read from the bytes: this
    /// runs on every request, and Foundation's case mapping and trimming cost more than the rest of authentication.
    static func bearerToken(_ header: String) -> String? {
        let bytes = Array(header.utf8)
        let scheme: [UInt8] = Array("bearer".utf8)
        guard bytes.count > scheme.count + 1 else { return nil }
        for (index, expected) in scheme.enumerated() where bytes[index] | 0x20 != expected { return nil }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        guard isBlank(bytes[scheme.count]) else { return nil }
        var start = scheme.count + 1
        var end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Answers `POST /v1/chat/completions`.
    func chatCompletions(_ request: Request, context: some RequestContext) async throws -> Response {
        let received = ContinuousClock.now
        // Bounded in length and character set on every path, with or without the error middleware: the id is echoed
        // in a header and written to logs.
        let requestID = RequestIdentifier.resolve(request.headers[.requestID])
        let tenant = try self.authenticate(request)
        var log = RequestLogLine(tenant: tenant.id.rawValue, requestID: requestID, received: received)
        do {
            let chat = try await self.decodeBody(request)
            log.stream = chat.isStreaming
            let ticket = try self.limiter.acquire(tenant: tenant.id, policy: tenant.policy.quotas)
            // `Veil.complete` adds the tenant and request id to this logger's metadata for everything below.
            let options = RequestOptions(
                subject: chat.user ?? request.headers[.veilSubject],
                requestID: requestID,
                cacheControl: request.headers[.cacheControl].map { CacheControl(header: $0) } ?? CacheControl(),
                logger: context.logger
            )
            let response: ChatResponse
            do {
                response = try await self.veil.complete(chat, tenant: tenant, options: options)
            } catch {
                ticket.release()
                throw error
            }
            log.info = response.info
            if chat.isStreaming {
                return try await self.streamResponse(response, request: chat, ticket: ticket, log: log)
            }
            let completion: ChatCompletion
            do {
                completion = try await response.completion()
            } catch {
                ticket.release()
                throw error
            }
            let cached = response.info.cacheStatus == .hitExact || response.info.cacheStatus == .hitSemantic
            ticket.release(tokens: completion.usage?.totalTokens ?? 0, cached: cached)
            let body = try WireJSON.encode(completion)
            var headers = Self.headers(for: response.info)
            headers[.contentType] = "application/json"
            log.finish(status: 200, tokensSaved: cached ? completion.usage?.totalTokens ?? 0 : 0)
            self.emit(log)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
        } catch {
            let veilError = error as? VeilError ?? (error is CancellationError ? .cancelled : .internalError)
            log.finish(status: veilError.status, tokensSaved: 0, error: veilError)
            self.emit(log)
            throw veilError
        }
    }

    /// Streams the answer as server-sent events, pulling a chunk only when the client has taken the previous one.
    ///
    /// The first chunk is read before the head is sent, so a failure before any output still gets a proper status.
    /// Later failures end the stream with an error event. If the client goes away, the write throws, the loop
    /// ends, and dropping the stream cancels the upstream read.
    func streamResponse(
        _ response: ChatResponse,
        request: ChatRequest,
        ticket: QuotaTicket,
        log: RequestLogLine
    ) async throws -> Response {
        let stream = response.stream(includeUsage: request.streamOptions?.includeUsage ?? false)
        var iterator = stream.makeAsyncIterator()
        let first: ChatCompletionChunk?
        do {
            first = try await iterator.next()
        } catch {
            ticket.release()
            throw error
        }
        var opened = log
        opened.firstToken = ContinuousClock.now
        let startLog = opened
        let cached = response.info.cacheStatus == .hitExact || response.info.cacheStatus == .hitSemantic
        var headers = Self.headers(for: response.info)
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        let routes = self
        let box = StreamIteratorBox(iterator: iterator, first: first)
        let body = ResponseBody { writer in
            var log = startLog
            var usageTokens = 0
            var status = 200
            var failure: VeilError?
            do {
                while let chunk = try await box.next() {
                    if let usage = chunk.usage { usageTokens = usage.totalTokens }
                    var buffer = ByteBuffer(string: "data: ")
                    buffer.writeBytes(try WireJSON.encode(chunk))
                    buffer.writeString("\n\n")
                    try await writer.write(buffer)
                }
                try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
                try await writer.finish(nil)
            } catch let error as VeilError where error != .cancelled {
                // The head is gone; the client learns of the failure from an error event, as OpenAI sends it.
                failure = error
                status = error.status
                var buffer = ByteBuffer(string: "data: ")
                buffer.writeBytes(OpenAIErrorResponse.json(error))
                buffer.writeString("\n\n")
                try? await writer.write(buffer)
                try? await writer.finish(nil)
            } catch {
                failure = .cancelled
                status = VeilError.cancelled.status
            }
            ticket.release(tokens: usageTokens, cached: cached)
            log.finish(status: status, tokensSaved: cached ? usageTokens : 0, error: failure)
            routes.emit(log)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// Reads and decodes the body, enforcing the media type and the size limit.
    func decodeBody(_ request: Request) async throws -> ChatRequest {
        guard let contentType = request.headers[.contentType],
            contentType.lowercased().hasPrefix("application/json")
        else { throw VeilError.unsupportedMediaType }
        let buffer = try await Self.readBody(request, limit: self.bodyLimit)
        let chat: ChatRequest
        do {
            chat = try WireJSON.decode(ChatRequest.self, from: buffer.readableBytesView)
        } catch let error as DecodingError {
            throw VeilError.invalidRequest(Self.describe(error))
        } catch let error as VeilError {
            throw error
        } catch {
            throw VeilError.invalidRequest("body is not valid JSON")
        }
        guard !chat.model.isEmpty else { throw VeilError.invalidRequest("model") }
        guard !chat.messages.isEmpty else { throw VeilError.invalidRequest("messages") }
        return chat
    }

    /// Reads a request body of at most `limit` bytes, or throws 413: every route that takes a body (chat, feedback,
    /// admin) reads it here.
    ///
    /// Over the limit (by `Content-Length`, or counted as it arrives, chunked), a `Connection: close` request's body
    /// is first read on and dropped, up to ``discardLimit`` bytes and for at most `discardTime`, as nginx's lingering
    /// close does: after answering such a request Hummingbird stops reading and waits for the client to close, so a
    /// client still sending a body larger than the socket buffers would block in its send and never read the 413.
    /// A client too slow for that, or one that stops sending, is not waited for: reading stops and the 413 goes out
    /// regardless. Keep-alive bodies Hummingbird drains itself. One iterator throughout: the body can be iterated
    /// only once.
    ///
    /// - Parameters:
    ///   - request: the request whose body to read.
    ///   - limit: the largest body accepted, in bytes.
    ///   - discardTime: how long an over-limit body may be read and dropped (default ``discardTime``).
    /// - Returns: the whole body.
    /// - Throws: `VeilError.payloadTooLarge` over the limit; the body stream's error if the client fails mid-body.
    static func readBody(
        _ request: Request, limit: Int, discardTime: Duration = VeilRoutes.discardTime
    ) async throws -> ByteBuffer {
        let declared = request.headers[.contentLength].flatMap { Int($0) }
        var iterator = request.body.makeAsyncIterator()
        var received = 0
        if declared.map({ $0 <= limit }) ?? true {
            var buffer = ByteBuffer()
            buffer.reserveCapacity(declared ?? 0)
            while let part = try await iterator.next() {
                received += part.readableBytes
                guard received <= limit else { break }
                buffer.writeImmutableBuffer(part)
            }
            if received <= limit { return buffer }
        }
        let closing = request.headers[.connection].map { $0.lowercased() == "close" } ?? false
        if closing, (declared ?? 0) <= Self.discardLimit {
            await Self.discard(iterator, after: received, until: ContinuousClock.now + discardTime)
        }
        throw VeilError.payloadTooLarge
    }

    /// Reads the rest of a body and drops it, until ``discardLimit`` bytes in all or `deadline`, whichever is first.
    ///
    /// The reading runs in a task of its own that a timer cancels (a cancelled read of the body ends it), and that
    /// the caller's cancellation cancels too.
    private static func discard(
        _ iterator: sending RequestBody.AsyncIterator, after received: Int, until deadline: ContinuousClock.Instant
    ) async {
        let reader = Task {
            var iterator = iterator
            var received = received
            do {
                while received <= Self.discardLimit, let part = try await iterator.next() {
                    received += part.readableBytes
                }
            } catch {}  // the client went away: nothing left to answer
        }
        let timer = Task {
            try? await Task.sleep(until: deadline)
            reader.cancel()
        }
        await withTaskCancellationHandler {
            await reader.value
        } onCancel: {
            reader.cancel()
        }
        timer.cancel()
    }

    /// The most bytes of an over-limit body read and dropped so that its sender sees the 413 (see ``readBody``).
    static let discardLimit = 64 << 20

    /// The longest an over-limit body is read and dropped (see ``readBody``): nginx's `lingering_time` default.
    static let discardTime: Duration = .seconds(30)

    /// Names the failing field by its coding path (field names and indices only, never values).
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
            let trimmed = text.hasPrefix(".") ? String(text.dropFirst()) : text
            let safe = trimmed.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 } && trimmed.count <= 80
            return safe ? trimmed : "body"
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty: return "body is not valid JSON"
        case .dataCorrupted(let context): return "invalid value for '\(path(context.codingPath))'"
        case .keyNotFound(let key, let context): return "missing '\(path(context.codingPath + [key]))'"
        case .typeMismatch(_, let context): return "wrong type for '\(path(context.codingPath))'"
        case .valueNotFound(_, let context): return "missing value for '\(path(context.codingPath))'"
        @unknown default: return "body"
        }
    }

    /// `X-Veil-Cache`, `Age`, `X-Veil-Redactions`. The answering upstream is logged, not sent: tenants need not
    /// learn the operator's topology.
    static func headers(for info: ResponseInfo) -> HTTPFields {
        var headers = HTTPFields()
        headers[.veilCache] = info.cacheStatus.rawValue
        if let age = info.age { headers[.age] = String(age) }
        if !info.redactions.isEmpty {
            headers[.veilRedactions] = info.redactions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                .joined(separator: ",")
        }
        return headers
    }

    func emit(_ log: RequestLogLine) {
        let outcome = log.outcome
        self.metrics.record(
            tenant: log.tenant,
            outcome: outcome,
            status: log.status,
            timings: .init(
                total: log.totalNanoseconds, upstream: log.upstreamNanoseconds, firstToken: log.firstTokenNanoseconds),
            info: log.info,
            tokensSaved: log.tokensSaved
        )
        self.requestLogger.info("request", metadata: log.metadata)
    }
}
