import Dispatch
import Foundation
import Synchronization
import Testing
import VeilCrypto
import VeilSync

@testable import VeilKeyring

@Suite("Keyring under concurrent use")
struct KeyringConcurrencyTests {
    @Test("concurrent sealing never uses one key version more often than the limit")
    func concurrentSealingRespectsLimit() throws {
        let fixture = try KeyringFixture()
        let keyring = try Keyring(
            directory: fixture.directory, masterKey: .base64(try randomBase64Key()), encryptionLimit: 50,
            reservationBlock: 8)
        let uses = Locked<[UInt32: Int]>([:])
        let failures = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<100 {
                guard let key = try? keyring.sealingKey(tenant: "acme") else {
                    failures.add(1, ordering: .relaxed)
                    continue
                }
                uses.withLock { $0[key.version, default: 0] += 1 }
            }
        }
        let counts = uses.withLock { $0 }
        #expect(failures.load(ordering: .relaxed) == 0)
        #expect(counts.values.reduce(0, +) == 400)
        #expect(counts.values.allSatisfy { $0 <= 50 })
        #expect(counts.count >= 8)
    }

    @Test("concurrent readers and a destroyer: after destroy returns, no reader gets the key")
    func concurrentDestroy() throws {
        let fixture = try KeyringFixture()
        let master = try randomBase64Key()
        let daemon = try Keyring(directory: fixture.directory, masterKey: .base64(master))
        let version = try daemon.sealingKey(tenant: "acme").version
        let destroyedAt = Atomic<Bool>(false)
        let lateHits = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 3) { worker in
            if worker == 0 {
                let cli = try? Keyring(directory: fixture.directory, masterKey: .base64(master))
                _ = try? cli?.destroy(tenant: "acme")
                destroyedAt.store(true, ordering: .releasing)
                return
            }
            for _ in 0..<2000 {
                let wasDestroyed = destroyedAt.load(ordering: .acquiring)
                if (try? daemon.key(tenant: "acme", version: version)) != nil, wasDestroyed {
                    lateHits.add(1, ordering: .relaxed)
                }
            }
        }
        #expect(lateHits.load(ordering: .relaxed) == 0)
        #expect(throws: CryptoError.keyDestroyed) { try daemon.key(tenant: "acme", version: version) }
    }
}
