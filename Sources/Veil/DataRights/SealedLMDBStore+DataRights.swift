import VeilCrypto
import VeilKeyring
import VeilStorage

extension SealedLMDBStore: VeilStore {
    /// The data directory the store was opened in (holding `data/` and `keyring/`).
    package var dataDirectory: String {
        let path = environment.configuration.path
        return path.hasSuffix("/data") ? String(path.dropLast(5)) : path
    }

    /// The tenant's existing key versions, from the keyring.
    package func keyVersions(tenant: TenantID) throws -> [UInt32] {
        try keyring.versions(tenant: tenant.rawValue)
    }

    /// Destroys the tenant's keys in the keyring (one write transaction, `fsync`ed).
    package func destroyKeys(tenant: TenantID) async throws -> [UInt32] {
        try keyring.destroy(tenant: tenant.rawValue)
    }

    /// A new key version in the keyring.
    package func rotateKey(tenant: TenantID) async throws -> UInt32 {
        try keyring.rotate(tenant: tenant.rawValue)
    }

    /// ``Keyring/rotateMasterKeyFile(at:)``: re-wrap, replace the key file, compact the keyring.
    package func rotateMasterKey(file path: String) async throws -> Int {
        let count = try keyring.tenants().count
        try keyring.rotateMasterKeyFile(at: path)
        return count
    }

    /// Compacts the data environment (and the keyring's) off the cooperative pool: copy without free pages, `fsync`,
    /// atomic rename.
    package func reclaimSpace(includingKeys: Bool) async throws {
        let target = self
        try await Offload.run {
            try target.environment.compact()
            if includingKeys { try target.keyring.compact() }
        }
    }

    /// The data file's size.
    package func storageBytes() async -> Int {
        environment.fileSize
    }

    /// HMACs of `subject` under every existing key version of `tenant`, as the cache wrote them.
    ///
    /// The cache MACs a subject under the tenant's current key, so after a rotation older entries carry the MAC
    /// under an older version; erasure and export must look for all of them. Never creates a key.
    package func subjectMACs(tenant: TenantID, subject: String) throws -> [[UInt8]] {
        try keyring.versions(tenant: tenant.rawValue).map { version in
            let subkey = try keyring.key(tenant: tenant.rawValue, version: version)
                .subkey(KeyPurpose(StorePurpose.subject.rawValue))
            return HMAC.sha256(key: subkey, Array(subject.utf8))
        }
    }

    /// Whether the keyring remembers destroying keys of `tenant` (a tombstone), without creating anything.
    package func hasDestroyedKeys(tenant: TenantID) -> Bool {
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
    package func storedSize(tenant: TenantID, key: [UInt8], plaintext: Int) -> Int {
        Self.storedSize(tenant: tenant, key: key, plaintext: plaintext)
    }

    /// Bytes a record takes in LMDB: storage key plus version header, nonce, ciphertext and tag.
    static func storedSize(tenant: TenantID, key: [UInt8], plaintext: Int) -> Int {
        tenant.rawValue.utf8.count + 1 + key.count + 4 + AES256GCM.overhead + plaintext
    }

    /// The audit key, from the keyring (created on first use).
    package func auditKey() throws -> AuditKey {
        try AuditKey(keyring: keyring)
    }

    /// `<data-dir>/audit.log`.
    package var auditLogStorage: any AuditLogStorage {
        AuditLogFile(path: dataDirectory + "/audit.log")
    }

    /// `<data-dir>/receipts/`.
    package var receiptStorage: any ReceiptStorage {
        ReceiptDirectory(directory: dataDirectory + "/receipts")
    }

    /// Always `ok`: the files are local, and a failure shows as an error of the call that met it.
    package var health: StoreHealth { .ok }

    /// Nothing to observe: other processes' changes are seen through the files themselves (the keyring's commit
    /// counter, the data file's identity).
    package func observeChanges(_ handler: @escaping @Sendable (StoreChange) -> Void) {}

    /// Flushes the data environment.
    package func close() async throws {
        try environment.sync(force: true)
    }
}
