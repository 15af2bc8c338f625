#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A value that is only read or changed while holding a `pthread_mutex_t`: the one lock type of every Veil target,
/// used exactly like `Synchronization.Mutex` (`withLock { (inout Value) in … }`).
///
/// It exists for ThreadSanitizer. On Linux, `Synchronization.Mutex` locks with a priority-inheritance futex, and
/// when the kernel hands a contended lock from one thread to the next there is no atomic operation in user space that
/// TSan could see, so every access to state guarded by a `Mutex` is reported as a data race (four threads appending
/// to a `Mutex<[Int]>` reproduce it: `scripts/sanitizers/mutex-tsan-repro.swift`). TSan intercepts
/// `pthread_mutex_lock` and `pthread_mutex_unlock`, so the same code behind this lock is checked for real races
/// instead of hiding them behind a suppression. Uncontended, the two cost the same (an atomic exchange each way);
/// `make bench` showed no difference on the cache-hit path.
///
/// Like `Mutex` it is non-copyable: the lock and the value live in one allocation made at `init` and freed by
/// `deinit`, so a `Locked` stored in a class or captured by a closure is one lock, never a copy of it. Never call
/// `withLock` again from inside its closure: the mutex is not recursive.
///
/// ```swift
/// let hits = Locked(0)
/// hits.withLock { $0 += 1 }
/// let now = hits.withLock { $0 }
/// ```
package struct Locked<Value: ~Copyable>: ~Copyable {
    /// The mutex, at the start of the allocation.
    @usableFromInline let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// The guarded value, after the mutex in the same allocation.
    @usableFromInline let value: UnsafeMutablePointer<Value>

    /// Creates the lock, holding `initialValue`.
    ///
    /// - Parameter initialValue: the value, which from now on is only reachable through ``withLock(_:)``.
    @inlinable
    package init(_ initialValue: consuming sending Value) {
        // One allocation for both: the value starts at the first multiple of its alignment after the mutex.
        let valueAlignment = MemoryLayout<Value>.alignment
        let offset = (MemoryLayout<pthread_mutex_t>.stride + valueAlignment - 1) / valueAlignment * valueAlignment
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: offset + MemoryLayout<Value>.size,
            alignment: Swift.max(MemoryLayout<pthread_mutex_t>.alignment, valueAlignment)
        )
        mutex = raw.bindMemory(to: pthread_mutex_t.self, capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        // A default mutex: no attributes can fail here, and a failure would leave no lock to run on.
        let status = pthread_mutex_init(mutex, nil)
        precondition(status == 0, "pthread_mutex_init failed: \(status)")
        value = (raw + offset).bindMemory(to: Value.self, capacity: 1)
        value.initialize(to: initialValue)
    }

    deinit {
        value.deinitialize(count: 1)
        pthread_mutex_destroy(mutex)
        UnsafeMutableRawPointer(mutex).deallocate()
    }

    /// Runs `body` with exclusive access to the value, holding the lock for exactly that long.
    ///
    /// Keep `body` short and synchronous: no `await` can happen inside it, and every other caller waits meanwhile.
    ///
    /// - Parameter body: reads or changes the value.
    /// - Returns: what `body` returns.
    /// - Throws: what `body` throws; the lock is released either way.
    @inlinable
    package borrowing func withLock<Result: ~Copyable, E: Error>(
        _ body: (inout sending Value) throws(E) -> sending Result
    ) throws(E) -> sending Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value.pointee)
    }
}

// Safe because the value is only ever reached inside `withLock`, with the mutex held, and it entered the lock as a
// `sending` value (as with `Mutex`), so no other reference to it exists outside.
extension Locked: @unchecked Sendable where Value: ~Copyable {}
