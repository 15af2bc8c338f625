import Dispatch
import Foundation
import VeilStorage

/// Raw LMDB figures through `VeilStorage.Environment`: one put per write transaction (so each figure includes a
/// commit, with and without `fsync`), group-committed async puts, and reads that copy or read in place.
///
/// Values are pseudo-random so that nothing compresses or deduplicates; keys are 16 bytes, as the cache's HMAC
/// prefixes will be.
func storageBenchmarks() throws -> [BenchmarkResult] {
    let root = NSTemporaryDirectory() + "veil-storage-bench-\(UUID().uuidString.prefix(8))"
    defer { try? FileManager.default.removeItem(atPath: root) }
    var results: [BenchmarkResult] = []

    @Sendable func key(_ index: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0x6B, count: 8)
        withUnsafeBytes(of: UInt64(index).bigEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }
    func value(_ size: Int, seed: Int) -> [UInt8] {
        var generator = SplitMix(seed: UInt64(seed))
        return (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    }

    for (label, durability) in [("sync", EnvironmentConfiguration.Durability.sync), ("noSync", .noSync)] {
        var configuration = EnvironmentConfiguration(path: root + "/put-\(label)")
        configuration.durability = durability
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "bench")
        for size in [1024, 16 * 1024] {
            let payload = value(size, seed: size)
            var next = 0
            let iterations = durability == .sync ? 500 : 5000
            results.append(
                try measure(suite: "storage", "put \(size / 1024) KiB (\(label), 1 txn/put)", iterations: iterations) {
                    next += 1
                    try environment.write { try $0.put(payload, forKey: key(next), in: database) }
                }
            )
        }
    }

    // Group commit: 64 concurrent writeAsync puts share transactions and fsyncs.
    do {
        let environment = try Environment(configuration: EnvironmentConfiguration(path: root + "/group"))
        let database = try environment.database(named: "bench")
        let payload = value(1024, seed: 1)
        let counter = SendableCounter()
        let concurrency = 64
        let result = measure(suite: "storage", "writeAsync 1 KiB (sync, 64 concurrent)", iterations: 40, warmup: 3) {
            let done = DispatchSemaphore(value: 0)
            let base = counter.advance(by: concurrency)
            Task {
                await withTaskGroup(of: Void.self) { group in
                    for offset in 0..<concurrency {
                        group.addTask {
                            _ = try? await environment.writeAsync { txn in
                                try txn.put(payload, forKey: key(base + offset), in: database)
                            }
                        }
                    }
                }
                done.signal()
            }
            done.wait()
        }
        // One sample is 64 puts: report per put.
        results.append(
            BenchmarkResult(
                suite: result.suite,
                name: result.name,
                iterations: result.iterations * concurrency,
                p50Nanoseconds: result.p50Nanoseconds / Double(concurrency),
                p99Nanoseconds: result.p99Nanoseconds / Double(concurrency),
                opsPerSecond: result.opsPerSecond * Double(concurrency),
                note: "per put; p50/p99 of 64-put rounds ÷ 64"
            )
        )
    }

    for size in [1024, 16 * 1024] {
        var configuration = EnvironmentConfiguration(path: root + "/get-\(size)")
        configuration.durability = .noSync
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "bench")
        let count = 10_000
        try environment.write { txn in
            for index in 0..<count { try txn.put(value(size, seed: index), forKey: key(index), in: database) }
        }
        let keys = (0..<count).map(key)
        var next = 0
        results.append(
            try measure(suite: "storage", "get \(size / 1024) KiB (copy, 1 read txn/get)", iterations: 2000, batch: 50)
            {
                next = (next &+ 7919) % count
                let bytes = try environment.read { try $0.get(keys[next], in: database) }
                precondition(bytes?.count == size)
            }
        )
        results.append(
            try measure(
                suite: "storage", "get \(size / 1024) KiB (in place, 1 read txn/get)", iterations: 2000, batch: 50
            ) {
                next = (next &+ 7919) % count
                let length = try environment.read { txn in
                    try txn.withValue(forKey: keys[next], in: database) { $0.count }
                }
                precondition(length == size)
            }
        )
    }
    return results
}

/// A tiny deterministic generator for benchmark payloads.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Hands out disjoint key ranges to benchmark rounds.
private final class SendableCounter: @unchecked Sendable {
    // Safety: only touched from the benchmark's driving thread, between rounds.
    private var value = 0

    func advance(by count: Int) -> Int {
        defer { value += count }
        return value
    }
}
