import VeilCrypto

/// A tenant's entry in the keyring: its wrapped data-key versions and the current version's encryption counter.
///
/// Stored as one LMDB value per tenant, so a reader sees every version and the counter in one consistent get, and
/// destroying a tenant is one delete. Layout (all integers big-endian):
/// `format (1) ‖ current version (4) ‖ reserved encryptions (8) ‖ count (4) ‖ count × (version (4) ‖ length (2) ‖
/// wrapped key)`. A wrapped key is `AES-256-GCM(master key, data key, AAD = "veil.keyring.data-key.v1" ‖
/// len(tenant) ‖ tenant ‖ version)`.
package struct TenantRecord: Equatable, Sendable {
    package static let format: UInt8 = 1

    /// The version new encryptions use.
    package var current: UInt32
    /// Encryptions reserved so far under ``current`` by every process together (an upper bound on those done).
    package var reserved: UInt64
    /// Wrapped data keys by version, ascending.
    package var wrapped: [(version: UInt32, bytes: [UInt8])]

    package static func == (lhs: TenantRecord, rhs: TenantRecord) -> Bool {
        lhs.current == rhs.current && lhs.reserved == rhs.reserved
            && lhs.wrapped.elementsEqual(rhs.wrapped) { $0.version == $1.version && $0.bytes == $1.bytes }
    }

    /// The versions present, ascending.
    package var versions: [UInt32] { wrapped.map(\.version) }

    /// The wrapped bytes of `version`, if present.
    package func wrappedKey(_ version: UInt32) -> [UInt8]? {
        wrapped.first { $0.version == version }?.bytes
    }

    package func encoded() -> [UInt8] {
        var out = [TenantRecord.format]
        out.reserveCapacity(17 + wrapped.count * 66)
        LengthPrefixed.append(current, to: &out)
        LengthPrefixed.append(reserved, to: &out)
        LengthPrefixed.append(UInt32(wrapped.count), to: &out)
        for entry in wrapped {
            LengthPrefixed.append(entry.version, to: &out)
            out.append(UInt8(truncatingIfNeeded: entry.bytes.count >> 8))
            out.append(UInt8(truncatingIfNeeded: entry.bytes.count))
            out.append(contentsOf: entry.bytes)
        }
        return out
    }

    package init(current: UInt32, reserved: UInt64, wrapped: [(version: UInt32, bytes: [UInt8])]) {
        self.current = current
        self.reserved = reserved
        self.wrapped = wrapped
    }

    /// Parses a stored record; any inconsistency is `CryptoError.corruptKeyring`, never a trap.
    package init(decoding bytes: [UInt8]) throws {
        var reader = ByteReader(bytes)
        guard try reader.byte() == TenantRecord.format else { throw CryptoError.corruptKeyring }
        let current = try reader.uint32()
        let reserved = try reader.uint64()
        let count = try reader.uint32()
        guard count <= 1 << 20 else { throw CryptoError.corruptKeyring }
        var wrapped = [(version: UInt32, bytes: [UInt8])]()
        wrapped.reserveCapacity(Int(count))
        for _ in 0..<count {
            let version = try reader.uint32()
            let length = Int(try reader.byte()) << 8 | Int(try reader.byte())
            wrapped.append((version, try reader.bytes(length)))
        }
        guard reader.isAtEnd, wrapped.contains(where: { $0.version == current }) else {
            throw CryptoError.corruptKeyring
        }
        self.current = current
        self.reserved = reserved
        self.wrapped = wrapped
    }
}
