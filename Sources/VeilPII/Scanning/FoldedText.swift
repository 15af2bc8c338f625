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
    /// `origin[i]` is the original offset of folded byte `i` (`origin[count]` is the original length);
    /// empty when nothing was folded and the offsets are the same.
    var origin: [Int32]

    init(_ text: String) {
        let utf8 = Array(text.utf8)
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
            origin = []
            return
        }
        // Written through buffer pointers: appending byte by byte to two arrays cost as much as the whole scan of a
        // Chinese prompt, whose full-width commas and colons all take this path. Between lead bytes a plain loop copies
        // the bytes and their offsets (no array is zeroed first).
        var count = 0
        var map: [Int32] = []
        let out = [UInt8](unsafeUninitializedCapacity: n) { o, outCount in
            map = [Int32](unsafeUninitializedCapacity: n + 1) { m, mapCount in
                utf8.withUnsafeBufferPointer { u in
                    var i = 0
                    var k = 0
                    while i < n {
                        // The run up to the next possible lead byte (the first is known).
                        var e = i == 0 ? firstLead : i
                        while e < n && u[e] != 0xEF && u[e] != 0xE3 { e += 1 }
                        while i < e {
                            o[k] = u[i]
                            m[k] = Int32(truncatingIfNeeded: i)
                            i += 1
                            k += 1
                        }
                        guard i < n else { break }
                        let b0 = u[i]
                        if i + 2 < n {
                            let b1 = u[i + 1]
                            let b2 = u[i + 2]
                            var folded: UInt8 = 0
                            if b0 == 0xEF && b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF {
                                folded = b2 - 0x81 + 0x21
                            } else if b0 == 0xEF && b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E {
                                folded = b2 - 0x80 + 0x60
                            } else if b0 == 0xE3 && b1 == 0x80 && b2 == 0x80 {
                                folded = 0x20
                            }
                            if folded != 0 {
                                o[k] = folded
                                m[k] = Int32(truncatingIfNeeded: i)
                                k += 1
                                i += 3
                                continue
                            }
                        }
                        o[k] = b0
                        m[k] = Int32(truncatingIfNeeded: i)
                        k += 1
                        i += 1
                    }
                    m[k] = Int32(truncatingIfNeeded: n)
                    count = k
                }
                mapCount = count + 1
            }
            outCount = count
        }
        bytes = out
        origin = map
    }

    /// The original offset of folded offset `i` (valid for `0...bytes.count`).
    @inline(__always)
    func originalOffset(_ i: Int) -> Int {
        origin.isEmpty ? i : Int(origin[i])
    }
}
