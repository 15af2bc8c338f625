import Foundation
import Synchronization
import Testing
import VeilCrypto
import VeilDataRights
import VeilKeyring
import VeilStorage

@testable import Veil

/// Shared by the load tasks of the multi-process test.
final class LoadCounters: Sendable {
    let stop = Atomic(false)
    let served = Atomic(0)
    let failures = Atomic(0)
    let nonHits = Atomic(0)
}

/// `veil erase` as a separate process while this process keeps serving the same data directory, as a daemon would.
@Suite("Data rights: erasure by another process", .serialized)
struct DataRightsProcessTests {
    /// The `veil` executable built beside this test bundle (`swift build` builds it; `VEIL_BINARY` overrides).
    static var veilBinary: String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["VEIL_BINARY"] ?? environment["VEIL_BIN"] { return path }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("veil").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    struct ChildResult {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
    }

    static func runVeil(_ arguments: [String], masterKeyFromEnvironment: Bool = true) async throws -> ChildResult {
        let binary = try #require(veilBinary, "build the veil executable first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["VEIL_MASTER_KEY"] = nil
        environment["VEIL_MASTER_KEY_FILE"] = nil
        if masterKeyFromEnvironment, case .base64(let key) = StoreFixtures.masterKey {
            environment["VEIL_MASTER_KEY"] = key
        }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes on other threads so a chatty child never blocks on a full pipe.
        async let out = Task.detached { output.fileHandleForReading.readDataToEndOfFile() }.value
        async let err = Task.detached { errors.fileHandleForReading.readDataToEndOfFile() }.value
        let (stdoutData, stderrData) = await (out, err)
        await Task.detached { process.waitUntilExit() }.value
        return ChildResult(
            status: process.terminationStatus,
            stdout: [UInt8](stdoutData),
            stderr: String(decoding: stderrData, as: UTF8.self)
        )
    }

    @Test("veil erase in a child process while this process serves other tenants under load")
    func eraseWhileServing() async throws {
        let harness = try await DataRightsHarness()
        let (_, leavingKey) = try await harness.veil.tenants.create(id: TenantID("leaving")!, policy: "default")
        let (_, stayingKey) = try await harness.veil.tenants.create(id: TenantID("staying")!, policy: "default")
        for index in 0..<20 {
            try await harness.ask(
                "Question \(harness.canary) number \(index) of the leaving tenant", apiKey: leavingKey)
        }
        // Bulk, so that the child's erasure spans many delete transactions and a sizeable compaction.
        let leaving = TenantID("leaving")!
        for chunk in 0..<10 {
            var batch = StoreBatch(tenant: leaving)
            for index in 0..<300 {
                let key = Array("bulk-\(chunk)-\(index)".utf8)
                let value = [UInt8](repeating: UInt8(index & 0xFF), count: 2048)
                batch.operations.append(.put(.cache, key: key, value: value))
                batch.operations.append(.put(.vectors, key: key, value: [UInt8](repeating: 1, count: 512)))
            }
            try await harness.veil.store.apply(batch)
        }
        let questions = (0..<10).map { "What does plan \($0) include?" }
        for question in questions { try await harness.ask(question, apiKey: stayingKey) }

        let counters = LoadCounters()
        // Hits and new questions (misses, whose store writes interleave with the child's deletes and compaction)
        // run as separate tasks, so a write waiting for the child's writer lock never holds up the hits.
        let hits = Task {
            while !counters.stop.load(ordering: .relaxed) {
                for question in questions {
                    do {
                        let status = try await harness.ask(question, apiKey: stayingKey, settle: false)
                        if status != .hitExact { counters.nonHits.add(1, ordering: .relaxed) }
                        counters.served.add(1, ordering: .relaxed)
                    } catch {
                        counters.failures.add(1, ordering: .relaxed)
                    }
                }
            }
        }
        let misses = Task {
            var round = 0
            while !counters.stop.load(ordering: .relaxed) {
                round += 1
                do {
                    try await harness.ask("A new question in round \(round)", apiKey: stayingKey)
                    counters.served.add(1, ordering: .relaxed)
                } catch {
                    counters.failures.add(1, ordering: .relaxed)
                }
            }
        }
        let child = try await Self.runVeil([
            "erase", "--data-dir", harness.directory.path, "--tenant", "leaving", "--yes",
        ])
        counters.stop.store(true, ordering: .relaxed)
        await hits.value
        await misses.value

        #expect(child.status == 0, "\(child.stderr)")
        #expect(counters.failures.load(ordering: .relaxed) == 0)
        #expect(counters.nonHits.load(ordering: .relaxed) == 0)
        #expect(counters.served.load(ordering: .relaxed) > 0)
        if ProcessInfo.processInfo.environment["VEIL_TEST_VERBOSE"] != nil {
            print(
                "served \(counters.served.load(ordering: .relaxed)) requests of the other tenant during the child's erasure"
            )
        }
        let receipt = try ErasureReceipt.decode(from: child.stdout)
        #expect(receipt.entries == 3_020)
        try receipt.verify(with: try harness.veil.store.auditKey())

        // This process noticed the erasure: the old key no longer authenticates, nothing of the tenant opens.
        #expect(harness.veil.authenticate(apiKey: leavingKey) == nil)
        #expect(try harness.veil.store.keys(.cache, tenant: TenantID("leaving")!, prefix: []).isEmpty)
        #expect(try await harness.ask(questions[0], apiKey: stayingKey) == .hitExact)
        #expect(DiskScan.occurrences(of: [Array(harness.canary.utf8)], under: harness.directory.path) == 0)

        // A fresh process opens the store and every remaining record of the other tenant decrypts.
        let export = try await Self.runVeil(["export", "--data-dir", harness.directory.path, "--tenant", "staying"])
        #expect(export.status == 0, "\(export.stderr)")
        let lines = export.stdout.split(separator: 0x0A)
        #expect(lines.count >= questions.count)
        for line in lines { _ = try JSONDecoder().decode(ExportRecord.self, from: Data(line)) }
        let audit = try await Self.runVeil(["audit", "--data-dir", harness.directory.path])
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(audit.stderr.contains("audit chain verified"))
    }

    @Test("veil erase: dry run, refusal without --yes off a terminal, unknown tenant, receipt verification")
    func cliContract() async throws {
        let harness = try await DataRightsHarness()
        let (_, key) = try await harness.veil.tenants.create(id: TenantID("acme")!, policy: "default")
        try await harness.ask("Hello there", apiKey: key, subject: "alice")
        let dir = harness.directory.path

        let dry = try await Self.runVeil(["erase", "--data-dir", dir, "--tenant", "acme", "--dry-run"])
        #expect(dry.status == 0)
        #expect(String(decoding: dry.stdout, as: UTF8.self).contains("would erase"))
        let refused = try await Self.runVeil(["erase", "--data-dir", dir, "--tenant", "acme"])
        #expect(refused.status == 2)
        #expect(harness.veil.authenticate(apiKey: key) != nil)
        let unknown = try await Self.runVeil(["erase", "--data-dir", dir, "--tenant", "ghost", "--yes"])
        #expect(unknown.status == 4)
        let missing = try await Self.runVeil(["erase", "--data-dir", dir + "/nope", "--tenant", "acme", "--yes"])
        #expect(missing.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir + "/nope"))
        let usage = try await Self.runVeil(["erase", "--data-dir", dir, "--tenant", "bad/id", "--yes"])
        #expect(usage.status == 64)

        let subject = try await Self.runVeil([
            "erase", "--data-dir", dir, "--tenant", "acme", "--subject", "alice", "--yes",
        ])
        #expect(subject.status == 0, "\(subject.stderr)")
        #expect(subject.stderr.contains("erase: deleting"))
        let receipt = try ErasureReceipt.decode(from: subject.stdout)
        let path = dir + "/receipts/\(receipt.id).json"
        let verified = try await Self.runVeil(["erase", "verify", path, "--data-dir", dir])
        #expect(verified.status == 0, "\(verified.stderr)")

        let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        let tampered = harness.directory.path + "/tampered.json"
        try Data(text.replacingOccurrences(of: "\"entries\" : 1", with: "\"entries\" : 0").utf8)
            .write(to: URL(fileURLWithPath: tampered))
        let rejected = try await Self.runVeil(["erase", "verify", tampered, "--data-dir", dir])
        #expect(rejected.status == 3)

        let rotated = try await Self.runVeil(["keys", "rotate", "--data-dir", dir, "--tenant", "acme"])
        #expect(rotated.status == 0, "\(rotated.stderr)")
        #expect(try harness.veil.store.keyVersions(tenant: TenantID("acme")!) == [1, 2])
        let sweep = try await Self.runVeil(["sweep", "--data-dir", dir, "--policies-dir", dir + "/no-policies"])
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let audit = try await Self.runVeil(["audit", "--data-dir", dir])
        #expect(audit.status == 0)
        let printed = String(decoding: audit.stdout, as: UTF8.self)
        #expect(printed.contains("subject.erased") && printed.contains("key.rotated"))
    }

    @Test("veil keys rotate-master re-wraps under a new key file that this running process picks up")
    func rotateMasterKeyFile() async throws {
        let directory = TemporaryDirectory()
        let keyFile = directory.path + "/master.key"
        let store = try SealedLMDBStore(directory: directory.path, masterKey: .file(path: keyFile), durability: .noSync)
        let tenant = TenantID("acme")!
        try await store.put(.cache, tenant: tenant, key: [1, 2, 3], value: Array("kept".utf8))
        let oldKey = try #require(FileManager.default.contents(atPath: keyFile))

        let refused = try await Self.runVeil(["keys", "rotate-master", "--data-dir", directory.path])
        #expect(refused.status == 1)  // the key comes from VEIL_MASTER_KEY in that run: nothing to rotate in place
        let rotated = try await Self.runVeil(
            ["keys", "rotate-master", "--data-dir", directory.path],
            masterKeyFromEnvironment: false
        )
        #expect(rotated.status == 0, "\(rotated.stderr)")
        let newKey = try #require(FileManager.default.contents(atPath: keyFile))
        #expect(newKey != oldKey)
        #expect(!FileManager.default.fileExists(atPath: keyFile + ".new"))
        #expect(DiskScan.occurrences(of: [[UInt8](oldKey)], under: directory.path) == 0)
        // This process had the old key in memory; it re-reads the file and keeps opening (and writing) records.
        try await store.put(.cache, tenant: TenantID("fresh")!, key: [4], value: Array("new".utf8))
        #expect(try store.get(.cache, tenant: tenant, key: [1, 2, 3]) == Array("kept".utf8))
        let audit = try await Self.runVeil(["audit", "--data-dir", directory.path], masterKeyFromEnvironment: false)
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(String(decoding: audit.stdout, as: UTF8.self).contains("master_key.rotated"))
    }
}
