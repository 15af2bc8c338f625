import VeilCrypto
import VeilKeyring

/// The key that MACs erasure receipts and audit entries, and pseudonymizes tenant and subject ids in them.
///
/// It cannot be a tenant's key (erasure destroys those, and a receipt must outlive its tenant), and it should not be
/// the master key itself (rotating the master key would make every earlier receipt unverifiable). So it is a
/// dedicated data key kept in the keyring under the reserved name ``keyringName`` — `#` is outside the tenant id
/// alphabet, so no tenant can ever collide with it. Like every keyring key it is stored wrapped under the master key
/// and re-wrapped by `veil keys rotate-master`, so it survives master rotation unchanged; the MAC key proper is
/// derived from its first version with HKDF (purpose ``KeyPurpose/audit``). It is created on first use.
///
/// Ids are HMACs under this key: someone holding the keyring and master key can check "was tenant X erased?" by
/// computing the HMAC of X; nobody else can read the ids back.
package struct AuditKey: Sendable {
    /// The keyring entry holding the audit key.
    package static let keyringName = "#veil-audit"

    private let key: SecretKey

    /// Loads the audit key from `keyring`, creating it on first use.
    ///
    /// - Throws: ``VeilCrypto/CryptoError`` or a storage error from the keyring.
    package init(keyring: Keyring) throws {
        let versions = try keyring.versions(tenant: Self.keyringName)
        let dataKey: TenantDataKey
        if let first = versions.first {
            dataKey = try keyring.key(tenant: Self.keyringName, version: first)
        } else {
            // Creates version 1 (another process may race us; the keyring makes one of us win).
            let created = try keyring.sealingKey(tenant: Self.keyringName)
            let first = try keyring.versions(tenant: Self.keyringName).first ?? created.version
            dataKey = try keyring.key(tenant: Self.keyringName, version: first)
        }
        key = try dataKey.subkey(.audit)
    }

    /// A key from raw material (tests).
    init(secret: SecretKey) { key = secret }

    /// The audit key derived from the first version of the ``keyringName`` entry of another keyring (a shared
    /// store's), exactly as ``init(keyring:)`` derives it.
    ///
    /// - Parameter dataKey: version 1 (the first existing version) of the `#veil-audit` entry.
    /// - Throws: when derivation fails.
    package init(auditDataKey dataKey: TenantDataKey) throws {
        key = try dataKey.subkey(.audit)
    }

    /// HMAC-SHA256 of `message` under the audit key.
    package func mac(_ message: [UInt8]) -> [UInt8] {
        HMAC.sha256(key: key, message)
    }

    /// The tenant id as it appears in receipts and the audit log: hex HMAC of `"tenant\0" ‖ id`.
    package func pseudonym(tenant: TenantID) -> String {
        Hex.encode(mac(Array("tenant\u{0}\(tenant.rawValue)".utf8)))
    }

    /// The subject id as it appears in receipts and the audit log: hex HMAC of `"subject\0" ‖ tenant ‖ "\0" ‖ subject`.
    package func pseudonym(subject: String, tenant: TenantID) -> String {
        Hex.encode(mac(Array("subject\u{0}\(tenant.rawValue)\u{0}\(subject)".utf8)))
    }
}
