import Foundation
import Veil

/// Writes a tenant's cached entries, decrypted, as JSON lines: the right of access and portability.
///
/// Reads in one snapshot, so an export is consistent even while the daemon keeps writing. With a subject, only the
/// entries that subject's requests created are written (found by the subject MAC each entry carries, under every
/// key version). Each export is recorded in the audit log (counts only).
///
/// ```swift
/// let exporter = Exporter(store: veil.store, audit: eraser.audit)
/// let count = try await exporter.export(tenant: id) { line in FileHandle.standardOutput.write(Data(line)) }
/// ```
public struct Exporter: Sendable {
    /// The store read from.
    package let store: any VeilStore
    /// Where exports are recorded; `nil` records nothing.
    public let audit: AuditLog?

    /// Creates an exporter.
    package init(store: any VeilStore, audit: AuditLog?) {
        self.store = store
        self.audit = audit
    }

    /// Calls `write` with one JSON line (newline included) per entry, in key order.
    ///
    /// - Parameters:
    ///   - tenant: the tenant.
    ///   - subject: only entries created by this end user.
    ///   - write: receives each line; throwing stops the export.
    /// - Returns: the number of entries written.
    /// - Throws: ``StoreError`` (``StoreError/tenantKeysDestroyed`` for an erased tenant), or what `write` threw.
    @discardableResult
    public func export(tenant: TenantID, subject: String? = nil, to write: ([UInt8]) throws -> Void) async throws -> Int
    {
        let macs = try subject.map { Set(try store.subjectMACs(tenant: tenant, subject: $0)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var count = 0
        if macs?.isEmpty != true {
            try store.scan(.cache, tenant: tenant, prefix: []) { key, value in
                let entry = try CacheEntry(decoding: value)
                if let macs, !macs.contains(entry.subjectMAC) { return true }
                let choice = entry.completion.choices.first
                let record = ExportRecord(
                    entry: Hex.encode(Array(key.prefix(8))),
                    created: ErasureReceipt.timestamp(Date(timeIntervalSince1970: TimeInterval(entry.created))),
                    model: entry.completion.model,
                    query: entry.query,
                    answer: choice?.message.text ?? "",
                    finishReason: choice?.finishReason,
                    promptTokens: entry.completion.usage?.promptTokens,
                    completionTokens: entry.completion.usage?.completionTokens
                )
                try write([UInt8](try encoder.encode(record)) + [0x0A])
                count += 1
                return true
            }
        }
        try await audit?.append(.exported, tenant: tenant, subject: subject, details: ["entries": "\(count)"])
        return count
    }
}
