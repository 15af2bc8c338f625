import CLibCrypto

/// HMAC-SHA256 (RFC 2104) on OpenSSL: the keyed hash behind Veil's lookup keys and receipt MACs.
///
/// Lookup keys derived from content are HMACs under a per-tenant key, never plain hashes, so that someone holding
/// the data files cannot confirm a guessed prompt by hashing it.
///
/// ```swift
/// let lookupKey = try dataKey.subkey(.cacheLookup)
/// let tag = HMAC.sha256(key: lookupKey, normalizedQuery)
/// ```
public enum HMAC {
    /// Output length of HMAC-SHA256 in bytes.
    public static let byteCount = 32

    /// Computes HMAC-SHA256 of `message` under `key`.
    ///
    /// - Parameters:
    ///   - key: the MAC key (32 bytes recommended; any length is valid).
    ///   - message: the bytes to authenticate.
    /// - Returns: the 32-byte MAC.
    public static func sha256(key: SecretKey, _ message: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: byteCount) { output, initialized in
            initialized = compute(key: key, message: message, into: output.baseAddress)
        }
    }

    /// Computes HMAC-SHA256 of `message` under `key`.
    ///
    /// - Parameters:
    ///   - key: the MAC key.
    ///   - message: the bytes to authenticate.
    /// - Returns: the 32-byte MAC.
    public static func sha256(key: SecretKey, _ message: [UInt8]) -> [UInt8] {
        message.withUnsafeBytes { sha256(key: key, $0) }
    }

    /// Computes HMAC-SHA256 of the UTF-8 bytes of `message` under `key`.
    ///
    /// - Parameters:
    ///   - key: the MAC key.
    ///   - message: the text to authenticate, as UTF-8.
    /// - Returns: the 32-byte MAC.
    public static func sha256(key: SecretKey, _ message: String) -> [UInt8] {
        if let mac = message.utf8.withContiguousStorageIfAvailable({ sha256(key: key, UnsafeRawBufferPointer($0)) }) {
            return mac
        }
        return sha256(key: key, Array(message.utf8))
    }

    /// Writes the MAC to `output` (32 bytes) and returns how many bytes were written.
    ///
    /// Not throwing by design: the algorithm is checked when a keyring opens, and HMAC-SHA256 in OpenSSL then fails
    /// only when memory allocation fails, which no input can cause, and Swift itself traps on allocation failure.
    /// Returning a wrong or empty MAC instead would silently merge lookup keys, so an internal OpenSSL failure traps.
    private static func compute(
        key: SecretKey,
        message: UnsafeRawBufferPointer,
        into output: UnsafeMutablePointer<UInt8>?
    ) -> Int {
        guard let template = OpenSSLAlgorithms.shared.hmacSHA256Template, let output,
            let ctx = EVP_MAC_CTX_dup(template)
        else { opensslFailed() }
        defer { EVP_MAC_CTX_free(ctx) }
        var length = 0
        guard EVP_MAC_init(ctx, key.unsafeBase.assumingMemoryBound(to: UInt8.self), key.byteCount, nil) == 1,
            message.isEmpty
                || EVP_MAC_update(ctx, message.baseAddress?.assumingMemoryBound(to: UInt8.self), message.count) == 1,
            EVP_MAC_final(ctx, output, &length, byteCount) == 1, length == byteCount
        else { opensslFailed() }
        return length
    }

    private static func opensslFailed() -> Never {
        fatalError("OpenSSL HMAC-SHA256 failed: out of memory or a broken OpenSSL installation")
    }
}
