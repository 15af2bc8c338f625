import Foundation
import VeilCrypto

/// Proof that an erasure happened: what went, when, and a MAC so it cannot be altered unseen.
///
/// Printed by `veil erase` and stored under `<data-dir>/receipts/<id>.json`. It names the tenant and the subject
/// only by HMAC under the ``AuditKey`` (see ``AuditKey/pseudonym(tenant:)``), so the receipt itself holds no
/// personal data. ``mac`` is HMAC-SHA256 under the audit key over the receipt's canonical JSON (keys sorted, no
/// whitespace, `mac` left out); ``verify(with:)`` recomputes it.
///
/// ```swift
/// let receipt = try ErasureReceipt.decode(from: bytes)
/// try receipt.verify(with: try AuditKey(keyring: store.keyring))   // throws DataRightsError.receiptInvalid
/// ```
public struct ErasureReceipt: Sendable, Hashable, Codable {
    /// The receipt format; a different value is refused by ``decode(from:)``.
    public static let currentFormat = "veil.erasure-receipt.v1"

    /// What was erased.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A whole tenant: keys destroyed, every record deleted.
        case tenant
        /// One end user's cache entries within a tenant.
        case subject
    }

    /// Sealed records deleted, per table, with their stored size.
    public struct TableCount: Sendable, Hashable, Codable {
        /// The table name.
        public var table: String
        /// Records deleted.
        public var records: Int
        /// Bytes those records took (key and sealed value).
        public var bytes: Int

        /// Creates a count.
        package init(
            table: String,
            records: Int,
            bytes: Int
        ) {
            self.table = table
            self.records = records
            self.bytes = bytes
        }
    }

    /// ``currentFormat``.
    public var format: String
    /// A random id, also the receipt's file name.
    public var id: String
    /// Tenant or subject erasure.
    public var kind: Kind
    /// HMAC of the tenant id under the audit key.
    public var tenant: String
    /// HMAC of the subject id under the audit key (subject erasure only).
    public var subject: String?
    /// When the erasure began (ISO 8601, UTC, milliseconds).
    public var started: String
    /// When the tenant's keys were destroyed: from this instant nothing of it opens (tenant erasure only).
    public var keysDestroyed: String?
    /// When the erasure, compaction included, was finished.
    public var finished: String
    /// Data-key versions destroyed (tenant erasure).
    public var keyVersionsDestroyed: [UInt32]
    /// Records deleted per table.
    public var tables: [TableCount]
    /// All records deleted.
    public var records: Int
    /// Cache entries (answers) deleted.
    public var entries: Int
    /// Index vectors deleted.
    public var vectors: Int
    /// API keys deleted.
    public var apiKeys: Int
    /// Bytes of all records deleted (keys and sealed values).
    public var bytes: Int
    /// Whether the data file was compacted afterwards, so freed pages holding the records are gone.
    public var dataCompacted: Bool
    /// Whether the keyring file was compacted afterwards, so freed pages holding wrapped keys are gone.
    public var keyringCompacted: Bool
    /// Size of the data file before and after (bytes).
    public var dataFileBytesBefore: Int
    /// Size of the data file after compaction (bytes).
    public var dataFileBytesAfter: Int
    /// HMAC-SHA256 (hex) over the canonical receipt without this field.
    public var mac: String

    /// Creates a receipt from its fields (the eraser fills them, then MACs the receipt).
    package init(
        format: String,
        id: String,
        kind: Kind,
        tenant: String,
        subject: String?,
        started: String,
        keysDestroyed: String?,
        finished: String,
        keyVersionsDestroyed: [UInt32],
        tables: [TableCount],
        records: Int,
        entries: Int,
        vectors: Int,
        apiKeys: Int,
        bytes: Int,
        dataCompacted: Bool,
        keyringCompacted: Bool,
        dataFileBytesBefore: Int,
        dataFileBytesAfter: Int,
        mac: String
    ) {
        self.format = format
        self.id = id
        self.kind = kind
        self.tenant = tenant
        self.subject = subject
        self.started = started
        self.keysDestroyed = keysDestroyed
        self.finished = finished
        self.keyVersionsDestroyed = keyVersionsDestroyed
        self.tables = tables
        self.records = records
        self.entries = entries
        self.vectors = vectors
        self.apiKeys = apiKeys
        self.bytes = bytes
        self.dataCompacted = dataCompacted
        self.keyringCompacted = keyringCompacted
        self.dataFileBytesBefore = dataFileBytesBefore
        self.dataFileBytesAfter = dataFileBytesAfter
        self.mac = mac
    }

    enum CodingKeys: String, CodingKey {
        case format, id, kind, tenant, subject, started, finished, tables, records, entries, vectors, bytes, mac
        case keysDestroyed = "keys_destroyed"
        case keyVersionsDestroyed = "key_versions_destroyed"
        case apiKeys = "api_keys"
        case dataCompacted = "data_compacted"
        case keyringCompacted = "keyring_compacted"
        case dataFileBytesBefore = "data_file_bytes_before"
        case dataFileBytesAfter = "data_file_bytes_after"
    }

    /// The bytes the MAC covers: sorted-key JSON of the receipt with an empty ``mac``.
    public func canonicalBytes() throws -> [UInt8] {
        var unsigned = self
        unsigned.mac = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(unsigned))
    }

    /// Sets ``mac`` under `key`.
    package mutating func sign(with key: AuditKey) throws {
        mac = Hex.encode(key.mac(try canonicalBytes()))
    }

    /// Checks the MAC under `key`.
    ///
    /// - Throws: ``DataRightsError/receiptInvalid`` when the receipt was altered (any field) or made under another
    ///   key; ``DataRightsError/receiptMalformed`` for an unknown format.
    package func verify(with key: AuditKey) throws {
        guard format == Self.currentFormat else { throw DataRightsError.receiptMalformed }
        guard let presented = Hex.decode(mac), constantTimeEquals(presented, key.mac(try canonicalBytes())) else {
            throw DataRightsError.receiptInvalid
        }
    }

    /// Pretty JSON for people and files (sorted keys, so it diffs well).
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(self)) + [0x0A]
    }

    /// Parses a receipt.
    ///
    /// - Throws: ``DataRightsError/receiptMalformed`` when it is not one.
    public static func decode(from bytes: [UInt8]) throws -> ErasureReceipt {
        do {
            return try JSONDecoder().decode(ErasureReceipt.self, from: Data(bytes))
        } catch {
            throw DataRightsError.receiptMalformed
        }
    }

    /// ISO 8601 UTC with milliseconds, the form every time in receipts and the audit log takes.
    package static func timestamp(_ date: Date) -> String {
        Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt).format(date)
    }
}
