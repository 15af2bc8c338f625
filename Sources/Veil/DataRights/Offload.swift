import Dispatch

/// Runs blocking work (compaction copies the whole data file and holds the writer lock meanwhile) on a Dispatch
/// thread instead of the cooperative pool, which on a 2-core machine has only two threads to serve requests with.
enum Offload {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
