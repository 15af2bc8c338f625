import ArgumentParser
import Foundation
import Veil
import VeilCrypto

extension VeilCommand {
    /// `veil keys`: tenant and master key rotation.
    struct Keys: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rotate a tenant's data key or the master key.",
            subcommands: [Rotate.self, RotateMaster.self]
        )
    }
}

extension VeilCommand.Keys {
    /// `veil keys rotate --tenant T`: a new data-key version for new writes; old versions keep opening old data.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new data-key version for a tenant's new writes.",
            discussion: "Exit codes: 0 done; 1 failed; 4 tenant not found (no keys); 64 usage error."
        )

        @OptionGroup var storeOptions: DataDirectoryOptions

        @Option(name: .long, help: "The tenant id.")
        var tenant: String

        func validate() throws {
            guard TenantID(tenant) != nil else {
                throw ValidationError("--tenant: 1–64 characters from A–Z a–z 0–9 . _ -")
            }
        }

        func run() async throws {
            guard let id = TenantID(tenant) else { throw ValidationError("--tenant") }
            let keyring = try storeOptions.openKeyring()
            guard try CommandFailure.wrap({ try !keyring.versions(tenant: id.rawValue).isEmpty }) else {
                throw CommandFailure("tenant not found: \(tenant)", code: CommandFailure.notFound).exit()
            }
            let version = try CommandFailure.wrap { try keyring.rotate(tenant: id.rawValue) }
            let log = AuditLog(
                dataDirectory: storeOptions.dataDir, key: try CommandFailure.wrap { try AuditKey(keyring: keyring) })
            try CommandFailure.wrap { try log.append(.keyRotated, tenant: id, details: ["version": "\(version)"]) }
            print("tenant \(tenant): new data-key version \(version)")
        }
    }

    /// `veil keys rotate-master`: re-wrap every key under a new master key, destroy the old key file, compact.
    struct RotateMaster: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-master",
            abstract: "Re-wrap every tenant key under a new master key, destroy the old key file, compact the keyring.",
            discussion: """
                Needs a master key file (not $VEIL_MASTER_KEY): the new key replaces it in place, and running \
                daemons that read the same file pick it up. Copies of the keyring taken before the rotation can then \
                no longer be opened with any key that still exists. Exit codes: 0 done; 1 failed; 64 usage error.
                """
        )

        @OptionGroup var storeOptions: DataDirectoryOptions

        func run() async throws {
            guard case .file(let path) = storeOptions.masterKey else {
                throw CommandFailure(
                    "rotate-master needs a master key file; unset VEIL_MASTER_KEY or pass --master-key-file",
                    code: CommandFailure.failed
                ).exit()
            }
            let keyring = try storeOptions.openKeyring()
            let auditKey = try CommandFailure.wrap { try AuditKey(keyring: keyring) }
            let tenants = try CommandFailure.wrap { try keyring.tenants().count }
            try CommandFailure.wrap { try keyring.rotateMasterKeyFile(at: path) }
            let log = AuditLog(dataDirectory: storeOptions.dataDir, key: auditKey)
            try CommandFailure.wrap { try log.append(.masterKeyRotated, details: ["keys": "\(tenants)"]) }
            print("master key rotated: \(tenants) key sets re-wrapped, old key file destroyed, keyring compacted")
        }
    }
}
