/// Byte classification helpers for the scanning loop (ASCII only; every byte ≥ 0x80 is "other").
enum ByteClass {
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isLetter(c) }
    @inline(__always) static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20) &- 0x61 < 6 }
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c | 0x20 : c }
    @inline(__always) static func hexValue(_ c: UInt8) -> Int {
        isDigit(c) ? Int(c - 0x30) : Int((c | 0x20) - 0x61 + 10)
    }
    /// Characters of a base64url token (JWT parts, API keys).
    @inline(__always) static func isTokenChar(_ c: UInt8) -> Bool { isAlnum(c) || c == 0x2D || c == 0x5F }
    /// The length of the UTF-8 sequence that starts with `c` (1 for stray continuation bytes).
    @inline(__always) static func sequenceLength(_ c: UInt8) -> Int {
        c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
    }
}

/// Eight bytes at a time: the loops that look for a few byte values in long runs of text test a word per step.
extension ByteClass {
    /// The eight bytes at `p` as one word, the first in the lowest byte on any platform.
    @inline(__always) static func word(at p: UnsafeRawPointer) -> UInt64 {
        UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
    }

    /// `c` in each of the eight bytes of a word.
    @inline(__always) static func repeated(_ c: UInt8) -> UInt64 { UInt64(c) &* 0x0101_0101_0101_0101 }

    /// 0x80 in each byte of `v` that is zero and 0 in every other: exact, since no sum carries into the next byte (the
    /// shorter `(v - 0x01…) & ~v` flags a 0x01 above a zero byte too).
    @inline(__always) static func zeroBytes(_ v: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((v & low) &+ low) | v) & ~low
    }
}
