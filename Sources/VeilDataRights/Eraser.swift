import Foundation
import Logging
import Veil
import VeilCrypto
import VeilStorage

/// Erases a tenant, or one end user within a tenant, and proves it with a receipt.
///
/// **Tenant erasure** (``eraseTenant(_:progress:)``), in this order:
/// 1. Destroy every data-key version of the tenant in the keyring (crypto-shredding). From that commit on nothing
///    sealed for the tenant opens in any process: every process checks the keyring's commit counter before using a
///    cached key, so a daemon that had the key in memory refuses on its next request.
/// 2. Delete all the tenant's records in every table — entries, vectors, subject index, API keys, the tenant record
///    with its policy assignment — in small write transactions (``batchSize`` deletions each), so serving other
///    tenants never waits long.
/// 3. Destroy and delete again until nothing is left: a request that was already past authentication in another
///    process may have written (and so re-created a key) between steps 1 and 2.
/// 4. Compact the data and keyring files (copy without free pages, `fsync`, atomic rename; other processes reopen
///    on their next transaction), because LMDB never zeroes freed pages.
/// 5. Sign and store an ``ErasureReceipt`` and append to the ``AuditLog``.
///
/// **Subject erasure** (``eraseSubject(_:tenant:progress:)``) deletes every cache entry the subject's requests
/// created — entry, vector and subject index row together — found through the subject index under every key
/// version (and a scan of the index vectors as a cross-check), then compacts the data file. Entries are shared
/// inside a tenant: answers the subject was merely served from entries other users created are not deleted.
///
/// ```swift
/// let eraser = try Eraser(store: veil.store, cache: veil.cache, tenants: veil.tenants)
/// print(try eraser.plan(tenant: id).records)                 // dry run
/// let receipt = try await eraser.eraseTenant(id) { print($0.phase, $0.deleted, $0.total) }
/// ```
package final class Eraser: Sendable {
    /// The store erased from.
    package let store: any VeilStore
    /// The audit log erasures are recorded in.
    package let audit: AuditLog
    /// Where receipts are stored.
    package let receipts: ReceiptArchive
    /// The key receipts are signed with.
    package let auditKey: AuditKey
    /// Deletions per write transaction.
    package let batchSize: Int
    private let cache: ResponseCache?
    private let tenants: TenantDirectory?
    private let logger: Logger

    /// Creates an eraser over `store`.
    ///
    /// - Parameters:
    ///   - store: the sealed store.
    ///   - cache: this process's cache, whose in-memory state of the tenant is dropped (optional).
    ///   - tenants: this process's tenant directory, whose cached policy assignment is dropped (optional).
    ///   - batchSize: deletions per write transaction.
    ///   - logger: operational events; never ids in the clear.
    /// - Throws: when the audit key cannot be loaded from the keyring.
    package init(
        store: any VeilStore,
        cache: ResponseCache? = nil,
        tenants: TenantDirectory? = nil,
        batchSize: Int = 512,
        logger: Logger = Logger(label: "veil.erasure")
    ) throws {
        self.store = store
        self.cache = cache
        self.tenants = tenants
        self.batchSize = max(1, batchSize)
        self.logger = logger
        auditKey = try store.auditKey()
        if let lmdb = store as? SealedLMDBStore {
            audit = AuditLog(dataDirectory: lmdb.dataDirectory, key: auditKey)
            receipts = ReceiptArchive(dataDirectory: lmdb.dataDirectory)
        } else {
            audit = AuditLog(storage: store.auditLogStorage, key: auditKey, location: "the shared store's audit log")
            receipts = ReceiptArchive(storage: store.receiptStorage, location: "the shared store's receipts")
        }
    }

    // MARK: Dry run

    /// Counts what erasing the tenant (or one subject of it) would remove; changes nothing.
    package func plan(tenant: TenantID, subject: String? = nil) throws -> ErasurePlan {
        let versions = try store.keyVersions(tenant: tenant)
        if let subject {
            let targets = try subjectTargets(tenant: tenant, subject: subject)
            return ErasurePlan(
                tenantFound: !versions.isEmpty || store.hasDestroyedKeys(tenant: tenant),
                keyVersions: [],
                tables: targets.tables
            )
        }
        var tables: [ErasureReceipt.TableCount] = []
        for table in StoreTable.all {
            let usage = try store.usage(table, tenant: tenant)
            tables.append(.init(table: table.name, records: usage.records, bytes: usage.bytes))
        }
        let found = !versions.isEmpty || tables.contains { $0.records > 0 } || store.hasDestroyedKeys(tenant: tenant)
        return ErasurePlan(tenantFound: found, keyVersions: versions, tables: tables)
    }

    // MARK: Tenant

    /// Erases the tenant: keys destroyed first, then every record, then compaction, then a receipt.
    ///
    /// Running it again for an erased tenant is safe (it finds nothing, compacts, and issues a receipt with zero
    /// counts), so an erasure interrupted by a crash is completed by running it again.
    ///
    /// - Parameters:
    ///   - tenant: the tenant.
    ///   - progress: called after each step and each deletion batch.
    /// - Returns: the signed receipt, also stored in ``receipts`` and recorded in ``audit``.
    /// - Throws: ``DataRightsError/tenantNotFound`` when there is nothing of the tenant, storage errors otherwise
    ///   (the keys are destroyed first, so a failure later leaves the tenant unreadable, never half readable).
    package func eraseTenant(
        _ tenant: TenantID,
        progress: @Sendable (ErasureProgress) -> Void = { _ in }
    ) async throws -> ErasureReceipt {
        let started = Date()
        // Decide "found" from the keyring alone when possible: counting records first would delay the moment the
        // tenant becomes unreadable by a scan of all its data.
        if try store.keyVersions(tenant: tenant).isEmpty, !store.hasDestroyedKeys(tenant: tenant),
            try isEmpty(tenant)
        {
            throw DataRightsError.tenantNotFound
        }
        progress(ErasureProgress(phase: .destroyingKeys, deleted: 0, total: 0))
        var total = 0
        var destroyed = Set<UInt32>()
        var keysDestroyed: Date?
        var deletedByTable: [String: (records: Int, bytes: Int)] = [:]
        var deleted = 0
        var clean = false
        for _ in 0..<5 {
            destroyed.formUnion(try await store.destroyKeys(tenant: tenant))
            if keysDestroyed == nil {
                keysDestroyed = Date()
                progress(ErasureProgress(phase: .deleting, deleted: 0, total: 0))
                logger.notice(
                    "tenant keys destroyed", metadata: ["tenant": "\(auditKey.pseudonym(tenant: tenant).prefix(16))"])
            }
            cache?.forget(tenant: tenant)
            tenants?.invalidate(tenant)
            if total == 0 {
                total = try StoreTable.all.reduce(0) { $0 + (try store.usage($1, tenant: tenant).records) }
            }
            for table in StoreTable.all {
                let usage = try store.usage(table, tenant: tenant)
                let before = deleted
                let grandTotal = total
                let count = try await store.deleteAll(table, tenant: tenant, batchSize: batchSize) { done in
                    progress(
                        ErasureProgress(phase: .deleting, deleted: before + done, total: max(grandTotal, before + done))
                    )
                }
                deleted += count
                let previous = deletedByTable[table.name] ?? (0, 0)
                deletedByTable[table.name] = (previous.records + count, previous.bytes + usage.bytes)
            }
            if try store.keyVersions(tenant: tenant).isEmpty, try isEmpty(tenant) {
                clean = true
                break
            }
        }
        guard clean else { throw DataRightsError.incomplete }
        cache?.forget(tenant: tenant)
        tenants?.invalidate(tenant)
        progress(ErasureProgress(phase: .compacting, deleted: deleted, total: max(total, deleted)))
        let sizeBefore = await store.storageBytes()
        try await store.reclaimSpace(includingKeys: true)
        let sizeAfter = await store.storageBytes()
        progress(ErasureProgress(phase: .writingReceipt, deleted: deleted, total: max(total, deleted)))
        let tables = StoreTable.all.map { table in
            let counts = deletedByTable[table.name] ?? (0, 0)
            return ErasureReceipt.TableCount(table: table.name, records: counts.records, bytes: counts.bytes)
        }
        let receipt = try await finish(
            kind: .tenant,
            tenant: tenant,
            subject: nil,
            started: started,
            keysDestroyed: keysDestroyed,
            versions: destroyed.sorted(),
            tables: tables,
            keyringCompacted: true,
            sizes: (sizeBefore, sizeAfter)
        )
        progress(ErasureProgress(phase: .done, deleted: deleted, total: max(total, deleted)))
        return receipt
    }

    private func isEmpty(_ tenant: TenantID) throws -> Bool {
        try StoreTable.all.allSatisfy { try store.keys($0, tenant: tenant, prefix: []).isEmpty }
    }

    // MARK: Subject

    /// Deletes every cache entry created by `subject` within `tenant` (entry, vector and subject row together),
    /// then compacts the data file and issues a receipt.
    ///
    /// - Parameters:
    ///   - subject: the end-user id as the gateway received it (the `user` field or the subject header).
    ///   - tenant: the tenant.
    ///   - progress: called after each step and each deletion batch.
    /// - Returns: the signed receipt.
    /// - Throws: ``DataRightsError/tenantNotFound`` when the tenant has no keys (never existed, or erased, in
    ///   which case the subject's data went with it).
    package func eraseSubject(
        _ subject: String,
        tenant: TenantID,
        progress: @Sendable (ErasureProgress) -> Void = { _ in }
    ) async throws -> ErasureReceipt {
        let started = Date()
        guard try !store.keyVersions(tenant: tenant).isEmpty else { throw DataRightsError.tenantNotFound }
        let targets = try subjectTargets(tenant: tenant, subject: subject)
        let total = targets.tables.reduce(0) { $0 + $1.records }
        progress(ErasureProgress(phase: .deleting, deleted: 0, total: total))
        var deleted = 0
        let perBatch = max(1, batchSize / 3)
        var start = 0
        while start < targets.entries.count {
            let end = min(start + perBatch, targets.entries.count)
            var batch = StoreBatch(tenant: tenant)
            for key in targets.entries[start..<end] {
                batch.operations.append(.delete(.cache, key: key))
                batch.operations.append(.delete(.vectors, key: key))
                for row in targets.rowsByEntry[key] ?? [] { batch.operations.append(.delete(.subjects, key: row)) }
            }
            try await store.apply(batch)
            deleted += batch.operations.count
            progress(ErasureProgress(phase: .deleting, deleted: deleted, total: max(total, deleted)))
            start = end
        }
        // Index rows whose entry was already gone (evicted or expired) go too: they still link the subject.
        let orphans = targets.orphanRows
        if !orphans.isEmpty {
            try await store.apply(StoreBatch(tenant: tenant, operations: orphans.map { .delete(.subjects, key: $0) }))
        }
        if !targets.feedback.isEmpty {
            try await store.apply(
                StoreBatch(tenant: tenant, operations: targets.feedback.map { .delete(.feedback, key: $0) }))
            deleted += targets.feedback.count
        }
        cache?.forget(tenant: tenant)
        progress(ErasureProgress(phase: .compacting, deleted: deleted, total: max(total, deleted)))
        let sizeBefore = await store.storageBytes()
        try await store.reclaimSpace(includingKeys: false)
        let sizeAfter = await store.storageBytes()
        progress(ErasureProgress(phase: .writingReceipt, deleted: deleted, total: max(total, deleted)))
        let receipt = try await finish(
            kind: .subject,
            tenant: tenant,
            subject: subject,
            started: started,
            keysDestroyed: nil,
            versions: [],
            tables: targets.tables,
            keyringCompacted: false,
            sizes: (sizeBefore, sizeAfter)
        )
        progress(ErasureProgress(phase: .done, deleted: deleted, total: max(total, deleted)))
        return receipt
    }

    struct SubjectTargets {
        /// Entry keys (cache and vectors tables) to delete.
        var entries: [[UInt8]]
        /// Subject index rows (subject MAC ‖ entry key) by entry key.
        var rowsByEntry: [[UInt8]: [[UInt8]]]
        /// Index rows whose entry is gone already.
        var orphanRows: [[UInt8]]
        /// The subject's feedback records (pairs of its questions reported wrong).
        var feedback: [[UInt8]]
        var tables: [ErasureReceipt.TableCount]
    }

    /// The subject's entries: the subject index under every key version, cross-checked against the subject MAC
    /// each entry's index vector carries.
    func subjectTargets(tenant: TenantID, subject: String) throws -> SubjectTargets {
        let macs = try store.subjectMACs(tenant: tenant, subject: subject)
        let macSet = Set(macs)
        var rowsByEntry: [[UInt8]: [[UInt8]]] = [:]
        var rowBytes = 0
        var rowCount = 0
        for mac in macs {
            for row in try store.keys(.subjects, tenant: tenant, prefix: mac) where row.count > mac.count {
                rowsByEntry[Array(row[mac.count...]), default: []].append(row)
                rowBytes += store.storedSize(tenant: tenant, key: row, plaintext: 0)
                rowCount += 1
            }
        }
        var candidates = Set(rowsByEntry.keys)
        var vectors: [[UInt8]: Int] = [:]
        do {
            try store.scan(.vectors, tenant: tenant, prefix: []) { key, value in
                if let meta = try? EntryMetadata(decoding: value), macSet.contains(meta.subjectMAC) {
                    candidates.insert(key)
                }
                if candidates.contains(key) {
                    vectors[key] = store.storedSize(tenant: tenant, key: key, plaintext: value.count)
                }
                return true
            }
        } catch let error as StoreError where error.isErasure {
            throw error
        } catch {
            // A record that does not open stops the cross-check, not the erasure: the index still names the rest.
            logger.warning("vector scan incomplete during subject erasure", metadata: ["error": "\(error)"])
        }
        var entries: [[UInt8]] = []
        var cacheRecords = 0
        var cacheBytes = 0
        for key in candidates.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            if let value = try? store.get(.cache, tenant: tenant, key: key) {
                cacheRecords += 1
                cacheBytes += store.storedSize(tenant: tenant, key: key, plaintext: value.count)
                entries.append(key)
            } else if vectors[key] != nil {
                entries.append(key)
            }
        }
        let present = Set(entries)
        let orphanRows = rowsByEntry.filter { !present.contains($0.key) }.flatMap(\.value)
        // Feedback records carry the subject's MAC in their sealed value: a scan finds them (the table is small).
        var feedback: [[UInt8]] = []
        var feedbackBytes = 0
        try store.scan(.feedback, tenant: tenant, prefix: []) { key, value in
            if let record = try? FeedbackRecord(decoding: value), !record.subjectMAC.isEmpty,
                macSet.contains(record.subjectMAC)
            {
                feedback.append(key)
                feedbackBytes += store.storedSize(tenant: tenant, key: key, plaintext: value.count)
            }
            return true
        }
        return SubjectTargets(
            entries: entries,
            rowsByEntry: rowsByEntry,
            orphanRows: orphanRows,
            feedback: feedback,
            tables: [
                .init(table: StoreTable.cache.name, records: cacheRecords, bytes: cacheBytes),
                .init(table: StoreTable.vectors.name, records: vectors.count, bytes: vectors.values.reduce(0, +)),
                .init(table: StoreTable.subjects.name, records: rowCount, bytes: rowBytes),
                .init(table: StoreTable.feedback.name, records: feedback.count, bytes: feedbackBytes),
            ]
        )
    }

    // MARK: Receipt

    private func finish(
        kind: ErasureReceipt.Kind,
        tenant: TenantID,
        subject: String?,
        started: Date,
        keysDestroyed: Date?,
        versions: [UInt32],
        tables: [ErasureReceipt.TableCount],
        keyringCompacted: Bool,
        sizes: (before: Int, after: Int)
    ) async throws -> ErasureReceipt {
        func count(_ table: StoreTable) -> Int { tables.first { $0.table == table.name }?.records ?? 0 }
        var receipt = ErasureReceipt(
            format: ErasureReceipt.currentFormat,
            id: try ReceiptArchive.makeID(),
            kind: kind,
            tenant: auditKey.pseudonym(tenant: tenant),
            subject: subject.map { auditKey.pseudonym(subject: $0, tenant: tenant) },
            started: ErasureReceipt.timestamp(started),
            keysDestroyed: keysDestroyed.map(ErasureReceipt.timestamp),
            finished: ErasureReceipt.timestamp(Date()),
            keyVersionsDestroyed: versions,
            tables: tables,
            records: tables.reduce(0) { $0 + $1.records },
            entries: count(.cache),
            vectors: count(.vectors),
            apiKeys: count(.apiKeys),
            bytes: tables.reduce(0) { $0 + $1.bytes },
            dataCompacted: true,
            keyringCompacted: keyringCompacted,
            dataFileBytesBefore: sizes.before,
            dataFileBytesAfter: sizes.after,
            mac: ""
        )
        try receipt.sign(with: auditKey)
        try await receipts.store(receipt)
        try await audit.append(
            kind == .tenant ? .tenantErased : .subjectErased,
            tenant: tenant,
            subject: subject,
            details: [
                "receipt": receipt.id,
                "receipt_mac": receipt.mac,
                "records": "\(receipt.records)",
                "key_versions": versions.map(String.init).joined(separator: ","),
            ]
        )
        return receipt
    }
}
