/// An open-addressing hash table from 64-bit word hashes to small flag values.
///
/// The scanner looks up every word it meets; the standard `Dictionary` re-hashes keys with SipHash, which
/// dominated profiles. Keys here are already FNV-1a hashes, so a mask and linear probing suffice. Each slot is one
/// `UInt64`: the key's upper 44 bits and the 20-bit value, so a probe reads one word. Two words then collide only if
/// their hashes agree in 44 bits, which for the few tens of thousands of listed words never happens in practice and
/// would at worst tag one word.
struct WordTable: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    private static let keyBits: UInt64 = ~0xF_FFFF

    init(_ entries: [UInt64: UInt32]) {
        // At most three quarters full: an unsuccessful lookup (most words) then probes a few neighbouring slots,
        // which share a cache line, and the table of about 23,000 words stays at 256 KB.
        var size = 16
        while size * 3 < entries.count * 4 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for (key, value) in entries where key & WordTable.keyBits != 0 {
            var slot = WordTable.slot(key, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = key & WordTable.keyBits | UInt64(value)
        }
    }

    /// The home slot of `key`: Fibonacci hashing of the whole key, because FNV-1a's middle bits vary little
    /// between short words and linear probing would then walk long runs.
    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value for `key`, or 0.
    @inline(__always) func lookup(_ key: UInt64) -> UInt32 {
        let tag = key & WordTable.keyBits
        var slot = WordTable.slot(key, mask)
        while true {
            let s = slots[slot]
            if s & WordTable.keyBits == tag { return UInt32(truncatingIfNeeded: s) & 0xF_FFFF }
            if s == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }
}

/// An exact set of 64-bit keys (word hashes, pairs of scalars) with open addressing: the scanner asks several such sets
/// about nearly every word or character, and `Set` hashed each key with SipHash first. Keys here are hashes or
/// sparse scalar pairs already, so Fibonacci hashing spreads them well; unlike ``WordTable`` the whole key is
/// compared, so membership is exactly that of the list.
struct KeySet: Sendable, Sequence {
    private var slots: [UInt64]
    private let mask: Int
    /// Whether the key 0 (the empty-slot marker) is a member.
    private let hasZero: Bool
    /// The members, in the order given.
    let keys: [UInt64]

    init<S: Sequence>(_ members: S) where S.Element == UInt64 {
        var unique: [UInt64] = []
        var seen = Set<UInt64>()
        for key in members where seen.insert(key).inserted { unique.append(key) }
        // At most half full: a key that is absent (most of them) then ends its probe within a slot or two.
        var size = 16
        while size < unique.count * 2 { size *= 2 }
        var table = [UInt64](repeating: 0, count: size)
        var zero = false
        for key in unique {
            guard key != 0 else {
                zero = true
                continue
            }
            var slot = KeySet.slot(key, size - 1)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = key
        }
        slots = table
        mask = size - 1
        hasZero = zero
        keys = unique
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        var slot = KeySet.slot(key, mask)
        while true {
            let s = slots[slot]
            if s == key { return true }
            if s == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) func contains(_ scalar: UInt32) -> Bool { contains(UInt64(scalar)) }

    func makeIterator() -> IndexingIterator<[UInt64]> { keys.makeIterator() }
}

/// A read-only map from Unicode scalars to values with ``KeySet``'s open addressing: the Chinese phrase tables are
/// asked at most characters of Chinese text, and `Dictionary` hashed each scalar with SipHash first.
struct ScalarMap<Value: Sendable>: Sendable {
    /// The scalar in each slot, 0 for an empty slot.
    private var keys: [UInt32]
    private var values: [Value?]
    private let mask: Int
    /// The value of the scalar 0, which cannot take a slot.
    private let zero: Value?

    init(_ entries: [UInt32: Value]) {
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        var keys = [UInt32](repeating: 0, count: size)
        var values = [Value?](repeating: nil, count: size)
        for (key, value) in entries where key != 0 {
            var slot = ScalarMap.slot(key, size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        mask = size - 1
        zero = entries[0]
    }

    @inline(__always) private static func slot(_ key: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value for `key`, or nil, as the dictionary it was built from would answer.
    @inline(__always) subscript(_ key: UInt32) -> Value? {
        if key == 0 { return zero }
        var slot = ScalarMap.slot(key, mask)
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
