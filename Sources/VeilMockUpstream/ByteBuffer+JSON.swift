import NIOCore
import VeilWire

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

    /// Writes the escaped contents of UTF-8 `bytes` without quotes, with the wire codec's escaper.
    mutating func writeJSONEscaped(_ bytes: UnsafeRawBufferPointer) {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 8)
        JSONValue.appendEscaped(bytes, to: &escaped)
        writeBytes(escaped)
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
}
