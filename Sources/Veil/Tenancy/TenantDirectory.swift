import Foundation
import Synchronization
import VeilCrypto
import VeilSync

/// Tenants, their API keys and their policy assignment, kept sealed in the tenant store.
///
/// An API key is `veil-<tenant>-<key id>-<secret>`: the tenant and key id say where to look, the 256-bit secret is
/// what proves possession. Only SHA-256 of the secret is stored (sealed under the tenant's key), compared in
/// constant time; the key itself is shown once, at creation. A high-entropy random secret needs no slow hash, and
/// the lookup stays one LMDB read.
public final class TenantDirectory: Sendable {
    private let store: any TenantStore
    private let policies: PolicyLibrary
    private let cachedPolicies = Locked<[TenantID: (name: String, policy: Policy)]>([:])
    /// Key digests by `tenant ‖ key id`, so authentication is a dictionary lookup and a constant-time compare; entries
    /// go on revocation here, and a key of a tenant erased by another process stops working because its data keys
    /// are checked on every use.
    private let keyDigests = Locked<[String: [UInt8]]>([:])
    /// Bumped (under the `keyDigests` lock) by every invalidation, so a digest read from the store before an
    /// invalidation is not cached after it (a key revoked on another host of a shared store stays revoked here).
    private let digestGeneration = Atomic<UInt64>(0)

    init(store: any TenantStore, policies: PolicyLibrary) {
        self.store = store
        self.policies = policies
    }

    /// A tenant's record.
    public struct Record: Sendable, Hashable, Codable {
        /// The tenant id.
        public var id: TenantID
        /// The name of the policy file it uses.
        public var policy: String
        /// Unix seconds of creation.
        public var created: Int64
    }

    /// An API key's public facts (never the secret).
    public struct KeyInfo: Sendable, Hashable, Codable {
        /// The key id (the third part of the key).
        public var id: String
        /// Unix seconds of creation.
        public var created: Int64
    }

    private struct StoredKey: Codable {
        var digest: [UInt8]
        var created: Int64
    }

    private static let recordKey: [UInt8] = Array("record".utf8)

    /// Creates a tenant with a policy and its first API key.
    ///
    /// - Returns: the tenant and its first API key — shown once, never stored.
    /// - Throws: ``VeilError/invalidRequest(_:)`` if the tenant exists or the policy is unknown.
    public func create(id: TenantID, policy name: String) async throws -> (tenant: Tenant, apiKey: String) {
        let policy = try policies.policy(named: name)
        if try store.get(.tenants, tenant: id, key: Self.recordKey) != nil {
            throw VeilError.invalidRequest("tenant already exists")
        }
        let record = Record(id: id, policy: name, created: Int64(Date().timeIntervalSince1970))
        try await store.put(.tenants, tenant: id, key: Self.recordKey, value: try JSONEncoder().encode(record).asBytes)
        let key = try await addKey(tenant: id)
        return (Tenant(id: id, policy: policy), key)
    }

    /// The tenant's record, or `nil`.
    public func record(_ id: TenantID) throws -> Record? {
        guard let bytes = try store.get(.tenants, tenant: id, key: Self.recordKey) else { return nil }
        return try JSONDecoder().decode(Record.self, from: Data(bytes))
    }

    /// Every tenant's record.
    public func list() throws -> [Record] {
        try store.tenantIDs().compactMap { try? record($0) }
    }

    /// The tenant with its current policy.
    public func tenant(_ id: TenantID) throws -> Tenant? {
        if let cached = cachedPolicies.withLock({ $0[id] }) { return Tenant(id: id, policy: cached.policy) }
        guard let record = try record(id) else { return nil }
        let policy = try policies.policy(named: record.policy)
        cachedPolicies.withLock { $0[id] = (record.policy, policy) }
        return Tenant(id: id, policy: policy)
    }

    /// Assigns another policy file to the tenant.
    public func setPolicy(_ id: TenantID, name: String) async throws {
        let policy = try policies.policy(named: name)
        guard var record = try record(id) else { throw VeilError.notFound }
        record.policy = name
        try await store.put(.tenants, tenant: id, key: Self.recordKey, value: try JSONEncoder().encode(record).asBytes)
        cachedPolicies.withLock { $0[id] = (name, policy) }
    }

    /// Adds an API key; returns it (shown once).
    public func addKey(tenant id: TenantID) async throws -> String {
        let keyID = Self.base62(try SecureRandom.bytes(9), length: 12)
        let secret = Self.base62(try SecureRandom.bytes(32), length: 43)
        let stored = StoredKey(digest: SHA256.hash(Array(secret.utf8)), created: Int64(Date().timeIntervalSince1970))
        try await store.put(
            .apiKeys, tenant: id, key: Array(keyID.utf8), value: try JSONEncoder().encode(stored).asBytes)
        return "veil-\(id.rawValue)-\(keyID)-\(secret)"
    }

    /// The tenant's keys (ids and creation times only).
    public func keys(tenant id: TenantID) throws -> [KeyInfo] {
        var result: [KeyInfo] = []
        try store.scan(.apiKeys, tenant: id, prefix: []) { key, value in
            let stored = try JSONDecoder().decode(StoredKey.self, from: Data(value))
            result.append(KeyInfo(id: String(decoding: key, as: UTF8.self), created: stored.created))
            return true
        }
        return result
    }

    /// Revokes a key; `false` if there was no such key.
    public func revokeKey(tenant id: TenantID, keyID: String) async throws -> Bool {
        guard try store.get(.apiKeys, tenant: id, key: Array(keyID.utf8)) != nil else { return false }
        try await store.delete(.apiKeys, tenant: id, key: Array(keyID.utf8))
        keyDigests.withLock { _ = $0.removeValue(forKey: id.rawValue + "\u{0}" + keyID) }
        return true
    }

    /// The tenant an API key belongs to, or `nil` — for a malformed, unknown, revoked or erased key alike, so a
    /// caller learns nothing from the failure.
    public func authenticate(apiKey: String) -> Tenant? {
        guard let parsed = Self.parse(apiKey) else { return nil }
        let cacheKey = parsed.tenant.rawValue + "\u{0}" + parsed.keyID
        let digest: [UInt8]
        if let cached = keyDigests.withLock({ $0[cacheKey] }) {
            digest = cached
        } else {
            let generation = digestGeneration.load(ordering: .acquiring)
            guard let bytes = try? store.get(.apiKeys, tenant: parsed.tenant, key: Array(parsed.keyID.utf8)),
                let stored = try? JSONDecoder().decode(StoredKey.self, from: Data(bytes))
            else { return nil }
            digest = stored.digest
            keyDigests.withLock { digests in
                if digestGeneration.load(ordering: .acquiring) == generation { digests[cacheKey] = digest }
            }
        }
        guard constantTimeEquals(digest, SHA256.hash(Array(parsed.secret.utf8))) else { return nil }
        guard store.keysAlive(tenant: parsed.tenant) else {
            keyDigests.withLock { _ = $0.removeValue(forKey: cacheKey) }
            cachedPolicies.withLock { _ = $0.removeValue(forKey: parsed.tenant) }
            return nil
        }
        return try? tenant(parsed.tenant)
    }

    /// Drops cached policy assignments (after erasure or a policy file change).
    public func invalidate(_ id: TenantID? = nil) {
        cachedPolicies.withLock { cache in
            if let id { cache.removeValue(forKey: id) } else { cache.removeAll() }
        }
        keyDigests.withLock { digests in
            digestGeneration.add(1, ordering: .acquiringAndReleasing)
            if let id {
                digests = digests.filter { !$0.key.hasPrefix(id.rawValue + "\u{0}") }
            } else {
                digests.removeAll()
            }
        }
    }

    static func parse(_ key: String) -> (tenant: TenantID, keyID: String, secret: String)? {
        let bytes = Array(key.utf8)
        guard bytes.count > 5 + 1 + 13 + 44, key.hasPrefix("veil-") else { return nil }
        let secret = String(decoding: bytes[(bytes.count - 43)...], as: UTF8.self)
        let keyIDEnd = bytes.count - 44
        guard bytes[keyIDEnd] == UInt8(ascii: "-"), bytes[keyIDEnd - 13] == UInt8(ascii: "-") else { return nil }
        let keyID = String(decoding: bytes[(keyIDEnd - 12)..<keyIDEnd], as: UTF8.self)
        guard let tenant = TenantID(String(decoding: bytes[5..<(keyIDEnd - 13)], as: UTF8.self)),
            keyID.utf8.allSatisfy(Self.isBase62), secret.utf8.allSatisfy(Self.isBase62)
        else { return nil }
        return (tenant, keyID, secret)
    }

    private static func isBase62(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func base62(_ bytes: [UInt8], length: Int) -> String {
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
        var digits: [UInt8] = []
        var number = bytes
        while digits.count < length {
            var remainder = 0
            var next: [UInt8] = []
            for byte in number {
                let value = remainder * 256 + Int(byte)
                let quotient = value / 62
                remainder = value % 62
                if !next.isEmpty || quotient > 0 { next.append(UInt8(quotient)) }
            }
            digits.append(alphabet[remainder])
            number = next
            if number.isEmpty { number = [0] }
        }
        return String(decoding: digits, as: UTF8.self)
    }
}

/// Policy files by name, loaded once each.
final class PolicyLibrary: Sendable {
    let directory: String
    private let loaded = Locked<[String: Policy]>([:])

    init(directory: String) { self.directory = directory }

    func policy(named name: String) throws -> Policy {
        if let policy = loaded.withLock({ $0[name] }) { return policy }
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw VeilError.invalidRequest("policy name")
        }
        let policy: Policy
        do {
            policy = try PolicyLoader.load(named: name, directory: directory)
        } catch let error as PolicyError where error.isUnknownPolicy {
            // The caller named a policy that exists neither as a file nor built in: their mistake, not the server's.
            throw VeilError.invalidRequest("unknown policy")
        }
        loaded.withLock { $0[name] = policy }
        return policy
    }

    func reload() { loaded.withLock { $0.removeAll() } }
}
