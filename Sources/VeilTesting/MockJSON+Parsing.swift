import NIOCore

extension MockJSON {
    /// Parses one complete JSON document from the readable bytes of `buffer`.
    ///
    /// Strict where it matters for a 400 (trailing garbage, control characters in strings, bad numbers, nesting
    /// over 64 levels) and lenient where a real server is (lone surrogates become U+FFFD, duplicate keys: last wins).
    ///
    /// - Returns: The value, or `nil` when the bytes are not valid JSON.
    static func parse(_ buffer: ByteBuffer) -> MockJSON? {
        buffer.withUnsafeReadableBytes { bytes in
            var parser = MockJSONParser(bytes: bytes)
            return parser.parseDocument()
        }
    }
}

/// A recursive-descent JSON parser over raw bytes; lives only for one `MockJSON.parse` call.
private struct MockJSONParser {
    private static let maximumDepth = 64

    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    private var depth = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func parseDocument() -> MockJSON? {
        guard let value = parseValue() else { return nil }
        skipWhitespace()
        return index == bytes.count ? value : nil
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                index += 1
            default:
                return
            }
        }
    }

    private mutating func parseValue() -> MockJSON? {
        skipWhitespace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return parseObject()
        case UInt8(ascii: "["):
            return parseArray()
        case UInt8(ascii: "\""):
            return parseString().map(MockJSON.string)
        case UInt8(ascii: "t"):
            return consumeLiteral("true") ? .bool(true) : nil
        case UInt8(ascii: "f"):
            return consumeLiteral("false") ? .bool(false) : nil
        case UInt8(ascii: "n"):
            return consumeLiteral("null") ? .null : nil
        default:
            return parseNumber()
        }
    }

    private mutating func consumeLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        let matches = literal.withUTF8Buffer { expected in
            for offset in 0..<count where bytes[index + offset] != expected[offset] {
                return false
            }
            return true
        }
        if matches { index += count }
        return matches
    }

    private mutating func parseObject() -> MockJSON? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { return nil }
        index += 1  // "{"
        var members: [(key: String, value: MockJSON)] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = parseString() else { return nil }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            guard let value = parseValue() else { return nil }
            members.append((key: key, value: value))
            skipWhitespace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(members)
            default:
                return nil
            }
        }
    }

    private mutating func parseArray() -> MockJSON? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { return nil }
        index += 1  // "["
        var elements: [MockJSON] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            guard let value = parseValue() else { return nil }
            elements.append(value)
            skipWhitespace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            default:
                return nil
            }
        }
    }

    /// Parses a string starting at its opening quote. The common case (no escapes) decodes the slice in one go.
    private mutating func parseString() -> String? {
        index += 1  // opening quote
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let string = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return string
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        var decoded: [UInt8] = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard parseEscape(into: &decoded) else { return nil }
            case 0..<0x20:
                return nil
            default:
                decoded.append(byte)
                index += 1
            }
        }
        return nil
    }

    /// Decodes one escape sequence starting at its backslash and appends its UTF-8 bytes.
    private mutating func parseEscape(into decoded: inout [UInt8]) -> Bool {
        index += 1  // backslash
        guard index < bytes.count else { return false }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
            decoded.append(escape)
        case UInt8(ascii: "b"):
            decoded.append(0x08)
        case UInt8(ascii: "f"):
            decoded.append(0x0C)
        case UInt8(ascii: "n"):
            decoded.append(0x0A)
        case UInt8(ascii: "r"):
            decoded.append(0x0D)
        case UInt8(ascii: "t"):
            decoded.append(0x09)
        case UInt8(ascii: "u"):
            guard let unit = parseHex4() else { return false }
            var scalar = Unicode.Scalar(unit)
            if (0xD800...0xDBFF).contains(unit), bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            {
                let save = index
                index += 2
                if let low = parseHex4(), (0xDC00...0xDFFF).contains(low) {
                    let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    scalar = Unicode.Scalar(value)
                } else {
                    index = save
                }
            }
            let resolved = scalar ?? "\u{FFFD}"
            decoded.append(contentsOf: resolved.utf8)
        default:
            return false
        }
        return true
    }

    private mutating func parseHex4() -> UInt16? {
        guard bytes.count - index >= 4 else { return nil }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    /// Parses a number by the JSON grammar; integers are accumulated directly, anything else goes through `Double`.
    private mutating func parseNumber() -> MockJSON? {
        let start = index
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        guard index < bytes.count, isDigit(bytes[index]) else { return nil }
        var integer: Int = 0
        var overflowed = false
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) {
                let (times, o1) = integer.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(Int(bytes[index] - UInt8(ascii: "0")))
                overflowed = overflowed || o1 || o2
                integer = plus
                index += 1
            }
        }
        var isInteger = !overflowed
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if isInteger {
            return .number(Double(negative ? -integer : integer))
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return .number(value)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
