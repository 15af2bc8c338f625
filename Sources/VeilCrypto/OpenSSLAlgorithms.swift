import CLibCrypto

/// The OpenSSL 3 algorithm objects Veil uses, fetched once per process.
///
/// Fetching by name walks the provider tables and takes locks; doing it once and passing the fetched object to the
/// `…_ex2` initializers is about 1.7× faster per AES-GCM call at 1 KiB than the legacy `EVP_aes_256_gcm()` path.
/// A failed fetch (a broken OpenSSL install, a provider configuration without the default algorithms) is kept as
/// `nil`; ``requireAll()`` reports it when a keyring opens, so a process that started has every algorithm, and the
/// non-throwing hashes (``HMAC``, ``SHA256``) can never meet a missing one.
package final class OpenSSLAlgorithms: @unchecked Sendable {
    // Safety of @unchecked Sendable: every pointer is set once in init and never changed. Fetched EVP_CIPHER,
    // EVP_MD, EVP_MAC and EVP_KDF objects are immutable, reference-counted and documented as safe to use from many
    // threads at once. The HMAC template context is only ever read (EVP_MAC_CTX_dup), never initialized or updated.
    // The objects are never freed: they live as long as the process, as OpenSSL's own defaults do.

    /// The shared instance; Swift initializes a global `let` exactly once, thread-safely.
    static let shared = OpenSSLAlgorithms()

    let aes256GCM: OpaquePointer?
    let sha256: OpaquePointer?
    let hmac: OpaquePointer?
    let hkdf: OpaquePointer?
    /// An HMAC context with the digest already set to SHA-256 and no key; duplicating it skips the digest fetch.
    let hmacSHA256Template: OpaquePointer?

    private init() {
        aes256GCM = EVP_CIPHER_fetch(nil, "AES-256-GCM", nil)
        sha256 = EVP_MD_fetch(nil, "SHA256", nil)
        let hmac = EVP_MAC_fetch(nil, "HMAC", nil)
        self.hmac = hmac
        hmacSHA256Template = hmac.flatMap { veil_hmac_sha256_template($0) }
        hkdf = EVP_KDF_fetch(nil, "HKDF", nil)
        ERR_clear_error()
    }

    /// Throws unless every algorithm was fetched; called when a keyring opens, before any key is used.
    package static func requireAll() throws {
        let all = [shared.aes256GCM, shared.sha256, shared.hmac, shared.hkdf, shared.hmacSHA256Template]
        guard all.allSatisfy({ $0 != nil }) else { throw CryptoError.openssl(0) }
    }

    /// Unwraps a fetched algorithm or reports the missing provider as an OpenSSL error.
    static func require(_ algorithm: OpaquePointer?) throws -> OpaquePointer {
        guard let algorithm else { throw CryptoError.openssl(0) }
        return algorithm
    }
}
