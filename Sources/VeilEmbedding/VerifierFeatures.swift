/// What the verifier compares between two texts, extracted once per text.
struct VerifierFeatures: Sendable {
    /// Placeholders such as `<EMAIL_1>`, sorted.
    var placeholders: [String] = []
    /// Quantities as normalized strings (digits, number words, Chinese numerals with a measure word), sorted.
    var numbers: [String] = []
    /// How many negations the text contains.
    var negations = 0
    /// Words that name something (inner capitals, all-capitals, capitalized mid-sentence, letters with digits),
    /// lowercased.
    var entities: Set<String> = []
    /// Every word of the text, lowercased and stemmed, for entity matching regardless of case.
    var allWords: Set<String> = []
    /// The topical words in order: English content-word stems and Chinese non-function characters.
    var content: [ContentToken] = []
    /// Counts of the words that have a listed opposite (on/off, before/after…), stopwords included.
    var polarWords: [String: Int] = [:]
    /// Every word and CJK character in order (lowercased), for finding the one stretch where two texts differ.
    var sequence: [String] = []

    /// A 64-bit digest of the placeholders, numbers and negation count: the differences that reject a pair at every
    /// strictness. Two texts with different signatures are never the same question, so the cache can refuse such a
    /// candidate from memory, before reading and decrypting its record. FNV-1a, so it is the same in every process.
    var invariantSignature: UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        for placeholder in placeholders {
            for byte in placeholder.utf8 { mix(byte) }
            mix(0x1F)
        }
        mix(0x1E)
        for number in numbers {
            for byte in number.utf8 { mix(byte) }
            mix(0x1F)
        }
        mix(0x1E)
        withUnsafeBytes(of: UInt64(negations).littleEndian) { for byte in $0 { mix(byte) } }
        return hash
    }

    /// The kinds of question asked (who, where, when, why, which, how many, how long, how often; "what" and "how"
    /// count as one open kind, since "what is the best way to" rephrases "how do I"), as a bit set.
    var questionKinds: UInt16 = 0

    enum QuestionKind: UInt16 {
        case open = 1
        case person = 2
        case place = 4
        case time = 8
        case reason = 16
        case choice = 32
        case quantity = 64
        case duration = 128
        case frequency = 256
    }

    private static let englishQuestionWords: [String: QuestionKind] = [
        "what": .open, "how": .open, "who": .person, "whom": .person, "whose": .person, "where": .place,
        "when": .time, "why": .reason, "which": .choice,
    ]

    private static let howModifiers: [String: QuestionKind] = [
        "many": .quantity, "much": .quantity, "long": .duration, "often": .frequency, "far": .quantity,
        "old": .quantity,
    ]

    /// Chinese interrogatives, longest first so that 为什么 and 什么时候 are not also read as 什么.
    private static let chineseQuestionWords: [(String, QuestionKind)] = [
        ("什么时候", .time), ("为什么", .reason), ("多长时间", .duration), ("多久", .duration), ("为何", .reason),
        ("何时", .time), ("几点", .time), ("哪里", .place), ("哪儿", .place), ("在哪", .place), ("哪个", .choice),
        ("哪些", .choice), ("多少", .quantity), ("怎么", .open), ("怎样", .open), ("如何", .open), ("什么", .open),
        ("谁", .person),
    ]

    static func questionKinds(of tokens: [TextAnalysis.Token], text: String) -> UInt16 {
        var kinds: UInt16 = 0
        for (index, token) in tokens.enumerated() where token.kind == .word {
            guard var kind = englishQuestionWords[token.text] else { continue }
            if token.text == "how", index + 1 < tokens.count, let modifier = howModifiers[tokens[index + 1].text] {
                kind = modifier
            }
            kinds |= kind.rawValue
        }
        if text.unicodeScalars.contains(where: { $0.value >= 0x4E00 && $0.value <= 0x9FFF }) {
            var rest = text
            for (word, kind) in chineseQuestionWords where rest.contains(word) {
                kinds |= kind.rawValue
                rest = rest.replacing(word, with: " ")
            }
        }
        return kinds
    }

    struct ContentToken: Equatable {
        var text: String
        var isCJK: Bool
    }

    init(_ text: String) {
        let analysis = TextAnalysis(text)
        let tokens = analysis.tokens
        var cjkRun: [String] = []

        func flushCJK() {
            guard !cjkRun.isEmpty else { return }
            processCJK(cjkRun)
            cjkRun.removeAll(keepingCapacity: true)
        }

        sequence = tokens.map(\.text)
        questionKinds = Self.questionKinds(of: tokens, text: text)
        for token in tokens {
            if token.kind == .cjk {
                if token.afterBreak { flushCJK() }
                cjkRun.append(token.text)
                continue
            }
            flushCJK()
            switch token.kind {
            case .placeholder:
                placeholders.append(token.text)
            case .number:
                numbers.append(Self.normalizeNumber(token.text))
            case .word:
                let word = token.text
                if Lexicon.englishOpposites[word] != nil { polarWords[word, default: 0] += 1 }
                allWords.insert(word)
                allWords.insert(Lexicon.stem(word))
                if Lexicon.englishNegators.contains(word) {
                    negations += 1
                    continue
                }
                if let value = Lexicon.englishNumberWords[word] {
                    numbers.append(value)
                    continue
                }
                var hasDigit = false
                var digits = ""
                for s in word.unicodeScalars {
                    if TextAnalysis.isDigit(s) {
                        hasDigit = true
                        digits.unicodeScalars.append(s)
                    } else if !digits.isEmpty {
                        numbers.append(digits)
                        digits = ""
                    }
                }
                if !digits.isEmpty { numbers.append(digits) }
                if Self.isEntity(token, hasDigit: hasDigit) { entities.insert(word) }
                let stem = Lexicon.stem(word)
                if !Lexicon.englishStopwords.contains(word), !Lexicon.englishStopwords.contains(stem) {
                    content.append(ContentToken(text: stem, isCJK: false))
                }
            case .cjk:
                break
            }
        }
        flushCJK()
        placeholders.sort()
        numbers.sort()
    }

    private static func normalizeNumber(_ text: String) -> String {
        var t = Substring(text)
        if t.contains(".") {
            while t.hasSuffix("0") { t = t.dropLast() }
            if t.hasSuffix(".") { t = t.dropLast() }
        }
        while t.count > 1, t.hasPrefix("0"), !t.hasPrefix("0.") { t = t.dropFirst() }
        return String(t)
    }

    private static func isEntity(_ token: TextAnalysis.Token, hasDigit: Bool) -> Bool {
        let scalars = Array(token.original.unicodeScalars)
        guard scalars.count >= 2 else { return false }
        let letters = scalars.filter { TextAnalysis.isLetter($0) }
        if hasDigit, !letters.isEmpty { return true }
        let upper = scalars.dropFirst().contains { $0.properties.isUppercase }
        if upper { return true }  // iPhone, PayPal, AWS, macOS
        if scalars[0].properties.isUppercase, !token.sentenceStart,
            !Lexicon.englishStopwords.contains(token.text)
        {
            return true  // a capitalized word mid-sentence
        }
        return false
    }

    /// Negations, numerals and content characters of one run of CJK characters (between punctuation).
    private mutating func processCJK(_ run: [String]) {
        let characters = run.compactMap { $0.first }
        // Mark the characters inside words where a negation character does not negate.
        var masked = [Bool](repeating: false, count: characters.count)
        for word in Lexicon.chineseNonNegations {
            let w = Array(word)
            guard w.count <= characters.count else { continue }
            var i = 0
            while i + w.count <= characters.count {
                if Array(characters[i..<(i + w.count)]) == w {
                    for k in i..<(i + w.count) { masked[k] = true }
                    i += w.count
                } else {
                    i += 1
                }
            }
        }
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if Lexicon.chineseNegators.contains(c) {
                if !masked[i] { negations += 1 }
                i += 1
                continue
            }
            if Lexicon.chineseDigits[c] != nil {
                var j = i
                while j < characters.count, Lexicon.chineseDigits[characters[j]] != nil { j += 1 }
                let digits = Array(characters[i..<j])
                let next: Character? = j < characters.count ? characters[j] : nil
                let ordinal = i > 0 && characters[i - 1] == "第"
                let measured = next.map { Lexicon.chineseMeasureWords.contains($0) } ?? false
                let article = digits == ["一"] && (next == "个" || next == "点" || next == "些" || next == "下")
                if !article, ordinal || measured || digits.count >= 2, let value = Self.chineseValue(digits) {
                    numbers.append(value)
                    i = j
                    continue
                }
                if digits.count == 1, Lexicon.chineseStopCharacters.contains(String(c)) {
                    i += 1
                    continue
                }
            }
            let s = String(c)
            if !Lexicon.chineseStopCharacters.contains(s), c != "第" {
                content.append(ContentToken(text: s, isCJK: true))
            }
            i += 1
        }
    }

    /// The value of a run of Chinese numerals (`十五` → 15, `两千三百` → 2300); "half" is `0.5`.
    static func chineseValue(_ digits: [Character]) -> String? {
        if digits == ["半"] { return "0.5" }
        var total = 0
        var section = 0
        var current = 0
        for c in digits {
            guard let v = Lexicon.chineseDigits[c], v >= 0 else { return nil }
            switch v {
            case 10, 100, 1000:
                section += (current == 0 ? 1 : current) * v
                current = 0
            case 10000:
                total += (section + current) * 10000
                section = 0
                current = 0
            default:
                current = current * 10 + v
            }
        }
        return String(total + section + current)
    }
}
