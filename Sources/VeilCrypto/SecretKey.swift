import CLibCrypto

/// Secret key bytes in memory that this object owns, wiped with `OPENSSL_cleanse` when it is released.
///
/// A `SecretKey` never hands out a copy of its bytes as an array: callers read them inside
/// ``withUnsafeBytes(_:)``, so no stray `[UInt8]` holding key material outlives its use. Equality runs in constant
/// time, and ``description`` prints only the length.
///
/// ```swift
/// let key = try SecretKey.random()
/// let sealed = try AES256GCM.seal(Array("hello".utf8), key: key, authenticating: [])
/// ```
public final class SecretKey: @unchecked Sendable {
    // Safety of @unchecked Sendable: the buffer is written only inside init, before `self` is visible to anyone,
    // is read-only afterwards, and is freed in deinit, which runs once no reference remains. Concurrent readers
    // of immutable memory need no synchronization.
    private let base: UnsafeMutableRawPointer

    /// The key length in bytes.
    public let byteCount: Int

    /// The largest key accepted; HMAC keys longer than a block are hashed anyway, so this only bounds allocation.
    static let maximumByteCount = 4096

    /// Allocates `byteCount` bytes and lets `body` write the key into them directly, so no intermediate copy exists.
    ///
    /// If `body` throws, the partly written bytes are wiped before the error propagates.
    init(
        byteCount: Int,
        initializingWith body: (UnsafeMutableRawBufferPointer) throws -> Void
    ) throws {
        guard byteCount > 0, byteCount <= Self.maximumByteCount else { throw CryptoError.invalidKey }
        let base = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 16)
        base.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
        do {
            try body(UnsafeMutableRawBufferPointer(start: base, count: byteCount))
        } catch {
            OPENSSL_cleanse(base, byteCount)
            base.deallocate()
            throw error
        }
        self.base = base
        self.byteCount = byteCount
    }

    /// Creates a key from bytes the caller already holds.
    ///
    /// The bytes are copied; the caller remains responsible for wiping its own array (prefer ``random(byteCount:)``
    /// or an HKDF derivation, which never expose the key outside this object).
    ///
    /// - Parameter bytes: the key, 1 to 4096 bytes.
    /// - Throws: ``CryptoError/invalidKey`` when `bytes` is empty or too long.
    public convenience init(bytes: [UInt8]) throws {
        try self.init(byteCount: bytes.count) { buffer in
            bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        }
    }

    /// Creates a key from raw memory the caller holds, copying it.
    ///
    /// - Parameter bytes: the key, 1 to 4096 bytes.
    /// - Throws: ``CryptoError/invalidKey`` when `bytes` is empty or too long.
    public convenience init(copying bytes: UnsafeRawBufferPointer) throws {
        try self.init(byteCount: bytes.count) { buffer in
            buffer.copyMemory(from: bytes)
        }
    }

    /// Creates a key of fresh bytes from OpenSSL's CSPRNG.
    ///
    /// - Parameter byteCount: the key length; 32 for AES-256 and for HMAC-SHA256.
    /// - Returns: a new random key.
    /// - Throws: ``CryptoError/randomFailure`` if the generator fails, ``CryptoError/invalidKey`` for a bad length.
    public static func random(byteCount: Int = 32) throws -> SecretKey {
        try SecretKey(byteCount: byteCount) { buffer in
            try SecureRandom.fill(buffer)
        }
    }

    deinit {
        OPENSSL_cleanse(base, byteCount)
        base.deallocate()
    }

    /// Calls `body` with the key bytes; the pointer must not escape the closure.
    ///
    /// - Parameter body: reads the key bytes.
    /// - Returns: whatever `body` returns.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: byteCount))
    }

    /// The raw pointer, for OpenSSL calls inside this module that must not pay for a closure.
    var unsafeBase: UnsafeRawPointer { UnsafeRawPointer(base) }
}

extension SecretKey: Equatable {
    /// Compares two keys in constant time (`CRYPTO_memcmp`); keys of different lengths are unequal.
    public static func == (lhs: SecretKey, rhs: SecretKey) -> Bool {
        guard lhs.byteCount == rhs.byteCount else { return false }
        return CRYPTO_memcmp(lhs.base, rhs.base, lhs.byteCount) == 0
    }
}

extension SecretKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Names the type and length only, so a key printed into a log by mistake reveals nothing.
    public var description: String { "SecretKey(\(byteCount) bytes)" }

    /// Same as ``description``: debuggers and `dump` show no key bytes either.
    public var debugDescription: String { description }

    /// An empty mirror, so `dump` and reflection-based loggers cannot reach the key pointer.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
