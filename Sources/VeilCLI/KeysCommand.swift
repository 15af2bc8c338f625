import ArgumentParser
import Foundation
import Veil
import VeilCrypto
import VeilDataRights
import VeilKeyring

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
            let store = try await storeOptions.openStore(tenants: [id])
            guard try CommandFailure.wrap({ try !store.keyVersions(tenant: id).isEmpty }) else {
                throw CommandFailure("tenant not found: \(tenant)", code: CommandFailure.notFound).exit()
            }
            let version = try await CommandFailure.wrapAsync { try await store.rotateKey(tenant: id) }
            let log = try storeOptions.auditLog(of: store)
            try await CommandFailure.wrapAsync {
                try await log.append(.keyRotated, tenant: id, details: ["version": "\(version)"])
            }
            print("tenant \(tenant): new data-key version \(version)")
            try? await store.close()
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
            let store = try await storeOptions.openStore(tenants: [])
            let log = try storeOptions.auditLog(of: store)
            let tenants = try await CommandFailure.wrapAsync { try await store.rotateMasterKey(file: path) }
            try await CommandFailure.wrapAsync {
                try await log.append(.masterKeyRotated, details: ["keys": "\(tenants)"])
            }
            let compacted = storeOptions.storeURL == nil ? "keyring compacted" : "keyring table vacuumed"
            print("master key rotated: \(tenants) key sets re-wrapped, old key file destroyed, \(compacted)")
            try? await store.close()
        }
    }
}
