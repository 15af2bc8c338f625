import CLibCrypto

/// HKDF with SHA-256 (RFC 5869, extract then expand) on OpenSSL: one secret, many independent keys.
///
/// Veil derives every purpose-specific key (cache lookup HMAC, PII hashing, audit MAC …) from a tenant's data key,
/// so destroying the data key destroys all of them. A derivation costs about 15 µs, so callers cache derived keys
/// (``TenantDataKey/subkey(_:)`` does).
public enum HKDF {
    /// The most output RFC 5869 allows for SHA-256: 255 blocks of 32 bytes.
    public static let maximumOutputByteCount = 255 * 32

    /// Derives a new key from `key`.
    ///
    /// - Parameters:
    ///   - key: the input keying material.
    ///   - salt: optional non-secret randomness; empty means a string of zero bytes, as RFC 5869 specifies.
    ///   - info: context that makes keys for different purposes independent.
    ///   - outputByteCount: the derived key length, 1 to 8160.
    /// - Returns: the derived key, written straight into memory the key owns.
    /// - Throws: ``CryptoError/invalidInput`` for a bad length, or an OpenSSL error.
    public static func deriveKey(
        from key: SecretKey,
        salt: [UInt8],
        info: [UInt8],
        outputByteCount: Int = 32
    ) throws -> SecretKey {
        guard outputByteCount > 0, outputByteCount <= maximumOutputByteCount else { throw CryptoError.invalidInput }
        return try SecretKey(byteCount: outputByteCount) { output in
            try derive(from: key, salt: salt, info: info, into: output)
        }
    }

    /// Derives bytes from `key`, for outputs that are not keys (test vectors, identifiers).
    ///
    /// - Parameters:
    ///   - key: the input keying material.
    ///   - salt: optional non-secret randomness; may be empty.
    ///   - info: context that separates purposes.
    ///   - outputByteCount: how many bytes, 1 to 8160.
    /// - Returns: the derived bytes.
    /// - Throws: ``CryptoError/invalidInput`` for a bad length, or an OpenSSL error.
    public static func deriveBytes(
        from key: SecretKey,
        salt: [UInt8],
        info: [UInt8],
        outputByteCount: Int = 32
    ) throws -> [UInt8] {
        guard outputByteCount > 0, outputByteCount <= maximumOutputByteCount else { throw CryptoError.invalidInput }
        return try [UInt8](unsafeUninitializedCapacity: outputByteCount) { output, initialized in
            try derive(from: key, salt: salt, info: info, into: UnsafeMutableRawBufferPointer(output))
            initialized = outputByteCount
        }
    }

    private static func derive(
        from key: SecretKey,
        salt: [UInt8],
        info: [UInt8],
        into output: UnsafeMutableRawBufferPointer
    ) throws {
        let kdf = try OpenSSLAlgorithms.require(OpenSSLAlgorithms.shared.hkdf)
        guard let target = output.baseAddress else { throw CryptoError.invalidInput }
        let ok = salt.withUnsafeBufferPointer { saltBuffer in
            info.withUnsafeBufferPointer { infoBuffer in
                veil_hkdf_sha256(
                    kdf, key.unsafeBase.assumingMemoryBound(to: UInt8.self), key.byteCount,
                    saltBuffer.baseAddress, saltBuffer.count, infoBuffer.baseAddress, infoBuffer.count,
                    target.assumingMemoryBound(to: UInt8.self), output.count)
            }
        }
        guard ok == 1 else { throw CryptoError.lastOpenSSLError() }
    }
}
