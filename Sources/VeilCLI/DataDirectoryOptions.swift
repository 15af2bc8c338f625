import ArgumentParser
import Foundation
import Logging
import Veil
import VeilCrypto

/// `--data-dir`, `--master-key-file` and `--policies-dir`, shared by the commands that work on a data directory
/// (`erase`, `export`, `audit`, `keys`, `sweep`), whether or not `veil serve` is running on it.
struct DataDirectoryOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory (holding data/, keyring/, receipts/, audit.log).")
    var dataDir: String

    @Option(
        name: .long,
        help: "Master key file (default: $VEIL_MASTER_KEY, then $VEIL_MASTER_KEY_FILE, then <data-dir>/master.key)."
    )
    var masterKeyFile: String?

    @Option(
        name: .long, help: "Directory of policy YAML files (for retention; default: $VEIL_POLICIES_DIR or ./policies).")
    var policiesDir: String?

    /// Where the master key comes from: the flag, else the daemon's rule (`VeilConfiguration`).
    var masterKey: Keyring.MasterKeySource {
        if let masterKeyFile { return .file(path: masterKeyFile) }
        return Keyring.MasterKeySource.resolve(
            environment: ProcessInfo.processInfo.environment,
            defaultFile: dataDir + "/master.key"
        )
    }

    /// Refuses a directory that holds no keyring, so a typo never creates an empty store and a new master key.
    func requireExisting() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataDir + "/keyring", isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw CommandFailure("no Veil data directory at \(dataDir)", code: CommandFailure.failed) }
    }

    /// Opens the store, cache and tenant directory of the data directory.
    func openVeil() async throws -> Veil {
        try requireExisting()
        var logger = Logger(label: "veil.cli")
        logger.logLevel = .warning
        let policies = policiesDir ?? ProcessInfo.processInfo.environment["VEIL_POLICIES_DIR"] ?? "policies"
        return try await CommandFailure.wrapAsync {
            try await Veil(
                configuration: VeilConfiguration(
                    dataDirectory: dataDir,
                    masterKey: masterKey,
                    policyDirectory: policies,
                    logger: logger
                )
            )
        }
    }

    /// Opens only the keyring (enough to verify receipts and the audit log, and to rotate keys).
    func openKeyring() throws -> Keyring {
        try requireExisting()
        var logger = Logger(label: "veil.cli")
        logger.logLevel = .warning
        return try CommandFailure.wrap {
            try Keyring(directory: dataDir + "/keyring", masterKey: masterKey, logger: logger)
        }
    }
}
