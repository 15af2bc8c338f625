import NIOCore
import NIOHTTP1

/// An answer the mock has rendered but not yet sent: the handler decides when (latency, pacing) and whether it is
/// cut short (failure injection).
enum MockReply {
    /// A complete JSON body. `generatedTokens` sets the generation time when a token rate is configured.
    case json(status: HTTPResponseStatus, body: ByteBuffer, retryAfter: Bool, generatedTokens: Int)
    /// Server-sent events, sent one by one.
    case stream(MockEventStream)
}

@available(*, unavailable) extension MockReply: Sendable {}
