import Foundation
import Logging
import Veil
import VeilCrypto
import VeilKeyring
import VeilStorage

/// Sealed store, normalization and cache-hit figures (issue 2 and issue 4 targets).
func pipelineBenchmarks() async throws -> [BenchmarkResult] {
    var results: [BenchmarkResult] = []
    let directory = NSTemporaryDirectory() + "veil-bench-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let masterKey = Keyring.MasterKeySource.base64(Data(repeating: 3, count: 32).base64EncodedString())
    let store = try SealedLMDBStore(directory: directory, masterKey: masterKey, durability: .noSync)
    let tenant = TenantID("bench")!

    // Sealed put and get+open of 1 KiB and 16 KiB records.
    for size in [1024, 16 * 1024] {
        let value = [UInt8](repeating: 0x61, count: size)
        var counter: UInt32 = 0
        let label = size == 1024 ? "1KiB" : "16KiB"
        let puts = try await measureAsync(
            suite: "store", "sealed put \(label) (noSync, group commit)", iterations: 2000
        ) {
            counter &+= 1
            try await store.put(
                .cache, tenant: tenant, key: withUnsafeBytes(of: counter.bigEndian, Array.init), value: value)
        }
        results.append(puts)
        let key = withUnsafeBytes(of: UInt32(1).bigEndian, Array.init)
        results.append(
            try measure(suite: "store", "sealed get+open \(label)", iterations: 20000, batch: 10) {
                _ = try store.get(.cache, tenant: tenant, key: key)
            }
        )
    }

    // Normalization of a 2 KiB conversation (canonical key material).
    var messages: [ChatMessage] = [ChatMessage(role: "system", text: "You are a helpful support agent for ACME.")]
    while messages.map(\.text.utf8.count).reduce(0, +) < 2048 {
        messages.append(
            ChatMessage(role: "user", text: "My order 12345 has not arrived, can you check where it is? 订单还没到"))
        messages.append(
            ChatMessage(role: "assistant", text: "I am sorry to hear that. Let me look up the tracking details."))
    }
    let conversation = ChatRequest(model: "gpt-4o-mini", messages: messages, temperature: 0.2)
    results.append(
        measure(suite: "normalize", "key material of a 2 KiB conversation", iterations: 5000) {
            _ = CacheKeyMaterial(request: conversation)
        }
    )

    // Exact hit through the cache stage (lookup + open + decode), 1 KiB and 8 KiB answers.
    let cache = ResponseCache(store: store)
    let stage = CacheMiddleware(cache: cache)
    var policy = Policy()
    policy.cache.semantic.enabled = false
    let context = ChatContext(
        tenant: Tenant(id: tenant, policy: policy),
        requestID: "bench",
        logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })
    )
    for size in [1024, 8 * 1024] {
        let request = ChatRequest(model: "m", messages: [ChatMessage(role: "user", text: "cached question \(size)")])
        let answer = String(repeating: "x", count: size)
        let completion = ChatCompletion(
            id: "c",
            created: 1,
            model: "m",
            choices: [.init(index: 0, message: ChatMessage(role: "assistant", text: answer), finishReason: "stop")],
            usage: Usage(promptTokens: 5, completionTokens: 200)
        )
        _ = try await stage.handle(request, context: context) { _, _ in .complete(completion) }
        while cache.pendingStoresForBenchmark > 0 { try await Task.sleep(for: .milliseconds(1)) }
        let label = size == 1024 ? "1KiB" : "8KiB"
        results.append(
            try await measureAsync(
                suite: "cache", "exact hit \(label) answer (key MACs + lookup + open + decode)", iterations: 20000
            ) {
                let response = try await stage.handle(request, context: context) { _, _ in
                    throw VeilError.internalError
                }
                guard response.info.cacheStatus == .hitExact else { throw VeilError.internalError }
            }
        )
    }
    return results
}

/// `measure` for async bodies.
func measureAsync(
    suite: String,
    _ name: String,
    iterations: Int = 2000,
    warmup: Int = 100,
    note: String = "",
    _ body: () async throws -> Void
) async rethrows -> BenchmarkResult {
    for _ in 0..<warmup { try await body() }
    var samples = [Double]()
    samples.reserveCapacity(iterations)
    let start = nowNanoseconds()
    for _ in 0..<iterations {
        let t0 = nowNanoseconds()
        try await body()
        samples.append(Double(nowNanoseconds() - t0))
    }
    let total = Double(nowNanoseconds() - start)
    samples.sort()
    return BenchmarkResult(
        suite: suite,
        name: name,
        iterations: iterations,
        p50Nanoseconds: samples[samples.count / 2],
        p99Nanoseconds: samples[min(samples.count - 1, samples.count * 99 / 100)],
        opsPerSecond: Double(iterations) / (total / 1e9),
        note: note
    )
}
