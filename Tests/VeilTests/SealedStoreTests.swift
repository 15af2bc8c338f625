import Foundation
import Testing
import VeilCrypto
import VeilKeyring
import VeilStorage

@testable import Veil

@Suite("Sealed tenant store")
struct SealedStoreTests {
    let acme = TenantID("acme")!
    let globex = TenantID("globex")!

    @Test("a record round-trips and is not stored in the clear")
    func roundTripIsSealed() async throws {
        let directory = TemporaryDirectory()
        let store = try StoreFixtures.store(directory)
        let secret = Array("canary-7f3a9 the answer is forty-two".utf8)
        try await store.put(.cache, tenant: acme, key: [1, 2, 3], value: secret)
        #expect(try store.get(.cache, tenant: acme, key: [1, 2, 3]) == secret)
        #expect(try store.get(.cache, tenant: acme, key: [9]) == nil)
        try store.environment.sync(force: true)
        let file = try Data(contentsOf: URL(fileURLWithPath: directory.path + "/data/data.mdb"))
        #expect(file.range(of: Data("canary-7f3a9".utf8)) == nil)
    }

    @Test("a record copied to another tenant, table or key does not open")
    func movedRecordsDoNotOpen() async throws {
        let directory = TemporaryDirectory()
        let store = try StoreFixtures.store(directory)
        try await store.put(.cache, tenant: acme, key: [1], value: Array("hello".utf8))
        _ = try store.mac(tenant: globex, purpose: .cacheLookup, [0])  // globex has keys of its own
        let cache = try store.environment.database(named: "cache")
        let vectors = try store.environment.database(named: "vectors")
        let raw = try #require(
            try store.environment.read { try $0.get(SealedLMDBStore.storageKey(tenant: acme, key: [1]), in: cache) }
        )
        try store.environment.write { txn in
            try txn.put(raw, forKey: SealedLMDBStore.storageKey(tenant: globex, key: [1]), in: cache)
            try txn.put(raw, forKey: SealedLMDBStore.storageKey(tenant: acme, key: [1]), in: vectors)
            try txn.put(raw, forKey: SealedLMDBStore.storageKey(tenant: acme, key: [2]), in: cache)
        }
        #expect(throws: StoreError.self) { try store.get(.cache, tenant: globex, key: [1]) }
        #expect(throws: StoreError.self) { try store.get(.vectors, tenant: acme, key: [1]) }
        #expect(throws: StoreError.recordDoesNotOpen) { try store.get(.cache, tenant: acme, key: [2]) }
        #expect(try store.get(.cache, tenant: acme, key: [1]) == Array("hello".utf8))
    }

    @Test("any flipped byte of a stored record makes it fail to open")
    func tamperedRecordsFail() async throws {
        let directory = TemporaryDirectory()
        let store = try StoreFixtures.store(directory)
        try await store.put(.cache, tenant: acme, key: [7], value: Array("tamper me".utf8))
        let cache = try store.environment.database(named: "cache")
        let storageKey = SealedLMDBStore.storageKey(tenant: acme, key: [7])
        let raw = try #require(try store.environment.read { try $0.get(storageKey, in: cache) })
        for position in 0..<raw.count {
            var tampered = raw
            tampered[position] ^= 0x01
            try store.environment.write { try $0.put(tampered, forKey: storageKey, in: cache) }
            #expect(throws: StoreError.self) { try store.get(.cache, tenant: acme, key: [7]) }
        }
    }

    @Test("after rotation new records use the new version and old ones still open")
    func rotationKeepsOldRecordsReadable() async throws {
        let directory = TemporaryDirectory()
        let store = try StoreFixtures.store(directory)
        try await store.put(.cache, tenant: acme, key: [1], value: [1])
        let version = try store.keyring.rotate(tenant: acme.rawValue)
        #expect(version == 2)
        try await store.put(.cache, tenant: acme, key: [2], value: [2])
        #expect(try store.get(.cache, tenant: acme, key: [1]) == [1])
        #expect(try store.get(.cache, tenant: acme, key: [2]) == [2])
        let cache = try store.environment.database(named: "cache")
        let raw = try #require(
            try store.environment.read { try $0.get(SealedLMDBStore.storageKey(tenant: acme, key: [2]), in: cache) }
        )
        #expect(Array(raw.prefix(4)) == [0, 0, 0, 2])
        // A record relabelled with another key version fails.
        var relabelled = raw
        relabelled[3] = 1
        try store.environment.write {
            try $0.put(relabelled, forKey: SealedLMDBStore.storageKey(tenant: acme, key: [2]), in: cache)
        }
        #expect(throws: StoreError.self) { try store.get(.cache, tenant: acme, key: [2]) }
    }

    @Test("destroying a tenant's keys makes all its records unreadable and leaves other tenants alone")
    func cryptoShredding() async throws {
        let directory = TemporaryDirectory()
        let store = try StoreFixtures.store(directory)
        for index in 0..<20 {
            try await store.put(.cache, tenant: acme, key: [UInt8(index)], value: [UInt8(index)])
            try await store.put(.cache, tenant: globex, key: [UInt8(index)], value: [UInt8(index)])
        }
        _ = try store.keyring.destroy(tenant: acme.rawValue)
        for index in 0..<20 {
            #expect(throws: StoreError.tenantKeysDestroyed) { try store.get(.cache, tenant: acme, key: [UInt8(index)]) }
            #expect(try store.get(.cache, tenant: globex, key: [UInt8(index)]) == [UInt8(index)])
        }
        // Another process's view: a second store opened on the same directory sees the same.
        let second = try StoreFixtures.store(directory)
        #expect(throws: StoreError.tenantKeysDestroyed) { try second.get(.cache, tenant: acme, key: [1]) }
    }

    @Test("lookup MACs are keyed per tenant, not plain hashes")
    func macsDifferPerTenant() throws {
        let directory = TemporaryDirectory()
        let store = try StoreFixtures.store(directory)
        let message = Array("same question".utf8)
        let a = try store.mac(tenant: acme, purpose: .cacheLookup, message)
        let b = try store.mac(tenant: globex, purpose: .cacheLookup, message)
        #expect(a != b)
        #expect(a == (try store.mac(tenant: acme, purpose: .cacheLookup, message)))
        #expect(a != SHA256.hash(message))
        #expect(a != (try store.mac(tenant: acme, purpose: .subject, message)))
    }

    @Test("a batch lands whole: scans see every record of it, usage counts them")
    func batchesAndScans() async throws {
        let directory = TemporaryDirectory()
        let store = try StoreFixtures.store(directory)
        var batch = StoreBatch(tenant: acme)
        for index in 0..<10 { batch.operations.append(.put(.cache, key: [0xAA, UInt8(index)], value: [UInt8(index)])) }
        batch.operations.append(.put(.cache, key: [0xBB], value: [0]))
        try await store.apply(batch)
        var seen: [[UInt8]] = []
        try store.scan(.cache, tenant: acme, prefix: [0xAA]) { key, _ in
            seen.append(key)
            return true
        }
        #expect(seen.count == 10)
        #expect(try store.keys(.cache, tenant: acme, prefix: []).count == 11)
        #expect(try store.keys(.cache, tenant: globex, prefix: []).isEmpty)
        #expect(try store.usage(.cache, tenant: acme).records == 11)
    }
}
