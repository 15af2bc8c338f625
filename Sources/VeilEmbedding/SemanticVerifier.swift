/// Decides whether a semantic cache candidate may be served: rejects pairs that differ in what changes the
/// answer, however similar their embeddings are.
///
/// Embeddings place "reset my password" and "reset my username", or a question and its negation, very close
/// together (GPTCache #694: 0.83–0.9997). The verifier compares the two texts directly, by linguistic category,
/// in English and Chinese:
///
/// - **placeholders** — `<EMAIL_1>` in one and not the other (always);
/// - **numbers and quantities** — digits, number words, Chinese numerals with a measure word (always);
/// - **negation** — `not`/`no`/`never`/`n't`/`without`…, `不`/`没`/`别`/`无`/`非`/`未`… (always);
/// - **question words** — where / when / why / who / which / how many against one another (standard and strict;
///   "what" and "how" rephrase all of them, so they never clash: "what makes the sky blue" asks why);
/// - **named entities and products** — `iPhone` vs `Pixel`, `AWS` vs none (standard and strict);
/// - **content words swapped** — the two texts line up except for a slot whose words are unrelated
///   ("password" ↔ "username") or a topical word added (standard: more than one; strict: any).
///
/// ```swift
/// let verifier = SemanticVerifier(strictness: .standard)
/// verifier.verify(stored: "How do I reset my password?", query: "How do I reset my username?")
/// // .reject(.contentWords)
/// ```
public struct SemanticVerifier: Sendable {
    /// How many kinds of difference reject a pair.
    public enum Strictness: String, Sendable, Codable, CaseIterable {
        /// Placeholders, numbers and negation only.
        case lenient
        /// Also named entities, unrelated swapped content words, and more than one added topical word.
        case standard
        /// Also any content word that has no counterpart in the other text.
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
        /// Topical words were swapped or added.
        case contentWords
        /// The questions ask different things: where against when, why against how, who against what.
        case questionWord
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

    /// How many kinds of difference reject a pair.
    public let strictness: Strictness

    /// Creates a verifier.
    ///
    /// - Parameter strictness: The policy's strictness.
    public init(strictness: Strictness) {
        self.strictness = strictness
    }

    /// Verifies a pair using word forms only (a swapped word counts as related only when it shares its stem).
    ///
    /// - Parameters:
    ///   - stored: The cached entry's (anonymized) query text.
    ///   - query: The incoming (anonymized) query text.
    /// - Returns: ``Verdict/accept`` or the first reason found.
    public func verify(stored: String, query: String) -> Verdict {
        verify(stored: stored, query: query, allowsAddedWords: true) { _, _, _ in false }
    }

    /// Verifies a pair, asking `areRelated` whether two swapped word groups mean nearly the same thing.
    ///
    /// ``SimilarityDecision`` passes a closure that embeds both groups with the cache's embedder, so synonyms
    /// ("buy" ↔ "purchase") pass while unrelated slot fillers ("password" ↔ "username") do not.
    ///
    /// - Parameters:
    ///   - stored: The cached entry's query text.
    ///   - query: The incoming query text.
    ///   - areRelated: Called with the stored side's and the query side's swapped words, and whether the texts
    ///     are otherwise identical (a swapped slot, which deserves a stricter bar than a rephrasing).
    ///   - allowsAddedWords: Whether one text may add a few topical words to the other. The decision passes
    ///     true only when the embeddings stay very close: "acne" → "acne scars" moves the meaning, "ocean" →
    ///     "ocean water" does not.
    /// - Returns: ``Verdict/accept`` or the first reason found.
    public func verify(
        stored: String, query: String, allowsAddedWords: Bool, areRelated: (String, String, Bool) -> Bool
    ) -> Verdict {
        verify(stored: stored, query: prepare(query), allowsAddedWords: allowsAddedWords, areRelated: areRelated)
    }

    /// A query analysed once, for checking against several candidates.
    public struct PreparedQuery: Sendable {
        let features: VerifierFeatures

        /// The query's ``SemanticVerifier/signature(of:)``.
        public var signature: UInt64 { features.invariantSignature }
    }

    /// A digest of what rejects a pair at every strictness (placeholders, numbers, negation): two texts whose
    /// signatures differ never pass ``verify(stored:query:)``, so a cache can keep the signature beside each entry
    /// and turn such candidates away without reading them. Stable across processes and restarts.
    ///
    /// - Parameter text: A query text.
    /// - Returns: The signature.
    public func signature(of text: String) -> UInt64 {
        VerifierFeatures(text).invariantSignature
    }

    /// Analyses `query` once; the cache checks up to four candidates against the same query, and the analysis is
    /// most of a verification's cost.
    public func prepare(_ query: String) -> PreparedQuery {
        PreparedQuery(features: VerifierFeatures(query))
    }

    /// Verifies a pair whose query side was analysed by ``prepare(_:)``.
    ///
    /// - Parameters:
    ///   - stored: The cached entry's query text.
    ///   - query: The prepared incoming query.
    ///   - allowsAddedWords: Whether one added topical word may pass (standard strictness).
    ///   - areRelated: Called with swapped word groups, as in ``verify(stored:query:allowsAddedWords:areRelated:)``.
    /// - Returns: ``Verdict/accept`` or the first reason found.
    public func verify(
        stored: String, query: PreparedQuery, allowsAddedWords: Bool, areRelated: (String, String, Bool) -> Bool
    ) -> Verdict {
        let a = VerifierFeatures(stored)
        let b = query.features
        if a.placeholders != b.placeholders { return .reject(.placeholders) }
        if a.numbers != b.numbers { return .reject(.numbers) }
        if a.negations != b.negations { return .reject(.negation) }
        if strictness == .lenient { return .accept }
        if !Self.questionsAgree(a.questionKinds, b.questionKinds) { return .reject(.questionWord) }
        if !Self.entitiesAgree(a, b) { return .reject(.entities) }
        if !contentAgrees(a, b, allowsAddedWords: allowsAddedWords, areRelated: areRelated) {
            return .reject(.contentWords)
        }
        return .accept
    }

    /// Two questions that both ask a specific kind of thing (where, when, why, who, which, how many) must share one.
    ///
    /// "What" and "how" are left out: they rephrase every other kind ("what makes the sky blue" asks why, "what
    /// time" asks when, "how do I get my invoice" asks where), so only a clash of two specific kinds rejects, such as
    /// "Where is the meeting?" against "When is the meeting?".
    static func questionsAgree(_ a: UInt16, _ b: UInt16) -> Bool {
        let open = VerifierFeatures.QuestionKind.open.rawValue
        let duration = VerifierFeatures.QuestionKind.duration.rawValue
        let quantity = VerifierFeatures.QuestionKind.quantity.rawValue
        // "How long" and "how many days" ask the same.
        func specific(_ kinds: UInt16) -> UInt16 {
            var k = kinds & ~open
            if k & duration != 0 { k = (k & ~duration) | quantity }
            return k
        }
        let x = specific(a)
        let y = specific(b)
        return x == 0 || y == 0 || x & y != 0
    }

    /// Every entity of either text appears (in any case) among the other text's words.
    private static func entitiesAgree(_ a: VerifierFeatures, _ b: VerifierFeatures) -> Bool {
        for e in a.entities where !b.allWords.contains(e) && !b.allWords.contains(Lexicon.stem(e)) { return false }
        for e in b.entities where !a.allWords.contains(e) && !a.allWords.contains(Lexicon.stem(e)) { return false }
        return true
    }

    /// Compares the topical words of the two texts as multisets (word order is free: paraphrases reorder).
    ///
    /// Words that share a stem-like prefix pair off (cancel ↔ cancellation). What is left decides:
    /// - nothing: the same words, perhaps reordered — agree;
    /// - words on one side only: a narrowing or a filler; agree when few (standard: about two words);
    /// - words on both sides: a swap. A single word for a single word is the question's own slot
    ///   ("password" ↔ "username"), so it needs a close synonym; several words on each side is a rephrasing,
    ///   judged more loosely; Chinese swaps are rejected, as embeddings do not separate Chinese words reliably.
    /// Opposites ("lock" ↔ "unlock", "on" ↔ "off") are rejected before any of this.
    private func contentAgrees(
        _ a: VerifierFeatures, _ b: VerifierFeatures, allowsAddedWords: Bool,
        areRelated: (String, String, Bool) -> Bool
    ) -> Bool {
        if Self.hasOpposites(a.polarWords, b.polarWords) { return false }
        var onlyA = a.content
        var onlyB: [VerifierFeatures.ContentToken] = []
        for token in b.content {
            if let k = onlyA.firstIndex(of: token) { onlyA.remove(at: k) } else { onlyB.append(token) }
        }
        for x in onlyA {
            for y in onlyB where !x.isCJK && !y.isCJK && Self.areOpposites(x.text, y.text) { return false }
        }
        var i = 0
        while i < onlyA.count {
            if let k = onlyB.firstIndex(where: { Self.related($0.text, onlyA[i].text) }) {
                onlyB.remove(at: k)
                onlyA.remove(at: i)
            } else {
                i += 1
            }
        }
        if onlyA.isEmpty && onlyB.isEmpty { return true }
        if onlyA.isEmpty || onlyB.isEmpty {
            return allowsAddedWords && Self.weight(onlyA.isEmpty ? onlyB : onlyA) <= addedWordAllowance
        }
        if strictness == .strict { return false }
        if onlyA.contains(where: \.isCJK) || onlyB.contains(where: \.isCJK) { return false }
        return areRelated(Self.text(onlyA), Self.text(onlyB), Self.sameFrame(a.sequence, b.sequence))
    }

    /// How many topical words one text may add to the other (about two Chinese characters per word).
    var addedWordAllowance: Int {
        switch strictness {
        case .lenient: 2
        case .standard: 1
        case .strict: 0
        }
    }

    /// The texts are identical except for one short stretch (three words or fewer on each side): the swapped
    /// words are then the question's own slot, not part of a rephrasing.
    static func sameFrame(_ a: [String], _ b: [String]) -> Bool {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        return a.count - prefix - suffix <= 3 && b.count - prefix - suffix <= 3
    }

    /// A polar word on one side only and its opposite on the other only.
    private static func hasOpposites(_ a: [String: Int], _ b: [String: Int]) -> Bool {
        for (word, count) in a where count > b[word, default: 0] {
            guard let opposites = Lexicon.englishOpposites[word] else { continue }
            for opposite in opposites where b[opposite, default: 0] > a[opposite, default: 0] { return true }
        }
        return false
    }

    /// Two words that differ only by a negating or reversing prefix: lock/unlock, enable/disable,
    /// increase/decrease, encrypt/decrypt, advantage/disadvantage.
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

    /// Added words count once per English word and once per two Chinese characters (about one word).
    private static func weight(_ tokens: [VerifierFeatures.ContentToken]) -> Int {
        let cjk = tokens.filter(\.isCJK).count
        return tokens.count - cjk + (cjk + 1) / 2
    }

    private static func text(_ tokens: [VerifierFeatures.ContentToken]) -> String {
        var result = ""
        for (i, t) in tokens.enumerated() {
            if i > 0, !(t.isCJK && tokens[i - 1].isCJK) { result += " " }
            result += t.text
        }
        return result
    }

    /// Every token on each side shares a stem-like prefix with a token on the other (cancel ↔ cancellation).
    private static func sameStems(_ x: [VerifierFeatures.ContentToken], _ y: [VerifierFeatures.ContentToken]) -> Bool {
        func covered(_ t: VerifierFeatures.ContentToken, by others: [VerifierFeatures.ContentToken]) -> Bool {
            others.contains { related($0.text, t.text) }
        }
        return x.allSatisfy { covered($0, by: y) } && y.allSatisfy { covered($0, by: x) }
    }

    private static func related(_ p: String, _ q: String) -> Bool {
        if p == q { return true }
        let a = Array(p.unicodeScalars)
        let b = Array(q.unicodeScalars)
        let shorter = min(a.count, b.count)
        guard shorter >= 3 else { return false }
        var prefix = 0
        while prefix < shorter, a[prefix] == b[prefix] { prefix += 1 }
        return Float(prefix) >= 0.75 * Float(shorter)
    }
}
