/// What a subkey derived from a tenant's data key is for; each purpose gets an independent key.
///
/// Deriving instead of storing more keys keeps crypto-shredding simple: destroying the tenant's data key destroys
/// every key derived from it. The label enters HKDF's `info`, so two purposes never share a key.
///
/// ```swift
/// let lookupKey = try dataKey.subkey(.cacheLookup)
/// ```
public struct KeyPurpose: Sendable, Hashable, CustomStringConvertible {
    /// The label that separates this purpose from every other in HKDF's `info`.
    public let label: String

    /// Creates a purpose; labels are part of the derivation, so changing one changes the key.
    ///
    /// - Parameter label: a short, stable, ASCII name such as `"cache-lookup"`.
    public init(_ label: String) {
        self.label = label
    }

    /// HMAC key for cache lookup keys derived from request content.
    public static let cacheLookup = KeyPurpose("cache-lookup")
    /// HMAC key for hashing PII values (placeholder consistency without storing the value).
    public static let piiHash = KeyPurpose("pii-hash")
    /// HMAC key for end-user (subject) identifiers stored beside entries, for per-subject erasure.
    public static let subject = KeyPurpose("subject")
    /// MAC key for audit records and erasure receipts.
    public static let audit = KeyPurpose("audit")
    /// HMAC key for API key verifiers.
    public static let apiKey = KeyPurpose("api-key")
    /// Encryption key for semantic index vectors, separate from record sealing.
    public static let vectorIndex = KeyPurpose("vector-index")

    /// The label, which is not secret.
    public var description: String { label }
}
