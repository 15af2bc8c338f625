import Foundation

extension WordPieceTokenizer {
    /// BERT normalization and pre-tokenization: the words (as scalar arrays) that WordPiece then segments.
    ///
    /// Mirrors Hugging Face `BertNormalizer { clean_text, handle_chinese_chars, strip_accents, lowercase }`
    /// followed by `BertPreTokenizer` (split on whitespace, every punctuation scalar its own word).
    static func preTokenize(_ text: String) -> [[Unicode.Scalar]] {
        // clean_text + handle_chinese_chars
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0 || scalar.value == 0xFFFD || TextScalars.isControl(scalar) { continue }
            if TextScalars.isWhitespace(scalar) {
                cleaned.append(" ")
            } else if TextScalars.isBertCJK(scalar) {
                cleaned.append(" ")
                cleaned.append(scalar)
                cleaned.append(" ")
            } else {
                cleaned.append(scalar)
            }
        }
        // strip_accents (NFD, drop Mn) then lowercase, in that order as the Rust normalizer does.
        let decomposed = String(cleaned).decomposedStringWithCanonicalMapping
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in decomposed.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if TextScalars.isWhitespace(lower) {
                    if !current.isEmpty { words.append(current) }
                    current.removeAll(keepingCapacity: true)
                } else if TextScalars.isBertPunctuation(lower) {
                    if !current.isEmpty { words.append(current) }
                    current.removeAll(keepingCapacity: true)
                    words.append([lower])
                } else {
                    current.append(lower)
                }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
