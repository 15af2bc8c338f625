import Foundation
import VeilCrypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the audit log's entries are kept: a file of JSON lines (`AuditLog(dataDirectory:key:)`, in VeilDataRights),
/// or a table of a shared database (`VeilPostgres`).
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

/// The audit log as a file of JSON lines, appended under an exclusive `flock` and `fsync`ed.
package struct AuditLogFile: AuditLogStorage {
    package let path: String

    package init(path: String) {
        self.path = path
    }

    package func append(_ make: @escaping @Sendable (AuditEntry?) throws -> AuditEntry) async throws -> AuditEntry {
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

    package func entries() async throws -> [AuditEntry] {
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
