import Foundation
import Testing

@testable import VeilStorage

@Suite struct MapGrowthTests {
    @Test func theMapGrowsFarPastItsInitialSizeWithoutSurfacingMapFull() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = directory.configuration(initialMapSize: 1 << 20)
        configuration.durability = .noSync
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "blobs")
        let valueSize = 64 * 1024

        // 25 MiB through synchronous writes, 3.2 MiB per transaction (each larger than the whole initial map).
        var attempts = 0
        for batch in 0..<8 {
            try environment.write { txn in
                attempts += 1
                for index in (batch * 50)..<(batch * 50 + 50) {
                    try txn.put(pattern(index, count: valueSize), forKey: bytes("blob-\(index)"), in: database)
                }
            }
        }
        #expect(attempts > 8, "some transaction should have been re-run after growing the map")
        // 25 MiB more through writeAsync.
        for batch in 8..<16 {
            try await environment.writeAsync { txn in
                for index in (batch * 50)..<(batch * 50 + 50) {
                    try txn.put(pattern(index, count: valueSize), forKey: bytes("blob-\(index)"), in: database)
                }
            }
        }
        #expect(try environment.read { try $0.count(of: database) } == 800)
        for index in [0, 1, 399, 400, 555, 799] {
            #expect(
                try environment.read { try $0.get(bytes("blob-\(index)"), in: database) }
                    == pattern(index, count: valueSize))
        }
        #expect(environment.fileSize >= 50 << 20)
    }

    @Test func oneTransactionLargerThanTheMapStillCommits() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = directory.configuration(initialMapSize: 1 << 20)
        configuration.durability = .noSync
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "blobs")
        let value = pattern(1, count: 12 << 20)
        try environment.write { try $0.put(value, forKey: bytes("huge"), in: database) }
        #expect(try environment.read { try $0.get(bytes("huge"), in: database) } == value)
    }

    @Test func exceedingTheConfiguredMaximumFailsWithMapFullAndKeepsEarlierData() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = directory.configuration(initialMapSize: 1 << 20)
        configuration.maximumMapSize = 4 << 20
        configuration.durability = .noSync
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "blobs")

        var stored = 0
        var failure: (any Error)?
        for index in 0..<200 {
            do {
                try environment.write {
                    try $0.put(pattern(index, count: 64 * 1024), forKey: bytes("b\(index)"), in: database)
                }
                stored += 1
            } catch {
                failure = error
                break
            }
        }
        #expect(failure as? LMDBError == .mapFull)
        #expect(stored > 16, "the map should have grown from 1 MiB towards 4 MiB first")
        #expect(stored < 64)
        #expect(try environment.read { try $0.count(of: database) } == stored)
        #expect(try environment.read { try $0.get(bytes("b0"), in: database) } == pattern(0, count: 64 * 1024))

        // writeAsync reports the same error, and a failing closure in a batch does not sink small writes.
        await #expect(throws: LMDBError.mapFull) {
            try await environment.writeAsync {
                try $0.put(pattern(9, count: 8 << 20), forKey: bytes("big"), in: database)
            }
        }
        // Room for small writes remains after deleting.
        try environment.write { _ = try $0.deleteAll(prefix: bytes("b1"), in: database) }
        try await environment.writeAsync { try $0.put([1], forKey: bytes("small"), in: database) }
        #expect(try environment.read { try $0.get(bytes("small"), in: database) } == [1])
    }
}
