import Foundation
import NIOCore
import VeilUpstream
import VeilWire

/// Pulls SSE events from an upstream body one chunk at a time and decodes them.
///
/// Not Sendable: it belongs to the one task iterating the stream.
final class SSEChunkReader {
    private var iterator: UpstreamBody.AsyncIterator
    private var parser = SSEParser()
    private var pending: [[UInt8]] = []
    private var pendingIndex = 0
    private var done = false

    init(body: UpstreamBody) {
        self.iterator = body.makeAsyncIterator()
    }

    func next() async throws -> ChatCompletionChunk? {
        while !self.done {
            if self.pendingIndex < self.pending.count {
                let event = self.pending[self.pendingIndex]
                self.pendingIndex += 1
                if event.elementsEqual("[DONE]".utf8) {
                    await self.drain()
                    return nil
                }
                return try Self.decode(event)
            }
            self.pending.removeAll(keepingCapacity: true)
            self.pendingIndex = 0
            let buffer: ByteBuffer?
            do {
                buffer = try await self.iterator.next()
            } catch {
                self.done = true
                throw UpstreamResponder.translate(error)
            }
            if let buffer {
                do {
                    self.pending = try buffer.withUnsafeReadableBytes { try self.parser.feed($0) }
                } catch {
                    self.done = true
                    throw VeilError.upstreamFailed
                }
            } else {
                // The body ended without `[DONE]`: deliver a last unterminated event, then end. Whether the answer
                // is complete is for the consumer to judge from `finish_reason`.
                self.done = true
                if let last = self.parser.finish(), !last.elementsEqual("[DONE]".utf8) { return try Self.decode(last) }
            }
        }
        return nil
    }

    /// Reads what follows `[DONE]` (normally nothing) so the connection ends cleanly and can be reused.
    private func drain() async {
        self.done = true
        var extra = 0
        while let buffer = try? await self.iterator.next() {
            extra += buffer.readableBytes
            if extra > 64 << 10 { break }
        }
    }

    private static func decode(_ event: [UInt8]) throws -> ChatCompletionChunk {
        do {
            return try WireJSON.decode(ChatCompletionChunk.self, from: event)
        } catch {
            throw VeilError.upstreamFailed
        }
    }
}

@available(*, unavailable)
extension SSEChunkReader: Sendable {}
