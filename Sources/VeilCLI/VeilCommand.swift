import ArgumentParser

/// The `veil` command: the gateway daemon, tenant data erasure and operations.
///
/// Every subcommand is a thin shell over a library call, so the same behaviour is available in process. The entry
/// point is `main.swift`, which makes the event loops Swift's executor for `veil serve` before any task starts.
struct VeilCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "veil",
        abstract: "Veil: a privacy and caching layer in front of OpenAI-compatible model servers.",
        version: VeilVersion.current,
        subcommands: [
            Serve.self, Demo.self, Anonymize.self, Similarity.self, MockUpstreamServer.self,
            Erase.self, Export.self, Audit.self, Keys.self, Sweep.self,
        ]
    )
}

extension VeilCommand {
    /// Parses the arguments and runs the chosen command: what `AsyncParsableCommand.main()` does, callable from
    /// `main.swift` after the executor takeover (top-level code picks the synchronous `main`, which refuses an
    /// asynchronous root command).
    static func start() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

/// The version `veil --version` prints.
enum VeilVersion {
    static let current = "0.1.0"
}
