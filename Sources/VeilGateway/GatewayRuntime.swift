import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import Metrics
import NIOSSL
import Prometheus
import ServiceLifecycle
import UnixSignals
import Veil
import VeilCrypto
import VeilDataRights
import VeilKeyring

/// Runs `veil serve`: opens the facade, builds the application, and serves until SIGTERM or SIGINT.
///
/// Shutdown order, from `ServiceGroup`: the HTTP server stops accepting and lets in-flight requests and streams
/// finish (up to ``GatewayConfiguration/drainTimeout``), then the store is closed, then the process exits 0. A second
/// signal during the drain exits at once (status 130).
package enum GatewayRuntime {
    /// A shared store opened from the `store:` URL, with the fleet-wide quota coordinator it brings.
    package struct SharedStore: Sendable {
        /// The store every host shares.
        package var store: any VeilStore
        /// Enforces request and token rates across the hosts; `nil` leaves them per host.
        package var quotas: (any QuotaCoordinator)?

        /// Creates the pair.
        package init(store: any VeilStore, quotas: (any QuotaCoordinator)?) {
            self.store = store
            self.quotas = quotas
        }
    }

    /// Opens the store a `store:` URL names (the `veil` executable passes `VeilPostgres`'s), so that this module does
    /// not depend on a database client.
    package typealias StoreOpener =
        @Sendable (_ url: String, _ masterKey: Keyring.MasterKeySource, _ logger: Logger) async throws -> SharedStore

    /// Chooses the logging and metrics backends, once per process: JSON lines on standard error and Prometheus.
    ///
    /// - Parameter logLevel: The minimum log level.
    /// - Returns: The registry to serve on `/metrics`.
    package static func bootstrap(logLevel: Logger.Level) -> PrometheusCollectorRegistry {
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: logLevel) }
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Cache hits take microseconds, model calls seconds: buckets from 50 µs to 60 s.
        factory.defaultDurationHistogramBuckets = [
            .microseconds(50), .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1),
            .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
            .seconds(10), .seconds(30), .seconds(60),
        ]
        MetricsSystem.bootstrap(factory)
        return registry
    }

    /// Reads the admin key from `VEIL_ADMIN_KEY`, or from the admin key file, creating that file (mode 0600) with a
    /// random key when it does not exist.
    ///
    /// - Parameters:
    ///   - configuration: Names the file.
    ///   - environment: The process environment.
    ///   - logger: Told where a new key was written (never the key).
    /// - Returns: The admin key.
    /// - Throws: ``ConfigurationError`` when the file cannot be read or written.
    package static func adminKey(
        configuration: GatewayConfiguration,
        environment: [String: String],
        logger: Logger
    ) throws -> String {
        if let key = environment["VEIL_ADMIN_KEY"], !key.isEmpty { return key }
        let path = configuration.resolvedAdminKeyFile
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            let key = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard key.count >= 16 else { throw ConfigurationError.invalid("admin_key_file") }
            return key
        }
        let key =
            "vadm-"
            + (try SecureRandom.bytes(24)).map { byte in
                let hex = String(byte, radix: 16)
                return hex.count == 1 ? "0" + hex : hex
            }.joined()
        let directory = (path as NSString).deletingLastPathComponent
        do {
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            guard
                FileManager.default.createFile(
                    atPath: path, contents: Data((key + "\n").utf8), attributes: [.posixPermissions: 0o600])
            else { throw ConfigurationError.unreadable("admin_key_file") }
        } catch {
            throw ConfigurationError.unreadable("admin_key_file")
        }
        logger.notice("created admin key file", metadata: ["path": "\(path)"])
        return key
    }

    /// Opens the facade, serves, and returns after a graceful shutdown.
    ///
    /// - Parameters:
    ///   - configuration: A validated configuration.
    ///   - registry: From ``bootstrap(logLevel:)``.
    ///   - environment: The process environment (upstream keys, admin key, master key).
    ///   - openStore: Opens ``GatewayConfiguration/store`` when it is set.
    /// - Throws: ``ConfigurationError`` or the facade's errors at start.
    package static func run(
        configuration: GatewayConfiguration,
        registry: PrometheusCollectorRegistry?,
        environment: [String: String],
        openStore: StoreOpener? = nil
    ) async throws {
        var logger = Logger(label: "veil.gateway")
        logger.logLevel = configuration.logLevel
        try configuration.validate()
        let upstream = try configuration.upstreamPoolConfiguration(environment: environment)
        let adminKey = try Self.adminKey(configuration: configuration, environment: environment, logger: logger)
        try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        let masterKey = Keyring.MasterKeySource.resolve(
            environment: environment,
            defaultFile: configuration.resolvedMasterKeyFile
        )
        var shared: SharedStore?
        if let url = configuration.store {
            guard let openStore else { throw ConfigurationError.invalid("store") }
            shared = try await openStore(url, masterKey, logger)
        }
        var veilConfiguration = VeilConfiguration(
            dataDirectory: configuration.dataDirectory,
            masterKey: masterKey,
            policyDirectory: configuration.policiesDirectory,
            defaultPolicy: configuration.defaultPolicy,
            upstream: upstream,
            minilmDirectory: configuration.minilmDirectory,
            remoteEmbedding: configuration.remoteEmbedding.map { remote in
                RemoteEmbedder.Configuration(
                    baseURL: remote.baseURL,
                    model: remote.model,
                    apiKey: remote.apiKeyEnvironment.flatMap { environment[$0] },
                    timeout: remote.timeout,
                    dimension: remote.dimension
                )
            },
            logger: logger
        )
        veilConfiguration.store = shared?.store
        let veil = try await Veil(configuration: veilConfiguration)
        let rights = try DataRights(veil: veil)
        var server = HTTPServerBuilder.http1()
        if let certificate = configuration.tlsCertificateFile, let key = configuration.tlsPrivateKeyFile {
            server = try Self.tlsServer(certificateFile: certificate, privateKeyFile: key)
        }
        let app = buildApplication(
            configuration: configuration,
            veil: veil,
            adminKey: adminKey,
            registry: registry,
            limiter: QuotaLimiter(coordinator: shared?.quotas),
            logger: logger,
            rights: rights,
            server: server
        )
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: app)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        groupConfiguration.maximumGracefulShutdownDuration = configuration.drainTimeout
        groupConfiguration.maximumCancellationDuration = .seconds(5)
        let group = ServiceGroup(configuration: groupConfiguration)
        logger.info(
            "veil listening",
            metadata: [
                "host": "\(configuration.host)", "port": "\(configuration.port)",
                "upstreams": "\(configuration.upstreams.count)",
            ]
        )
        // Not structured: the signal sequence does not end on cancellation, and the process exits right after.
        let watcher = Task { await Self.exitOnSecondSignal() }
        defer { watcher.cancel() }
        try await group.run()
        logger.info("veil stopped")
    }

    /// An HTTP/1.1 server over TLS from PEM files, for operators who do not terminate TLS in front of Veil.
    static func tlsServer(certificateFile: String, privateKeyFile: String) throws -> HTTPServerBuilder {
        do {
            let chain = try NIOSSLCertificate.fromPEMFile(certificateFile).map {
                NIOSSLCertificateSource.certificate($0)
            }
            let key = try NIOSSLPrivateKey(file: privateKeyFile, format: .pem)
            let tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
            return try .tls(.http1(), tlsConfiguration: tls)
        } catch {
            throw ConfigurationError.unreadable("tls")
        }
    }

    /// The first SIGTERM/SIGINT starts the graceful shutdown (handled by the group); a second one ends the process.
    static func exitOnSecondSignal() async {
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        var seen = 0
        for await _ in signals {
            seen += 1
            if seen >= 2 { exit(130) }
        }
    }
}
