import Foundation
import Logging
import PostgresNIO
import Testing
import Veil
import VeilCrypto
import VeilDataRights
import VeilKeyring
import VeilSync

@testable import VeilPostgres

@Suite("Store URL")
struct StoreURLTests {
    @Test("a URL's parts and parameters are read; bad ones are named, never echoing the password")
    func parsing() throws {
        let configuration = try PostgresStoreConfiguration(
            url: "postgresql://veil:s3cret@db.example:6543/cache?sslmode=verify-full&pool_size=4&sync_interval_ms=100"
                + "&staleness_ms=800&offline_auth_seconds=10&application_name=host-a&listen=off&vacuum=full")
        #expect(configuration.client.host == "db.example")
        #expect(configuration.client.port == 6543)
        #expect(configuration.client.username == "veil")
        #expect(configuration.client.password == "s3cret")
        #expect(configuration.client.database == "cache")
        #expect(configuration.client.options.maximumConnections == 4)
        #expect(configuration.syncInterval == .milliseconds(100))
        #expect(configuration.stalenessBound == .milliseconds(800))
        #expect(configuration.offlineAuthGrace == .seconds(10))
        #expect(configuration.applicationName == "host-a")
        #expect(!configuration.listen && configuration.vacuumFull)
        for (url, part) in [
            ("mysql://veil:pw@db/x", "scheme"), ("postgresql://veil:pw@db", "database"),
            ("postgresql://db/x", "user"), ("postgresql://veil:pw@db/x?sslmode=maybe", "sslmode"),
            ("postgresql://veil:pw@db/x?pool_size=0", "pool_size"), ("postgresql://veil:pw@db/x?colour=red", "colour"),
        ] {
            do {
                _ = try PostgresStoreConfiguration(url: url)
                Issue.record("accepted \(url)")
            } catch let error as PostgresStoreError {
                #expect(error.description.contains(part), "\(error)")
                #expect(!error.description.contains("pw"))
            }
        }
    }
}

@Suite("PostgreSQL available")
struct PostgresAvailabilityTests {
    @Test("a server is given when VEIL_REQUIRE_POSTGRES=1 (make test, CI); otherwise the store's suite is skipped")
    func required() {
        let required = ProcessInfo.processInfo.environment["VEIL_REQUIRE_POSTGRES"] == "1"
        if !TestDatabase.available {
            print("warning: VEIL_TEST_POSTGRES_URL is unset: the PostgreSQL store's tests are skipped")
        }
        #expect(!required || TestDatabase.available, "VEIL_REQUIRE_POSTGRES=1 but VEIL_TEST_POSTGRES_URL is unset")
    }
}

@Suite(
    "PostgreSQL store", .enabled(if: TestDatabase.available, "set VEIL_TEST_POSTGRES_URL (scripts/pg-test-server.sh)"))
struct PostgresStoreTests {
    static let acme = TenantID("acme")!
    static let globex = TenantID("globex")!

    @Test("schema: created once with a version table, migrations idempotent, a newer schema refused")
    func schema() async throws {
        let database = try await TestDatabase.make()
        let first = try await database.open()
        let second = try await database.open()
        #expect(try await database.rows("SELECT version::text FROM veil_schema_version") == [["1"]])
        let tables = try await database.rows(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).compactMap(\.first).compactMap { $0 }
        #expect(Set(tables) == Set(PostgresSchema.allTables))
        // Every table with tenant data has the tenant leading its primary key.
        for table in ["veil_records", "veil_keyring", "veil_changes", "veil_usage"] {
            let leading = try await database.rows(
                """
                SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                WHERE i.indrelid = '\(table)'::regclass AND i.indisprimary
                """)
            #expect(leading == [["tenant"]], "\(table)")
        }
        try await first.close()
        try await second.close()
        try await database.sql("INSERT INTO veil_schema_version (version) VALUES (99)")
        await #expect(throws: PostgresStoreError.schemaTooNew(99)) { _ = try await database.open() }
        await database.drop()
    }

    @Test(
        "values are sealed before they reach PostgreSQL, and a row moved to another tenant, table or key does not open")
    func sealing() async throws {
        let database = try await TestDatabase.make()
        let store = try await database.open()
        let secret = Array("the canary answer quokka-7731".utf8)
        try await store.put(.cache, tenant: Self.acme, key: [1, 2, 3], value: secret)
        try await store.put(.cache, tenant: Self.globex, key: [9], value: Array("other".utf8))
        #expect(try store.get(.cache, tenant: Self.acme, key: [1, 2, 3]) == secret)
        let raw = try await database.rows("SELECT encode(value, 'hex') FROM veil_records WHERE tenant = 'acme'")
        #expect(raw.count == 1)
        let hex = try #require(raw.first?.first ?? nil)
        #expect(!hex.contains(secret.map { String(format: "%02x", $0) }.joined()))
        #expect(hex.count == 2 * (4 + 12 + secret.count + 16))
        // Moved: another tenant, another table, another key. A second host reads through the same rows.
        try await database.sql(
            """
            INSERT INTO veil_records (tenant, tbl, key, value) SELECT 'globex', 'cache', '\\x01', value FROM veil_records WHERE tenant = 'acme';
            INSERT INTO veil_records (tenant, tbl, key, value) SELECT 'acme', 'vectors', key, value FROM veil_records WHERE tenant = 'acme';
            INSERT INTO veil_records (tenant, tbl, key, value) SELECT 'acme', 'cache', '\\x07', value FROM veil_records WHERE tenant = 'acme' AND tbl = 'cache';
            """)
        let reader = try await database.open()
        #expect(try reader.get(.cache, tenant: Self.acme, key: [1, 2, 3]) == secret)
        #expect(throws: StoreError.recordDoesNotOpen) { try reader.get(.cache, tenant: Self.globex, key: [1]) }
        #expect(throws: StoreError.recordDoesNotOpen) { try reader.get(.vectors, tenant: Self.acme, key: [1, 2, 3]) }
        #expect(throws: StoreError.recordDoesNotOpen) { try reader.get(.cache, tenant: Self.acme, key: [7]) }
        try await store.close()
        try await reader.close()
        await database.drop()
    }

    @Test("a host with another master key is refused at start")
    func wrongMasterKey() async throws {
        let database = try await TestDatabase.make()
        try await (try await database.open()).close()
        let other = Keyring.MasterKeySource.base64(Data(repeating: 7, count: 32).base64EncodedString())
        await #expect(throws: CryptoError.masterKeyMismatch) { _ = try await database.open(masterKey: other) }
        await database.drop()
    }

    @Test("two hosts racing to create a tenant's first key end up with the same key")
    func firstKeyRace() async throws {
        let database = try await TestDatabase.make()
        let a = try await database.open()
        let b = try await database.open()
        async let one: Void = a.put(.tenants, tenant: Self.acme, key: [1], value: [1])
        async let two: Void = b.put(.tenants, tenant: Self.acme, key: [2], value: [2])
        _ = try await (one, two)
        let readable = await eventually {
            (try? a.get(.tenants, tenant: Self.acme, key: [2])) == [2]
                && (try? b.get(.tenants, tenant: Self.acme, key: [1])) == [1]
        }
        #expect(readable != nil)
        #expect(try a.keyVersions(tenant: Self.acme) == [1])
        try await a.close()
        try await b.close()
        await database.drop()
    }

    @Test("writes, deletions, revocations and erasures reach another host within 1 s, also without notifications")
    func sync() async throws {
        let database = try await TestDatabase.make()
        for parameters in ["", "&listen=off"] {
            try await database.sql("DROP SCHEMA public CASCADE;\nCREATE SCHEMA public")
            let a = try await database.open(parameters: parameters)
            let b = try await database.open(parameters: parameters)
            let seen = Seen()
            b.observeChanges { seen.add($0) }
            try await a.put(.apiKeys, tenant: Self.acme, key: [1], value: [42])
            #expect(await eventually { (try? b.get(.apiKeys, tenant: Self.acme, key: [1])) == [42] } != nil)
            #expect(seen.contains(.record(tenant: Self.acme, table: .apiKeys, key: [1], present: true)))
            try await a.delete(.apiKeys, tenant: Self.acme, key: [1])
            #expect(await eventually { (try? b.get(.apiKeys, tenant: Self.acme, key: [1])) == nil } != nil)
            #expect(seen.contains(.record(tenant: Self.acme, table: .apiKeys, key: [1], present: false)))
            // Erasure: the keys go at once on every host.
            try await a.put(.cache, tenant: Self.globex, key: [5], value: [5])
            #expect(await eventually { b.keysAlive(tenant: Self.globex) } != nil)
            _ = try await a.destroyKeys(tenant: Self.globex)
            let refused = await eventually { !b.keysAlive(tenant: Self.globex) }
            #expect(refused != nil, "listen=\(parameters)")
            // Nothing of the tenant opens on the other host: its copy is gone (a miss) or its keys are (an error).
            #expect((try? b.get(.cache, tenant: Self.globex, key: [5])) == nil)
            #expect(seen.contains(.erased(tenant: Self.globex)))
            try await a.close()
            try await b.close()
        }
        await database.drop()
    }

    @Test("a write in flight during an erasure neither re-creates the tenant's key nor leaves a row; re-creation does")
    func writeRacingAnErasure() async throws {
        let database = try await TestDatabase.make()
        let a = try await database.open()
        let b = try await database.open(parameters: "&listen=off&sync_interval_ms=5000")  // hears of the erasure late
        try await a.put(.tenants, tenant: Self.acme, key: [1], value: [1])
        try await b.put(.cache, tenant: Self.acme, key: [2], value: [2])  // b holds the key and a reservation
        _ = try await a.destroyKeys(tenant: Self.acme)
        for table in StoreTable.all {
            _ = try await a.deleteAll(table, tenant: Self.acme, batchSize: 100) { _ in }
        }
        // b usually still believes in the key (it may have caught up already on a slow machine): either way its
        // write reaches the database after the erasure and must write nothing.
        await #expect(throws: StoreError.tenantKeysDestroyed) {
            try await b.put(.cache, tenant: Self.acme, key: [3], value: [3])
        }
        // a knows of the erasure: a cache store does not re-create a key.
        await #expect(throws: StoreError.tenantKeysDestroyed) {
            try await a.put(.cache, tenant: Self.acme, key: [4], value: [4])
        }
        #expect(try await database.rows("SELECT count(*)::text FROM veil_records WHERE tenant = 'acme'") == [["0"]])
        #expect(try await database.rows("SELECT count(*)::text FROM veil_keyring WHERE tenant = 'acme'") == [["0"]])
        // Created again (a tenant record): a new key version above the destroyed one.
        try await a.put(.tenants, tenant: Self.acme, key: [1], value: [9])
        #expect(try a.keyVersions(tenant: Self.acme) == [2])
        try await a.close()
        try await b.close()
        await database.drop()
    }

    @Test("the listener connection cut: a revocation still reaches the other host within 1 s")
    func listenerCut() async throws {
        let database = try await TestDatabase.make()
        let a = try await database.open(parameters: "&application_name=host-a")
        let b = try await database.open(parameters: "&application_name=host-b")
        try await a.put(.apiKeys, tenant: Self.acme, key: [1], value: [1])
        #expect(await eventually { (try? b.get(.apiKeys, tenant: Self.acme, key: [1])) != nil } != nil)
        try await database.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'host-b-listen'")
        try await a.delete(.apiKeys, tenant: Self.acme, key: [1])
        #expect(await eventually { (try? b.get(.apiKeys, tenant: Self.acme, key: [1])) == nil } != nil)
        try await a.close()
        try await b.close()
        await database.drop()
    }

    @Test(
        "database unreachable: cached data refused at once, authentication from the copy, writes fail fast; then recovery"
    )
    func degradedAndRecovery() async throws {
        let database = try await TestDatabase.make()
        let store = try await database.open(parameters: "&staleness_ms=300&offline_auth_seconds=5&sync_interval_ms=50")
        // With a 300 ms bound, a loaded 2-core machine can delay one sync past it: writes are retried while it is so.
        try await whileUnavailable { try await store.put(.cache, tenant: Self.acme, key: [1], value: [1]) }
        try await whileUnavailable { try await store.put(.apiKeys, tenant: Self.acme, key: [2], value: [2]) }
        #expect(store.health == .ok)
        try await TestDatabase.admin("ALTER DATABASE \(database.name) ALLOW_CONNECTIONS false")
        try await TestDatabase.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database.name)'")
        #expect(await eventually(within: .seconds(3)) { store.health != .ok } != nil)
        #expect(throws: StoreError.unavailable) { try store.get(.cache, tenant: Self.acme, key: [1]) }
        #expect(throws: StoreError.unavailable) { try store.mac(tenant: Self.acme, purpose: .cacheLookup, [1]) }
        #expect(try store.get(.apiKeys, tenant: Self.acme, key: [2]) == [2])
        #expect(store.keysAlive(tenant: Self.acme))
        let start = ContinuousClock.now
        await #expect(throws: StoreError.unavailable) {
            try await store.put(.cache, tenant: Self.acme, key: [3], value: [3])
        }
        #expect(ContinuousClock.now - start < .milliseconds(100))
        try await TestDatabase.admin("ALTER DATABASE \(database.name) ALLOW_CONNECTIONS true")
        #expect(await eventually(within: .seconds(5)) { store.health == .ok } != nil)
        #expect(try whileUnavailableSync { try store.get(.cache, tenant: Self.acme, key: [1]) } == [1])
        try await whileUnavailable { try await store.put(.cache, tenant: Self.acme, key: [3], value: [3]) }
        try await store.close()
        await database.drop()
    }

    @Test("the audit log and receipts live in the database, one chain for every host")
    func auditInDatabase() async throws {
        let database = try await TestDatabase.make()
        let a = try await database.open()
        let b = try await database.open()
        let logA = AuditLog(storage: a.auditLogStorage, key: try a.auditKey(), location: "a")
        let logB = AuditLog(storage: b.auditLogStorage, key: try b.auditKey(), location: "b")
        try await logA.append(.tenantCreated, tenant: Self.acme)
        try await logB.append(.exported, tenant: Self.acme, subject: "alice", details: ["entries": "1"])
        try await logA.append(.tenantErased, tenant: Self.acme)
        #expect(try await logB.verify() == 3)
        let text = try await database.rows("SELECT entry FROM veil_audit").map { $0.first ?? nil }
        #expect(!text.contains { $0?.contains("acme") ?? false || $0?.contains("alice") ?? false })
        try await database.sql("UPDATE veil_audit SET entry = replace(entry, '\"1\"', '\"9\"') WHERE sequence = 2")
        await #expect(throws: DataRightsError.auditChainBroken(atLine: 2)) { try await logA.verify() }
        try await a.close()
        try await b.close()
        await database.drop()
    }

    @Test("TLS to the server when the URL asks for it")
    func tls() async throws {
        let database = try await TestDatabase.make()
        let secure = database.url.replacingOccurrences(of: "sslmode=disable", with: "sslmode=require")
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let store = try await PostgresStore.open(url: secure, masterKey: TestDatabase.masterKey, logger: logger)
        let rows = try await store.database.rows(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        #expect(try rows.first?.decode(Bool.self) == true)
        try await store.close()
        await database.drop()
    }
}

extension PostgresStoreTests {
    @Test("rotate-master: backups taken before it hold keys wrapped under a master key that no longer exists")
    func rotateMasterMakesOldBackupsUnopenable() async throws {
        let database = try await TestDatabase.make()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("veil-rotate-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/master.key"
        try Keyring.createMasterKeyFile(at: path)
        let oldKey = try #require(try MasterKeyFile.load(path: path)).key
        let a = try await database.open(masterKey: .file(path: path))
        // A host running through the rotation, reading the same key file (step 2 of the procedure: the new file is
        // copied to every host).
        let running = try await database.open(masterKey: .file(path: path))
        try await a.put(.cache, tenant: Self.acme, key: [1], value: Array("before rotation".utf8))
        // The "backup": the keyring rows as a base backup or WAL archive taken now would hold them.
        let backup = try await database.rows("SELECT encode(record, 'hex') FROM veil_keyring WHERE tenant = 'acme'")
        let backupHex = try #require(backup.first?.first ?? nil)
        let backupRecord = try TenantRecord(decoding: try #require(PostgresStore.bytes(hex: backupHex)))
        let wrappedBefore = try #require(backupRecord.wrappedKey(1))
        _ = try Keyring.unwrap(wrappedBefore, tenant: "acme", version: 1, master: oldKey)

        #expect(try await a.rotateMasterKey(file: path) >= 2)  // acme and the audit key
        let newKey = try #require(try MasterKeyFile.load(path: path)).key
        #expect(newKey != oldKey)
        #expect(!FileManager.default.fileExists(atPath: path + ".new"))
        #expect(throws: CryptoError.self) {
            _ = try Keyring.unwrap(wrappedBefore, tenant: "acme", version: 1, master: newKey)
        }
        let now = try await database.rows("SELECT encode(record, 'hex') FROM veil_keyring WHERE tenant = 'acme'")
        let nowHex = try #require(now.first?.first ?? nil)
        let current = try TenantRecord(decoding: try #require(PostgresStore.bytes(hex: nowHex)))
        let wrappedNow = try #require(current.wrappedKey(1))
        #expect(throws: CryptoError.self) {
            _ = try Keyring.unwrap(wrappedNow, tenant: "acme", version: 1, master: oldKey)
        }
        // The old key opens nothing any more: a host given it is refused; one given the new file reads the data.
        let old = Keyring.MasterKeySource.base64(oldKey.withUnsafeBytes { Data($0) }.base64EncodedString())
        await #expect(throws: CryptoError.masterKeyMismatch) { _ = try await database.open(masterKey: old) }
        let b = try await database.open(masterKey: .file(path: path))
        #expect(try b.get(.cache, tenant: Self.acme, key: [1]) == Array("before rotation".utf8))
        #expect(try a.get(.cache, tenant: Self.acme, key: [1]) == Array("before rotation".utf8))
        // The running host picks the new file up by itself: it opens old data and creates a new tenant's key.
        let before = Array("before rotation".utf8)
        let after = Array("after rotation".utf8)
        #expect(await eventually { (try? running.get(.cache, tenant: Self.acme, key: [1])) == before } != nil)
        try await running.put(.cache, tenant: Self.globex, key: [2], value: after)
        #expect(await eventually { (try? b.get(.cache, tenant: Self.globex, key: [2])) == after } != nil)
        try await a.close()
        try await b.close()
        try await running.close()
        await database.drop()
    }

    @Test("quotas across two hosts: at most the limit plus a second's worth per host (at 20/min: one request)")
    func fleetQuota() async throws {
        let database = try await TestDatabase.make()
        let a = try await database.open()
        let b = try await database.open()
        // Quotas are claimed for live tenants only (one with keys): the tenant exists on both hosts first.
        try await a.put(.tenants, tenant: Self.acme, key: [1], value: [1])
        #expect(await eventually { b.keysAlive(tenant: Self.acme) } != nil)
        let quotas = [a.makeQuotaCoordinator(), b.makeQuotaCoordinator()]
        #expect(await eventually(within: .seconds(3)) { quotas.allSatisfy(\.isCoordinating) } != nil)
        var policy = QuotaPolicy()
        policy.requestsPerMinute = 20
        policy.tokensPerMinute = 0
        var admitted = 0
        for index in 0..<120 {
            if quotas[index % 2].admit(tenant: Self.acme, policy: policy) == nil { admitted += 1 }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(admitted <= 20 + 2, "admitted \(admitted)")
        #expect(admitted >= 15, "admitted \(admitted)")
        let refusal = quotas[0].admit(tenant: Self.acme, policy: policy)
        #expect(refusal?.status == 429)
        try await a.close()
        try await b.close()
        await database.drop()
    }
}

/// Changes an observer saw.
final class Seen: Sendable {
    private let changes = Locked<[StoreChange]>([])
    func add(_ change: StoreChange) { changes.withLock { $0.append(change) } }
    func contains(_ change: StoreChange) -> Bool { changes.withLock { $0.contains(change) } }
}
