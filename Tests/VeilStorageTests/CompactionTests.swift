import Foundation
import Testing

@testable import VeilStorage

@Suite(.serialized) struct CompactionTests {
    /// Writes 2000 records, deletes 1800; some deleted ones carry `canary` in large values (overflow pages, which
    /// deletion frees untouched).
    private func populate(_ environment: Environment, _ database: Database, canary: [UInt8]) throws {
        try environment.write { txn in
            for index in 0..<2000 {
                var value = pattern(index, count: 4096)
                if index % 100 == 5 { value.replaceSubrange(1000..<(1000 + canary.count), with: canary) }
                let prefix = index % 10 == 0 ? "keep-" : "doomed-"
                try txn.put(value, forKey: bytes("\(prefix)\(index)"), in: database)
            }
        }
        try environment.write { txn in _ = try txn.deleteAll(prefix: bytes("doomed-"), in: database) }
    }

    @Test func compactionShrinksTheFileAndPurgesDeletedBytes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = directory.configuration()
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")
        let canary = bytes("CANARY-\(UUID().uuidString)-DELETED")
        try environment.write { txn in
            for index in 0..<500 {
                var value = pattern(index, count: 4096)
                value.replaceSubrange(100..<(100 + canary.count), with: canary)
                try txn.put(value, forKey: bytes("doomed-\(index)"), in: database)
                try txn.put(pattern(index, count: 4096), forKey: bytes("keep-\(index)"), in: database)
            }
        }
        try environment.write { txn in _ = try txn.deleteAll(prefix: bytes("doomed-"), in: database) }
        let before = environment.fileSize
        // The point of compaction: LMDB does not zero freed pages, so the deleted bytes are still in the file.
        #expect(try fileContains(configuration.path + "/data.mdb", canary))

        try environment.compact()

        #expect(environment.fileSize < before * 3 / 5, "before \(before), after \(environment.fileSize)")
        #expect(try !anyFileContains(in: configuration.path, canary))
        #expect(!FileManager.default.fileExists(atPath: configuration.path + "/data.mdb.compacting"))
        // Still fully usable, through the same Database value.
        #expect(try environment.read { try $0.count(of: database) } == 500)
        #expect(try environment.read { try $0.get(bytes("keep-499"), in: database) } == pattern(499, count: 4096))
        try environment.write { try $0.put([1], forKey: bytes("after"), in: database) }
        try environment.compact()
        #expect(try environment.read { try $0.count(of: database) } == 501)
        #expect(try environment.reopenIfReplaced() == false)
    }

    @Test func copyCompactedWritesAnOpenableSmallerCopy() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "shared")
        let canary = bytes("COPY-CANARY-\(UUID().uuidString)")
        try populate(environment, database, canary: canary)
        let target = directory.path + "/backup"
        try environment.copyCompacted(to: target)
        #expect(FileSystem.size(of: target + "/data.mdb") < environment.fileSize)
        #expect(try fileContains(directory.path + "/env/data.mdb", canary))
        #expect(try !fileContains(target + "/data.mdb", canary))
        #expect(throws: LMDBError.other(EEXIST)) { try environment.copyCompacted(to: target) }

        let copy = try Environment(configuration: EnvironmentConfiguration(path: target))
        let copied = try copy.database(named: "shared")
        #expect(try copy.read { try $0.count(of: copied) } == 200)
        #expect(try copy.read { try $0.get(bytes("keep-1990"), in: copied) } == pattern(1990, count: 4096))
    }

    @Test func anotherProcessNoticesACompactionAndKeepsWorking() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = directory.configuration()
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")
        let canary = bytes("CHILD-COMPACTED-\(UUID().uuidString)")
        try populate(environment, database, canary: canary)
        // Re-add doomed records for the child to delete, so its compaction has bytes to purge.
        try environment.write { txn in
            for index in 0..<300 {
                var value = pattern(index, count: 4096)
                value.replaceSubrange(0..<canary.count, with: canary)
                try txn.put(value, forKey: bytes("doomed-x\(index)"), in: database)
            }
        }
        let before = environment.fileSize
        // Hold a long read open across the swap: it keeps seeing its snapshot of the old file.
        try environment.read { oldSnapshot in
            let child = try ChildProcess.start(
                role: "compact",
                directory: configuration.path,
                log: directory.path + "/child.log"
            )
            #expect(child.wait() == 0, "compacting child failed:\n\(child.output)")
            #expect(try oldSnapshot.get(bytes("doomed-x1"), in: database) != nil)
        }
        #expect(environment.fileSize < before)
        #expect(try !anyFileContains(in: configuration.path, canary))

        // This process reopens on its next transaction: reads and writes see the new file.
        #expect(try environment.read { try $0.get(bytes("doomed-x1"), in: database) } == nil)
        #expect(try environment.read { try $0.count(of: database) } == 200)
        try environment.write { try $0.put([7], forKey: bytes("parent-after"), in: database) }
        #expect(try environment.read { try $0.get(bytes("parent-after"), in: database) } == [7])

        // A third process opening afterwards shares the fresh lock file correctly.
        let writer = try ChildProcess.start(
            role: "writer",
            directory: configuration.path,
            extra: ["VEIL_CHILD_COUNT": "20"],
            log: directory.path + "/writer.log"
        )
        #expect(await writer.exit() == 0, "writer failed:\n\(writer.output)")
        #expect(try environment.read { try $0.count(of: database) } == 221)
    }

    @Test func writesOfAnotherProcessSurviveRepeatedCompactionsByThisOne() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = directory.configuration()
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")
        let child = try ChildProcess.start(
            role: "writer",
            directory: configuration.path,
            extra: ["VEIL_CHILD_COUNT": "400", "VEIL_CHILD_PAUSE_US": "2000"],
            log: directory.path + "/child.log"
        )
        var compactions = 0
        var round = 0
        while child.process.isRunning || compactions < 3 {
            round += 1
            try environment.write { txn in
                for index in 0..<50 {
                    try txn.put(pattern(index, count: 3000), forKey: bytes("junk-\(round)-\(index)"), in: database)
                }
            }
            try environment.write { txn in _ = try txn.deleteAll(prefix: bytes("junk-"), in: database) }
            try environment.compact()
            compactions += 1
        }
        #expect(await child.exit() == 0, "child failed (a write was lost or failed across a swap):\n\(child.output)")
        var childRecords = 0
        try environment.read { txn in
            try txn.scan(in: database, prefix: bytes("child-")) { key, value in
                let index = Int(String(decoding: key.dropFirst(6), as: UTF8.self)) ?? -1
                #expect(Array(value) == pattern(index, count: 512))
                childRecords += 1
                return true
            }
        }
        #expect(childRecords == 400)
        #expect(try environment.read { try $0.count(of: database) } == 400)
    }

    @Test func aLockFileLeftByAnInterruptedCompactionIsReplacedOnOpen() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = directory.configuration()
        let copyDirectory = directory.path + "/copy"
        do {
            let environment = try Environment(configuration: configuration)
            let database = try environment.database(named: "shared")
            // 52 commits in all (with the one creating the database): an even id, so a reader trusting the stale
            // lock file would pick meta page 0, which in a compacted copy is the empty one.
            for index in 0..<51 {
                try environment.write {
                    try $0.put(pattern(index, count: 100), forKey: bytes("r\(index)"), in: database)
                }
            }
            try environment.copyCompacted(to: copyDirectory)
        }
        // Another process keeps the old lock file in use, so LMDB will not reinitialise it on open.
        let marker = directory.path + "/holding"
        let holder = try ChildProcess.start(
            role: "hold",
            directory: configuration.path,
            extra: ["VEIL_CHILD_MARKER": marker],
            log: directory.path + "/holder.log"
        )
        defer { holder.kill() }
        #expect(await waitUntil(seconds: 120) { FileManager.default.fileExists(atPath: marker) }, "\(holder.output)")
        // Simulate a compaction that died after its rename and before removing lock.mdb.
        #expect(rename(copyDirectory + "/data.mdb", configuration.path + "/data.mdb") == 0)

        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")
        #expect(try environment.read { try $0.count(of: database) } == 51)
        #expect(try environment.read { try $0.get(bytes("r50"), in: database) } == pattern(50, count: 100))
        try environment.write { try $0.put([1], forKey: bytes("after"), in: database) }
        #expect(try environment.read { try $0.count(of: database) } == 52)
    }
}
