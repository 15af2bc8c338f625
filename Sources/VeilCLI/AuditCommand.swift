import ArgumentParser
import Foundation
import Veil
import VeilDataRights

extension VeilCommand {
    /// `veil audit`: prints the audit log and verifies its hash chain.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the data-rights audit log and verify its hash chain.",
            discussion: """
                One line per entry: sequence, time, event, tenant and subject pseudonyms (HMACs), details. \
                Exit codes: 0 chain intact; 1 failed; 3 chain broken (the first bad line is named); 64 usage error.
                """
        )

        @OptionGroup var storeOptions: DataDirectoryOptions

        @Flag(name: .long, help: "Print the raw JSON lines instead of the summary.")
        var json = false

        func run() async throws {
            let store = try await storeOptions.openStore(tenants: [])
            let log = try storeOptions.auditLog(of: store)
            let entries = try await CommandFailure.wrapAsync { try await log.entries() }
            var output = ""
            for entry in entries {
                if json, let line = try? JSONEncoder.sorted.encode(entry) {
                    output += String(decoding: line, as: UTF8.self) + "\n"
                    continue
                }
                var fields = ["\(entry.sequence)", entry.time, entry.event.rawValue]
                if let tenant = entry.tenant { fields.append("tenant=\(tenant.prefix(16))") }
                if let subject = entry.subject { fields.append("subject=\(subject.prefix(16))") }
                for key in entry.details.keys.sorted() where key != "receipt_mac" {
                    fields.append("\(key)=\(entry.details[key] ?? "")")
                }
                output += fields.joined(separator: "  ") + "\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
            let count = try await CommandFailure.wrapAsync { try await log.verify() }
            FileHandle.standardError.write(Data("audit chain verified: \(count) entries\n".utf8))
            try? await store.close()
        }
    }
}

extension JSONEncoder {
    /// Compact JSON with sorted keys.
    fileprivate static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
