/// Unicode scalar classes shared by the tokenizer, the lexical embedder and the verifier.
enum TextScalars {
    /// CJK ideographs as BERT defines them (`_is_chinese_char`): these become single-character tokens.
    @inline(__always)
    static func isBertCJK(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2A6DF).contains(v)
            || (0x2A700...0x2B73F).contains(v) || (0x2B740...0x2B81F).contains(v) || (0x2B820...0x2CEAF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)
    }

    /// Scripts written without spaces between words (CJK ideographs, kana, Hangul syllables), which the
    /// lexical embedder and the verifier treat character by character.
    @inline(__always)
    static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return isBertCJK(scalar) || (0x3040...0x30FF).contains(v) || (0xAC00...0xD7AF).contains(v)
    }

    /// Whitespace as the Hugging Face BERT normalizer defines it (tab, newline, return, or `White_Space`).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D: return true
        case 0..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// Control characters (general category C*, except tab, newline and return), which BERT drops.
    @inline(__always)
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x20..<0x7F: return false
        default:
            switch scalar.properties.generalCategory {
            case .control, .format, .unassigned, .privateUse, .surrogate: return true
            default: return false
            }
        }
    }

    /// Punctuation as BERT's pre-tokenizer defines it: all ASCII punctuation, or a Unicode `P*` category.
    @inline(__always)
    static func isBertPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v) {
            return true
        }
        if v < 0x80 { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
