import ArgumentParser
import Foundation
import Veil
import VeilDataRights

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension VeilCommand {
    /// `veil erase`: erase a tenant or one end user of it, with a receipt.
    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a tenant (keys destroyed, records deleted, files compacted) or one end user's entries.",
            discussion: """
                Works whether or not `veil serve` runs on the same data directory. Tenant erasure destroys the \
                tenant's keys first (nothing of it opens from that instant, in any process), then deletes every \
                record, compacts the data and keyring files, and prints and stores a signed receipt under \
                <data-dir>/receipts/. With --subject, deletes the entries that end user's requests created. \
                Without --yes, asks for confirmation on a terminal and refuses when not on one.

                Exit codes: 0 done; 1 failed; 2 refused (not confirmed, or no --yes off a terminal); \
                3 verification failed; 4 tenant not found; 64 usage error.
                """,
            subcommands: [Verify.self]
        )

        @OptionGroup var storeOptions: DataDirectoryOptions

        // Optional for the parser only, so that `veil erase verify` parses without it; run() requires it.
        @Option(name: .long, help: "The tenant id (required).")
        var tenant: String?

        @Option(name: .long, help: "Erase only the entries this end user's requests created.")
        var subject: String?

        @Flag(name: .long, help: "Show what would be erased; change nothing.")
        var dryRun = false

        @Flag(name: .long, help: "Do not ask for confirmation (needed when not on a terminal).")
        var yes = false

        func validate() throws {
            guard let tenant else { return }
            guard TenantID(tenant) != nil else {
                throw ValidationError("--tenant: 1–64 characters from A–Z a–z 0–9 . _ -")
            }
            if let subject, subject.isEmpty { throw ValidationError("--subject must not be empty") }
        }

        func run() async throws {
            guard let tenant else { throw ValidationError("Missing expected argument '--tenant <tenant>'") }
            guard let id = TenantID(tenant) else { throw ValidationError("--tenant") }
            let veil = try await storeOptions.openVeil(tenants: [id])
            let eraser = try CommandFailure.wrap {
                try Eraser(store: veil.store, cache: veil.cache, tenants: veil.tenants)
            }
            let plan = try CommandFailure.wrap { try eraser.plan(tenant: id, subject: subject) }
            guard plan.tenantFound else {
                throw CommandFailure("tenant not found: \(tenant)", code: CommandFailure.notFound).exit()
            }
            let what = subject == nil ? "tenant \(tenant)" : "one end user's entries of tenant \(tenant)"
            var summary = "\(dryRun ? "would erase" : "erasing") \(what):\n"
            if subject == nil {
                let versions = plan.keyVersions.map(String.init).joined(separator: ", ")
                summary += "  key versions to destroy: \(versions.isEmpty ? "none left" : versions)\n"
            }
            for table in plan.tables {
                summary += "  \(table.table): \(table.records) records, \(table.bytes) bytes\n"
            }
            if dryRun {
                FileHandle.standardOutput.write(Data(summary.utf8))
                return
            }
            FileHandle.standardError.write(Data(summary.utf8))
            if !yes { try confirm(tenant) }
            let progress = ProgressLine()
            let receipt = try await CommandFailure.wrapAsync {
                if let subject {
                    try await eraser.eraseSubject(subject, tenant: id) { progress.report($0) }
                } else {
                    try await eraser.eraseTenant(id) { progress.report($0) }
                }
            }
            let encoded = try CommandFailure.wrap { try receipt.encoded() }
            FileHandle.standardOutput.write(Data(encoded))
            FileHandle.standardError.write(
                Data(
                    (storeOptions.storeURL == nil
                        ? "receipt stored in \(eraser.receipts.directory)/\(receipt.id).json\n"
                        : "receipt \(receipt.id) stored in \(eraser.receipts.directory)\n").utf8))
            try? await veil.shutdown()
        }

        /// Asks on the terminal for the tenant id; anything else, or no terminal, refuses.
        private func confirm(_ tenant: String) throws {
            guard isatty(STDIN_FILENO) != 0 else {
                throw CommandFailure(
                    "refusing to erase without --yes when not on a terminal", code: CommandFailure.refused
                )
                .exit()
            }
            FileHandle.standardError.write(Data("This cannot be undone. Type the tenant id to confirm: ".utf8))
            guard let answer = readLine(strippingNewline: true), answer == tenant else {
                throw CommandFailure("not confirmed; nothing erased", code: CommandFailure.refused).exit()
            }
        }
    }
}

extension VeilCommand.Erase {
    /// `veil erase verify RECEIPT`: checks a receipt's MAC under this data directory's audit key.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify an erasure receipt (exit 0 when intact, 3 when altered).",
            discussion: "Needs the data directory whose keyring holds the audit key that signed the receipt."
        )

        @Argument(help: "The receipt file (JSON).")
        var receipt: String

        @OptionGroup var storeOptions: DataDirectoryOptions

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: receipt) else {
                throw CommandFailure("cannot read \(receipt)", code: CommandFailure.failed).exit()
            }
            let store = try await storeOptions.openStore(tenants: [])
            let parsed = try CommandFailure.wrap { try ErasureReceipt.decode(from: [UInt8](data)) }
            try CommandFailure.wrap { try parsed.verify(with: try store.auditKey()) }
            try? await store.close()
            print(
                "receipt \(parsed.id) verified: \(parsed.kind.rawValue) erasure, \(parsed.records) records, finished \(parsed.finished)"
            )
        }
    }
}
