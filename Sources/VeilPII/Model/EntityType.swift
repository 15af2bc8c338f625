/// A kind of personal or secret data that Veil recognizes.
///
/// The raw values are the names used on the wire (placeholders such as `<EMAIL_1>`, the `X-Veil-Redactions`
/// header, `veil anonymize --jsonl` output) and in tenant policy files, so they never change once shipped.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable {
    /// An e-mail address whose domain ends in a real top-level domain.
    case email = "EMAIL"
    /// A telephone number: E.164 or a national format (US/CA, UK, DE, FR, CN landlines).
    case phone = "PHONE"
    /// A mainland-China mobile number (11 digits, allocated 13x–19x prefix).
    case cnMobile = "CN_MOBILE"
    /// A payment card number passing Luhn with a known issuer prefix.
    case creditCard = "CREDIT_CARD"
    /// A Chinese bank card (UnionPay `62…` and domestic bank BINs) passing Luhn.
    case cnBankCard = "CN_BANK_CARD"
    /// An international bank account number with the right length for its country and a valid mod-97 check.
    case iban = "IBAN"
    /// An IPv4 or IPv6 address.
    case ipAddress = "IP_ADDRESS"
    /// A 48-bit hardware (MAC) address.
    case mac = "MAC"
    /// A US social security number obeying the area/group/serial rules.
    case usSSN = "US_SSN"
    /// A Chinese 18-character resident identity card number with a valid region, date and check character.
    case cnResidentID = "CN_RESIDENT_ID"
    /// Credentials embedded in a URL (`user:pass@`) or a credential-bearing query parameter (`token=…`).
    case urlCredential = "URL_CREDENTIAL"
    /// An API key, access token, JWT or PEM private key.
    case secret = "SECRET"
    /// A person's name.
    case person = "PERSON"
}
