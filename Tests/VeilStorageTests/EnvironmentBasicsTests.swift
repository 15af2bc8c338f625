import Foundation
import Testing

@testable import VeilStorage

@Suite struct EnvironmentBasicsTests {
    @Test func putThenGetReturnsTheValueAndDeleteRemovesIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")

        try environment.write { txn in
            try txn.put(bytes("one"), forKey: bytes("k1"), in: database)
            try txn.put(bytes("two"), forKey: bytes("k2"), in: database)
        }
        #expect(try environment.read { try $0.get(bytes("k1"), in: database) } == bytes("one"))
        #expect(try environment.read { try $0.get(bytes("missing"), in: database) } == nil)

        try environment.write { txn in try txn.put(bytes("uno"), forKey: bytes("k1"), in: database) }
        #expect(try environment.read { try $0.get(bytes("k1"), in: database) } == bytes("uno"))

        #expect(try environment.write { try $0.delete(key: bytes("k1"), in: database) })
        #expect(try environment.write { try $0.delete(key: bytes("k1"), in: database) } == false)
        #expect(try environment.read { try $0.get(bytes("k1"), in: database) } == nil)
        #expect(try environment.read { try $0.count(of: database) } == 1)
    }

    @Test func withValueReadsInPlaceAndReturnsNilForMissingKeys() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")
        let value = pattern(7, count: 16 * 1024)
        try environment.write { try $0.put(value, forKey: bytes("big"), in: database) }

        let sum = try environment.read { txn in
            try txn.withValue(forKey: bytes("big"), in: database) { buffer in buffer.reduce(0) { $0 &+ Int($1) } }
        }
        #expect(sum == value.reduce(0) { $0 &+ Int($1) })
        let missing = try environment.read { txn in
            try txn.withValue(forKey: bytes("nope"), in: database) { $0.count }
        }
        #expect(missing == nil)
    }

    @Test func prefixScanVisitsOnlyMatchingKeysInOrderAndCanStop() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")
        try environment.write { txn in
            for key in ["a/2", "a/1", "b/1", "a/3", "a", "ab/1", "0"] {
                try txn.put(bytes("v:" + key), forKey: bytes(key), in: database)
            }
        }
        var seen: [String] = []
        try environment.read { txn in
            try txn.scan(in: database, prefix: bytes("a/")) { key, value in
                seen.append(String(decoding: key, as: UTF8.self))
                #expect(Array(value) == bytes("v:") + Array(key))
                return true
            }
        }
        #expect(seen == ["a/1", "a/2", "a/3"])

        var firstTwo: [String] = []
        try environment.read { txn in
            try txn.scan(in: database, prefix: bytes("a")) { key, _ in
                firstTwo.append(String(decoding: key, as: UTF8.self))
                return firstTwo.count < 2
            }
        }
        #expect(firstTwo == ["a", "a/1"])

        var none = 0
        try environment.read { txn in
            try txn.scan(in: database, prefix: bytes("zz")) { _, _ in
                none += 1
                return true
            }
        }
        #expect(none == 0)

        var all = 0
        try environment.read { txn in
            try txn.scan(in: database, prefix: []) { _, _ in
                all += 1
                return true
            }
        }
        #expect(all == 7)
    }

    @Test func rangeScanIncludesTheLowerBoundAndExcludesTheUpperBound() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")
        try environment.write { txn in
            for index in 0..<100 {
                try txn.put([UInt8(index)], forKey: bytes(String(format: "k%03d", index)), in: database)
            }
        }
        func keys(from: String, to: String?) throws -> [String] {
            var result: [String] = []
            try environment.read { txn in
                try txn.scan(in: database, from: bytes(from), to: to.map(bytes)) { key, _ in
                    result.append(String(decoding: key, as: UTF8.self))
                    return true
                }
            }
            return result
        }
        #expect(try keys(from: "k010", to: "k013") == ["k010", "k011", "k012"])
        #expect(try keys(from: "k0095", to: "k011") == ["k010"])
        #expect(try keys(from: "k097", to: nil) == ["k097", "k098", "k099"])
        #expect(try keys(from: "", to: "k002") == ["k000", "k001"])
        #expect(try keys(from: "k050", to: "k050").isEmpty)
        // A key that is a proper prefix of the bound sorts before it.
        try environment.write { try $0.put([1], forKey: bytes("k01"), in: database) }
        #expect(try keys(from: "k009", to: "k010") == ["k009", "k01"])
    }

    @Test func deleteAllRemovesEveryKeyWithThePrefixAndNothingElse() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")
        try environment.write { txn in
            for index in 0..<3000 {
                try txn.put(pattern(index, count: 100), forKey: bytes("t1/\(index)"), in: database)
                try txn.put(pattern(index, count: 100), forKey: bytes("t2/\(index)"), in: database)
            }
            try txn.put(bytes("x"), forKey: bytes("t1"), in: database)
        }
        let removed = try environment.write { try $0.deleteAll(prefix: bytes("t1/"), in: database) }
        #expect(removed == 3000)
        #expect(try environment.read { try $0.count(of: database) } == 3001)
        #expect(try environment.read { try $0.get(bytes("t1"), in: database) } == bytes("x"))
        #expect(try environment.read { try $0.get(bytes("t2/2999"), in: database) } == pattern(2999, count: 100))
        #expect(try environment.write { try $0.deleteAll(prefix: bytes("t1/"), in: database) } == 0)
    }

    @Test func aThrowingTransactionLeavesNothingBehind() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")
        try environment.write { try $0.put(bytes("kept"), forKey: bytes("before"), in: database) }

        #expect(throws: PlannedFailure.self) {
            try environment.write { txn in
                for index in 0..<500 {
                    try txn.put(pattern(index, count: 256), forKey: bytes("partial-\(index)"), in: database)
                }
                try txn.delete(key: bytes("before"), in: database)
                throw PlannedFailure()
            }
        }
        #expect(try environment.read { try $0.count(of: database) } == 1)
        #expect(try environment.read { try $0.get(bytes("before"), in: database) } == bytes("kept"))
        // The writer lock was released: another write goes through.
        try environment.write { try $0.put(bytes("after"), forKey: bytes("after"), in: database) }
        #expect(try environment.read { try $0.count(of: database) } == 2)
    }

    @Test func aTransactionUsedAfterItsClosureThrowsClosed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")
        let escapedRead = try environment.read { $0 }
        #expect(throws: LMDBError.closed) { try escapedRead.get(bytes("k"), in: database) }
        let escapedWrite = try environment.write { $0 }
        #expect(throws: LMDBError.closed) { try escapedWrite.put([1], forKey: bytes("k"), in: database) }
    }

    @Test func invalidKeysAndForeignDatabasesAreRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration("a"))
        let other = try Environment(configuration: directory.configuration("b"))
        let database = try environment.database(named: "entries")
        let foreign = try other.database(named: "entries")

        #expect(throws: LMDBError.badValueSize) {
            try environment.write { try $0.put([1], forKey: [], in: database) }
        }
        #expect(throws: LMDBError.badValueSize) {
            try environment.write { try $0.put([1], forKey: [UInt8](repeating: 7, count: 600), in: database) }
        }
        #expect(throws: LMDBError.badDatabase) {
            try environment.read { try $0.get(bytes("k"), in: foreign) }
        }
    }

    @Test func namedDatabasesAreSeparateAndSurviveReopening() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = directory.configuration()
        do {
            let environment = try Environment(configuration: configuration)
            let first = try environment.database(named: "first")
            let second = try environment.database(named: "second")
            #expect(first != second)
            #expect(try environment.database(named: "first") == first)
            try environment.write { txn in
                try txn.put(bytes("1"), forKey: bytes("k"), in: first)
                try txn.put(bytes("2"), forKey: bytes("k"), in: second)
            }
        }
        let reopened = try Environment(configuration: configuration)
        let second = try reopened.database(named: "second")
        #expect(try reopened.read { try $0.get(bytes("k"), in: second) } == bytes("2"))
        let statistics = try reopened.statistics(of: second)
        #expect(statistics.entries == 1)
        #expect(statistics.pages >= 1)
        #expect(statistics.bytes == statistics.pages * statistics.pageSize)
    }

    @Test func droppingEmptiesOrDeletesADatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = try Environment(configuration: directory.configuration())
        let database = try environment.database(named: "entries")
        try environment.write { try $0.put([1], forKey: bytes("k"), in: database) }

        try environment.write { try $0.drop(database, delete: false) }
        #expect(try environment.read { try $0.count(of: database) } == 0)

        try environment.write { try $0.put([1], forKey: bytes("k"), in: database) }
        try environment.write { try $0.drop(database, delete: true) }
        #expect(throws: LMDBError.badDatabase) { try environment.read { try $0.count(of: database) } }
        let recreated = try environment.database(named: "entries")
        #expect(try environment.read { try $0.count(of: recreated) } == 0)
        try environment.write { try $0.put([2], forKey: bytes("k"), in: recreated) }
        #expect(try environment.read { try $0.get(bytes("k"), in: recreated) } == [2])
    }

    @Test func readOnlyEnvironmentsRefuseWrites() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = directory.configuration()
        do {
            let environment = try Environment(configuration: configuration)
            let database = try environment.database(named: "entries")
            try environment.write { try $0.put([1], forKey: bytes("k"), in: database) }
        }
        configuration.readOnly = true
        let readOnly = try Environment(configuration: configuration)
        let database = try readOnly.database(named: "entries")
        #expect(try readOnly.read { try $0.get(bytes("k"), in: database) } == [1])
        #expect(throws: LMDBError.readOnly) { try readOnly.write { try $0.put([2], forKey: bytes("k"), in: database) } }
        #expect(throws: LMDBError.notFound) { try readOnly.database(named: "absent") }
        await #expect(throws: LMDBError.readOnly) {
            try await readOnly.writeAsync { try $0.put([2], forKey: bytes("k"), in: database) }
        }
    }

    @Test func openingOneDirectoryTwiceInAProcessSharesOneEnvironment() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = try Environment(configuration: directory.configuration())
        let second = try Environment(configuration: directory.configuration())
        let database = try first.database(named: "entries")
        try first.write { try $0.put([9], forKey: bytes("k"), in: database) }
        // The same Database value works with both objects: they share one LMDB environment.
        #expect(try second.read { try $0.get(bytes("k"), in: database) } == [9])
        var readOnly = directory.configuration()
        readOnly.readOnly = true
        #expect(throws: LMDBError.incompatibleConfiguration) { try Environment(configuration: readOnly) }
    }

    @Test func theDirectoryIsCreatedPrivate() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = directory.configuration("nested/deeper")
        _ = try Environment(configuration: configuration)
        let attributes = try FileManager.default.attributesOfItem(atPath: configuration.path)
        let permissions = try #require(attributes[.posixPermissions] as? Int)
        #expect(permissions & 0o777 == 0o700)
    }

    @Test func runningOutOfReaderSlotsFailsWithReadersFull() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = directory.configuration()
        configuration.maxReaders = 8
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "entries")
        // LMDB rounds the reader table up to whole pages, so nest reads until the slots run out.
        func nest(_ depth: Int) throws -> Int {
            try environment.read { txn in
                _ = try txn.count(of: database)
                return depth >= 1000 ? depth : try nest(depth + 1)
            }
        }
        #expect(throws: LMDBError.readersFull) { try nest(1) }
        // Every slot came back: reads work again.
        #expect(try environment.read { try $0.count(of: database) } == 0)
    }

    @Test func errorDescriptionsAreFixedStrings() {
        #expect(LMDBError.mapFull.description.contains("maximum"))
        #expect(LMDBError.notFound.description.contains("MDB_NOTFOUND"))
        #expect(LMDBError.other(ENOSPC).returnCode == ENOSPC)
        #expect(LMDBError.other(-30792) == .mapFull)
    }
}
