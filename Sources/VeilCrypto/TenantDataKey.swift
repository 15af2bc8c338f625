import VeilSync

/// One version of one tenant's data key, unwrapped from the keyring (`Keyring`, in VeilKeyring).
///
/// Obtain it per operation (`Keyring.sealingKey(tenant:)` to write, `Keyring.key(tenant:version:)` to read) and
/// do not keep it: the keyring checks on every call whether the key was destroyed, possibly by another process,
/// while a copy held elsewhere would keep working.
///
/// ```swift
/// let key = try keyring.sealingKey(tenant: "acme")
/// let sealed = try key.seal(value, authenticating: aad)   // store `key.version` beside `sealed`
/// ```
public struct TenantDataKey: Sendable {
    /// The tenant this key belongs to.
    public let tenant: String
    /// The key version; record it beside sealed data to know which key opens it.
    public let version: UInt32
    /// The 32-byte data key.
    let key: SecretKey
    /// Derived subkeys, shared by every copy of this value and by the keyring's cache.
    private let subkeys: SubkeyCache

    package init(tenant: String, version: UInt32, key: SecretKey) {
        self.tenant = tenant
        self.version = version
        self.key = key
        self.subkeys = SubkeyCache()
    }

    /// The subkey for `purpose`, derived with HKDF-SHA256 on first use and cached.
    ///
    /// The derivation's `info` binds the purpose label, the tenant and the version, so no two tenants, versions or
    /// purposes share a subkey even if data keys were ever equal.
    ///
    /// - Parameter purpose: what the key is for.
    /// - Returns: a 32-byte key.
    /// - Throws: an OpenSSL error if derivation fails.
    public func subkey(_ purpose: KeyPurpose) throws -> SecretKey {
        if let cached = subkeys.entries.withLock({ $0[purpose] }) { return cached }
        var info = Array("veil.subkey.v1".utf8)
        LengthPrefixed.append(Array(purpose.label.utf8), to: &info)
        LengthPrefixed.append(Array(tenant.utf8), to: &info)
        LengthPrefixed.append(version, to: &info)
        let derived = try HKDF.deriveKey(from: key, salt: [], info: info)
        return subkeys.entries.withLock { entries in
            if let raced = entries[purpose] { return raced }
            entries[purpose] = derived
            return derived
        }
    }

    /// Seals `plaintext` with this key (AES-256-GCM, random nonce).
    ///
    /// - Parameters:
    ///   - plaintext: the bytes to seal.
    ///   - aad: the context to bind, which should include tenant, table, record key and ``version``.
    /// - Returns: `nonce ‖ ciphertext ‖ tag`.
    /// - Throws: ``CryptoError`` on failure.
    public func seal(_ plaintext: [UInt8], authenticating aad: [UInt8]) throws -> [UInt8] {
        try AES256GCM.seal(plaintext, key: key, authenticating: aad)
    }

    /// Opens bytes sealed with this key.
    ///
    /// - Parameters:
    ///   - sealed: `nonce ‖ ciphertext ‖ tag`.
    ///   - aad: the same context it was sealed with.
    /// - Returns: the plaintext.
    /// - Throws: ``CryptoError/authenticationFailure`` when anything differs.
    public func open(_ sealed: [UInt8], authenticating aad: [UInt8]) throws -> [UInt8] {
        try AES256GCM.open(sealed, key: key, authenticating: aad)
    }

    /// Opens sealed bytes held in memory (for example inside an LMDB read transaction).
    ///
    /// - Parameters:
    ///   - sealed: `nonce ‖ ciphertext ‖ tag`.
    ///   - aad: the same context it was sealed with.
    /// - Returns: the plaintext.
    /// - Throws: ``CryptoError/authenticationFailure`` when anything differs.
    public func open(_ sealed: UnsafeRawBufferPointer, authenticating aad: [UInt8]) throws -> [UInt8] {
        try AES256GCM.open(sealed, key: key, authenticating: aad)
    }

    /// The data key as a ``SecretKey``, for the sealed store's own AES-GCM calls (e.g. on raw buffers).
    public var secretKey: SecretKey { key }
}

/// The derived-subkey cache behind ``TenantDataKey``; a class so every copy of the key shares it.
final class SubkeyCache: Sendable {
    let entries = Locked<[KeyPurpose: SecretKey]>([:])
}
