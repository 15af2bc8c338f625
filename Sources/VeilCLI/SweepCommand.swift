import ArgumentParser
import Foundation
import Veil
import VeilDataRights

extension VeilCommand {
    /// `veil sweep`: one retention pass, for cron.
    struct Sweep: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete cache entries past their tenant's TTL or retention days, then compact if worthwhile.",
            discussion: """
                The daemon runs the same sweep in the background; this is for cron or for a store without a \
                daemon. Exit codes: 0 done; 1 failed; 64 usage error.
                """
        )

        @OptionGroup var storeOptions: DataDirectoryOptions

        @Flag(name: .long, help: "Compact the data file afterwards even if little was deleted.")
        var compact = false

        func run() async throws {
            let veil = try await storeOptions.openVeil()
            var configuration = RetentionSweeper.Configuration()
            configuration.compactAfter = 1
            configuration.compactionInterval = .zero
            let rights = try CommandFailure.wrap { try DataRights(veil: veil, sweeper: configuration) }
            var report = try await CommandFailure.wrapAsync { try await rights.sweeper.sweepOnce() }
            if compact && !report.compacted {
                try await CommandFailure.wrapAsync { try await rights.sweeper.compact() }
                report.compacted = true
            }
            print(
                "swept \(report.tenants) tenants: \(report.deleted) entries deleted, \(report.skipped) skipped, "
                    + "compacted: \(report.compacted ? "yes" : "no")"
            )
            try? await veil.shutdown()
        }
    }
}
