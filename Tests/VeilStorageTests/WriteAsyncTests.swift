import Dispatch
import Foundation
import Synchronization
import Testing

@testable import VeilStorage

/// A fresh environment with one database, and how many batches its writer had run when it was made.
private struct WriterFixture {
    let directory: TemporaryDirectory
    let environment: Environment
    let database: Database
    let writer: WriteQueue
    let batchesBefore: Int

    init(_ name: String = #function) throws {
        directory = try TemporaryDirectory(name)
        environment = try Environment(configuration: directory.configuration())
        database = try environment.database(named: "entries")
        writer = environment.core.writer
        batchesBefore = writer.batchesRun.load(ordering: .relaxed)
    }
}

@Suite struct WriteAsyncTests {
    @Test func queuedWritesShareOneCommitAndAFailingClosureRollsBackOnlyItself() async throws {
        let fixture = try WriterFixture()
        defer { fixture.directory.remove() }
        let (environment, database, writer) = (fixture.environment, fixture.database, fixture.writer)
        let batchesBefore = fixture.batchesBefore

        // Hold the writer thread inside a first batch until 40 more closures are queued behind it.
        let release = DispatchSemaphore(value: 0)
        let blockerRunning = Counter()
        async let blocker: Void = environment.writeAsync { txn in
            blockerRunning.set(1)
            release.wait()
            try txn.put([0], forKey: bytes("blocker"), in: database)
        }
        // Release the blocker on every path, so that a failed expectation cannot leave the test hanging.
        defer { release.signal() }
        #expect(await waitUntil { blockerRunning.value == 1 })

        let outcomes = await withTaskGroup(of: (Int, Bool).self) { group in
            for index in 0..<40 {
                group.addTask {
                    do {
                        let echoed = try await environment.writeAsync { txn in
                            try txn.put(bytes("value-\(index)"), forKey: bytes("key-\(index)"), in: database)
                            if index % 5 == 0 { throw PlannedFailure() }
                            return index
                        }
                        return (echoed, true)
                    } catch {
                        return (index, false)
                    }
                }
            }
            #expect(await waitUntil(seconds: 120) { writer.pendingCount == 40 })
            release.signal()
            var outcomes: [Int: Bool] = [:]
            for await (index, succeeded) in group { outcomes[index] = succeeded }
            return outcomes
        }
        try await blocker

        #expect(writer.batchesRun.load(ordering: .relaxed) - batchesBefore == 2)
        for index in 0..<40 {
            let stored = try environment.read { try $0.get(bytes("key-\(index)"), in: database) }
            if index % 5 == 0 {
                #expect(outcomes[index] == false)
                #expect(stored == nil)
            } else {
                #expect(outcomes[index] == true)
                #expect(stored == bytes("value-\(index)"))
            }
        }
        #expect(try environment.read { try $0.count(of: database) } == 33)
    }

    @Test(.timeLimit(.minutes(1)))
    func writesThatMayWaitAreHeldBackAndShareOneCommit() async throws {
        let fixture = try WriterFixture()
        defer { fixture.directory.remove() }
        let (environment, database, writer) = (fixture.environment, fixture.database, fixture.writer)
        let batchesBefore = fixture.batchesBefore

        // Twenty writes arriving one after another, each willing to wait an hour: none commits on its own (a
        // commit per write is what the window exists to avoid); the urgent write at the end takes all of them.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    try await environment.writeAsync(commitWithin: .seconds(3600)) { txn in
                        try txn.put(bytes("value-\(index)"), forKey: bytes("key-\(index)"), in: database)
                    }
                }
                #expect(await waitUntil { writer.pendingCount == index + 1 })
            }
            #expect(try environment.read { try $0.count(of: database) } == 0)
            #expect(writer.batchesRun.load(ordering: .relaxed) == batchesBefore)
            try await environment.writeAsync { txn in try txn.put([1], forKey: bytes("urgent"), in: database) }
            try await group.waitForAll()
        }
        #expect(writer.batchesRun.load(ordering: .relaxed) - batchesBefore == 1)
        #expect(try environment.read { try $0.count(of: database) } == 21)
    }

    @Test(.timeLimit(.minutes(1)))
    func anUrgentWriteCommitsTheWaitingOnesWithItInOrder() async throws {
        let fixture = try WriterFixture()
        defer { fixture.directory.remove() }
        let (environment, database, writer) = (fixture.environment, fixture.database, fixture.writer)
        let batchesBefore = fixture.batchesBefore

        // The lazy write could wait an hour; the urgent one behind it must not, and must see it first.
        async let lazy: Void = environment.writeAsync(commitWithin: .seconds(3600)) { txn in
            try txn.put(bytes("lazy"), forKey: bytes("k"), in: database)
        }
        #expect(await waitUntil { writer.pendingCount == 1 })
        let seen = try await environment.writeAsync { txn in
            let before = try txn.get(bytes("k"), in: database)
            try txn.put(bytes("urgent"), forKey: bytes("k"), in: database)
            return before
        }
        try await lazy
        #expect(seen == bytes("lazy"))
        #expect(try environment.read { try $0.get(bytes("k"), in: database) } == bytes("urgent"))
        #expect(writer.batchesRun.load(ordering: .relaxed) - batchesBefore == 1)
    }

    @Test(.timeLimit(.minutes(1)))
    func aWriteWithAShorterWindowCutsTheLingerOfTheBatchItJoins() async throws {
        let fixture = try WriterFixture()
        defer { fixture.directory.remove() }
        let (environment, database, writer) = (fixture.environment, fixture.database, fixture.writer)
        let batchesBefore = fixture.batchesBefore

        // The writer sleeps until the hour-long window's end; the 50 ms write must wake it (a write joining a
        // lingering batch wakes the writer only when it moves the deadline up), or this test runs out of time.
        async let lazy: Void = environment.writeAsync(commitWithin: .seconds(3600)) { txn in
            try txn.put(bytes("lazy"), forKey: bytes("a"), in: database)
        }
        #expect(await waitUntil { writer.pendingCount == 1 })
        try await environment.writeAsync(commitWithin: .milliseconds(50)) { txn in
            try txn.put(bytes("soon"), forKey: bytes("b"), in: database)
        }
        try await lazy
        #expect(try environment.read { try $0.count(of: database) } == 2)
        #expect(writer.batchesRun.load(ordering: .relaxed) - batchesBefore == 1)
    }

    @Test(.timeLimit(.minutes(1)))
    func aWaitingWriteCommitsByItselfWhenItsWindowEnds() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")

        try await environment.writeAsync(commitWithin: .milliseconds(50)) { txn in
            try txn.put(bytes("v"), forKey: bytes("k"), in: database)
        }
        #expect(try environment.read { try $0.get(bytes("k"), in: database) } == bytes("v"))
    }

    @Test func writeAsyncReturnsTheClosureResultAndPropagatesItsError() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")
        let count = try await environment.writeAsync { txn in
            try txn.put([1], forKey: bytes("a"), in: database)
            return try txn.count(of: database)
        }
        #expect(count == 1)
        await #expect(throws: PlannedFailure.self) {
            try await environment.writeAsync { _ in throw PlannedFailure() }
        }
    }

    @Test func manyConcurrentReadersSeeConsistentSnapshotsWhileWritesCommit() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = directory.configuration()
        configuration.durability = .noSync
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "pairs")
        try environment.write { txn in
            try txn.put([0, 0, 0, 0], forKey: bytes("left"), in: database)
            try txn.put([0, 0, 0, 0], forKey: bytes("right"), in: database)
        }
        let done = Counter()
        let inconsistencies = Counter()
        let reads = Counter()

        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    while done.value == 0 {
                        try environment.read { txn in
                            let left = try txn.get(bytes("left"), in: database)
                            let right = try txn.get(bytes("right"), in: database)
                            if left != right { inconsistencies.increment() }
                        }
                        reads.increment()
                        await Task.yield()
                    }
                }
            }
            group.addTask {
                defer { done.set(1) }
                for round in 1...300 {
                    let value = withUnsafeBytes(of: UInt32(round).littleEndian) { Array($0) }
                    try await environment.writeAsync { txn in
                        try txn.put(value, forKey: bytes("left"), in: database)
                        try txn.put(pattern(round, count: 2000), forKey: bytes("filler-\(round)"), in: database)
                        try txn.put(value, forKey: bytes("right"), in: database)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(inconsistencies.value == 0)
        #expect(reads.value >= 32)
        let final = try environment.read { try $0.get(bytes("left"), in: database) }
        #expect(final == withUnsafeBytes(of: UInt32(300).littleEndian) { Array($0) })
    }
}
