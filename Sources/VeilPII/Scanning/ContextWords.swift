/// A small set of context words (labels such as "order" or "电话"), indexed by last byte for the backward
/// search in ``Scan/contextDistance(_:window:words:wholeWord:)``.
struct ContextWords: Sendable {
    /// Words (lowercase ASCII or UTF-8) ending in each byte; empty for most bytes.
    let byLastByte: [[[UInt8]]]
    /// One bit per pair of bytes (second-to-last << 8 | last) that ends some word; a pair's bit is set for every
    /// byte before a one-byte word. Words end in common letters, so the last byte alone let most positions through
    /// to the word list; the pair rules out nearly all of them with one read of a table of 8 KiB.
    let endPairs: [UInt64]

    init(_ words: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        for w in words {
            let bytes = Array(w.utf8)
            guard let last = bytes.last else { continue }
            table[Int(last)].append(bytes)
            if bytes.count >= 2 {
                let pair = Int(bytes[bytes.count - 2]) << 8 | Int(last)
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            } else {
                for before in 0..<256 {
                    let pair = before << 8 | Int(last)
                    pairs[pair >> 6] |= 1 << UInt64(pair & 63)
                }
            }
        }
        byLastByte = table
        endPairs = pairs
    }
}
