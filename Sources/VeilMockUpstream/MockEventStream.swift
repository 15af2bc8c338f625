import NIOCore

/// Server-sent events rendered back to back into one buffer, so a stream costs one allocation, not one per event.
struct MockEventStream {
    /// The events, concatenated.
    var buffer: ByteBuffer
    /// Where each event ends in `buffer`.
    var ends: [Int]
    /// Events `1...pacedCount` carry generated tokens: with a token rate, each waits one interval before it goes.
    var pacedCount = 0

    var count: Int { ends.count }

    /// Whether event `index` waits for the token interval before it is sent.
    func isPaced(_ index: Int) -> Bool {
        index >= 1 && index <= pacedCount
    }

    /// Event `index` as a slice sharing `buffer`'s storage.
    func event(_ index: Int) -> ByteBuffer {
        let start = index == 0 ? 0 : ends[index - 1]
        return buffer.getSlice(at: buffer.readerIndex + start, length: ends[index] - start) ?? ByteBuffer()
    }

    /// Marks the end of the event just written.
    mutating func endEvent() {
        ends.append(buffer.readableBytes)
    }
}

@available(*, unavailable) extension MockEventStream: Sendable {}
