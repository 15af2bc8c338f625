import ArgumentParser
import Foundation
import Logging
import Veil
import VeilCrypto
import VeilDataRights
import VeilKeyring
import VeilPostgres

/// `--data-dir` or `--store`, `--master-key-file` and `--policies-dir`, shared by the commands that work on a store
/// (`erase`, `export`, `audit`, `keys`, `sweep`), whether or not `veil serve` is running on it.
struct DataDirectoryOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory (holding data/, keyring/, receipts/, audit.log).")
    var dataDir: String?

    @Option(
        name: .long,
        help:
            "Shared store instead of a data directory: postgresql://user:pass@host:5432/db?sslmode=… (or $VEIL_STORE_URL)."
    )
    var store: String?

    @Option(
        name: .long,
        help: "Master key file (default: $VEIL_MASTER_KEY, then $VEIL_MASTER_KEY_FILE, then <data-dir>/master.key)."
    )
    var masterKeyFile: String?

    @Option(
        name: .long, help: "Directory of policy YAML files (for retention; default: $VEIL_POLICIES_DIR or ./policies).")
    var policiesDir: String?

    /// The shared store's URL: the flag, else `VEIL_STORE_URL` (used only when no `--data-dir` is given).
    var storeURL: String? {
        if let store { return store }
        guard dataDir == nil, let url = ProcessInfo.processInfo.environment["VEIL_STORE_URL"], !url.isEmpty else {
            return nil
        }
        return url
    }

    func validate() throws {
        guard dataDir != nil || storeURL != nil else {
            throw ValidationError("give --data-dir DIR, or --store URL (or set VEIL_STORE_URL)")
        }
        if dataDir != nil, store != nil { throw ValidationError("--data-dir and --store exclude each other") }
    }

    /// Where the master key comes from: the flag, else the daemon's rule (`VeilConfiguration`).
    var masterKey: Keyring.MasterKeySource {
        if let masterKeyFile { return .file(path: masterKeyFile) }
        return Keyring.MasterKeySource.resolve(
            environment: ProcessInfo.processInfo.environment,
            defaultFile: (dataDir ?? ".") + "/master.key"
        )
    }

    /// Where messages say the store is.
    var location: String { dataDir ?? "the shared store" }

    /// Refuses a directory that holds no keyring, so a typo never creates an empty store and a new master key.
    func requireExisting() throws {
        guard let dataDir else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataDir + "/keyring", isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw CommandFailure("no Veil data directory at \(dataDir)", code: CommandFailure.failed) }
    }

    private var logger: Logger {
        var logger = Logger(label: "veil.cli")
        logger.logLevel = .warning
        return logger
    }

    /// Opens the store: LMDB in `--data-dir`, or the shared store (copying only `tenants` when given).
    func openStore(tenants: Set<TenantID>? = nil) async throws -> any VeilStore {
        try requireExisting()
        let masterKey = self.masterKey
        let logger = self.logger
        if let url = storeURL {
            return try await CommandFailure.wrapAsync {
                try await PostgresStore.open(
                    url: url, masterKey: masterKey, mirror: tenants.map { .tenants($0) } ?? .all, logger: logger)
            }
        }
        let directory = dataDir ?? "."
        return try CommandFailure.wrap {
            try SealedLMDBStore(directory: directory, masterKey: masterKey, logger: logger)
        }
    }

    /// Opens the store, cache and tenant directory.
    func openVeil(tenants: Set<TenantID>? = nil) async throws -> Veil {
        let store = try await openStore(tenants: tenants)
        let policies = policiesDir ?? ProcessInfo.processInfo.environment["VEIL_POLICIES_DIR"] ?? "policies"
        var configuration = VeilConfiguration(
            dataDirectory: dataDir ?? ".", masterKey: masterKey, policyDirectory: policies, logger: logger)
        configuration.store = store
        let opened = configuration
        return try await CommandFailure.wrapAsync { try await Veil(configuration: opened) }
    }

    /// The audit log of the store.
    func auditLog(of store: any VeilStore) throws -> AuditLog {
        let key = try CommandFailure.wrap { try store.auditKey() }
        if let dataDir { return AuditLog(dataDirectory: dataDir, key: key) }
        return AuditLog(storage: store.auditLogStorage, key: key, location: "veil_audit")
    }
}
