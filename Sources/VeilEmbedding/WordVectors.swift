import VeilSync

/// The embeddings of single words that the verifier asks about, kept so that a word is embedded once, not on
/// every candidate that leaves it unpaired.
///
/// Bounded (``capacity`` words per process, oldest inserted dropped first) and holding only single words of
/// anonymized questions, never a question or an answer. Keys include the embedder's identifier.
final class WordVectors: Sendable {
    static let shared = WordVectors(capacity: 8192)

    let capacity: Int
    private let state = Locked<(vectors: [String: [Float]], order: [String], next: Int)>(([:], [], 0))

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The vector of `word` by `embedder`, embedding it on a miss.
    func vector(_ word: String, embedder: any Embedder) async throws -> [Float] {
        let key = embedder.identifier + "\u{0}" + word
        if let cached = state.withLock({ $0.vectors[key] }) { return cached }
        let vector = try await embedder.embed(word)
        state.withLock { state in
            guard state.vectors[key] == nil else { return }
            if state.order.count < capacity {
                state.order.append(key)
            } else {
                state.vectors.removeValue(forKey: state.order[state.next])
                state.order[state.next] = key
                state.next = (state.next + 1) % capacity
            }
            state.vectors[key] = vector
        }
        return vector
    }
}
