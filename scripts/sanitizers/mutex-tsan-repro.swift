// Why Veil locks with `Locked` (Sources/VeilSync) and not `Synchronization.Mutex`: on Linux (Swift 6.3.1) this program
// makes ThreadSanitizer report a "Swift access race" inside `withLock`, although every access holds the lock.
//   swiftc -sanitize=thread -parse-as-library scripts/sanitizers/mutex-tsan-repro.swift -o /tmp/repro && /tmp/repro
import Foundation
import Synchronization

@main struct Repro {
    static func main() {
        let items = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for i in 0..<10_000 { items.withLock { $0.append(worker * 10_000 + i) } }
        }
        print(items.withLock { $0.count })
    }
}
