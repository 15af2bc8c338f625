/// The zero-setup embedder: signed feature hashing of words, word pairs and character n-grams, CJK-aware.
///
/// English-like text contributes its content words (lightly stemmed, function words down-weighted), adjacent
/// content-word pairs (so word order counts a little) and character trigrams of each word (so spelling variants
/// and inflections still meet). Chinese, Japanese and Korean text has no spaces, so each character is a unigram
/// and each adjacent pair a bigram — the bigram carries most of the meaning of two-character words.
/// Everything hashes into ``dimension`` buckets with a sign bit (which keeps collisions unbiased), and the vector
/// is L2-normalized. A few microseconds per prompt and no model files.
///
/// ```swift
/// let embedder = LexicalEmbedder()
/// let score = cosineSimilarity(try embedder.embed("reset my password"), try embedder.embed("password reset"))
/// ```
public struct LexicalEmbedder: Embedder {
    /// `"lexical-v1"`; bump it whenever the features change, so stored vectors are not compared across versions.
    public let identifier = "lexical-v1"
    /// The number of hash buckets (512 by default).
    public let dimension: Int

    /// Creates the embedder.
    ///
    /// - Parameter dimension: The number of hash buckets; at least 16.
    public init(dimension: Int = 512) {
        self.dimension = max(16, dimension)
    }

    /// Embeds one text; a text without words or characters gives the zero vector.
    ///
    /// - Parameter text: Any text.
    /// - Returns: A unit vector of ``dimension`` floats (or zeros).
    public func embed(_ text: String) -> [Float] {
        var vector = [Float](repeating: 0, count: dimension)
        let analysis = TextAnalysis(text)
        var previousContent: String?
        var previousCJK: String?
        for token in analysis.tokens {
            switch token.kind {
            case .word:
                previousCJK = nil
                let stemmed = Lexicon.stem(token.text)
                if Lexicon.englishStopwords.contains(token.text) || Lexicon.englishStopwords.contains(stemmed) {
                    add(stemmed, kind: 1, weight: 0.25, to: &vector)
                    continue
                }
                add(stemmed, kind: 1, weight: 1.0, to: &vector)
                addTrigrams(stemmed, weight: 0.35, to: &vector)
                if let previous = previousContent { add(previous + " " + stemmed, kind: 2, weight: 0.5, to: &vector) }
                previousContent = stemmed
            case .number, .placeholder:
                previousCJK = nil
                add(token.text, kind: 3, weight: 0.8, to: &vector)
            case .cjk:
                let stop = Lexicon.chineseStopCharacters.contains(token.text)
                add(token.text, kind: 4, weight: stop ? 0.15 : 0.5, to: &vector)
                if let previous = previousCJK {
                    let bothStop = stop && Lexicon.chineseStopCharacters.contains(previous)
                    add(previous + token.text, kind: 5, weight: bothStop ? 0.2 : 1.0, to: &vector)
                }
                previousCJK = token.text
                previousContent = nil
            case .symbol:
                // Symbols are the question aligner's business; the features (and so stored vectors) predate them.
                continue
            }
            if token.afterBreak { previousContent = nil }
        }
        VectorMath.normalize(&vector)
        return vector
    }

    private func addTrigrams(_ word: String, weight: Float, to vector: inout [Float]) {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3 else { return }
        var padded: [Unicode.Scalar] = ["^"]
        padded.append(contentsOf: scalars)
        padded.append("$")
        let count = padded.count - 2
        let w = weight / Float(count).squareRoot()
        for i in 0..<count {
            var hash = Self.seed(kind: 6)
            for s in padded[i..<(i + 3)] { hash = Self.mix(hash, s.value) }
            accumulate(hash, w, &vector)
        }
    }

    private func add(_ feature: String, kind: UInt64, weight: Float, to vector: inout [Float]) {
        var hash = Self.seed(kind: kind)
        for byte in feature.utf8 { hash = Self.mix(hash, UInt32(byte)) }
        accumulate(hash, weight, &vector)
    }

    @inline(__always)
    private func accumulate(_ hash: UInt64, _ weight: Float, _ vector: inout [Float]) {
        let finalized = Self.finalize(hash)
        let index = Int(truncatingIfNeeded: (finalized >> 1) % UInt64(dimension))
        vector[index] += (finalized & 1) == 0 ? weight : -weight
    }

    @inline(__always)
    private static func seed(kind: UInt64) -> UInt64 { 0xCBF2_9CE4_8422_2325 ^ (kind &* 0x9E37_79B9_7F4A_7C15) }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    /// A 64-bit finalizer (splitmix64), so the bucket and the sign bit are independent.
    @inline(__always)
    private static func finalize(_ hash: UInt64) -> UInt64 {
        var z = hash &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
