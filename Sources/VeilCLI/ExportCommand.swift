import ArgumentParser
import Foundation
import Veil
import VeilCrypto
import VeilDataRights

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension VeilCommand {
    /// `veil export`: a tenant's (or one end user's) cached entries, decrypted, as JSON lines.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a tenant's cached entries (anonymized queries and answers, times, model) as JSON lines.",
            discussion: """
                Writes to standard output, or to --output (created with mode 0600). The export is recorded in the \
                audit log (counts only). Exit codes: 0 done; 1 failed; 4 tenant not found; 64 usage error.
                """
        )

        @OptionGroup var storeOptions: DataDirectoryOptions

        @Option(name: .long, help: "The tenant id.")
        var tenant: String

        @Option(name: .long, help: "Only the entries this end user's requests created.")
        var subject: String?

        @Option(name: .long, help: "Write to this file instead of standard output.")
        var output: String?

        func validate() throws {
            guard TenantID(tenant) != nil else {
                throw ValidationError("--tenant: 1–64 characters from A–Z a–z 0–9 . _ -")
            }
        }

        func run() async throws {
            guard let id = TenantID(tenant) else { throw ValidationError("--tenant") }
            let veil = try await storeOptions.openVeil(tenants: [id])
            let eraser = try CommandFailure.wrap { try Eraser(store: veil.store) }
            guard try CommandFailure.wrap({ try eraser.plan(tenant: id).tenantFound }),
                try CommandFailure.wrap({ try !veil.store.keyVersions(tenant: id).isEmpty })
            else { throw CommandFailure("tenant not found: \(tenant)", code: CommandFailure.notFound).exit() }
            let handle: FileHandle
            if let output {
                let fd = open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
                guard fd >= 0 else {
                    throw CommandFailure("cannot create \(output)", code: CommandFailure.failed).exit()
                }
                handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            } else {
                handle = FileHandle.standardOutput
            }
            let exporter = Exporter(store: veil.store, audit: eraser.audit)
            var buffer = [UInt8]()
            let count = try await CommandFailure.wrapAsync {
                let count = try await exporter.export(tenant: id, subject: subject) { line in
                    buffer += line
                    if buffer.count >= 1 << 16 {
                        handle.write(Data(buffer))
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
                handle.write(Data(buffer))
                return count
            }
            if output != nil { try? handle.synchronize() }
            FileHandle.standardError.write(Data("exported \(count) entries\n".utf8))
            try? await veil.shutdown()
        }
    }
}
