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
