import Dispatch
import Foundation
import Logging
import Veil
import VeilCrypto
import VeilDataRights
import VeilKeyring
import VeilStorage
import VeilSync

/// Erasure of one tenant among others, through ``Eraser`` on a real store with `fsync` on (the daemon default).
///
/// For 10,000 and 100,000 entries of about 4 KiB each (entry, index vector and subject row per entry, as the cache
/// writes them), plus a bystander tenant of 10,000 entries, it reports:
/// - time to unreadable: from the call to the commit that destroyed the keys (the target is under 1 s);
/// - purge + compaction: the whole erasure, receipt included (the target is under 60 s for a 1 GB store).
///
/// Each figure is one run (n=1): these are seconds-long operations, not microbenchmarks.
func erasureBenchmarks() throws -> [BenchmarkResult] {
    var results: [BenchmarkResult] = []
    for count in [10_000, 100_000] {
        results += try runBlocking { try await erasureRun(entries: count) }
    }
    results += try runBlocking { try await sweeperLatencyRun() }
    return results
}

/// Runs async work to completion from synchronous benchmark code.
private func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = Locked<Result<T, any Error>?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
        do {
            let value = try await body()
            box.withLock { $0 = .success(value) }
        } catch {
            box.withLock { $0 = .failure(error) }
        }
        done.signal()
    }
    done.wait()
    guard let result = box.withLock({ $0 }) else { throw CryptoError.invalidInput }
    return try result.get()
}

private func erasureRun(entries: Int) async throws -> [BenchmarkResult] {
    let root = NSTemporaryDirectory() + "veil-erasure-bench-\(UUID().uuidString.prefix(8))"
    defer { try? FileManager.default.removeItem(atPath: root) }
    var logger = Logger(label: "bench")
    logger.logLevel = .error
    let masterKey = Keyring.MasterKeySource.base64(Data(repeating: 9, count: 32).base64EncodedString())
    let store = try SealedLMDBStore(directory: root, masterKey: masterKey, durability: .sync, logger: logger)
    let leaving = TenantID("leaving")!
    let staying = TenantID("staying")!
    var generator = ErasureRandom(seed: UInt64(entries))
    let answer = (0..<2_500).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    let vector = (0..<1_536).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    let subject = (0..<32).map { _ in UInt8(truncatingIfNeeded: generator.next()) }

    func fill(_ tenant: TenantID, _ count: Int) async throws {
        var index = 0
        while index < count {
            var batch = StoreBatch(tenant: tenant)
            for offset in index..<min(index + 500, count) {
                var key = [UInt8](repeating: 0, count: 24)
                withUnsafeBytes(of: UInt64(offset).bigEndian) { key.append(contentsOf: $0) }
                batch.operations.append(.put(.cache, key: key, value: answer))
                batch.operations.append(.put(.vectors, key: key, value: vector))
                batch.operations.append(.put(.subjects, key: subject + key, value: []))
            }
            try await store.apply(batch)
            index += 500
        }
        try await store.put(.apiKeys, tenant: tenant, key: Array("key".utf8), value: Array(repeating: 1, count: 64))
        try await store.put(.tenants, tenant: tenant, key: Array("record".utf8), value: Array(repeating: 2, count: 64))
    }
    try await fill(staying, 10_000)
    try await fill(leaving, entries)
    let fileBytes = store.environment.fileSize

    let eraser = try Eraser(store: store, batchSize: 512, logger: logger)
    let start = nowNanoseconds()
    let unreadable = Locked<UInt64?>(nil)
    let receipt = try await eraser.eraseTenant(leaving) { progress in
        // The eraser reports .deleting right after the commit that destroyed the keys.
        if progress.phase != .destroyingKeys { unreadable.withLock { $0 = $0 ?? nowNanoseconds() } }
    }
    let total = Double(nowNanoseconds() - start)
    let toUnreadable = Double((unreadable.withLock { $0 } ?? start) - start)
    // Check: the bystander is intact and the erased tenant is gone.
    guard try store.usage(.cache, tenant: staying).records == 10_000,
        try store.keys(.cache, tenant: leaving, prefix: []).isEmpty
    else { throw CryptoError.invalidInput }

    let label = "\(entries / 1000)k"
    let megabytes = String(format: "%.0f MB", Double(fileBytes) / 1e6)
    let afterMegabytes = String(format: "%.0f MB", Double(receipt.dataFileBytesAfter) / 1e6)
    return [
        BenchmarkResult(
            suite: "erasure",
            name: "\(label) entries: time to unreadable",
            iterations: 1,
            p50Nanoseconds: toUnreadable,
            p99Nanoseconds: toUnreadable,
            opsPerSecond: 1e9 / toUnreadable,
            note: "store \(megabytes)"
        ),
        BenchmarkResult(
            suite: "erasure",
            name: "\(label) entries: purge + compaction + receipt",
            iterations: 1,
            p50Nanoseconds: total,
            p99Nanoseconds: total,
            opsPerSecond: 1e9 / total,
            note: "records=\(receipt.records) store \(megabytes) -> \(afterMegabytes)"
        ),
    ]
}

/// Serving reads (sealed get + open of a 2.5 KiB entry of another tenant) while idle, and while the retention sweep
/// deletes 10,000 expired entries in 256-entry transactions with `fsync`: the sweeper's effect on serving latency.
private func sweeperLatencyRun() async throws -> [BenchmarkResult] {
    let root = NSTemporaryDirectory() + "veil-sweep-bench-\(UUID().uuidString.prefix(8))"
    defer { try? FileManager.default.removeItem(atPath: root) }
    var logger = Logger(label: "bench")
    logger.logLevel = .error
    let masterKey = Keyring.MasterKeySource.base64(Data(repeating: 9, count: 32).base64EncodedString())
    let store = try SealedLMDBStore(directory: root, masterKey: masterKey, durability: .sync, logger: logger)
    let serving = TenantID("serving")!
    let expiring = TenantID("expiring")!
    var generator = ErasureRandom(seed: 77)
    let answer = (0..<2_500).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    // The first 8 bytes are the cache index's entry id, so they must differ.
    func key(_ index: Int) -> [UInt8] {
        var key = [UInt8]()
        withUnsafeBytes(of: UInt64(index).bigEndian) { key.append(contentsOf: $0) }
        return key + [UInt8](repeating: 0, count: 24)
    }
    // The `vectors` record layout the cache's index loads (EntryMetadata, format 1), with no vector.
    func metadata(created: Int64) -> [UInt8] {
        var bytes: [UInt8] = [1, 0, 0, 0, 16] + [UInt8](repeating: 7, count: 16)
        withUnsafeBytes(of: created.bigEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: created.bigEndian) { bytes.append(contentsOf: $0) }
        bytes += [0, 0, 0, 0, 0, 0, 0x0A, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        return bytes
    }
    for tenant in [serving, expiring] {
        var index = 0
        while index < 10_000 {
            var batch = StoreBatch(tenant: tenant)
            for offset in index..<(index + 500) {
                batch.operations.append(.put(.cache, key: key(offset), value: answer))
                batch.operations.append(.put(.vectors, key: key(offset), value: metadata(created: 1_000)))
            }
            try await store.apply(batch)
            index += 500
        }
    }
    let cache = ResponseCache(store: store, logger: logger, clock: { 2_000_000_000 })
    _ = cache.stats(tenant: expiring)  // loads the index, as a daemon that has served the tenant has

    var next = 0
    let idle = try measure(suite: "sweeper", "serving get+open 2.5 KiB, idle", iterations: 20_000) {
        next = (next + 7919) % 10_000
        _ = try store.get(.cache, tenant: serving, key: key(next))
    }
    let sweeping = Task { try await cache.sweep(tenant: expiring, olderThan: 1_999_000_000, batchSize: 256) }
    var samples: [Double] = []
    let sweepStart = nowNanoseconds()
    while samples.count < 2_000_000 {
        let t0 = nowNanoseconds()
        next = (next + 7919) % 10_000
        _ = try store.get(.cache, tenant: serving, key: key(next))
        samples.append(Double(nowNanoseconds() - t0))
        if samples.count % 256 == 0 { await Task.yield() }
        if samples.count % 1024 == 0, try store.keys(.cache, tenant: expiring, prefix: []).isEmpty { break }
    }
    let deleted = try await sweeping.value
    let sweepSeconds = Double(nowNanoseconds() - sweepStart) / 1e9
    samples.sort()
    let busy = BenchmarkResult(
        suite: "sweeper",
        name: "serving get+open 2.5 KiB, during sweep",
        iterations: samples.count,
        p50Nanoseconds: samples[samples.count / 2],
        p99Nanoseconds: samples[min(samples.count - 1, samples.count * 99 / 100)],
        opsPerSecond: Double(samples.count) / sweepSeconds,
        note: String(format: "sweep deleted %d entries in %.2f s", deleted, sweepSeconds)
    )
    return [idle, busy]
}

/// SplitMix64, so the filler bytes are incompressible and the same on every run.
private struct ErasureRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
