import Foundation
import Testing
import VeilCrypto
import VeilStorage

@testable import VeilKeyring

/// A fresh directory for one test: `keyring/` for the environment and `master.key` beside it.
struct KeyringFixture: ~Copyable {
    let root: String
    var directory: String { root + "/keyring" }
    var keyFile: String { root + "/master.key" }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("veil-keyring-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }
}

func randomBase64Key() throws -> String {
    Data(try SecureRandom.bytes(32)).base64EncodedString()
}

@Suite("Keyring")
struct KeyringTests {
    @Test("the master key file is created with mode 0600 holding 32 bytes of base64")
    func keyFileCreatedPrivate() throws {
        let fixture = try KeyringFixture()
        _ = try Keyring(directory: fixture.directory, masterKey: .file(path: fixture.keyFile))
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.keyFile)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: fixture.keyFile, encoding: .utf8)
        let decoded = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(decoded?.count == 32)
    }

    @Test("an existing keyring whose key file is missing fails instead of starting over")
    func missingKeyFileForExistingKeyring() throws {
        let fixture = try KeyringFixture()
        do {
            let keyring = try Keyring(directory: fixture.directory, masterKey: .file(path: fixture.keyFile))
            _ = try keyring.sealingKey(tenant: "acme")
        }
        try FileManager.default.removeItem(atPath: fixture.keyFile)
        #expect(throws: CryptoError.masterKeyUnavailable) {
            try Keyring(directory: fixture.directory, masterKey: .file(path: fixture.keyFile))
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.keyFile))
    }

    @Test("VEIL_MASTER_KEY wins over the key file variable and the default file")
    func resolvePrefersEnvironmentKey() throws {
        let key = try randomBase64Key()
        let both = Keyring.MasterKeySource.resolve(
            environment: ["VEIL_MASTER_KEY": key, "VEIL_MASTER_KEY_FILE": "/x/key"], defaultFile: "/d/key")
        guard case .base64(let text) = both else {
            Issue.record("expected base64, got \(both)")
            return
        }
        #expect(text == key)
        let fromFileVariable = Keyring.MasterKeySource.resolve(
            environment: ["VEIL_MASTER_KEY_FILE": "/x/key", "VEIL_MASTER_KEY": ""], defaultFile: "/d/key")
        #expect(fromFileVariable.description == "file /x/key")
        let fallback = Keyring.MasterKeySource.resolve(environment: [:], defaultFile: "/d/key")
        #expect(fallback.description == "file /d/key")
        #expect(!"\(both)".contains(key))
    }

    @Test("a base64 master key from the environment works, and reopening gives the same data key")
    func base64KeyAndReopen() throws {
        let fixture = try KeyringFixture()
        let source = Keyring.MasterKeySource.resolve(
            environment: ["VEIL_MASTER_KEY": try randomBase64Key()], defaultFile: fixture.keyFile)
        let aad = Array("acme|cache|k|1".utf8)
        let (sealed, version): ([UInt8], UInt32) = try {
            let keyring = try Keyring(directory: fixture.directory, masterKey: source)
            let key = try keyring.sealingKey(tenant: "acme")
            return (try key.seal(Array("hello".utf8), authenticating: aad), key.version)
        }()
        #expect(!FileManager.default.fileExists(atPath: fixture.keyFile))
        let reopened = try Keyring(directory: fixture.directory, masterKey: source)
        let key = try reopened.key(tenant: "acme", version: version)
        #expect(try key.open(sealed, authenticating: aad) == Array("hello".utf8))
        #expect(try reopened.sealingKey(tenant: "acme").version == version)
    }

    @Test("malformed master keys are rejected")
    func malformedMasterKeys() throws {
        let fixture = try KeyringFixture()
        for text in ["", "not base64!", Data(repeating: 1, count: 16).base64EncodedString()] {
            #expect(throws: CryptoError.masterKeyUnavailable) {
                try Keyring(directory: fixture.directory, masterKey: .base64(text))
            }
        }
    }

    @Test("a wrong master key cannot open the keyring or unwrap its keys")
    func wrongMasterKey() throws {
        let fixture = try KeyringFixture()
        let right = try randomBase64Key()
        let keyring = try Keyring(directory: fixture.directory, masterKey: .base64(right))
        let key = try keyring.sealingKey(tenant: "acme")
        #expect(throws: CryptoError.masterKeyMismatch) {
            try Keyring(directory: fixture.directory, masterKey: .base64(try randomBase64Key()))
        }
        let wrapped = try #require(
            try keyring.store.environment.read { txn in
                try txn.get(Array("acme".utf8), in: keyring.store.tenants)
            })
        let record = try TenantRecord(decoding: wrapped)
        let wrong = try MasterKeyFile.decode(Array(try randomBase64Key().utf8))
        #expect(throws: CryptoError.authenticationFailure) {
            try Keyring.unwrap(
                try #require(record.wrappedKey(key.version)), tenant: "acme", version: key.version, master: wrong)
        }
    }

    @Test("a wrapped key copied to another tenant does not unwrap there")
    func wrappedKeyBoundToTenant() throws {
        let fixture = try KeyringFixture()
        let keyring = try Keyring(directory: fixture.directory, masterKey: .base64(try randomBase64Key()))
        _ = try keyring.sealingKey(tenant: "acme")
        _ = try keyring.sealingKey(tenant: "globex")
        try keyring.store.environment.write { txn in
            let acme = try #require(try txn.get(Array("acme".utf8), in: keyring.store.tenants))
            try txn.put(acme, forKey: Array("globex".utf8), in: keyring.store.tenants)
        }
        #expect(throws: CryptoError.corruptKeyring) { try keyring.key(tenant: "globex", version: 1) }
        #expect(try keyring.key(tenant: "acme", version: 1).version == 1)
    }

    @Test("rotation gives a new version for sealing while old versions still open")
    func rotation() throws {
        let fixture = try KeyringFixture()
        let keyring = try Keyring(directory: fixture.directory, masterKey: .base64(try randomBase64Key()))
        #expect(throws: CryptoError.keyNotFound) { try keyring.rotate(tenant: "acme") }
        let first = try keyring.sealingKey(tenant: "acme")
        let sealed = try first.seal(Array("old".utf8), authenticating: [1])
        let version = try keyring.rotate(tenant: "acme")
        #expect(version == first.version + 1)
        let second = try keyring.sealingKey(tenant: "acme")
        #expect(second.version == version)
        #expect(second.secretKey != first.secretKey)
        #expect(
            try keyring.key(tenant: "acme", version: first.version).open(sealed, authenticating: [1])
                == Array("old".utf8))
        #expect(try keyring.versions(tenant: "acme") == [1, 2])
        #expect(try keyring.currentVersion(tenant: "acme") == 2)
        #expect(throws: CryptoError.keyNotFound) { try keyring.key(tenant: "acme", version: 3) }
    }

    @Test("the encryption counter rotates automatically before passing the limit, across reopen")
    func automaticRotation() throws {
        let fixture = try KeyringFixture()
        let master = try randomBase64Key()
        var uses = [UInt32: Int]()
        do {
            let keyring = try Keyring(
                directory: fixture.directory, masterKey: .base64(master), encryptionLimit: 10, reservationBlock: 4)
            for _ in 0..<25 { uses[try keyring.sealingKey(tenant: "acme").version, default: 0] += 1 }
        }
        // A new instance (a restarted daemon) continues from the persisted counter; its reserved block is fresh.
        let reopened = try Keyring(
            directory: fixture.directory, masterKey: .base64(master), encryptionLimit: 10, reservationBlock: 4)
        for _ in 0..<10 { uses[try reopened.sealingKey(tenant: "acme").version, default: 0] += 1 }
        #expect(uses.values.allSatisfy { $0 <= 10 })
        #expect(uses.keys.count >= 4)
        #expect(try reopened.versions(tenant: "acme") == Array(1...UInt32(uses.keys.max() ?? 0)))
        // Every version still opens what it sealed.
        for version in uses.keys { _ = try reopened.key(tenant: "acme", version: version) }
    }

    @Test("destroy makes every version unavailable and leaves other tenants untouched")
    func destroyTenant() throws {
        let fixture = try KeyringFixture()
        let keyring = try Keyring(directory: fixture.directory, masterKey: .base64(try randomBase64Key()))
        let acmeSealed = try keyring.sealingKey(tenant: "acme").seal(Array("a".utf8), authenticating: [])
        try keyring.rotate(tenant: "acme")
        let globex = try keyring.sealingKey(tenant: "globex")
        let globexSealed = try globex.seal(Array("g".utf8), authenticating: [])
        let subkeyBefore = try globex.subkey(.cacheLookup)
        #expect(try keyring.tenants() == ["acme", "globex"])

        #expect(try keyring.destroy(tenant: "acme") == [1, 2])
        for version: UInt32 in [1, 2] {
            #expect(throws: CryptoError.keyDestroyed) { try keyring.key(tenant: "acme", version: version) }
        }
        #expect(throws: CryptoError.keyNotFound) { try keyring.key(tenant: "acme", version: 3) }
        #expect(try keyring.versions(tenant: "acme").isEmpty)
        #expect(try keyring.tenants() == ["globex"])
        #expect(try keyring.destroy(tenant: "acme").isEmpty)
        #expect(acmeSealed.count == 1 + AES256GCM.overhead)

        let globexAgain = try keyring.key(tenant: "globex", version: globex.version)
        #expect(try globexAgain.open(globexSealed, authenticating: []) == Array("g".utf8))
        #expect(try globexAgain.subkey(.cacheLookup) == subkeyBefore)

        // A tenant re-created later starts above every destroyed version; the old ones stay destroyed.
        #expect(try keyring.sealingKey(tenant: "acme").version == 3)
        #expect(throws: CryptoError.keyDestroyed) { try keyring.key(tenant: "acme", version: 1) }
    }

    @Test("a second keyring instance on the same directory sees a destruction on its next call")
    func destructionSeenBySecondInstance() throws {
        let fixture = try KeyringFixture()
        let master = try randomBase64Key()
        let daemon = try Keyring(directory: fixture.directory, masterKey: .base64(master))
        let version = try daemon.sealingKey(tenant: "acme").version
        _ = try daemon.sealingKey(tenant: "globex")
        _ = try daemon.key(tenant: "acme", version: version)  // cached now

        let cli = try Keyring(directory: fixture.directory, masterKey: .base64(master))
        #expect(try cli.destroy(tenant: "acme") == [version])

        #expect(throws: CryptoError.keyDestroyed) { try daemon.key(tenant: "acme", version: version) }
        #expect(try daemon.sealingKey(tenant: "acme").version == version + 1)
        #expect(try daemon.key(tenant: "globex", version: 1).version == 1)
    }

    @Test("subkeys are cached, and differ by purpose and by tenant")
    func subkeys() throws {
        let fixture = try KeyringFixture()
        let keyring = try Keyring(directory: fixture.directory, masterKey: .base64(try randomBase64Key()))
        let acme = try keyring.sealingKey(tenant: "acme")
        let lookup = try acme.subkey(.cacheLookup)
        #expect(try acme.subkey(.cacheLookup) === lookup)
        #expect(try keyring.key(tenant: "acme", version: acme.version).subkey(.cacheLookup) === lookup)
        #expect(try acme.subkey(.audit) != lookup)
        #expect(try acme.subkey(KeyPurpose("custom")) != lookup)
        #expect(try keyring.sealingKey(tenant: "globex").subkey(.cacheLookup) != lookup)
    }

    @Test("tenant ids must be 1 to 256 bytes")
    func tenantValidation() throws {
        let fixture = try KeyringFixture()
        let keyring = try Keyring(directory: fixture.directory, masterKey: .base64(try randomBase64Key()))
        #expect(throws: CryptoError.invalidInput) { try keyring.sealingKey(tenant: "") }
        #expect(throws: CryptoError.invalidInput) {
            try keyring.key(tenant: String(repeating: "x", count: 257), version: 1)
        }
    }

    @Test("rotateMaster re-wraps every key; the old master key then opens nothing")
    func rotateMaster() throws {
        let fixture = try KeyringFixture()
        let oldMaster = try randomBase64Key()
        let keyring = try Keyring(directory: fixture.directory, masterKey: .base64(oldMaster))
        let acme = try keyring.sealingKey(tenant: "acme")
        try keyring.rotate(tenant: "acme")
        let globex = try keyring.sealingKey(tenant: "globex")
        let sealed = try acme.seal(Array("kept".utf8), authenticating: [])

        let newKeyFile = fixture.root + "/master-2.key"
        try keyring.rotateMaster(to: .file(path: newKeyFile))
        #expect(FileManager.default.fileExists(atPath: newKeyFile))

        // Data keys are unchanged, in this instance and in a fresh one opened with the new master key.
        let fresh = try Keyring(directory: fixture.directory, masterKey: .file(path: newKeyFile))
        #expect(
            try fresh.key(tenant: "acme", version: acme.version).open(sealed, authenticating: []) == Array("kept".utf8))
        #expect(try fresh.key(tenant: "globex", version: globex.version).secretKey == globex.secretKey)
        #expect(try keyring.sealingKey(tenant: "acme").version == 2)

        // The old master key neither opens the keyring nor unwraps any stored key.
        #expect(throws: CryptoError.masterKeyMismatch) {
            try Keyring(directory: fixture.directory, masterKey: .base64(oldMaster))
        }
        let old = try MasterKeyFile.decode(Array(oldMaster.utf8))
        try keyring.store.environment.read { txn in
            try txn.scan(in: keyring.store.tenants, prefix: []) { key, value in
                let tenant = String(decoding: key, as: UTF8.self)
                let record = try TenantRecord(decoding: [UInt8](value))
                for (version, wrapped) in record.wrapped {
                    #expect(throws: CryptoError.authenticationFailure) {
                        try Keyring.unwrap(wrapped, tenant: tenant, version: version, master: old)
                    }
                }
                return true
            }
        }
    }

    @Test("an instance whose key file was replaced by another process's master rotation keeps working")
    func reloadsReplacedKeyFile() throws {
        let fixture = try KeyringFixture()
        let daemon = try Keyring(directory: fixture.directory, masterKey: .file(path: fixture.keyFile))
        _ = try daemon.sealingKey(tenant: "acme")
        let cli = try Keyring(directory: fixture.directory, masterKey: .file(path: fixture.keyFile))
        try cli.rotateMasterKeyFile(at: fixture.keyFile)
        #expect(!FileManager.default.fileExists(atPath: fixture.keyFile + ".new"))
        // The daemon still holds the old master key; creating a tenant must not wrap under it.
        let created = try daemon.sealingKey(tenant: "globex")
        let reopened = try Keyring(directory: fixture.directory, masterKey: .file(path: fixture.keyFile))
        #expect(try reopened.key(tenant: "globex", version: created.version).secretKey == created.secretKey)
        #expect(try reopened.key(tenant: "acme", version: 1).version == 1)
    }

    @Test("compaction keeps every key and the cache keeps working")
    func compaction() throws {
        let fixture = try KeyringFixture()
        let keyring = try Keyring(directory: fixture.directory, masterKey: .base64(try randomBase64Key()))
        let key = try keyring.sealingKey(tenant: "acme")
        _ = try keyring.sealingKey(tenant: "globex")
        try keyring.destroy(tenant: "globex")
        try keyring.compact()
        #expect(try keyring.key(tenant: "acme", version: key.version).secretKey == key.secretKey)
        #expect(throws: CryptoError.keyDestroyed) { try keyring.key(tenant: "globex", version: 1) }
    }
}

@Suite("Keyring directory")
struct KeyringDirectoryTests {
    @Test("a data environment passed as the keyring directory is refused")
    func refusesDataDirectory() throws {
        let fixture = try KeyringFixture()
        let data = try Environment(configuration: EnvironmentConfiguration(path: fixture.root + "/data"))
        let entries = try data.database(named: "entries")
        try data.write { try $0.put([1], forKey: [1], in: entries) }
        #expect(throws: CryptoError.notAKeyring) {
            try Keyring(directory: fixture.root + "/data", masterKey: .base64(try randomBase64Key()))
        }
        // A real keyring directory reopens fine.
        let master = try randomBase64Key()
        _ = try Keyring(directory: fixture.directory, masterKey: .base64(master))
        _ = try Keyring(directory: fixture.directory, masterKey: .base64(master))
    }
}

@Suite("Master key file rotation")
struct MasterKeyFileRotationTests {
    @Test("an interrupted rotation (re-wrapped, not yet renamed) still opens and can be completed")
    func interruptedRotationRecovers() throws {
        let fixture = try KeyringFixture()
        let staging = fixture.keyFile + ".new"
        let version: UInt32
        do {
            let keyring = try Keyring(directory: fixture.directory, masterKey: .file(path: fixture.keyFile))
            version = try keyring.sealingKey(tenant: "acme").version
            // Steps 1-2 of rotateMasterKeyFile, then a "crash" before the rename.
            try keyring.rotateMaster(to: .file(path: staging))
        }
        let restarted = try Keyring(directory: fixture.directory, masterKey: .file(path: fixture.keyFile))
        let key = try restarted.key(tenant: "acme", version: version)
        try restarted.rotateMasterKeyFile(at: fixture.keyFile)
        #expect(!FileManager.default.fileExists(atPath: staging))
        let reopened = try Keyring(directory: fixture.directory, masterKey: .file(path: fixture.keyFile))
        #expect(try reopened.key(tenant: "acme", version: version).secretKey == key.secretKey)
    }

    @Test("createMasterKeyFile refuses an existing file, destroyMasterKeyFile removes it")
    func createAndDestroyKeyFile() throws {
        let fixture = try KeyringFixture()
        try Keyring.createMasterKeyFile(at: fixture.keyFile)
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.keyFile)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(throws: CryptoError.masterKeyUnavailable) { try Keyring.createMasterKeyFile(at: fixture.keyFile) }
        try Keyring.destroyMasterKeyFile(at: fixture.keyFile)
        #expect(!FileManager.default.fileExists(atPath: fixture.keyFile))
        try Keyring.destroyMasterKeyFile(at: fixture.keyFile)
    }
}
