#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text as the recognizers see it: full-width ASCII forms folded to ASCII, with a map back to the original.
///
/// Users in CJK locales often type digits, `@` and `:` in their full-width forms (`１３８…`, `＠`); NFKC folds
/// those to ASCII, and these are the only NFKC differences that matter to the recognizers (U+FF01–U+FF5E and
/// the ideographic space U+3000). Folding them here, byte by byte, avoids a Foundation normalization pass,
/// and the offset map lets every detection be reported in the caller's original byte offsets.
struct FoldedText {
    /// The folded UTF-8 bytes.
    var bytes: [UInt8]
    /// The folded offsets of the bytes that were folded from three, ascending; empty when nothing was folded. Every
    /// fold shortens the text by two bytes, so these few offsets map any folded offset back (a map of every byte cost
    /// as much to fill as the fold itself).
    private var folds: [Int]

    init(_ text: String) {
        var utf8 = Array(text.utf8)
        let n = utf8.count
        // Fast path: no 0xEF/0xE3 lead byte means nothing to fold.
        let firstLead = utf8.withUnsafeBufferPointer { u -> Int? in
            // memchr reads many bytes per step; most text has neither lead byte.
            guard let base = u.baseAddress else { return nil }
            let ef = memchr(base, 0xEF, n).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
            let e3 = memchr(base, 0xE3, n).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
            if let ef, let e3 { return min(ef, e3) }
            return ef ?? e3
        }
        guard let firstLead else {
            bytes = utf8
            folds = []
            return
        }
        // Folded in place, the write position never ahead of the read position: the runs between possible lead
        // bytes move in one copy each, where appending byte by byte cost as much as the whole scan of a Chinese
        // prompt, whose full-width commas and colons all take this path.
        var folded: [Int] = []
        folded.reserveCapacity(16)
        let count = utf8.withUnsafeMutableBufferPointer { u -> Int in
            guard let base = u.baseAddress else { return 0 }
            var i = firstLead
            var k = firstLead
            while i < n {
                let b0 = u[i]
                if i + 2 < n {
                    let b1 = u[i + 1]
                    let b2 = u[i + 2]
                    var ascii: UInt8 = 0
                    if b0 == 0xEF && b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF {
                        ascii = b2 - 0x81 + 0x21
                    } else if b0 == 0xEF && b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E {
                        ascii = b2 - 0x80 + 0x60
                    } else if b0 == 0xE3 && b1 == 0x80 && b2 == 0x80 {
                        ascii = 0x20
                    }
                    if ascii != 0 {
                        u[k] = ascii
                        folded.append(k)
                        k += 1
                        i += 3
                        // The run up to the next possible lead byte.
                        let e = FoldedText.nextLead(base, from: i, n)
                        if e > i { memmove(base + k, base + i, e - i) }
                        k += e - i
                        i = e
                        continue
                    }
                }
                // A lead byte that starts no foldable form: kept, and the run after it with it.
                let e = FoldedText.nextLead(base, from: i + 1, n)
                if k != i { memmove(base + k, base + i, e - i) }
                k += e - i
                i = e
            }
            return k
        }
        utf8.removeLast(n - count)
        bytes = utf8
        folds = folded
    }

    /// The first offset from `i` on that holds 0xEF or 0xE3, or `n`: eight bytes per test, since in Chinese text the
    /// runs between full-width forms are long.
    @inline(__always)
    private static func nextLead(_ base: UnsafeMutablePointer<UInt8>, from i: Int, _ n: Int) -> Int {
        var e = i
        while e + 8 <= n {
            let x = ByteClass.word(at: base + e)
            let hits =
                ByteClass.zeroBytes(x ^ ByteClass.repeated(0xEF)) | ByteClass.zeroBytes(x ^ ByteClass.repeated(0xE3))
            if hits != 0 { return e + hits.trailingZeroBitCount >> 3 }
            e += 8
        }
        while e < n && base[e] != 0xEF && base[e] != 0xE3 { e += 1 }
        return e
    }

    /// The original offset of folded offset `i` (valid for `0...bytes.count`).
    ///
    /// `cursor` keeps the place in the folds from one call to the next (start it at 0): detections are mapped in
    /// increasing order, so each offset costs a step or two; any order still gives the right answer.
    @inline(__always)
    func originalOffset(_ i: Int, cursor: inout Int) -> Int {
        guard !folds.isEmpty else { return i }
        while cursor < folds.count && folds[cursor] < i { cursor += 1 }
        while cursor > 0 && folds[cursor - 1] >= i { cursor -= 1 }
        return i + 2 * cursor
    }
}
