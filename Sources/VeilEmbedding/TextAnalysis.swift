/// A light, allocation-conscious analysis of a prompt shared by ``LexicalEmbedder`` and ``SemanticVerifier``:
/// words (lowercased, contractions expanded), numbers, placeholders and single CJK characters.
///
/// Scans Unicode scalars by hand: no regular-expression engine (slow, and kept out of Sources) and no Foundation in the loop.
struct TextAnalysis {
    enum Kind: Equatable {
        /// A word of a spaced script, lowercased.
        case word
        /// Digits, with grouping commas removed (`1,000.5` → `1000.5`).
        case number
        /// An anonymizer placeholder such as `<EMAIL_1>`, kept verbatim.
        case placeholder
        /// One character of an unspaced script (CJK ideograph, kana, Hangul).
        case cjk
        /// A run of operator-like symbols (`+`, `-`, `==`, `^`, `<`…). Transparent to sentence and clause
        /// boundaries: the lexical embedder skips these, the question aligner decides what they mean.
        case symbol
    }

    struct Token: Equatable {
        var text: String
        var kind: Kind
        /// The word as written (case kept), for proper-noun detection.
        var original: String
        /// First word of the text or of a sentence, where capitals say nothing about proper nouns.
        var sentenceStart: Bool
        /// Whether a clause boundary (punctuation) precedes this token.
        var afterBreak: Bool
        /// Where the token starts and ends in the text's Unicode scalars (adjacency tells `c++` from `c ++`).
        var start = 0
        var end = 0
    }

    private(set) var tokens: [Token] = []

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var sentenceStart = true
        var afterBreak = true
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4 + 4)
        while i < scalars.count {
            let s = scalars[i]
            if s == "<", let end = Self.placeholderEnd(scalars, from: i) {
                var t = ""
                t.unicodeScalars.append(contentsOf: scalars[i..<end])
                tokens.append(
                    Token(
                        text: t, kind: .placeholder, original: t, sentenceStart: sentenceStart,
                        afterBreak: afterBreak, start: i, end: end))
                sentenceStart = false
                afterBreak = false
                i = end
                continue
            }
            if TextScalars.isUnspacedScript(s) {
                let t = String(Character(s))
                tokens.append(
                    Token(
                        text: t, kind: .cjk, original: t, sentenceStart: false, afterBreak: afterBreak, start: i,
                        end: i + 1))
                afterBreak = false
                sentenceStart = false
                i += 1
                continue
            }
            if Self.isWordScalar(s) {
                var j = i
                var original = String.UnicodeScalarView()
                var allDigits = true
                while j < scalars.count {
                    let c = scalars[j]
                    if Self.isWordScalar(c), !TextScalars.isUnspacedScript(c) {
                        if !Self.isDigit(c) { allDigits = false }
                        original.append(c)
                        j += 1
                    } else if (c == "," || c == ".") && allDigits && j + 1 < scalars.count
                        && Self.isDigit(scalars[j + 1]) && !original.isEmpty
                    {
                        if c == "." { original.append(c) }
                        j += 1
                    } else if (c == "'" || c == "\u{2019}") && j + 1 < scalars.count
                        && Self.isLetter(scalars[j + 1]) && !original.isEmpty
                    {
                        original.append("'")
                        j += 1
                    } else {
                        break
                    }
                }
                // 0.999... and 0.3… repeat forever: another number than 0.999 or 0.3.
                if allDigits, original.contains("."), j < scalars.count {
                    if scalars[j] == "\u{2026}" {
                        original.append("\u{2026}")
                        j += 1
                    } else if j + 2 < scalars.count, scalars[j] == ".", scalars[j + 1] == ".", scalars[j + 2] == "." {
                        original.append("\u{2026}")
                        j += 3
                    }
                }
                let word = String(original)
                if allDigits {
                    tokens.append(
                        Token(
                            text: word, kind: .number, original: word, sentenceStart: sentenceStart,
                            afterBreak: afterBreak, start: i, end: j))
                } else {
                    for (k, part) in Self.expandContraction(Self.lowercase(word)).enumerated() {
                        tokens.append(
                            Token(
                                text: part, kind: .word, original: k == 0 ? word : part,
                                sentenceStart: sentenceStart && k == 0, afterBreak: afterBreak && k == 0,
                                start: i, end: j))
                    }
                }
                sentenceStart = false
                afterBreak = false
                i = j
                continue
            }
            if Self.isSymbol(s) {
                var j = i + 1
                while j < scalars.count, Self.isSymbol(scalars[j]) { j += 1 }
                var t = ""
                t.unicodeScalars.append(contentsOf: scalars[i..<j])
                tokens.append(
                    Token(
                        text: t, kind: .symbol, original: t, sentenceStart: sentenceStart, afterBreak: afterBreak,
                        start: i, end: j))
                if t.unicodeScalars.allSatisfy({ $0 == "!" }) {
                    sentenceStart = true
                    afterBreak = true
                }
                i = j
                continue
            }
            // ".." and "..." between two words with no space are an operator (`main..feature`, ranges); they stay a
            // sentence break for the lexical embedder, whose features predate them.
            if s == ".", i + 1 < scalars.count, scalars[i + 1] == ".", i > 0, Self.isWordScalar(scalars[i - 1]) {
                var j = i
                while j < scalars.count, scalars[j] == "." { j += 1 }
                if j < scalars.count, Self.isWordScalar(scalars[j]), j - i <= 3 {
                    var t = ""
                    t.unicodeScalars.append(contentsOf: scalars[i..<j])
                    tokens.append(
                        Token(
                            text: t, kind: .symbol, original: t, sentenceStart: sentenceStart, afterBreak: afterBreak,
                            start: i, end: j))
                    sentenceStart = true
                    afterBreak = true
                    i = j
                    continue
                }
            }
            switch s {
            case ".", "?", "!", "\u{3002}", "\u{FF1F}", "\u{FF01}", "\n":
                sentenceStart = true
                afterBreak = true
            case ",", ";", ":", "\u{FF0C}", "\u{3001}", "\u{FF1B}", "\u{FF1A}", "(", ")":
                afterBreak = true
            default:
                break
            }
            i += 1
        }
        self.tokens = tokens
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    /// Operator-like symbols, kept as ``Kind/symbol`` tokens.
    @inline(__always)
    static func isSymbol(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "+", "-", "*", "/", "<", ">", "=", "^", "!", "~", "#", "&", "|", "\u{00D7}", "\u{00F7}", "\u{2212}",
            "\u{2264}", "\u{2265}", "\u{2260}", "\u{2013}", "\u{00B2}", "\u{00B3}", "\u{00B9}", "\u{2070}",
            "\u{2074}", "\u{2075}", "\u{2076}", "\u{2077}", "\u{2078}", "\u{2079}":
            // Superscript digits are exponents (x², x³).
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool { isDigit(s) || isLetter(s) }

    static func lowercase(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) }) { return word }
        return word.lowercased()
    }

    /// `<KIND_N>` with KIND of capitals/underscores and N digits: the anonymizer's placeholder shape.
    private static func placeholderEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start + 1
        var letters = 0
        while j < s.count, (s[j].value >= 65 && s[j].value <= 90) || s[j] == "_" {
            letters += 1
            j += 1
        }
        var digits = 0
        while j < s.count, isDigit(s[j]) {
            digits += 1
            j += 1
        }
        guard letters >= 2, digits >= 1, j < s.count, s[j] == ">" else { return nil }
        return j + 1
    }

    /// `don't` → `do not`, `can't` → `can not`, `won't` → `will not`; other clitics (`'s`, `'re`…) dropped.
    static func expandContraction(_ word: String) -> [String] {
        guard let apostrophe = word.firstIndex(of: "'") else { return [word] }
        if word.hasSuffix("n't") {
            let base = String(word.dropLast(3))
            switch base {
            case "ca": return ["can", "not"]
            case "wo": return ["will", "not"]
            case "sha": return ["shall", "not"]
            case "": return ["not"]
            default: return [base, "not"]
            }
        }
        let base = String(word[..<apostrophe])
        let clitic = word[word.index(after: apostrophe)...]
        switch clitic {
        case "m": return [base, "am"]
        case "re": return [base, "are"]
        case "ve": return [base, "have"]
        case "ll": return [base, "will"]
        default: return [base]
        }
    }
}

@available(*, unavailable)
extension TextAnalysis: Sendable {}
