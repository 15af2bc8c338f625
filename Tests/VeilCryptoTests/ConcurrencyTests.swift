import Dispatch
import Foundation
import Synchronization
import Testing
import VeilSync

@testable import VeilCrypto

@Suite("Concurrent use")
struct ConcurrencyTests {
    @Test("random nonces never repeat, across threads and pool refills")
    func noncesUnique() throws {
        let key = try SecretKey.random()
        let nonces = Locked<[[UInt8]]>([])
        let failures = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            var local = [[UInt8]]()
            for _ in 0..<1500 {
                guard let sealed = try? AES256GCM.seal([1, 2, 3], key: key, authenticating: []) else {
                    failures.add(1, ordering: .relaxed)
                    continue
                }
                local.append(Array(sealed.prefix(AES256GCM.nonceByteCount)))
            }
            nonces.withLock { $0.append(contentsOf: local) }
        }
        let all = nonces.withLock { $0 }
        #expect(failures.load(ordering: .relaxed) == 0)
        #expect(all.count == 6000)
        #expect(Set(all).count == all.count)
    }
}
