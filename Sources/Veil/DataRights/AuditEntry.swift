import Foundation
import VeilCrypto

/// One line of the audit log: an event, the pseudonymous ids it concerns, and its link in the hash chain.
///
/// ``hash`` is SHA-256 (hex) of the entry's canonical JSON (sorted keys, with `hash` and `mac` empty), which includes
/// ``previous``, the hash of the entry before; so changing, removing or reordering any entry breaks every link after
/// it. ``mac`` is HMAC-SHA256 of the hash under the ``AuditKey``, so nobody without the keyring can rewrite the chain
/// from the altered entry on.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// 1, 2, 3, … with no gaps.
    public var sequence: Int
    /// When it was written (ISO 8601, UTC, milliseconds).
    public var time: String
    /// What happened.
    public var event: AuditEvent
    /// The tenant as a pseudonym (``AuditKey/pseudonym(tenant:)``), if the event concerns one.
    public var tenant: String?
    /// The end user as a pseudonym (``AuditKey/pseudonym(subject:tenant:)``), if the event concerns one.
    public var subject: String?
    /// Counts, receipt ids, key versions: never names, prompts or other personal data.
    public var details: [String: String]
    /// ``hash`` of the previous entry (64 zeros for the first).
    public var previous: String
    /// SHA-256 of this entry's canonical form.
    public var hash: String
    /// HMAC of ``hash`` under the audit key.
    public var mac: String

    /// Creates an entry from its fields (the audit log computes `hash` and `mac`).
    package init(
        sequence: Int,
        time: String,
        event: AuditEvent,
        tenant: String?,
        subject: String?,
        details: [String: String],
        previous: String,
        hash: String,
        mac: String
    ) {
        self.sequence = sequence
        self.time = time
        self.event = event
        self.tenant = tenant
        self.subject = subject
        self.details = details
        self.previous = previous
        self.hash = hash
        self.mac = mac
    }

    /// The hash of the entry before the first.
    public static let genesis = String(repeating: "0", count: 64)

    /// Sorted-key JSON with `hash` and `mac` empty: what ``hash`` covers.
    func canonicalBytes() throws -> [UInt8] {
        var bare = self
        bare.hash = ""
        bare.mac = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(bare))
    }

    /// Fills ``hash`` and ``mac``.
    package mutating func seal(with key: AuditKey) throws {
        let digest = SHA256.hash(try canonicalBytes())
        hash = Hex.encode(digest)
        mac = Hex.encode(key.mac(digest))
    }

    /// Whether ``hash`` and ``mac`` match the content under `key`.
    package func isIntact(under key: AuditKey) throws -> Bool {
        let digest = SHA256.hash(try canonicalBytes())
        guard let storedHash = Hex.decode(hash), let storedMAC = Hex.decode(mac) else { return false }
        return constantTimeEquals(storedHash, digest) && constantTimeEquals(storedMAC, key.mac(digest))
    }

    /// One compact JSON line (sorted keys), without the newline.
    func line() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(self))
    }
}
