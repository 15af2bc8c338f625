import Foundation
import VeilCrypto
import VeilKeyring

/// Crypto primitive figures: AES-256-GCM seal/open, HMAC-SHA256, SHA-256, HKDF.
func cryptoBenchmarks() throws -> [BenchmarkResult] {
    let suite = "crypto"
    var results = [BenchmarkResult]()
    let key = try SecretKey.random()
    let aad = Array("tenant|table|record-key|1".utf8)
    for size in [1024, 16 * 1024] {
        let label = size == 1024 ? "1KiB" : "16KiB"
        let plaintext = try SecureRandom.bytes(size)
        let sealed = try AES256GCM.seal(plaintext, key: key, authenticating: aad)
        let mbps = { (r: BenchmarkResult) in String(format: "MB/s=%.0f", Double(size) / r.p50Nanoseconds * 1e3) }
        var seal = try measure(suite: suite, "aes-gcm seal \(label)", iterations: 2000, batch: 10) {
            _ = try AES256GCM.seal(plaintext, key: key, authenticating: aad)
        }
        seal.note = mbps(seal)
        results.append(seal)
        var open = try measure(suite: suite, "aes-gcm open \(label)", iterations: 2000, batch: 10) {
            _ = try AES256GCM.open(sealed, key: key, authenticating: aad)
        }
        open.note = mbps(open)
        results.append(open)
    }
    let kib = try SecureRandom.bytes(1024)
    results.append(
        measure(suite: suite, "hmac-sha256 1KiB", iterations: 2000, batch: 10) {
            _ = HMAC.sha256(key: key, kib)
        })
    results.append(
        measure(suite: suite, "sha256 1KiB", iterations: 2000, batch: 10) {
            _ = SHA256.hash(kib)
        })
    let info = Array("veil.subkey.cache-lookup".utf8)
    results.append(
        try measure(suite: suite, "hkdf-sha256 32B", iterations: 1000, batch: 4) {
            _ = try HKDF.deriveKey(from: key, salt: [], info: info)
        })
    results.append(contentsOf: try keyringBenchmarks(suite: suite))
    return results
}

/// Keyring hot paths: a cached `key(tenant:version:)` and `sealingKey(tenant:)` (no keyring write per call).
private func keyringBenchmarks(suite: String) throws -> [BenchmarkResult] {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("veil-bench-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let master = Data(try SecureRandom.bytes(32)).base64EncodedString()
    let keyring = try Keyring(directory: root + "/keyring", masterKey: .base64(master))
    let tenants = (0..<100).map { "tenant-\($0)" }
    for tenant in tenants { _ = try keyring.sealingKey(tenant: tenant) }
    var results = [BenchmarkResult]()
    var index = 0
    results.append(
        try measure(suite: suite, "keyring key(tenant:version:) cached", iterations: 5000, batch: 20) {
            index = (index &+ 1) % tenants.count
            _ = try keyring.key(tenant: tenants[index], version: 1)
        })
    results.append(
        try measure(suite: suite, "keyring sealingKey(tenant:) cached", iterations: 5000, batch: 20) {
            index = (index &+ 1) % tenants.count
            _ = try keyring.sealingKey(tenant: tenants[index])
        })
    let key = try keyring.sealingKey(tenant: tenants[0])
    results.append(
        try measure(suite: suite, "subkey(.cacheLookup) cached", iterations: 5000, batch: 20) {
            _ = try key.subkey(.cacheLookup)
        })
    return results
}
