import Foundation
import Veil
import VeilCrypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The append-only, hash-chained record of data-rights events: erasures, exports, key rotations, tenant creation.
///
/// With the embedded store it is kept as JSON lines in `<data-dir>/audit.log` (mode 0600), outside LMDB so that
/// compaction never rewrites it and any text tool can read it; a shared store keeps it in its database
/// (``AuditLogStorage``). Each ``AuditEntry`` links to the one before by hash and carries a MAC under the
/// ``AuditKey``; ``verify()`` walks the chain. Entries name tenants and end users only by HMAC and hold no prompt
/// text, answers or other personal data.
///
/// Appends from several processes (the daemon and the CLI) are serialized with an exclusive `flock` on the file,
/// and each is `fsync`ed before ``append(_:tenant:subject:details:)`` returns.
///
/// A hash chain shows alteration and removal *inside* the log; cutting entries off its end leaves a shorter valid
/// chain. Receipts (``ReceiptArchive``) are kept separately, so a truncated log no longer lists a receipt that
/// exists; ship the log to append-only storage when that matters.
///
/// ```swift
/// let log = AuditLog(dataDirectory: "/var/lib/veil", key: try AuditKey(keyring: store.keyring))
/// try await log.append(.exported, tenant: tenant, details: ["entries": "12"])
/// let count = try await log.verify()
/// ```
public final class AuditLog: Sendable {
    /// The log file, or a description of where a shared store keeps the log.
    public let path: String
    /// Where the entries are kept.
    package let storage: any AuditLogStorage
    private let key: AuditKey

    /// A log at `<dataDirectory>/audit.log`, created on first append.
    package init(dataDirectory: String, key: AuditKey) {
        path = dataDirectory + "/audit.log"
        storage = AuditLogFile(path: path)
        self.key = key
    }

    /// A log kept in `storage`.
    ///
    /// - Parameters:
    ///   - storage: where the entries live.
    ///   - key: the audit key entries are MAC'd under.
    ///   - location: what ``path`` says (for messages).
    package init(storage: any AuditLogStorage, key: AuditKey, location: String) {
        path = location
        self.storage = storage
        self.key = key
    }

    /// Appends an entry.
    ///
    /// - Parameters:
    ///   - event: what happened.
    ///   - tenant: the tenant concerned, written as its pseudonym.
    ///   - subject: the end user concerned (needs `tenant`), written as its pseudonym.
    ///   - details: counts and ids only.
    /// - Returns: the entry written.
    /// - Throws: ``DataRightsError/fileSystem(errno:)``, or ``DataRightsError/auditLogMalformed(atLine:)`` when the
    ///   last line is not an entry (so a damaged log is never silently extended); a shared store's errors.
    @discardableResult
    public func append(
        _ event: AuditEvent,
        tenant: TenantID? = nil,
        subject: String? = nil,
        details: [String: String] = [:]
    ) async throws -> AuditEntry {
        let key = self.key
        let tenantPseudonym = tenant.map { key.pseudonym(tenant: $0) }
        let subjectPseudonym = tenant.flatMap { tenant in subject.map { key.pseudonym(subject: $0, tenant: tenant) } }
        return try await storage.append { last in
            var entry = AuditEntry(
                sequence: (last?.sequence ?? 0) + 1,
                time: ErasureReceipt.timestamp(Date()),
                event: event,
                tenant: tenantPseudonym,
                subject: subjectPseudonym,
                details: details,
                previous: last?.hash ?? AuditEntry.genesis,
                hash: "",
                mac: ""
            )
            try entry.seal(with: key)
            return entry
        }
    }

    /// Every entry, in order (no verification; see ``verify()``).
    ///
    /// - Throws: ``DataRightsError/auditLogMalformed(atLine:)`` for a line that is not an entry.
    public func entries() async throws -> [AuditEntry] {
        try await storage.entries()
    }

    /// Checks every entry's hash, MAC, sequence number and link to the one before.
    ///
    /// - Returns: the number of entries (0 for a missing log).
    /// - Throws: ``DataRightsError/auditChainBroken(atLine:)`` naming the first entry that fails, or
    ///   ``DataRightsError/auditLogMalformed(atLine:)``.
    @discardableResult
    public func verify() async throws -> Int {
        let entries = try await entries()
        var previous = AuditEntry.genesis
        for (index, entry) in entries.enumerated() {
            guard entry.sequence == index + 1, entry.previous == previous, try entry.isIntact(under: key) else {
                throw DataRightsError.auditChainBroken(atLine: index + 1)
            }
            previous = entry.hash
        }
        return entries.count
    }
}
