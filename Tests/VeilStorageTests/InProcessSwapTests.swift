import Dispatch
import Foundation
import Testing

@testable import VeilStorage

@Suite struct InProcessSwapTests {
    @Test func aReadOpenAcrossCompactionKeepsItsSnapshotAndLaterReadsSeeTheNewFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")
        try environment.write { txn in
            for index in 0..<300 { try txn.put(pattern(index, count: 3000), forKey: bytes("d\(index)"), in: database) }
        }
        try environment.write { _ = try $0.deleteAll(prefix: bytes("d1"), in: database) }
        let remaining = try environment.read { try $0.count(of: database) }

        try environment.read { snapshot in
            try environment.compact()
            #expect(try snapshot.count(of: database) == remaining)
            #expect(try snapshot.get(bytes("d0"), in: database) == pattern(0, count: 3000))
            // A nested read begins on the new file.
            #expect(try environment.read { try $0.get(bytes("d299"), in: database) } == pattern(299, count: 3000))
        }
        #expect(try environment.read { try $0.count(of: database) } == remaining)
    }

    @Test func concurrentAsyncWritesAllLandWhileAnotherTaskCompactsRepeatedly() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = directory.configuration()
        configuration.durability = .noSync
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "entries")
        let writersDone = Counter()

        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    for index in 0..<50 {
                        try await environment.writeAsync { txn in
                            try txn.put(
                                pattern(writer * 1000 + index, count: 700), forKey: bytes("w\(writer)-\(index)"),
                                in: database)
                        }
                    }
                    writersDone.increment()
                }
            }
            group.addTask {
                var compactions = 0
                while writersDone.value < 8 || compactions < 3 {
                    try environment.write { txn in
                        for index in 0..<20 {
                            try txn.put(pattern(index, count: 2000), forKey: bytes("junk\(index)"), in: database)
                        }
                    }
                    try environment.write { _ = try $0.deleteAll(prefix: bytes("junk"), in: database) }
                    try environment.compact()
                    compactions += 1
                    await Task.yield()
                }
            }
            try await group.waitForAll()
        }
        #expect(try environment.read { try $0.count(of: database) } == 400)
        for writer in 0..<8 {
            for index in [0, 25, 49] {
                let stored = try environment.read { try $0.get(bytes("w\(writer)-\(index)"), in: database) }
                #expect(stored == pattern(writer * 1000 + index, count: 700))
            }
        }
    }

    @Test func atTheMaximumOnlyTheClosureThatDoesNotFitFailsInItsBatch() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = directory.configuration(initialMapSize: 1 << 20)
        configuration.maximumMapSize = 2 << 20
        configuration.durability = .noSync
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "entries")
        let writer = environment.core.writer

        let release = DispatchSemaphore(value: 0)
        let blockerRunning = Counter()
        async let blocker: Void = environment.writeAsync { txn in
            blockerRunning.set(1)
            release.wait()
            try txn.put([0], forKey: bytes("blocker"), in: database)
        }
        defer { release.signal() }
        #expect(await waitUntil { blockerRunning.value == 1 })

        let outcomes = await withTaskGroup(of: (String, (any Error)?).self) { group in
            for name in ["small-a", "huge", "small-b"] {
                group.addTask {
                    do {
                        try await environment.writeAsync { txn in
                            let size = name == "huge" ? 4 << 20 : 100
                            try txn.put(pattern(size, count: size), forKey: bytes(name), in: database)
                        }
                        return (name, nil)
                    } catch {
                        return (name, error)
                    }
                }
                // Queue them in a known order, behind the blocker. (Whether or not they end up in one batch, the
                // outcome must be the same; the blocker only makes sharing a batch likely.)
                let queued = writer.pendingCount
                _ = await waitUntil(seconds: 30) { writer.pendingCount > queued }
            }
            release.signal()
            var outcomes: [String: (any Error)?] = [:]
            for await (name, error) in group { outcomes[name] = error }
            return outcomes
        }
        try await blocker

        #expect((outcomes["huge"] ?? nil) as? LMDBError == .mapFull)
        #expect((outcomes["small-a"] ?? PlannedFailure()) == nil)
        #expect((outcomes["small-b"] ?? PlannedFailure()) == nil)
        #expect(try environment.read { try $0.get(bytes("small-a"), in: database) } == pattern(100, count: 100))
        #expect(try environment.read { try $0.get(bytes("small-b"), in: database) } == pattern(100, count: 100))
        #expect(try environment.read { try $0.get(bytes("huge"), in: database) } == nil)
    }
}
