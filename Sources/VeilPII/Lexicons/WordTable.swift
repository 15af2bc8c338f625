/// An open-addressing hash table from 64-bit word hashes to small flag values.
///
/// The scanner looks up every word it meets; the standard `Dictionary` re-hashes keys with SipHash, which
/// dominated profiles. Keys here are already FNV-1a hashes, so a mask and linear probing suffice.
struct WordTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt16]
    private let mask: Int

    init(_ entries: [UInt64: UInt16]) {
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
        for (key, value) in entries where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The value for `key`, or 0.
    @inline(__always) func lookup(_ key: UInt64) -> UInt16 {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
