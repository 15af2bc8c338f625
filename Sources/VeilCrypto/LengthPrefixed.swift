/// Unambiguous concatenation: every field carries its length, so ("ab","c") and ("a","bc") never collide.
package enum LengthPrefixed {
    /// Appends a 4-byte big-endian length and then `field`.
    package static func append(_ field: [UInt8], to buffer: inout [UInt8]) {
        append(UInt32(truncatingIfNeeded: field.count), to: &buffer)
        buffer.append(contentsOf: field)
    }

    /// Appends `value` as 4 big-endian bytes.
    package static func append(_ value: UInt32, to buffer: inout [UInt8]) {
        buffer.append(UInt8(truncatingIfNeeded: value >> 24))
        buffer.append(UInt8(truncatingIfNeeded: value >> 16))
        buffer.append(UInt8(truncatingIfNeeded: value >> 8))
        buffer.append(UInt8(truncatingIfNeeded: value))
    }

    /// Appends `value` as 8 big-endian bytes.
    package static func append(_ value: UInt64, to buffer: inout [UInt8]) {
        append(UInt32(truncatingIfNeeded: value >> 32), to: &buffer)
        append(UInt32(truncatingIfNeeded: value), to: &buffer)
    }
}
