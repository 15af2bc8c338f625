import VeilCrypto
import VeilStorage

extension SealedLMDBStore {
    /// The data directory the store was opened in (holding `data/` and `keyring/`).
    public var dataDirectory: String {
        let path = environment.configuration.path
        return path.hasSuffix("/data") ? String(path.dropLast(5)) : path
    }

    /// HMACs of `subject` under every existing key version of `tenant`, as the cache wrote them.
    ///
    /// The cache MACs a subject under the tenant's current key, so after a rotation older entries carry the MAC
    /// under an older version; erasure and export must look for all of them. Never creates a key.
    func subjectMACs(tenant: TenantID, subject: String) throws -> [[UInt8]] {
        try keyring.versions(tenant: tenant.rawValue).map { version in
            let subkey = try keyring.key(tenant: tenant.rawValue, version: version)
                .subkey(KeyPurpose(StorePurpose.subject.rawValue))
            return HMAC.sha256(key: subkey, Array(subject.utf8))
        }
    }

    /// Whether the keyring remembers destroying keys of `tenant` (a tombstone), without creating anything.
    func hasDestroyedKeys(tenant: TenantID) -> Bool {
        do {
            _ = try keyring.key(tenant: tenant.rawValue, version: 1)
            return false
        } catch let error as CryptoError {
            return error == .keyDestroyed
        } catch {
            return false
        }
    }

    /// Bytes a record takes in LMDB: storage key plus version header, nonce, ciphertext and tag.
    static func storedSize(tenant: TenantID, key: [UInt8], plaintext: Int) -> Int {
        tenant.rawValue.utf8.count + 1 + key.count + 4 + AES256GCM.overhead + plaintext
    }
}
