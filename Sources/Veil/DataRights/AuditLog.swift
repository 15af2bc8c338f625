import Foundation
import VeilCrypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the audit log's entries are kept: a file of JSON lines (``AuditLog/init(dataDirectory:key:)``), or a table
/// of a shared database (`VeilPostgres`).
package protocol AuditLogStorage: Sendable {
    /// Appends the entry `make` builds from the last one (`nil` for the first), serialized against every other
    /// writer of the same log, and durable when this returns.
    ///
    /// - Returns: the entry written.
    func append(_ make: @escaping @Sendable (_ last: AuditEntry?) throws -> AuditEntry) async throws -> AuditEntry

    /// Every entry, in order.
    ///
    /// - Throws: ``DataRightsError/auditLogMalformed(atLine:)`` for an entry that does not parse.
    func entries() async throws -> [AuditEntry]
}

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

/// The audit log as a file of JSON lines, appended under an exclusive `flock` and `fsync`ed.
struct AuditLogFile: AuditLogStorage {
    let path: String

    func append(_ make: @escaping @Sendable (AuditEntry?) throws -> AuditEntry) async throws -> AuditEntry {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DataRightsError.fileSystem(errno: errno) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw DataRightsError.fileSystem(errno: errno) }
        defer { flock(fd, LOCK_UN) }
        let entry = try make(try lastEntry(fd))
        let line = try entry.line() + [0x0A]
        try line.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw DataRightsError.fileSystem(errno: errno)
                }
                offset += written
            }
        }
        guard fsync(fd) == 0 else { throw DataRightsError.fileSystem(errno: errno) }
        return entry
    }

    func entries() async throws -> [AuditEntry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var result: [AuditEntry] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            guard let entry = try? JSONDecoder().decode(AuditEntry.self, from: Data(line)) else {
                throw DataRightsError.auditLogMalformed(atLine: lineNumber)
            }
            result.append(entry)
        }
        return result
    }

    /// The last entry of the open file, read from its tail (entries are far smaller than the 64 KiB read).
    private func lastEntry(_ fd: Int32) throws -> AuditEntry? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw DataRightsError.fileSystem(errno: errno) }
        let size = Int(info.st_size)
        guard size > 0 else { return nil }
        let start = max(0, size - 65_536)
        var buffer = [UInt8](repeating: 0, count: size - start)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
        guard count == buffer.count else { throw DataRightsError.fileSystem(errno: errno) }
        let lines = buffer.split(separator: 0x0A)
        guard let last = lines.last,
            let entry = try? JSONDecoder().decode(AuditEntry.self, from: Data(last))
        else { throw DataRightsError.auditLogMalformed(atLine: 0) }
        return entry
    }
}
