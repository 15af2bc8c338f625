/// A tenant: one customer of the gateway, with its own keys, cache partition, quotas and policy.
public struct Tenant: Sendable, Hashable {
    /// The tenant's id.
    public let id: TenantID
    /// The tenant's policy.
    public var policy: Policy

    /// Creates a tenant.
    public init(id: TenantID, policy: Policy = Policy()) {
        self.id = id
        self.policy = policy
    }
}

/// A tenant id: 1–64 characters from `A–Z a–z 0–9 . _ -`.
///
/// The alphabet is restricted because ids end up in file names, metric labels, log lines and LMDB keys; a
/// restricted alphabet keeps all of those unambiguous and free of injection.
public struct TenantID: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The id text.
    public let rawValue: String

    /// Validates an id; `nil` if it is empty, too long, or has other characters.
    public init?(_ rawValue: String) {
        guard (1...64).contains(rawValue.utf8.count),
            rawValue.utf8.allSatisfy({ byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x2E || byte == 0x5F || byte == 0x2D
            })
        else { return nil }
        self.rawValue = rawValue
    }

    /// The id text.
    public var description: String { rawValue }

    /// Orders ids by their text.
    public static func < (lhs: TenantID, rhs: TenantID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes and validates an id.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = TenantID(text) else { throw VeilError.invalidRequest("tenant id") }
        self = id
    }

    /// Encodes the id text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
