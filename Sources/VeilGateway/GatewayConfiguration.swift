import Foundation
import Logging
import VeilUpstream
import Yams

/// Everything `veil serve` needs to start: listener, storage, keys, policies, limits and upstreams.
///
/// Read from `veil.yaml` (see `veil.example.yaml`), then overridden by `VEIL_*` environment variables, then by
/// command-line flags. Every value is checked at start; a bad one fails with the key named, never later.
///
/// ```swift
/// var configuration = try GatewayConfiguration.load(file: "veil.yaml")
/// try configuration.apply(environment: ProcessInfo.processInfo.environment)
/// try configuration.validate()
/// ```
public struct GatewayConfiguration: Sendable, Hashable {
    /// One upstream endpoint as configured; the key is resolved from the environment or a file at start.
    public struct Upstream: Sendable, Hashable {
        /// Short name for logs and metric labels.
        public var name: String
        /// API root including the version segment, e.g. `http://127.0.0.1:9000/v1`.
        public var baseURL: String
        /// Environment variable holding the upstream's API key.
        public var apiKeyEnvironment: String?
        /// File holding the upstream's API key.
        public var apiKeyFile: String?
        /// Relative share of traffic.
        public var weight: Int = 1
        /// Most concurrent requests (0: no limit).
        public var maxConcurrency: Int = 0
        /// Models served; empty serves any.
        public var models: [String] = []

        /// Creates an upstream entry.
        public init(name: String, baseURL: String) {
            self.name = name
            self.baseURL = baseURL
        }
    }

    /// Address to listen on.
    public var host: String = "127.0.0.1"
    /// Port to listen on (0 picks a free one).
    public var port: Int = 8080
    /// PEM certificate chain for serving HTTPS directly (`tls.certificate_file`); `nil` serves plain HTTP, for
    /// deployments that terminate TLS in front.
    public var tlsCertificateFile: String?
    /// PEM private key matching ``tlsCertificateFile`` (`tls.private_key_file`).
    public var tlsPrivateKeyFile: String?
    /// Where the sealed store lives.
    public var dataDirectory: String = "./veil-data"
    /// A shared store instead of LMDB in ``dataDirectory``: `postgresql://user:pass@host:5432/db?sslmode=…`
    /// (`store:` in veil.yaml, `VEIL_STORE_URL`, `--store`), so that several hosts share tenants, keys, cache and
    /// erasure. The master key stays outside the database and must be the same on every host.
    public var store: String?
    /// The master key file (created with mode 0600 on first start); `VEIL_MASTER_KEY` wins over it.
    public var masterKeyFile: String?
    /// The admin key file (created with mode 0600 on first start when absent); `VEIL_ADMIN_KEY` wins over it.
    public var adminKeyFile: String?
    /// Directory of policy YAML files.
    public var policiesDirectory: String = "./policies"
    /// Policy of new tenants.
    public var defaultPolicy: String = "default"
    /// Largest request body accepted, in bytes (default 1 MiB).
    public var bodyLimit: Int = 1 << 20
    /// Time in-flight requests and streams get to finish at shutdown.
    public var drainTimeout: Duration = .seconds(30)
    /// The model servers.
    public var upstreams: [Upstream] = []
    /// How misses are spread over the upstreams.
    public var balancing: UpstreamPoolConfiguration.Balancing = .leastOutstanding
    /// Upstream time limits.
    public var timeouts = UpstreamPoolConfiguration.Timeouts()
    /// Retries on another endpoint before the first byte.
    public var maxAttempts: Int = 3
    /// Interval of active upstream health checks, or `nil` for passive health only.
    public var healthCheckInterval: Duration? = .seconds(10)
    /// Directory of the MiniLM model for `embedder: minilm`, if installed.
    public var minilmDirectory: String?
    /// An OpenAI-compatible embeddings endpoint for `embedder: remote` (its key is read from `apiKeyEnvironment`).
    public var remoteEmbedding: RemoteEmbedding?

    /// The `embeddings:` section: where `embedder: remote` gets its vectors.
    public struct RemoteEmbedding: Sendable, Hashable {
        /// Base URL including the version segment.
        public var baseURL: String
        /// Model name sent with each request.
        public var model: String
        /// Vector length the model returns.
        public var dimension: Int
        /// Environment variable holding the bearer key, if any.
        public var apiKeyEnvironment: String?
        /// Longest wait per embedding; on timeout the cache answers from the exact tier only.
        public var timeout: Duration = .seconds(2)

        /// Creates the section.
        public init(baseURL: String, model: String, dimension: Int) {
            self.baseURL = baseURL
            self.model = model
            self.dimension = dimension
        }
    }
    /// Log level.
    public var logLevel: Logger.Level = .info

    /// The defaults: listen on 127.0.0.1:8080, store in `./veil-data`, policies from `./policies`.
    public init() {}

    /// The master key file to use when none is configured: `master.key` inside the data directory.
    public var resolvedMasterKeyFile: String { self.masterKeyFile ?? self.dataDirectory + "/master.key" }
    /// The admin key file to use when none is configured: `admin.key` inside the data directory.
    public var resolvedAdminKeyFile: String { self.adminKeyFile ?? self.dataDirectory + "/admin.key" }
}

extension GatewayConfiguration {
    /// Reads a `veil.yaml` file over the defaults.
    ///
    /// - Parameter path: The file.
    /// - Returns: The configuration (not yet validated).
    /// - Throws: ``ConfigurationError`` naming the file or the offending key.
    public static func load(file path: String) throws -> GatewayConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError.unreadable(path)
        }
        return try parse(yaml: text)
    }

    /// Parses `veil.yaml` text over the defaults; unknown keys are rejected.
    ///
    /// - Parameter yaml: The text.
    /// - Returns: The configuration (not yet validated).
    /// - Throws: ``ConfigurationError`` naming the offending key.
    public static func parse(yaml: String) throws -> GatewayConfiguration {
        let root: Any?
        do {
            root = try Yams.load(yaml: yaml)
        } catch {
            throw ConfigurationError.syntax
        }
        var configuration = GatewayConfiguration()
        guard let root else { return configuration }
        let map = try ConfigMap(root, path: "")
        try map.only([
            "listen", "data_dir", "master_key_file", "admin_key_file", "policies_dir", "default_policy", "limits",
            "upstreams", "balancing", "timeouts", "retries", "health_check_interval_seconds", "minilm_dir",
            "embeddings", "tls", "log_level", "store",
        ])
        if let listen = try map.map("listen") {
            try listen.only(["host", "port"])
            if let host = try listen.string("host") { configuration.host = host }
            if let port = try listen.int("port") { configuration.port = port }
        }
        if let tls = try map.map("tls") {
            try tls.only(["certificate_file", "private_key_file"])
            configuration.tlsCertificateFile = try tls.string("certificate_file")
            configuration.tlsPrivateKeyFile = try tls.string("private_key_file")
        }
        if let value = try map.string("data_dir") { configuration.dataDirectory = value }
        if let value = try map.string("store") { configuration.store = value }
        if let value = try map.string("master_key_file") { configuration.masterKeyFile = value }
        if let value = try map.string("admin_key_file") { configuration.adminKeyFile = value }
        if let value = try map.string("policies_dir") { configuration.policiesDirectory = value }
        if let value = try map.string("default_policy") { configuration.defaultPolicy = value }
        if let value = try map.string("minilm_dir") { configuration.minilmDirectory = value }
        if let embeddings = try map.map("embeddings") {
            try embeddings.only(["base_url", "model", "dimension", "api_key_env", "timeout_seconds"])
            guard let baseURL = try embeddings.string("base_url") else {
                throw ConfigurationError.missing("embeddings.base_url")
            }
            guard let model = try embeddings.string("model") else {
                throw ConfigurationError.missing("embeddings.model")
            }
            guard let dimension = try embeddings.int("dimension"), dimension > 0 else {
                throw ConfigurationError.missing("embeddings.dimension")
            }
            var remote = RemoteEmbedding(baseURL: baseURL, model: model, dimension: dimension)
            remote.apiKeyEnvironment = try embeddings.string("api_key_env")
            if let value = try embeddings.double("timeout_seconds") {
                remote.timeout = try seconds(value, key: "embeddings.timeout_seconds")
            }
            configuration.remoteEmbedding = remote
        }
        if let value = try map.string("log_level") {
            guard let level = Logger.Level(rawValue: value) else { throw ConfigurationError.invalid("log_level") }
            configuration.logLevel = level
        }
        if let limits = try map.map("limits") {
            try limits.only(["body_bytes", "drain_timeout_seconds"])
            if let value = try limits.int("body_bytes") { configuration.bodyLimit = value }
            if let value = try limits.double("drain_timeout_seconds") {
                configuration.drainTimeout = try seconds(value, key: "limits.drain_timeout_seconds")
            }
        }
        if let value = try map.string("balancing") {
            configuration.balancing = try balancing(value, key: "balancing")
        }
        if let retries = try map.int("retries") { configuration.maxAttempts = retries + 1 }
        if let value = try map.double("health_check_interval_seconds") {
            configuration.healthCheckInterval =
                value == 0 ? nil : try seconds(value, key: "health_check_interval_seconds")
        }
        if let timeouts = try map.map("timeouts") {
            try timeouts.only(["connect_seconds", "first_byte_seconds", "idle_seconds", "total_seconds"])
            if let value = try timeouts.double("connect_seconds") {
                configuration.timeouts.connect = try seconds(value, key: "timeouts.connect_seconds")
            }
            if let value = try timeouts.double("first_byte_seconds") {
                configuration.timeouts.firstByte = try seconds(value, key: "timeouts.first_byte_seconds")
            }
            if let value = try timeouts.double("idle_seconds") {
                configuration.timeouts.idleBetweenChunks = try seconds(value, key: "timeouts.idle_seconds")
            }
            if let value = try timeouts.double("total_seconds") {
                configuration.timeouts.total = try seconds(value, key: "timeouts.total_seconds")
            }
        }
        if let list = try map.list("upstreams") {
            configuration.upstreams = try list.enumerated().map { index, item in
                let key = "upstreams[\(index)]"
                let entry = try ConfigMap(item, path: key)
                try entry.only([
                    "name", "base_url", "api_key_env", "api_key_file", "weight", "max_concurrency", "models",
                ])
                guard let baseURL = try entry.string("base_url") else {
                    throw ConfigurationError.missing(key + ".base_url")
                }
                var upstream = Upstream(name: try entry.string("name") ?? "upstream-\(index + 1)", baseURL: baseURL)
                upstream.apiKeyEnvironment = try entry.string("api_key_env")
                upstream.apiKeyFile = try entry.string("api_key_file")
                if let value = try entry.int("weight") { upstream.weight = value }
                if let value = try entry.int("max_concurrency") { upstream.maxConcurrency = value }
                if let models = try entry.list("models") {
                    upstream.models = try models.enumerated().map { position, model in
                        guard let name = model as? String else {
                            throw ConfigurationError.invalid(key + ".models[\(position)]")
                        }
                        return name
                    }
                }
                return upstream
            }
        }
        return configuration
    }

    /// Applies `VEIL_*` environment overrides.
    ///
    /// `VEIL_LISTEN` (`host:port` or `:port`), `VEIL_DATA_DIR`, `VEIL_STORE_URL`, `VEIL_MASTER_KEY_FILE`, `VEIL_ADMIN_KEY_FILE`,
    /// `VEIL_POLICIES_DIR`, `VEIL_DEFAULT_POLICY`, `VEIL_BODY_LIMIT`, `VEIL_DRAIN_TIMEOUT` (seconds),
    /// `VEIL_BALANCING`, `VEIL_LOG_LEVEL`, `VEIL_MINILM_DIR`, and `VEIL_UPSTREAMS` (comma-separated base URLs,
    /// replacing the configured upstreams; the quickest way to run against one model server).
    ///
    /// - Parameter environment: The process environment.
    /// - Throws: ``ConfigurationError`` naming the variable.
    public mutating func apply(environment: [String: String]) throws {
        if let value = environment["VEIL_LISTEN"], !value.isEmpty { try self.setListen(value, key: "VEIL_LISTEN") }
        if let value = environment["VEIL_TLS_CERTIFICATE_FILE"], !value.isEmpty { self.tlsCertificateFile = value }
        if let value = environment["VEIL_TLS_PRIVATE_KEY_FILE"], !value.isEmpty { self.tlsPrivateKeyFile = value }
        if let value = environment["VEIL_DATA_DIR"], !value.isEmpty { self.dataDirectory = value }
        if let value = environment["VEIL_STORE_URL"], !value.isEmpty { self.store = value }
        if let value = environment["VEIL_MASTER_KEY_FILE"], !value.isEmpty { self.masterKeyFile = value }
        if let value = environment["VEIL_ADMIN_KEY_FILE"], !value.isEmpty { self.adminKeyFile = value }
        if let value = environment["VEIL_POLICIES_DIR"], !value.isEmpty { self.policiesDirectory = value }
        if let value = environment["VEIL_DEFAULT_POLICY"], !value.isEmpty { self.defaultPolicy = value }
        if let value = environment["VEIL_MINILM_DIR"], !value.isEmpty { self.minilmDirectory = value }
        if let value = environment["VEIL_BODY_LIMIT"], !value.isEmpty {
            guard let limit = Int(value) else { throw ConfigurationError.invalid("VEIL_BODY_LIMIT") }
            self.bodyLimit = limit
        }
        if let value = environment["VEIL_DRAIN_TIMEOUT"], !value.isEmpty {
            guard let seconds = Double(value) else { throw ConfigurationError.invalid("VEIL_DRAIN_TIMEOUT") }
            self.drainTimeout = try Self.seconds(seconds, key: "VEIL_DRAIN_TIMEOUT")
        }
        if let value = environment["VEIL_BALANCING"], !value.isEmpty {
            self.balancing = try Self.balancing(value, key: "VEIL_BALANCING")
        }
        if let value = environment["VEIL_LOG_LEVEL"], !value.isEmpty {
            guard let level = Logger.Level(rawValue: value) else { throw ConfigurationError.invalid("VEIL_LOG_LEVEL") }
            self.logLevel = level
        }
        if let value = environment["VEIL_UPSTREAMS"], !value.isEmpty { self.setUpstreams(urls: value) }
    }

    /// Sets the listen address from `host:port`, `:port` or `port`.
    ///
    /// - Parameters:
    ///   - value: The address.
    ///   - key: The flag or variable it came from, for the error.
    /// - Throws: ``ConfigurationError/invalid(_:)`` naming `key`.
    public mutating func setListen(_ value: String, key: String) throws {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        let portText = parts.last.map(String.init) ?? value
        guard let port = Int(portText) else { throw ConfigurationError.invalid(key) }
        if parts.count > 1 {
            let host = parts.dropLast().joined(separator: ":")
            if !host.isEmpty { self.host = host }
        }
        self.port = port
    }

    /// Replaces the upstreams with one endpoint per comma-separated base URL, named `upstream-1`, `upstream-2`, …
    ///
    /// - Parameter urls: The base URLs.
    public mutating func setUpstreams(urls: String) {
        self.upstreams = urls.split(separator: ",").enumerated().map { index, url in
            Upstream(name: "upstream-\(index + 1)", baseURL: url.trimmingCharacters(in: .whitespaces))
        }
    }

    /// Checks every value; called once at start.
    ///
    /// - Throws: ``ConfigurationError`` naming the first bad key.
    public func validate() throws {
        guard !self.host.isEmpty else { throw ConfigurationError.invalid("listen.host") }
        guard (0...65_535).contains(self.port) else { throw ConfigurationError.invalid("listen.port") }
        guard !self.dataDirectory.isEmpty else { throw ConfigurationError.invalid("data_dir") }
        if let store = self.store {
            guard store.hasPrefix("postgresql://") || store.hasPrefix("postgres://") else {
                throw ConfigurationError.invalid("store")
            }
        }
        guard (self.tlsCertificateFile == nil) == (self.tlsPrivateKeyFile == nil) else {
            throw ConfigurationError.missing(
                self.tlsCertificateFile == nil ? "tls.certificate_file" : "tls.private_key_file")
        }
        guard self.bodyLimit >= 1024, self.bodyLimit <= 256 << 20 else {
            throw ConfigurationError.invalid("limits.body_bytes")
        }
        guard self.maxAttempts >= 1, self.maxAttempts <= 10 else { throw ConfigurationError.invalid("retries") }
        guard !self.upstreams.isEmpty else { throw ConfigurationError.missing("upstreams") }
        var names = Set<String>()
        for (index, upstream) in self.upstreams.enumerated() {
            let key = "upstreams[\(index)]"
            guard !upstream.name.isEmpty, names.insert(upstream.name).inserted else {
                throw ConfigurationError.invalid(key + ".name")
            }
            guard upstream.baseURL.hasPrefix("http://") || upstream.baseURL.hasPrefix("https://"),
                upstream.baseURL.count > 8
            else { throw ConfigurationError.invalid(key + ".base_url") }
            guard upstream.weight >= 0 else { throw ConfigurationError.invalid(key + ".weight") }
            guard upstream.maxConcurrency >= 0 else { throw ConfigurationError.invalid(key + ".max_concurrency") }
        }
    }

    /// The pool configuration, with API keys read from their variables or files.
    ///
    /// - Parameter environment: The process environment.
    /// - Returns: The configuration for `UpstreamPool`.
    /// - Throws: ``ConfigurationError`` when a key variable is unset or a key file unreadable.
    public func upstreamPoolConfiguration(environment: [String: String]) throws -> UpstreamPoolConfiguration {
        let endpoints = try self.upstreams.enumerated().map { index, upstream in
            var key: String?
            if let variable = upstream.apiKeyEnvironment {
                guard let value = environment[variable], !value.isEmpty else {
                    throw ConfigurationError.missing("upstreams[\(index)].api_key_env")
                }
                key = value
            } else if let file = upstream.apiKeyFile {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw ConfigurationError.unreadable("upstreams[\(index)].api_key_file")
                }
                key = text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return UpstreamEndpoint(
                name: upstream.name,
                baseURL: upstream.baseURL,
                apiKey: key.map(Secret.init),
                weight: upstream.weight,
                maxConcurrency: upstream.maxConcurrency,
                models: upstream.models
            )
        }
        return UpstreamPoolConfiguration(
            endpoints: endpoints,
            balancing: self.balancing,
            timeouts: self.timeouts,
            retry: UpstreamPoolConfiguration.RetryPolicy(maxAttempts: self.maxAttempts),
            healthCheckInterval: self.healthCheckInterval
        )
    }

    static func seconds(_ value: Double, key: String) throws -> Duration {
        guard value > 0, value <= 86_400 else { throw ConfigurationError.invalid(key) }
        return .milliseconds(Int64(value * 1000))
    }

    static func balancing(_ value: String, key: String) throws -> UpstreamPoolConfiguration.Balancing {
        switch value {
        case "least_outstanding", "leastOutstanding", "p2c": return .leastOutstanding
        case "weighted_round_robin", "weightedRoundRobin", "round_robin": return .weightedRoundRobin
        default: throw ConfigurationError.invalid(key)
        }
    }
}
