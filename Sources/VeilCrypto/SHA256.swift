import CLibCrypto

/// SHA-256 on OpenSSL, for content hashes that need no key (hash chains, file digests).
///
/// Anything derived from tenant content that is stored as a lookup key must use ``HMAC`` instead: a plain hash of a
/// prompt lets anyone holding the file test guesses.
public enum SHA256 {
    /// Digest length in bytes.
    public static let byteCount = 32

    /// Hashes `data`.
    ///
    /// - Parameter data: the bytes to hash.
    /// - Returns: the 32-byte digest.
    public static func hash(_ data: [UInt8]) -> [UInt8] {
        data.withUnsafeBytes { hash($0) }
    }

    /// Hashes bytes the caller holds in memory.
    ///
    /// Not throwing for the same reason as ``HMAC``: with the digest fetched at start-up, OpenSSL fails here only
    /// on allocation failure, which traps in Swift anyway.
    ///
    /// - Parameter data: the bytes to hash.
    /// - Returns: the 32-byte digest.
    public static func hash(_ data: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: byteCount) { output, initialized in
            var length: UInt32 = 0
            // EVP_Digest accepts a NULL data pointer only with a zero length; give it a valid one either way.
            var empty: UInt8 = 0
            let ok = withUnsafePointer(to: &empty) { emptyPointer in
                EVP_Digest(
                    data.baseAddress ?? UnsafeRawPointer(emptyPointer), data.count, output.baseAddress, &length,
                    OpenSSLAlgorithms.shared.sha256, nil)
            }
            guard ok == 1, length == byteCount, OpenSSLAlgorithms.shared.sha256 != nil else {
                fatalError("OpenSSL SHA-256 failed: out of memory or a broken OpenSSL installation")
            }
            initialized = byteCount
        }
    }
}
