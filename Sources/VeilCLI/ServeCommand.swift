import ArgumentParser
import Foundation
import Logging
import NIOCore
import NIOPosix
import VeilGateway
import VeilPostgres
import VeilRuntime
import VeilSync
import VeilUpstream

extension VeilCommand {
    /// `veil serve`: runs the OpenAI-compatible gateway.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the OpenAI-compatible gateway.",
            discussion: """
                Reads veil.yaml (--config), then VEIL_* environment variables, then these flags. \
                Stops gracefully on SIGTERM or SIGINT: in-flight requests and streams finish within the drain \
                timeout, the store is closed, and the process exits 0.
                """
        )

        @Option(name: .long, help: "Path of veil.yaml (default: ./veil.yaml when present).")
        var config: String?

        @Option(name: .long, help: "Listen address, host:port or :port.")
        var listen: String?

        @Option(name: .long, help: "PEM certificate chain: serve HTTPS directly (with --tls-private-key-file).")
        var tlsCertificateFile: String?

        @Option(name: .long, help: "PEM private key of --tls-certificate-file.")
        var tlsPrivateKeyFile: String?

        @Option(name: .long, help: "Data directory of the sealed store.")
        var dataDir: String?

        @Option(
            name: .long,
            help:
                "Shared store: postgresql://user:pass@host:5432/db?sslmode=… (several hosts; default LMDB in --data-dir)."
        )
        var store: String?

        @Option(name: .long, help: "Upstream base URL (repeatable; replaces configured upstreams).")
        var upstream: [String] = []

        @Option(name: .long, help: "Directory of policy YAML files.")
        var policiesDir: String?

        @Option(name: .long, help: "Policy of new tenants.")
        var defaultPolicy: String?

        @Option(name: .long, help: "Admin key file (created with mode 0600 when absent).")
        var adminKeyFile: String?

        @Option(name: .long, help: "Master key file (created with mode 0600 when absent).")
        var masterKeyFile: String?

        @Option(name: .long, help: "Largest request body in bytes.")
        var bodyLimit: Int?

        @Option(name: .long, help: "Seconds in-flight requests get to finish at shutdown.")
        var drainTimeout: Double?

        @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
        var logLevel: String?

        func run() async throws {
            // Installed in main.swift, on the main thread before any task started (SwiftNIO's contract).
            let executor = ExecutorTakeover.outcome.withLock { $0 } ?? .unavailable
            let environment = ProcessInfo.processInfo.environment
            let configuration: GatewayConfiguration
            do {
                configuration = try self.resolvedConfiguration(environment: environment)
            } catch let error as ConfigurationError {
                // A usage error (exit 64) naming the key, not a crash.
                throw ValidationError(error.description)
            }
            let registry = GatewayRuntime.bootstrap(logLevel: configuration.logLevel)
            var logger = Logger(label: "veil.gateway")
            logger.logLevel = configuration.logLevel
            if executor == .unavailable {
                logger.warning("event loops are not Swift's global executor; requests will hop threads")
            } else {
                logger.info(
                    "event loops are Swift's global executor", metadata: ["installed_by": "\(executor.rawValue)"])
            }
            try await GatewayRuntime.run(
                configuration: configuration, registry: registry, environment: environment,
                openStore: { url, masterKey, logger in
                    let store = try await PostgresStore.open(url: url, masterKey: masterKey, logger: logger)
                    return GatewayRuntime.SharedStore(store: store, quotas: store.makeQuotaCoordinator())
                })
        }

        /// The file, then the environment, then the flags; validated.
        func resolvedConfiguration(environment: [String: String]) throws -> GatewayConfiguration {
            var configuration: GatewayConfiguration
            if let config {
                configuration = try GatewayConfiguration.load(file: config)
            } else if FileManager.default.fileExists(atPath: "veil.yaml") {
                configuration = try GatewayConfiguration.load(file: "veil.yaml")
            } else {
                configuration = GatewayConfiguration()
            }
            try configuration.apply(environment: environment)
            if let listen { try configuration.setListen(listen, key: "--listen") }
            if let tlsCertificateFile { configuration.tlsCertificateFile = tlsCertificateFile }
            if let tlsPrivateKeyFile { configuration.tlsPrivateKeyFile = tlsPrivateKeyFile }
            if let dataDir { configuration.dataDirectory = dataDir }
            if let store { configuration.store = store }
            if !upstream.isEmpty { configuration.setUpstreams(urls: upstream.joined(separator: ",")) }
            if let policiesDir { configuration.policiesDirectory = policiesDir }
            if let defaultPolicy { configuration.defaultPolicy = defaultPolicy }
            if let adminKeyFile { configuration.adminKeyFile = adminKeyFile }
            if let masterKeyFile { configuration.masterKeyFile = masterKeyFile }
            if let bodyLimit { configuration.bodyLimit = bodyLimit }
            if let drainTimeout {
                guard drainTimeout > 0 else { throw ValidationError("--drain-timeout must be positive") }
                configuration.drainTimeout = .milliseconds(Int64(drainTimeout * 1000))
            }
            if let logLevel {
                guard let level = Logger.Level(rawValue: logLevel) else { throw ValidationError("--log-level") }
                configuration.logLevel = level
            }
            try configuration.validate()
            return configuration
        }
    }
}
