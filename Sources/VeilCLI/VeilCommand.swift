import ArgumentParser

/// The `veil` command: the gateway daemon, tenant data erasure and operations.
///
/// Every subcommand is a thin shell over a library call, so the same behaviour is available in process.
@main
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

/// The version `veil --version` prints.
enum VeilVersion {
    static let current = "0.1.0"
}
