import CLibCrypto

/// Compares two byte strings in time that depends only on their length, not on where they first differ.
///
/// Use it for MACs, tags and tokens, where an early-exit `==` would let an attacker find a valid value byte by byte.
/// Lengths are not secret: arrays of different lengths compare unequal at once.
///
/// - Parameters:
///   - a: the first byte string.
///   - b: the second byte string.
/// - Returns: `true` when both hold the same bytes.
public func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    guard !a.isEmpty else { return true }
    return a.withUnsafeBytes { pa in
        b.withUnsafeBytes { pb in
            CRYPTO_memcmp(pa.baseAddress, pb.baseAddress, a.count) == 0
        }
    }
}
