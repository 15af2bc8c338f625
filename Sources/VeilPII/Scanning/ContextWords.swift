/// A small set of context words (labels such as "order" or "电话"), indexed by last byte for the backward
/// search in ``Scan/contextDistance(_:window:words:wholeWord:)``.
struct ContextWords: Sendable {
    /// Words (lowercase ASCII or UTF-8) ending in each byte; empty for most bytes.
    let byLastByte: [[[UInt8]]]

    init(_ words: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for w in words {
            let bytes = Array(w.utf8)
            guard let last = bytes.last else { continue }
            table[Int(last)].append(bytes)
        }
        byLastByte = table
    }
}
