import Foundation
import Testing

@testable import VeilStorage

/// Two processes on one environment: this test process and a child re-executing this test binary.
@Suite(.serialized) struct MultiProcessTests {
    @Test func aChildProcessWritesWhileThisProcessReadsAndWrites() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = directory.configuration()
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")

        let child = try ChildProcess.start(
            role: "writer",
            directory: configuration.path,
            extra: ["VEIL_CHILD_COUNT": "300", "VEIL_CHILD_PAUSE_US": "500"],
            log: directory.path + "/child.log"
        )
        var ownWrites = 0
        var lastSeen = 0
        var observedGrowth = false
        while child.process.isRunning || ownWrites < 300 {
            if ownWrites < 300 {
                let index = ownWrites
                try environment.write { txn in
                    try txn.put(pattern(-index, count: 300), forKey: bytes("parent-\(index)"), in: database)
                }
                ownWrites += 1
            }
            var childRecords = 0
            try environment.read { txn in
                try txn.scan(in: database, prefix: bytes("child-")) { _, _ in
                    childRecords += 1
                    return true
                }
            }
            #expect(childRecords >= lastSeen, "a committed record of the child disappeared")
            if childRecords > lastSeen && lastSeen > 0 { observedGrowth = true }
            lastSeen = childRecords
        }
        #expect(await child.exit() == 0, "child failed:\n\(child.output)")
        #expect(observedGrowth || lastSeen == 300)

        for index in 0..<300 {
            let key = bytes("child-\(String(format: "%06d", index))")
            #expect(try environment.read { try $0.get(key, in: database) } == pattern(index, count: 512))
            #expect(
                try environment.read { try $0.get(bytes("parent-\(index)"), in: database) }
                    == pattern(-index, count: 300))
        }
        #expect(try environment.read { try $0.count(of: database) } == 600)
    }

    @Test func aChildKilledInsideALargeWriteLeavesTheStoreReadableWithoutAnyOfItsRecords() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = directory.configuration()
        configuration.initialMapSize = 1 << 20
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")
        try environment.write { txn in
            for index in 0..<100 {
                try txn.put(pattern(index, count: 200), forKey: bytes("base-\(index)"), in: database)
            }
        }
        let marker = directory.path + "/mid-transaction"
        let child = try ChildProcess.start(
            role: "crash",
            directory: configuration.path,
            extra: ["VEIL_CHILD_MARKER": marker],
            log: directory.path + "/child.log"
        )
        let reached = await waitUntil(seconds: 120) {
            FileManager.default.fileExists(atPath: marker) || !child.process.isRunning
        }
        #expect(
            reached && child.process.isRunning, "child never reached the middle of its transaction:\n\(child.output)")
        child.kill()
        #expect(child.process.terminationReason == .uncaughtSignal)

        // Readable, with the committed records and none of the killed transaction's.
        var crashRecords = 0
        try environment.read { txn in
            try txn.scan(in: database, prefix: bytes("crash-")) { _, _ in
                crashRecords += 1
                return true
            }
        }
        #expect(crashRecords == 0)
        #expect(try environment.read { try $0.count(of: database) } == 100)
        #expect(try environment.read { try $0.get(bytes("base-42"), in: database) } == pattern(42, count: 200))

        // The dead writer's lock is recovered: writes work, from this process and from a fresh opener.
        try environment.write { try $0.put([1], forKey: bytes("after-crash"), in: database) }
        let writer = try ChildProcess.start(
            role: "writer",
            directory: configuration.path,
            extra: ["VEIL_CHILD_COUNT": "10"],
            log: directory.path + "/writer.log"
        )
        #expect(await writer.exit() == 0, "writer after crash failed:\n\(writer.output)")
        #expect(try environment.read { try $0.count(of: database) } == 111)
    }

    @Test func aMapGrownByAnotherProcessIsAdoptedHere() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = directory.configuration(initialMapSize: 1 << 20)
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")
        try environment.write { try $0.put([1], forKey: bytes("parent-before"), in: database) }
        let mapBefore = environment.core.currentHandleForTesting().currentMapSize()

        // The child writes 6 MiB, growing the map (and the file) well past this process's 1 MiB mapping.
        let child = try ChildProcess.start(
            role: "writer",
            directory: configuration.path,
            extra: ["VEIL_CHILD_COUNT": "200", "VEIL_CHILD_VALUE_SIZE": "32768"],
            log: directory.path + "/child.log"
        )
        #expect(await child.exit() == 0, "child failed:\n\(child.output)")
        #expect(environment.fileSize > mapBefore)

        // Reading here meets MDB_MAP_RESIZED at transaction begin; the environment adopts the size and goes on.
        let key = bytes("child-\(String(format: "%06d", 199))")
        #expect(try environment.read { try $0.get(key, in: database) } == pattern(199, count: 32768))
        #expect(environment.core.currentHandleForTesting().currentMapSize() > mapBefore)
        try environment.write { try $0.put([2], forKey: bytes("parent-after"), in: database) }
        #expect(try environment.read { try $0.count(of: database) } == 202)
    }
}
