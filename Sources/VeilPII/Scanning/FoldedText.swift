/// The text as the recognizers see it: full-width ASCII forms folded to ASCII, with a map back to the original.
///
/// Users in CJK locales often type digits, `@` and `:` in their full-width forms (`１３８…`, `＠`); NFKC folds
/// those to ASCII, and these are the only NFKC differences that matter to the recognizers (U+FF01–U+FF5E and
/// the ideographic space U+3000). Folding them here, byte by byte, avoids a Foundation normalization pass,
/// and the offset map lets every detection be reported in the caller's original byte offsets.
struct FoldedText {
    /// The folded UTF-8 bytes.
    var bytes: [UInt8]
    /// `origin[i]` is the original offset of folded byte `i` (`origin[count]` is the original length);
    /// empty when nothing was folded and the offsets are the same.
    var origin: [Int32]

    init(_ text: String) {
        var utf8 = Array(text.utf8)
        // Fast path: no 0xEF/0xE3 lead byte means nothing to fold.
        var needsFold = false
        for byte in utf8 where byte == 0xEF || byte == 0xE3 {
            needsFold = true
            break
        }
        guard needsFold else {
            bytes = utf8
            origin = []
            return
        }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var map = [Int32]()
        map.reserveCapacity(utf8.count + 1)
        var i = 0
        let n = utf8.count
        while i < n {
            let b0 = utf8[i]
            if i + 2 < n {
                let b1 = utf8[i + 1]
                let b2 = utf8[i + 2]
                var folded: UInt8 = 0
                if b0 == 0xEF && b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF {
                    folded = b2 - 0x81 + 0x21
                } else if b0 == 0xEF && b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E {
                    folded = b2 - 0x80 + 0x60
                } else if b0 == 0xE3 && b1 == 0x80 && b2 == 0x80 {
                    folded = 0x20
                }
                if folded != 0 {
                    out.append(folded)
                    map.append(Int32(truncatingIfNeeded: i))
                    i += 3
                    continue
                }
            }
            out.append(b0)
            map.append(Int32(truncatingIfNeeded: i))
            i += 1
        }
        map.append(Int32(truncatingIfNeeded: n))
        utf8 = out
        bytes = utf8
        origin = map
    }

    /// The original offset of folded offset `i` (valid for `0...bytes.count`).
    @inline(__always)
    func originalOffset(_ i: Int) -> Int {
        origin.isEmpty ? i : Int(origin[i])
    }
}
