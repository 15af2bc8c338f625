/// What to do with a detected entity, as chosen by a tenant's policy.
public enum PIIAction: String, Sendable, Hashable, CaseIterable, Codable {
    /// Replace with a reversible placeholder such as `<EMAIL_1>`; restored in the answer.
    case pseudonymize
    /// Replace with an irreversible type tag such as `[EMAIL]`.
    case redact
    /// Replace with a partial form such as `j***@e***.com` or `**** **** **** 1111`.
    case mask
    /// Replace with a keyed hash tag such as `<EMAIL_HASH_3fa9…>`: stable inside a tenant, unlinkable across tenants.
    case hash
    /// Leave the value as it is (it is still counted as found, not as acted on).
    case allow
    /// Refuse the whole request with ``PIIBlockedError``.
    case block
}
