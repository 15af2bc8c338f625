import Foundation
import Logging
import Testing
import VeilCrypto
import VeilDataRights
import VeilStorage

@testable import Veil

@Suite("Data rights: erasure, receipts, audit, export, retention", .serialized)
struct DataRightsTests {
    @Test("tenant erasure leaves neither the canary nor any ciphertext or wrapped key of the tenant on disk")
    func tenantErasureFromTheOutside() async throws {
        let harness = try await DataRightsHarness()
        let (_, leavingKey) = try await harness.veil.tenants.create(id: TenantID("leaving")!, policy: "default")
        let (_, stayingKey) = try await harness.veil.tenants.create(id: TenantID("staying")!, policy: "default")
        for topic in ["lighthouses", "glaciers", "volcanoes", "tides", "comets"] {
            try await harness.ask("Tell me about \(harness.canary) and \(topic)", apiKey: leavingKey, subject: "ann")
        }
        try await harness.ask("What are your opening hours?", apiKey: stayingKey)
        #expect(try await harness.ask("What are your opening hours?", apiKey: stayingKey) == .hitExact)

        let ciphertexts = try harness.rawRecords(of: "leaving")
        let wrapped = try harness.wrappedKey(of: "leaving")
        #expect(ciphertexts.count >= 5 * 3 + 2)  // entries, vectors, subject rows, API key, tenant record
        #expect(wrapped.count == AES256GCM.overhead + 32)
        // The scan can see them before erasure: otherwise finding nothing afterwards would prove nothing.
        #expect(DiskScan.occurrences(of: ciphertexts, under: harness.directory.path) == ciphertexts.count)
        #expect(DiskScan.occurrences(of: [wrapped], under: harness.directory.path) == 1)

        let before = TemporaryDirectory()
        try FileManager.default.copyItem(atPath: harness.directory.path + "/data", toPath: before.path + "/data")

        let eraser = try Eraser(store: harness.veil.store, cache: harness.veil.cache, tenants: harness.veil.tenants)
        let phases = Recorder<[ErasureProgress.Phase]>([])
        let receipt = try await eraser.eraseTenant(TenantID("leaving")!) { progress in
            phases.withLock { if $0.last != progress.phase { $0.append(progress.phase) } }
        }

        #expect(phases.withLock { $0 } == [.destroyingKeys, .deleting, .compacting, .writingReceipt, .done])
        #expect(receipt.keyVersionsDestroyed == [1])
        #expect(receipt.entries == 5)
        #expect(receipt.vectors == 5)
        #expect(receipt.apiKeys == 1)
        #expect(receipt.dataCompacted && receipt.keyringCompacted)
        try receipt.verify(with: eraser.auditKey)

        let needles = ciphertexts + [wrapped, Array(harness.canary.utf8)]
        #expect(DiskScan.occurrences(of: needles, under: harness.directory.path) == 0)
        #expect(harness.veil.authenticate(apiKey: leavingKey) == nil)
        #expect(harness.veil.authenticate(apiKey: stayingKey) != nil)
        #expect(try await harness.ask("What are your opening hours?", apiKey: stayingKey) == .hitExact)

        // The data as it was before erasure, opened with the keyring as it is now: nothing of the tenant opens.
        let keyringCopy = before.path + "/keyring"
        try FileManager.default.copyItem(atPath: harness.directory.path + "/keyring", toPath: keyringCopy)
        try? FileManager.default.removeItem(atPath: keyringCopy + "/lock.mdb")
        let old = try SealedLMDBStore(directory: before.path, masterKey: StoreFixtures.masterKey, durability: .noSync)
        #expect(throws: StoreError.tenantKeysDestroyed) {
            try old.scan(.cache, tenant: TenantID("leaving")!, prefix: []) { _, _ in true }
        }
        var stayingRecords = 0
        try old.scan(.cache, tenant: TenantID("staying")!, prefix: []) { _, _ in
            stayingRecords += 1
            return true
        }
        #expect(stayingRecords == 1)
    }

    @Test("users' verdicts (pairs reported wrong, raised thresholds) leave no ciphertext on disk after erasure")
    func feedbackRecordsAreErasedWithTheTenant() async throws {
        let harness = try await DataRightsHarness()
        let (tenant, key) = try await harness.veil.tenants.create(id: TenantID("critic")!, policy: "default")
        #expect(try await harness.ask("How do I cancel my \(harness.canary) subscription?", apiKey: key) == .miss)
        let status = try await harness.ask(
            "Could you please tell me how to cancel my \(harness.canary) subscription?", apiKey: key, requestID: "v1")
        #expect(status == .hitSemantic)
        let outcome = try await harness.veil.feedback(requestID: "v1", verdict: .wrong, tenant: tenant)
        #expect(outcome.evicted)
        let feedback = try harness.veil.store.usage(.feedback, tenant: tenant.id)
        #expect(feedback.records == 2)
        let ciphertexts = try harness.rawRecords(of: "critic")
        #expect(DiskScan.occurrences(of: ciphertexts, under: harness.directory.path) == ciphertexts.count)
        let eraser = try Eraser(store: harness.veil.store, cache: harness.veil.cache, tenants: harness.veil.tenants)
        let receipt = try await eraser.eraseTenant(tenant.id)
        #expect(receipt.tables.first { $0.table == "feedback" }?.records == 2)
        #expect(
            DiskScan.occurrences(of: ciphertexts + [Array(harness.canary.utf8)], under: harness.directory.path) == 0)
        await #expect(throws: VeilError.self) {
            try await harness.veil.feedback(requestID: "v1", verdict: .wrong, tenant: tenant)
        }
    }

    @Test("subject erasure removes that end user's entries under every key version; other users still hit")
    func subjectErasure() async throws {
        let harness = try await DataRightsHarness()
        let (_, key) = try await harness.veil.tenants.create(id: TenantID("shop")!, policy: "default")
        let id = TenantID("shop")!
        try await harness.ask("Where is my parcel to Leeds?", apiKey: key, subject: "alice")
        try await harness.ask("Cancel my order of blue shoes", apiKey: key, subject: "alice")
        try await harness.ask("What is the refund policy?", apiKey: key, subject: "bob")
        _ = try await harness.veil.store.rotateKey(tenant: id)
        try await harness.ask("Change my delivery address please", apiKey: key, subject: "alice")
        try await harness.ask("Do you ship to Norway?", apiKey: key, subject: "bob")

        let eraser = try Eraser(store: harness.veil.store, cache: harness.veil.cache, tenants: harness.veil.tenants)
        let plan = try eraser.plan(tenant: id, subject: "alice")
        #expect(plan.entries == 3)
        let receipt = try await eraser.eraseSubject("alice", tenant: id)
        #expect(receipt.kind == .subject)
        #expect(receipt.entries == 3)
        #expect(receipt.vectors == 3)
        #expect(receipt.keyVersionsDestroyed.isEmpty)
        #expect(receipt.subject == eraser.auditKey.pseudonym(subject: "alice", tenant: id))
        try receipt.verify(with: eraser.auditKey)

        let exporter = Exporter(store: harness.veil.store, audit: nil)
        #expect(try await exporter.export(tenant: id, subject: "alice") { _ in } == 0)
        #expect(try await exporter.export(tenant: id, subject: "bob") { _ in } == 2)
        #expect(try harness.veil.store.keys(.subjects, tenant: id, prefix: []).count == 2)
        #expect(try await harness.ask("Do you ship to Norway?", apiKey: key, subject: "bob") == .hitExact)
        #expect(try await harness.ask("Change my delivery address please", apiKey: key, subject: "alice") == .miss)
        #expect(harness.veil.authenticate(apiKey: key) != nil)
    }

    @Test("a dry run counts what would go and changes nothing; an unknown tenant is not found and gets no keys")
    func dryRunChangesNothing() async throws {
        let harness = try await DataRightsHarness()
        let (_, key) = try await harness.veil.tenants.create(id: TenantID("acme")!, policy: "default")
        try await harness.ask("How do I reset my password?", apiKey: key)
        let eraser = try Eraser(store: harness.veil.store)
        let before = try harness.rawRecords(of: "acme")
        let plan = try eraser.plan(tenant: TenantID("acme")!)
        #expect(plan.tenantFound)
        #expect(plan.entries == 1 && plan.apiKeys == 1 && plan.records == before.count)
        #expect(plan.keyVersions == [1])
        #expect(try harness.rawRecords(of: "acme") == before)
        #expect(try await harness.ask("How do I reset my password?", apiKey: key) == .hitExact)

        let unknown = TenantID("nobody")!
        #expect(try !eraser.plan(tenant: unknown).tenantFound)
        await #expect(throws: DataRightsError.tenantNotFound) { try await eraser.eraseTenant(unknown) }
        await #expect(throws: DataRightsError.tenantNotFound) { try await eraser.eraseSubject("x", tenant: unknown) }
        #expect(try harness.veil.store.keyVersions(tenant: TenantID("nobody")!).isEmpty)
    }

    @Test("erasing an erased tenant again is safe and still issues a receipt")
    func erasureIsIdempotent() async throws {
        let harness = try await DataRightsHarness()
        let (_, key) = try await harness.veil.tenants.create(id: TenantID("acme")!, policy: "default")
        try await harness.ask("Hello there", apiKey: key)
        let eraser = try Eraser(store: harness.veil.store, cache: harness.veil.cache, tenants: harness.veil.tenants)
        _ = try await eraser.eraseTenant(TenantID("acme")!)
        let again = try await eraser.eraseTenant(TenantID("acme")!)
        #expect(again.records == 0)
        #expect(again.keyVersionsDestroyed.isEmpty)
        #expect(try await eraser.receipts.list().count == 2)
    }

    @Test("a receipt with any field changed, or checked under another key, fails verification")
    func receiptTamperFails() async throws {
        let harness = try await DataRightsHarness()
        let (_, key) = try await harness.veil.tenants.create(id: TenantID("acme")!, policy: "default")
        try await harness.ask("Hello there", apiKey: key)
        let eraser = try Eraser(store: harness.veil.store)
        let receipt = try await eraser.eraseTenant(TenantID("acme")!)
        let stored = try #require(try await eraser.receipts.receipt(id: receipt.id))
        try stored.verify(with: eraser.auditKey)
        #expect(stored == receipt)

        let text = String(decoding: try receipt.encoded(), as: UTF8.self)
        let altered = text.replacingOccurrences(of: "\"records\" : \(receipt.records)", with: "\"records\" : 9999")
        #expect(altered != text)
        let forged = try ErasureReceipt.decode(from: Array(altered.utf8))
        #expect(throws: DataRightsError.receiptInvalid) { try forged.verify(with: eraser.auditKey) }

        var later = receipt
        later.finished = "2099-01-01T00:00:00.000Z"
        #expect(throws: DataRightsError.receiptInvalid) { try later.verify(with: eraser.auditKey) }
        let otherKey = AuditKey(secret: try SecretKey.random())
        #expect(throws: DataRightsError.receiptInvalid) { try receipt.verify(with: otherKey) }
        #expect(throws: DataRightsError.receiptMalformed) { _ = try ErasureReceipt.decode(from: Array("{}".utf8)) }
        #expect(try await eraser.receipts.receipt(id: "../../etc/passwd") == nil)
    }

    @Test("the audit log verifies, names no one in the clear, and a changed or removed entry breaks the chain")
    func auditChain() async throws {
        let directory = TemporaryDirectory()
        let log = AuditLog(dataDirectory: directory.path, key: AuditKey(secret: try SecretKey.random()))
        let tenant = TenantID("acme-industries")!
        try await log.append(.tenantCreated, tenant: tenant)
        try await log.append(.exported, tenant: tenant, subject: "alice@example.com", details: ["entries": "3"])
        try await log.append(.tenantErased, tenant: tenant, details: ["records": "12"])
        #expect(try await log.verify() == 3)
        let original = try #require(FileManager.default.contents(atPath: log.path))
        let text = String(decoding: original, as: UTF8.self)
        #expect(!text.contains("acme-industries") && !text.contains("alice"))

        let altered = text.replacingOccurrences(of: "\"entries\":\"3\"", with: "\"entries\":\"0\"")
        #expect(altered != text)
        try Data(altered.utf8).write(to: URL(fileURLWithPath: log.path))
        await #expect(throws: DataRightsError.auditChainBroken(atLine: 2)) { try await log.verify() }

        var lines = text.split(separator: "\n")
        lines.remove(at: 1)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: log.path))
        await #expect(throws: DataRightsError.auditChainBroken(atLine: 2)) { try await log.verify() }

        try Data(text.utf8).write(to: URL(fileURLWithPath: log.path))
        #expect(try await log.verify() == 3)
        let other = AuditLog(dataDirectory: directory.path, key: AuditKey(secret: try SecretKey.random()))
        await #expect(throws: DataRightsError.auditChainBroken(atLine: 1)) { try await other.verify() }

        try Data((text + "not json\n").utf8).write(to: URL(fileURLWithPath: log.path))
        await #expect(throws: DataRightsError.auditLogMalformed(atLine: 4)) { try await log.verify() }
        await #expect(throws: DataRightsError.self) { try await log.append(.exported) }
    }

    @Test("erasure and export are recorded in the audit log of the data directory")
    func erasureIsAudited() async throws {
        let harness = try await DataRightsHarness()
        let (_, key) = try await harness.veil.tenants.create(id: TenantID("acme")!, policy: "default")
        try await harness.ask("Hello there", apiKey: key, subject: "alice")
        let rights = try DataRights(veil: harness.veil)
        var lines: [[UInt8]] = []
        #expect(try await rights.exporter.export(tenant: TenantID("acme")!) { lines.append($0) } == 1)
        let record = try JSONDecoder().decode(ExportRecord.self, from: Data(try #require(lines.first)))
        #expect(record.query == "Hello there")
        #expect(record.answer.contains(harness.canary))
        _ = try await rights.eraser.eraseSubject("alice", tenant: TenantID("acme")!)
        _ = try await rights.eraser.eraseTenant(TenantID("acme")!)
        let events = try await rights.audit.entries().map(\.event)
        #expect(events == [.exported, .subjectErased, .tenantErased])
        #expect(try await rights.audit.verify() == 3)
    }

    @Test("an erasure job reports progress and ends with a receipt")
    func erasureJob() async throws {
        let harness = try await DataRightsHarness()
        let (_, key) = try await harness.veil.tenants.create(id: TenantID("acme")!, policy: "default")
        try await harness.ask("Hello there", apiKey: key)
        let rights = try DataRights(veil: harness.veil)
        #expect(throws: DataRightsError.tenantNotFound) { _ = try rights.jobs.start(tenant: TenantID("ghost")!) }
        let id = try rights.jobs.start(tenant: TenantID("acme")!)
        var job = try #require(rights.jobs.job(id: id))
        for _ in 0..<1000 where job.state == .running {
            try await Task.sleep(for: .milliseconds(10))
            job = try #require(rights.jobs.job(id: id))
        }
        #expect(job.state == .succeeded)
        #expect(job.progress.phase == .done)
        #expect(job.receipt?.entries == 1)
        #expect(harness.veil.authenticate(apiKey: key) == nil)
    }

    @Test("the sweeper deletes entries past the TTL only, and a sweep can compact")
    func sweeperDeletesExpiredOnly() async throws {
        let harness = try CacheHarness()
        let tenants = TenantDirectory(store: harness.store, policies: PolicyLibrary(directory: "/nonexistent"))
        _ = try await tenants.create(id: TenantID("acme")!, policy: "default")
        let tenant = StoreFixtures.tenant("acme")
        _ = try await harness.ask([("user", "Old question one")], tenant: tenant)
        _ = try await harness.ask([("user", "Old question two")], tenant: tenant)
        harness.advance(seconds: 80_000)
        _ = try await harness.ask([("user", "Fresh question")], tenant: tenant)
        harness.advance(seconds: 10_000)  // the first two are now past the 1-day TTL, the third is not

        var configuration = RetentionSweeper.Configuration()
        configuration.compactAfter = 1
        configuration.compactionInterval = .zero
        let sweeper = RetentionSweeper(
            store: harness.store, cache: harness.cache, tenants: tenants, configuration: configuration)
        let report = try await sweeper.sweepOnce()
        #expect(report.deleted == 2)
        #expect(report.tenants == 1)
        #expect(report.compacted)
        #expect(try harness.store.keys(.cache, tenant: tenant.id, prefix: []).count == 1)
        #expect(try harness.store.keys(.vectors, tenant: tenant.id, prefix: []).count == 1)
        let fresh = try await harness.ask([("user", "Fresh question")], tenant: tenant)
        #expect(fresh.info.cacheStatus == .hitExact)
        #expect(try await sweeper.sweepOnce().deleted == 0)
    }

    @Test("the sweeper's run loop ends when its task is cancelled")
    func sweeperStopsOnCancellation() async throws {
        let harness = try CacheHarness()
        let tenants = TenantDirectory(store: harness.store, policies: PolicyLibrary(directory: "/nonexistent"))
        var configuration = RetentionSweeper.Configuration()
        configuration.interval = .milliseconds(5)
        let sweeper = RetentionSweeper(
            store: harness.store, cache: harness.cache, tenants: tenants, configuration: configuration)
        let task = Task { try await sweeper.run() }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        try await task.value
    }

    @Test("hit statistics of an entry deleted elsewhere do not bring its vector record back")
    func flushDoesNotResurrect() async throws {
        let harness = try await DataRightsHarness()
        let (_, key) = try await harness.veil.tenants.create(id: TenantID("acme")!, policy: "default")
        try await harness.ask("Hello there", apiKey: key, subject: "alice")
        #expect(try await harness.ask("Hello there", apiKey: key, subject: "alice") == .hitExact)
        // Another process erases the subject: this process's cache still holds the entry's (dirty) metadata.
        let other = try Eraser(store: harness.veil.store)
        _ = try await other.eraseSubject("alice", tenant: TenantID("acme")!)
        await harness.veil.cache.flushHitStatistics()
        #expect(try harness.veil.store.keys(.vectors, tenant: TenantID("acme")!, prefix: []).isEmpty)
    }

    @Test("a sweep drops the in-memory cache state of a tenant erased by another process")
    func sweepForgetsErasedTenants() async throws {
        let harness = try await DataRightsHarness()
        let (_, key) = try await harness.veil.tenants.create(id: TenantID("acme")!, policy: "default")
        try await harness.ask("Hello there", apiKey: key)
        #expect(harness.veil.cache.loadedTenants.contains(TenantID("acme")!))
        _ = try await Eraser(store: harness.veil.store).eraseTenant(TenantID("acme")!)  // no access to this cache
        #expect(harness.veil.cache.loadedTenants.contains(TenantID("acme")!))
        let rights = try DataRights(veil: harness.veil)
        let report = try await rights.sweeper.sweepOnce()
        #expect(report.forgotten == 1)
        #expect(!harness.veil.cache.loadedTenants.contains(TenantID("acme")!))
    }
}
