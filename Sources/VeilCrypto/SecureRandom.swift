import CLibCrypto

/// Cryptographically secure random bytes from OpenSSL's DRBG (seeded from the kernel), for keys and nonces.
public enum SecureRandom {
    /// Returns `count` random bytes.
    ///
    /// - Parameter count: how many bytes; zero gives an empty array.
    /// - Returns: the random bytes.
    /// - Throws: ``CryptoError/randomFailure`` if the generator fails, ``CryptoError/invalidInput`` for a negative
    ///   count. A failing generator is never papered over: a repeated nonce breaks AES-GCM completely.
    public static func bytes(_ count: Int) throws -> [UInt8] {
        guard count >= 0 else { throw CryptoError.invalidInput }
        return try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            try fill(UnsafeMutableRawBufferPointer(buffer))
            initialized = count
        }
    }

    /// Fills `buffer` with random bytes.
    ///
    /// - Parameter buffer: the memory to fill.
    /// - Throws: ``CryptoError/randomFailure`` if the generator fails.
    public static func fill(_ buffer: UnsafeMutableRawBufferPointer) throws {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        var offset = 0
        // RAND_bytes takes an Int32 length; chunk so any buffer size works.
        while offset < buffer.count {
            let chunk = min(buffer.count - offset, 1 << 30)
            guard RAND_bytes(base.advanced(by: offset).assumingMemoryBound(to: UInt8.self), Int32(chunk)) == 1
            else {
                ERR_clear_error()
                throw CryptoError.randomFailure
            }
            offset += chunk
        }
    }
}
