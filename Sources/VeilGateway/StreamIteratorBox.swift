import Veil

/// Hands the stream iterator (and the chunk read before the head) to the response body writer.
///
/// `@unchecked Sendable` is safe because the body closure is the only user after the handler returns: Hummingbird
/// runs it once, on one task, and the handler does not touch the box after creating it.
final class StreamIteratorBox: @unchecked Sendable {
    private var iterator: ChatCompletionStream.Iterator
    private var first: ChatCompletionChunk?

    init(iterator: ChatCompletionStream.Iterator, first: ChatCompletionChunk?) {
        self.iterator = iterator
        self.first = first
    }

    func next() async throws -> ChatCompletionChunk? {
        if let first = self.first {
            self.first = nil
            return first
        }
        return try await self.iterator.next()
    }
}
