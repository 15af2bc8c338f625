/// A small validating JSON reader for one `--jsonl` line: checks the whole value and extracts the top-level
/// `"text"` string. Depth is bounded so a line of `[[[[…` cannot exhaust the stack.
struct JSONLine {
    enum Failure: Error { case malformed, notObject }

    private let s: [UInt8]
    private var i = 0
    private var depth = 0
    static let maxDepth = 128

    /// The top-level `"text"` string (nil if absent or not a string).
    static func text(in bytes: [UInt8]) throws(Failure) -> String? {
        var reader = JSONLine(s: bytes)
        reader.skipSpace()
        guard reader.peek == 0x7B else { throw .notObject }
        let text = try reader.object(top: true)
        reader.skipSpace()
        guard reader.i == bytes.count else { throw .malformed }
        return text
    }

    private init(s: [UInt8]) { self.s = s }

    private var peek: UInt8 { i < s.count ? s[i] : 0 }

    private mutating func skipSpace() {
        while i < s.count && (s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A || s[i] == 0x0D) { i += 1 }
    }

    private mutating func expect(_ c: UInt8) throws(Failure) {
        guard peek == c else { throw .malformed }
        i += 1
    }

    /// Parses an object; at top level returns the `"text"` member if it is a string.
    private mutating func object(top: Bool) throws(Failure) -> String? {
        depth += 1
        guard depth <= JSONLine.maxDepth else { throw .malformed }
        try expect(0x7B)
        skipSpace()
        var text: String?
        if peek == 0x7D {
            i += 1
            depth -= 1
            return nil
        }
        while true {
            skipSpace()
            let key = try string()
            skipSpace()
            try expect(0x3A)
            skipSpace()
            if top && key == "text" && peek == 0x22 {
                text = try string()
            } else {
                try value()
            }
            skipSpace()
            if peek == 0x2C {
                i += 1
                continue
            }
            try expect(0x7D)
            break
        }
        depth -= 1
        return text
    }

    private mutating func value() throws(Failure) {
        switch peek {
        case 0x7B: _ = try object(top: false)
        case 0x5B:
            depth += 1
            guard depth <= JSONLine.maxDepth else { throw .malformed }
            i += 1
            skipSpace()
            if peek == 0x5D {
                i += 1
            } else {
                while true {
                    skipSpace()
                    try value()
                    skipSpace()
                    if peek == 0x2C {
                        i += 1
                        continue
                    }
                    try expect(0x5D)
                    break
                }
            }
            depth -= 1
        case 0x22: _ = try string()
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        default: try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard i + count <= s.count else { throw .malformed }
        let ok = word.withUTF8Buffer { w in (0..<count).allSatisfy { s[i + $0] == w[$0] } }
        guard ok else { throw .malformed }
        i += count
    }

    private mutating func number() throws(Failure) {
        let start = i
        if peek == 0x2D { i += 1 }
        guard ByteClass.isDigit(peek) else { throw .malformed }
        if peek == 0x30 { i += 1 } else { while ByteClass.isDigit(peek) { i += 1 } }
        if peek == 0x2E {
            i += 1
            guard ByteClass.isDigit(peek) else { throw .malformed }
            while ByteClass.isDigit(peek) { i += 1 }
        }
        if peek == 0x65 || peek == 0x45 {
            i += 1
            if peek == 0x2B || peek == 0x2D { i += 1 }
            guard ByteClass.isDigit(peek) else { throw .malformed }
            while ByteClass.isDigit(peek) { i += 1 }
        }
        guard i > start else { throw .malformed }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= s.count else { throw .malformed }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard ByteClass.isHex(s[i]) else { throw .malformed }
            v = v << 4 | UInt32(ByteClass.hexValue(s[i]))
            i += 1
        }
        return v
    }

    private mutating func string() throws(Failure) -> String {
        try expect(0x22)
        var out = [UInt8]()
        while true {
            guard i < s.count else { throw .malformed }
            let c = s[i]
            i += 1
            if c == 0x22 { break }
            if c < 0x20 { throw .malformed }
            guard c == 0x5C else {
                out.append(c)
                continue
            }
            guard i < s.count else { throw .malformed }
            let e = s[i]
            i += 1
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var u = try hex4()
                if u >= 0xD800 && u < 0xDC00 {
                    guard peek == 0x5C, i + 1 < s.count, s[i + 1] == 0x75 else { throw .malformed }
                    i += 2
                    let low = try hex4()
                    guard low >= 0xDC00 && low < 0xE000 else { throw .malformed }
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                } else if u >= 0xDC00 && u < 0xE000 {
                    throw .malformed
                }
                guard let scalar = Unicode.Scalar(u) else { throw .malformed }
                out += Array(String(Character(scalar)).utf8)
            default: throw .malformed
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
