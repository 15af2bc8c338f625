import Testing
import VeilSync

@Suite struct LockedTests {
    @Test func concurrentIncrementsAreNotLost() async {
        let counter = Counter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<10_000 { counter.count.withLock { $0 += 1 } } }
            }
        }
        #expect(counter.count.withLock { $0 } == 80_000)
    }

    private struct Failure: Error {}

    @Test func aThrowingBodyReleasesTheLock() {
        let value = Locked([1])
        #expect(throws: Failure.self) {
            try value.withLock { (items: inout [Int]) throws(Failure) in
                items.append(2)
                throw Failure()
            }
        }
        // The change before the throw stays, and the lock is free again (a second withLock would hang otherwise).
        #expect(value.withLock { $0 } == [1, 2])
    }

    /// Counts its own deinitializations, to show that `Locked` releases the value it holds.
    private final class Tracked: Sendable {
        let released: Counter
        init(_ released: Counter) { self.released = released }
        deinit { released.count.withLock { $0 += 1 } }
    }

    private final class Counter: Sendable {
        let count = Locked(0)
    }

    private func holdAndDrop(_ counter: Counter) {
        let holder = Locked<Tracked?>(Tracked(counter))
        holder.withLock { #expect($0 != nil) }
    }

    @Test func theValueIsReleasedWithTheLock() {
        let counter = Counter()
        holdAndDrop(counter)
        #expect(counter.count.withLock { $0 } == 1)
    }

    @Test func oddlyAlignedValuesRoundTrip() {
        let byte = Locked<UInt8>(7)
        let wide = Locked<(UInt8, Double, SIMD4<Float>)>((1, 2.5, SIMD4(1, 2, 3, 4)))
        let empty = Locked(())
        byte.withLock { $0 &+= 250 }
        #expect(byte.withLock { $0 } == 1)
        #expect(wide.withLock { $0.2 } == SIMD4(1, 2, 3, 4))
        empty.withLock { _ in }
    }
}
