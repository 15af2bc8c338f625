import NIOCore

extension ByteBuffer {
    /// Writes `string` as a quoted JSON string.
    mutating func writeJSONString(_ string: String) {
        writeInteger(UInt8(ascii: "\""))
        writeJSONEscaped(string)
        writeInteger(UInt8(ascii: "\""))
    }

    /// Writes the escaped contents of `string` without quotes.
    mutating func writeJSONEscaped(_ string: String) {
        var string = string
        string.withUTF8 { writeJSONEscaped(UnsafeRawBufferPointer($0)) }
    }

    /// Writes the escaped contents of UTF-8 `bytes` without quotes.
    ///
    /// Unescaped runs are copied in one call each: most text has nothing to escape, so this is one copy.
    mutating func writeJSONEscaped(_ bytes: UnsafeRawBufferPointer) {
        var runStart = 0
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            writeBytes(UnsafeRawBufferPointer(rebasing: bytes[runStart..<offset]))
            runStart = offset + 1
            switch byte {
            case UInt8(ascii: "\""): writeStaticString("\\\"")
            case UInt8(ascii: "\\"): writeStaticString("\\\\")
            case 0x0A: writeStaticString("\\n")
            case 0x0D: writeStaticString("\\r")
            case 0x09: writeStaticString("\\t")
            case 0x08: writeStaticString("\\b")
            case 0x0C: writeStaticString("\\f")
            default:
                writeStaticString("\\u00")
                writeInteger(Self.hexDigit(byte >> 4))
                writeInteger(Self.hexDigit(byte & 0x0F))
            }
        }
        writeBytes(UnsafeRawBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    /// Writes a decimal integer without going through `String`.
    mutating func writeDecimal(_ value: Int) {
        if value < 0 {
            writeInteger(UInt8(ascii: "-"))
        }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            repeat {
                scratch[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            writeBytes(UnsafeRawBufferPointer(rebasing: scratch[(24 - count)..<24]))
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
