import CLibCrypto

/// AES-256 in Galois/Counter Mode: authenticated encryption with associated data, on OpenSSL.
///
/// The sealed format is `nonce (12) ‖ ciphertext ‖ tag (16)`, so a sealed value is 28 bytes longer than its
/// plaintext and carries everything `open` needs except the key and the associated data. The associated data binds a
/// ciphertext to its context (tenant, table, record key, key version): bytes moved to another context fail to open.
///
/// ```swift
/// let sealed = try AES256GCM.seal(plaintext, key: key, authenticating: aad)
/// let opened = try AES256GCM.open(sealed, key: key, authenticating: aad)
/// ```
///
/// Random 96-bit nonces are safe for up to 2^32 encryptions under one key (NIST SP 800-38D §8.3); the keyring
/// (`VeilKeyring`) counts encryptions and rotates keys well before that.
public enum AES256GCM {
    /// Key length in bytes.
    public static let keyByteCount = 32
    /// Nonce length in bytes, the 96 bits GCM is designed for.
    public static let nonceByteCount = 12
    /// Authentication tag length in bytes (the full 128 bits; never truncated).
    public static let tagByteCount = 16
    /// How many bytes sealing adds: nonce plus tag.
    public static let overhead = nonceByteCount + tagByteCount

    /// Encrypts and authenticates `plaintext`, and authenticates `aad` without encrypting it.
    ///
    /// - Parameters:
    ///   - plaintext: the bytes to encrypt.
    ///   - key: a 32-byte key.
    ///   - aad: associated data that `open` must be given again, byte for byte.
    ///   - nonce: a 12-byte nonce for known-answer tests; leave `nil` in production to get a fresh random one.
    /// - Returns: `nonce ‖ ciphertext ‖ tag`.
    /// - Throws: ``CryptoError/invalidKey``, ``CryptoError/invalidInput``, ``CryptoError/randomFailure`` or an
    ///   OpenSSL error.
    public static func seal(
        _ plaintext: [UInt8],
        key: SecretKey,
        authenticating aad: [UInt8],
        nonce: [UInt8]? = nil
    ) throws -> [UInt8] {
        try plaintext.withUnsafeBytes { try seal($0, key: key, authenticating: aad, nonce: nonce) }
    }

    /// Encrypts and authenticates bytes the caller holds in memory (for example a zero-copy LMDB read).
    ///
    /// - Parameters:
    ///   - plaintext: the bytes to encrypt.
    ///   - key: a 32-byte key.
    ///   - aad: associated data that `open` must be given again, byte for byte.
    ///   - nonce: a 12-byte nonce for known-answer tests; leave `nil` in production.
    /// - Returns: `nonce ‖ ciphertext ‖ tag`.
    /// - Throws: ``CryptoError/invalidKey``, ``CryptoError/invalidInput``, ``CryptoError/randomFailure`` or an
    ///   OpenSSL error.
    public static func seal(
        _ plaintext: UnsafeRawBufferPointer,
        key: SecretKey,
        authenticating aad: [UInt8],
        nonce: [UInt8]? = nil
    ) throws -> [UInt8] {
        guard key.byteCount == keyByteCount else { throw CryptoError.invalidKey }
        guard plaintext.count <= maximumInputByteCount, aad.count <= maximumInputByteCount else {
            throw CryptoError.invalidInput
        }
        if let nonce, nonce.count != nonceByteCount { throw CryptoError.invalidInput }
        let cipher = try OpenSSLAlgorithms.require(OpenSSLAlgorithms.shared.aes256GCM)
        let total = plaintext.count + overhead
        return try [UInt8](unsafeUninitializedCapacity: total) { output, initialized in
            guard let base = output.baseAddress else { throw CryptoError.invalidInput }
            if let nonce {
                nonce.withUnsafeBytes {
                    UnsafeMutableRawBufferPointer(start: base, count: nonceByteCount).copyMemory(from: $0)
                }
            } else {
                try NonceSource.shared.next(into: base)
            }
            try withCipherContext { ctx in
                guard
                    EVP_EncryptInit_ex2(ctx, cipher, key.unsafeBase.assumingMemoryBound(to: UInt8.self), base, nil) == 1
                else { throw CryptoError.lastOpenSSLError() }
                var written: Int32 = 0
                if !aad.isEmpty {
                    let ok = aad.withUnsafeBufferPointer {
                        EVP_EncryptUpdate(ctx, nil, &written, $0.baseAddress, Int32($0.count))
                    }
                    guard ok == 1 else { throw CryptoError.lastOpenSSLError() }
                }
                let body = base + nonceByteCount
                if let source = plaintext.baseAddress, plaintext.count > 0 {
                    guard
                        EVP_EncryptUpdate(
                            ctx, body, &written, source.assumingMemoryBound(to: UInt8.self), Int32(plaintext.count))
                            == 1,
                        Int(written) == plaintext.count
                    else { throw CryptoError.lastOpenSSLError() }
                }
                // GCM is a stream mode: Final writes no bytes, it only completes the tag computation.
                var scratch = (UInt64(0), UInt64(0))
                let finalOK = withUnsafeMutableBytes(of: &scratch) {
                    EVP_EncryptFinal_ex(ctx, $0.baseAddress?.assumingMemoryBound(to: UInt8.self), &written)
                }
                guard finalOK == 1, veil_gcm_get_tag(ctx, body + plaintext.count, Int32(tagByteCount)) == 1 else {
                    throw CryptoError.lastOpenSSLError()
                }
            }
            initialized = total
        }
    }

    /// Decrypts `nonce ‖ ciphertext ‖ tag` and checks the tag over ciphertext and `aad`.
    ///
    /// - Parameters:
    ///   - sealed: the output of ``seal(_:key:authenticating:nonce:)-([UInt8],_,_,_)``.
    ///   - key: the 32-byte key it was sealed with.
    ///   - aad: the same associated data it was sealed with.
    /// - Returns: the plaintext. Nothing is returned unless the tag verified.
    /// - Throws: ``CryptoError/authenticationFailure`` for a wrong key, wrong associated data, altered or truncated
    ///   bytes (indistinguishably); ``CryptoError/invalidKey`` for a key of the wrong length.
    public static func open(_ sealed: [UInt8], key: SecretKey, authenticating aad: [UInt8]) throws -> [UInt8] {
        try sealed.withUnsafeBytes { try open($0, key: key, authenticating: aad) }
    }

    /// Decrypts sealed bytes the caller holds in memory (for example inside an LMDB read transaction).
    ///
    /// - Parameters:
    ///   - sealed: `nonce ‖ ciphertext ‖ tag`.
    ///   - key: the 32-byte key it was sealed with.
    ///   - aad: the same associated data it was sealed with.
    /// - Returns: the plaintext. Nothing is returned unless the tag verified.
    /// - Throws: ``CryptoError/authenticationFailure`` or ``CryptoError/invalidKey``.
    public static func open(
        _ sealed: UnsafeRawBufferPointer,
        key: SecretKey,
        authenticating aad: [UInt8]
    ) throws -> [UInt8] {
        let count = try plaintextCount(sealed)
        return try [UInt8](unsafeUninitializedCapacity: count) { output, initialized in
            try open(sealed, key: key, authenticating: aad, into: output.baseAddress)
            initialized = count
        }
    }

    /// Opens a sealed key (a wrapped data key) straight into memory a ``SecretKey`` owns, so the unwrapped key
    /// never sits in an array that nobody wipes.
    package static func openKey(_ sealed: [UInt8], key: SecretKey, authenticating aad: [UInt8]) throws -> SecretKey {
        try sealed.withUnsafeBytes { sealed in
            let count = try plaintextCount(sealed)
            return try SecretKey(byteCount: count) { output in
                try open(
                    sealed, key: key, authenticating: aad, into: output.baseAddress?.assumingMemoryBound(to: UInt8.self)
                )
            }
        }
    }

    /// The plaintext length of a sealed value; too short to hold nonce and tag means it cannot authenticate.
    private static func plaintextCount(_ sealed: UnsafeRawBufferPointer) throws -> Int {
        guard sealed.count >= overhead else { throw CryptoError.authenticationFailure }
        return sealed.count - overhead
    }

    /// Decrypts into `output` (room for `sealed.count - 28` bytes), wiping it again if the tag does not verify.
    private static func open(
        _ sealed: UnsafeRawBufferPointer,
        key: SecretKey,
        authenticating aad: [UInt8],
        into output: UnsafeMutablePointer<UInt8>?
    ) throws {
        guard key.byteCount == keyByteCount else { throw CryptoError.invalidKey }
        guard sealed.count >= overhead, let sealedBase = sealed.baseAddress else {
            throw CryptoError.authenticationFailure
        }
        guard sealed.count <= maximumInputByteCount, aad.count <= maximumInputByteCount else {
            throw CryptoError.invalidInput
        }
        let cipher = try OpenSSLAlgorithms.require(OpenSSLAlgorithms.shared.aes256GCM)
        let input = sealedBase.assumingMemoryBound(to: UInt8.self)
        let count = sealed.count - overhead
        try withCipherContext { ctx in
            guard EVP_DecryptInit_ex2(ctx, cipher, key.unsafeBase.assumingMemoryBound(to: UInt8.self), input, nil) == 1
            else { throw CryptoError.lastOpenSSLError() }
            var written: Int32 = 0
            if !aad.isEmpty {
                let ok = aad.withUnsafeBufferPointer {
                    EVP_DecryptUpdate(ctx, nil, &written, $0.baseAddress, Int32($0.count))
                }
                guard ok == 1 else { throw CryptoError.lastOpenSSLError() }
            }
            if count > 0 {
                guard let output,
                    EVP_DecryptUpdate(ctx, output, &written, input + nonceByteCount, Int32(count)) == 1,
                    Int(written) == count
                else { throw CryptoError.lastOpenSSLError() }
            }
            guard veil_gcm_set_tag(ctx, input + nonceByteCount + count, Int32(tagByteCount)) == 1 else {
                throw CryptoError.lastOpenSSLError()
            }
            var scratch = (UInt64(0), UInt64(0))
            let verified = withUnsafeMutableBytes(of: &scratch) {
                EVP_DecryptFinal_ex(ctx, $0.baseAddress?.assumingMemoryBound(to: UInt8.self), &written)
            }
            guard verified == 1 else {
                // The plaintext was written before the tag was checked: wipe it so unauthenticated bytes never
                // linger, and drop the error OpenSSL queued so it cannot be mistaken for a later failure.
                if let output, count > 0 { OPENSSL_cleanse(output, count) }
                ERR_clear_error()
                throw CryptoError.authenticationFailure
            }
        }
    }

    /// The largest plaintext, ciphertext or associated data accepted: OpenSSL's update calls take an `int` length.
    static let maximumInputByteCount = Int(Int32.max) - 64

    /// Runs `body` with a cipher context that is freed (and wiped by OpenSSL) on every exit path.
    @inline(__always)
    private static func withCipherContext(_ body: (OpaquePointer) throws -> Void) throws {
        guard let ctx = EVP_CIPHER_CTX_new() else { throw CryptoError.lastOpenSSLError() }
        defer { EVP_CIPHER_CTX_free(ctx) }
        try body(ctx)
    }
}
