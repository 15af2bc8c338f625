/// Decides whether a semantic cache candidate may be served: the two questions must line up word for word, with
/// the same roles, however similar their embeddings are.
///
/// Embeddings place "Do you deliver to Spain?" and "Do you deliver from Spain?", or "x^2 - 4 = 0" and
/// "x^2 + 4 = 0", almost on top of each other. The verifier aligns the two questions instead
/// (``QuestionShape``, ``QuestionAlignment``):
///
/// - **invariants** (every strictness): the same placeholders, numbers (with their sign) and negation;
/// - **alignment** (standard and strict): every content word of each side has a partner on the other with the
///   same canonical form (lemma or common synonym) and the same role (the argument of to / from / for / than /
///   before / after / per, 到 / 从 / 给 / 比 / 换 / 成 / 对 …); operator expressions are equal; the modal of a
///   yes/no question is the same (can / must); no specific question word meets another (where / when); an entity
///   of one side is among the other's words; no polar word meets its opposite; two arguments do not trade places
///   around a word they share;
/// - **synonyms** (standard only): words still without a partner may pair with a word of the other side when the
///   caller's embedder scores the two words above a high bar; numbers, placeholders, modals, closed classes
///   (days, colours, units) and Chinese characters never pair that way.
///
/// Anything left unpaired refuses the hit; politeness and question frames ("can you tell me", 请问, 一下) are not
/// words to pair.
///
/// ```swift
/// let verifier = SemanticVerifier(strictness: .standard)
/// verifier.verify(stored: "convert pounds to kilograms", query: "convert kilograms to pounds")   // .reject(.roles)
/// ```
public struct SemanticVerifier: Sendable {
    /// How much of the alignment a pair must pass.
    public enum Strictness: String, Sendable, Codable, CaseIterable {
        /// Placeholders, numbers and negation only.
        case lenient
        /// The full alignment; leftover words may pair as synonyms by the embedder.
        case standard
        /// The full alignment; leftover words refuse the hit whatever the embedder says.
        case strict
    }

    /// Why a pair was rejected; a fixed set, safe as a metric label.
    public enum Reason: String, Sendable, Codable, CaseIterable {
        /// Anonymizer placeholders differ.
        case placeholders
        /// Numbers or quantities differ.
        case numbers
        /// One text is negated where the other is not.
        case negation
        /// Named entities or products differ.
        case entities
        /// A content word has no partner on the other side (an added qualifier, another action or object).
        case contentWords
        /// The questions ask different things: where against when, why against how, who against what.
        case questionWord
        /// The same words in other roles: a direction, a comparison or the order of two arguments reversed.
        case roles
        /// Operator expressions differ (`-` against `+`, `<` against `>`).
        case operators
    }

    /// The outcome of a verification.
    public enum Verdict: Sendable, Hashable {
        /// The stored answer may be served for the query.
        case accept
        /// The stored answer must not be served.
        case reject(Reason)

        /// Whether the verdict is ``accept``.
        public var isAccepted: Bool { self == .accept }
    }

    /// How much of the alignment a pair must pass.
    public let strictness: Strictness

    /// The most leftover words per side that may still pair as synonyms: beyond that the texts say different
    /// things, not the same thing in other words.
    static let maxLeftovers = 4

    /// How close leftover words must be for the embedder to pair them.
    public struct SynonymBars: Sendable, Equatable {
        /// The lowest cosine at which two single words pair.
        public var word: Float
        /// The lowest cosine at which the remaining leftover words of each side, read as phrases, say the same.
        public var phrase: Float
        /// The lowest whole-pair cosine at which the phrase rule applies at all.
        public var pair: Float

        /// Creates the bars.
        public init(word: Float, phrase: Float, pair: Float) {
            self.word = word
            self.phrase = phrase
            self.pair = pair
        }
    }

    /// Creates a verifier.
    ///
    /// - Parameter strictness: The policy's strictness.
    public init(strictness: Strictness) {
        self.strictness = strictness
    }

    /// A query analysed once, for checking against several candidates.
    public struct PreparedQuery: Sendable {
        let shape: QuestionShape

        /// The query's ``SemanticVerifier/signature(of:)``.
        public var signature: UInt64 { shape.signature }
    }

    /// A stored question's alignment features without its words: what the cache keeps in memory beside an entry, so
    /// that most wrong candidates are refused without reading (and decrypting) the entry.
    public struct Sketch: Sendable, Equatable {
        let shape: QuestionShape

        /// The encoded sketch, for storing beside the entry's vector.
        public var encoded: [UInt8] { SketchCoding.encode(shape) }

        /// Decodes an encoded sketch; `nil` when the bytes are not one (an older or damaged record).
        public init?(encoded: [UInt8]) {
            guard let shape = SketchCoding.decode(encoded) else { return nil }
            self.shape = shape
        }

        init(shape: QuestionShape) { self.shape = shape.sketch }

        /// The question's ``SemanticVerifier/signature(of:)``.
        public var signature: UInt64 { shape.signature }
    }

    /// What the in-memory screening of a candidate found.
    public enum Screening: Sendable, Equatable {
        /// Refused without reading the entry.
        case refuse(Reason)
        /// Every word paired: read the entry and serve it.
        case accept
        /// Some words may pair as synonyms: read the entry and ask the embedder.
        case needsText
    }

    /// A digest of what rejects a pair at every strictness (placeholders, numbers, negation): two texts whose
    /// signatures differ never pass ``verify(stored:query:)``, so a cache can keep the signature beside each entry
    /// and search only the entries that share it. Stable across processes and restarts.
    ///
    /// - Parameter text: A query text.
    /// - Returns: The signature.
    public func signature(of text: String) -> UInt64 {
        QuestionShape(text).signature
    }

    /// Analyses `query` once; the cache checks up to four candidates against the same query.
    public func prepare(_ query: String) -> PreparedQuery {
        PreparedQuery(shape: QuestionShape(query))
    }

    /// The sketch of a question, to keep beside its cached entry.
    public func sketch(of text: String) -> Sketch {
        Sketch(shape: QuestionShape(text))
    }

    /// The sketch of a prepared query (the cache stores it with the answer it is about to fetch).
    public func sketch(of query: PreparedQuery) -> Sketch {
        Sketch(shape: query.shape)
    }

    /// Verifies a pair using word forms only (lemmas and the built-in synonyms; no embedder).
    ///
    /// - Parameters:
    ///   - stored: The cached entry's (anonymized) query text.
    ///   - query: The incoming (anonymized) query text.
    /// - Returns: ``Verdict/accept`` or the first reason found.
    public func verify(stored: String, query: String) -> Verdict {
        let a = QuestionShape(stored)
        let b = QuestionShape(query)
        switch screen(a, b, canRelateWords: false) {
        case .refuse(let reason): return .reject(reason)
        case .accept, .needsText: return .accept
        }
    }

    /// Screens a candidate from its sketch, in memory: the invariants, then the alignment.
    ///
    /// - Parameters:
    ///   - sketch: The stored entry's sketch.
    ///   - query: The prepared query.
    ///   - canRelateWords: Whether the caller can ask an embedder about leftover words (false for the lexical
    ///     embedder, whose hashed features know no synonyms).
    /// - Returns: Refuse, accept, or read the entry to relate leftover words.
    public func screen(_ sketch: Sketch, query: PreparedQuery, canRelateWords: Bool) -> Screening {
        screen(sketch.shape, query.shape, canRelateWords: canRelateWords)
    }

    func screen(_ a: QuestionShape, _ b: QuestionShape, canRelateWords: Bool) -> Screening {
        guard a.signature == b.signature else { return .refuse(Self.invariantReason(a, b)) }
        if strictness == .lenient { return .accept }
        switch QuestionAlignment.align(a, b) {
        case .aligned:
            return .accept
        case .conflict(let reason):
            return .refuse(reason)
        case .leftovers(let left, let right):
            // A word on one side only is an added qualifier or a dropped one: nothing can pair it.
            guard strictness == .standard, canRelateWords, !left.isEmpty, !right.isEmpty,
                max(left.count, right.count) <= Self.maxLeftovers,
                !left.contains(where: { a.tokens[$0].isExactOnly }),
                !right.contains(where: { b.tokens[$0].isExactOnly })
            else { return .refuse(.contentWords) }
            return .needsText
        }
    }

    /// Verifies a pair, asking `similarity` how close leftover words are.
    ///
    /// ``SimilarityDecision`` passes the cosine of the embeddings, so "buy" / "purchase" pair while "apply" /
    /// "create" do not. Leftover words pair one to one above ``SynonymBars/word``; what is then left on both sides
    /// may still say the same thing in other words ("complete beginner" / "total newcomer") when the two phrases
    /// are close (``SynonymBars/phrase``) and the whole pair scores at least ``SynonymBars/pair``; a word left on
    /// one side only refuses.
    ///
    /// - Parameters:
    ///   - stored: The cached entry's query text.
    ///   - query: The prepared incoming query.
    ///   - score: The whole pair's cosine.
    ///   - bars: The bars leftover words must reach.
    ///   - similarity: The similarity of two words or phrases (`nil` when the caller cannot relate words).
    /// - Returns: ``Verdict/accept`` or the first reason found.
    /// - Throws: What `similarity` throws.
    public func verify(
        stored: String, query: PreparedQuery, score: Float, bars: SynonymBars,
        similarity: ((String, String) async throws -> Float)?
    ) async throws -> Verdict {
        let a = QuestionShape(stored)
        let b = query.shape
        switch screen(a, b, canRelateWords: similarity != nil) {
        case .refuse(let reason):
            return .reject(reason)
        case .accept:
            return .accept
        case .needsText:
            guard let similarity, case .leftovers(let left, let right) = QuestionAlignment.align(a, b) else {
                return .reject(.contentWords)
            }
            var candidates: [(i: Int, j: Int, score: Float)] = []
            for i in left {
                for j in right {
                    let x = a.surfaces[i]
                    let y = b.surfaces[j]
                    guard QuestionAlignment.rolesAgree(a.tokens[i].role, b.tokens[j].role),
                        !Self.areOpposites(x, y)
                    else { continue }
                    if Self.isTypo(x, y) {
                        candidates.append((i, j, 2))
                        continue
                    }
                    let cosine = try await similarity(x, y)
                    if cosine >= bars.word { candidates.append((i, j, cosine)) }
                }
            }
            candidates.sort { $0.score > $1.score }
            var pairedA: Set<Int> = []
            var pairedB: Set<Int> = []
            for candidate in candidates where !pairedA.contains(candidate.i) && !pairedB.contains(candidate.j) {
                pairedA.insert(candidate.i)
                pairedB.insert(candidate.j)
            }
            let restA = left.filter { !pairedA.contains($0) }
            let restB = right.filter { !pairedB.contains($0) }
            if restA.isEmpty && restB.isEmpty { return .accept }
            // A rewording has several words on each side; a one-word slot ("fridge" / "freezer") or an added
            // qualifier is exactly what embeddings blur, so those never pass as phrases.
            guard restA.count >= 2, restB.count >= 2, score >= bars.pair else { return .reject(.contentWords) }
            let phraseA = restA.map { a.surfaces[$0] }.joined(separator: " ")
            let phraseB = restB.map { b.surfaces[$0] }.joined(separator: " ")
            guard try await similarity(phraseA, phraseB) >= bars.phrase else { return .reject(.contentWords) }
            // The same roles on both sides: two slots whose words are each closer to the other side's other slot than
            // either is to its own have traded places. "freeze … in the fridge" / "refrigerate … in the freezer" is
            // one bag of words in two swapped slots; "bring … in my carry-on bag" / "pack … in my hand luggage"
            // rewords each slot.
            let rolesA = Set(restA.map { a.tokens[$0].role.rawValue })
            guard rolesA.count > 1, rolesA == Set(restB.map { b.tokens[$0].role.rawValue }) else { return .accept }
            func slot(_ s: QuestionShape, _ rest: [Int], _ role: UInt8) -> String {
                rest.filter { s.tokens[$0].role.rawValue == role }.map { s.surfaces[$0] }.joined(separator: " ")
            }
            let roles = rolesA.sorted()
            for (n, r) in roles.enumerated() {
                for t in roles[(n + 1)...] {
                    let (ar, at, br, bt) = (slot(a, restA, r), slot(a, restA, t), slot(b, restB, r), slot(b, restB, t))
                    let kept = max(try await similarity(ar, br), try await similarity(at, bt))
                    let swapped = min(try await similarity(ar, bt), try await similarity(at, br))
                    if swapped > kept { return .reject(.roles) }
                }
            }
            return .accept
        }
    }

    /// The words of each side that found no partner of the same form, when the two questions otherwise align:
    /// what an operator calibrating on their own pairs needs to see to extend a synonym list.
    ///
    /// - Parameters:
    ///   - stored: The stored question.
    ///   - query: The incoming question.
    /// - Returns: The unpaired words of each side, or `nil` when the pair aligns fully or conflicts.
    public func unpairedWords(stored: String, query: String) -> (stored: [String], query: [String])? {
        let a = QuestionShape(stored)
        let b = QuestionShape(query)
        guard a.signature == b.signature, case .leftovers(let left, let right) = QuestionAlignment.align(a, b) else {
            return nil
        }
        return (left.map { a.surfaces[$0] }, right.map { b.surfaces[$0] })
    }

    /// A misspelling: two words of seven letters or more that differ by one inserted, dropped or swapped letter
    /// ("availble" / "available", "recieve" / "receive"). A changed letter is not a typo here: "cancel" /
    /// "cancer", "desert" / "dessert" are other words.
    static func isTypo(_ x: String, _ y: String) -> Bool {
        let a = Array(x.unicodeScalars)
        let b = Array(y.unicodeScalars)
        guard min(a.count, b.count) >= 7, a != b else { return false }
        if a.count == b.count {
            var k = 0
            while k < a.count, a[k] == b[k] { k += 1 }
            guard k + 1 < a.count, a[k] == b[k + 1], a[k + 1] == b[k] else { return false }
            return a[(k + 2)...] == b[(k + 2)...]
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var k = 0
        while k < short.count, long[k] == short[k] { k += 1 }
        return long[(k + 1)...] == short[k...]
    }

    /// The first invariant that differs, for the reason label.
    static func invariantReason(_ a: QuestionShape, _ b: QuestionShape) -> Reason {
        if a.placeholders != b.placeholders { return .placeholders }
        if a.negations != b.negations { return .negation }
        return .numbers
    }

    /// Two words that differ only by a negating or reversing prefix: lock/unlock, enable/disable,
    /// increase/decrease, encrypt/decrypt.
    static func areOpposites(_ x: String, _ y: String) -> Bool {
        guard x != y else { return false }
        for p in Lexicon.reversingPrefixes where x.hasPrefix(p) {
            let rest = x.dropFirst(p.count)
            guard rest.count >= 3 else { continue }
            if y == rest { return true }
            for q in Lexicon.reversingPrefixes where q != p && y.hasPrefix(q) && y.dropFirst(q.count) == rest {
                return true
            }
        }
        for q in Lexicon.reversingPrefixes where y.hasPrefix(q) {
            let rest = y.dropFirst(q.count)
            if rest.count >= 3, x == rest { return true }
        }
        return false
    }
}
