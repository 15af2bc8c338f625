import Foundation

/// Unicode NFKC and whitespace folding, with a fast path for text that NFKC cannot change.
///
/// NFKC turns full-width letters and digits (`４１１１`) into ASCII so that the PII scanner and the cache see one
/// spelling; Foundation's implementation costs tens of microseconds per kilobyte, so text made only of scalars that
/// NFKC leaves alone (ASCII, Latin-1 letters, CJK ideographs, Hangul, kana) skips it.
package enum TextNormalizer {
    /// `text` in Unicode Normalization Form KC.
    package static func nfkc(_ text: String) -> String {
        if isNFKCStable(text) { return text }
        return text.precomposedStringWithCompatibilityMapping
    }

    /// `text` with every run of whitespace replaced by one space, and no whitespace at either end.
    package static func collapseWhitespace(_ text: String) -> String {
        var needsWork = false
        var previousWasSpace = true
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
            if isSpace && (previousWasSpace || byte != 0x20) || byte >= 0x80 {
                needsWork = true
                break
            }
            previousWasSpace = isSpace
        }
        if !needsWork && !previousWasSpace { return text }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// NFKC, then whitespace folding: the form the cache keys on.
    package static func canonical(_ text: String) -> String { collapseWhitespace(nfkc(text)) }

    /// Whether every scalar is one that NFKC maps to itself (a conservative test: `false` only costs time).
    static func isNFKCStable(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return true }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80, 0xC0...0xFF, 0x4E00...0x9FFF, 0x3041...0x3096, 0x30A1...0x30FA, 0xAC00...0xD7A3,
                0x3001...0x3002, 0x300C...0x300F:
                continue
            default:
                return false
            }
        }
        return true
    }
}
