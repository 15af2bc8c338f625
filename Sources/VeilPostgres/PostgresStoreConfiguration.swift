import Foundation
import NIOSSL
import PostgresNIO
import Veil

/// How a ``PostgresStore`` connects and keeps its copy current, read from the store URL:
/// `postgresql://user:password@host:5432/database?sslmode=require&pool_size=8`.
///
/// Query parameters (all optional):
///
/// | parameter | default | what |
/// |---|---|---|
/// | `sslmode` | `prefer` | `disable`, `allow`/`prefer` (TLS when the server offers it, unverified), `require` (TLS, unverified unless `sslrootcert`), `verify-ca`, `verify-full` — libpq's meanings |
/// | `sslrootcert` | system CAs | PEM file of the CA that signed the server's certificate |
/// | `application_name` | `veil` | this host's name in `pg_stat_activity`; the listener connection is `<name>-listen` |
/// | `pool_size` | 8 | most pooled connections |
/// | `connect_timeout` | 2 | seconds to establish a connection |
/// | `statement_timeout_ms` | 5000 | longest any operation may take (client side, and the server's `statement_timeout`) |
/// | `sync_interval_ms` | 200 | the catch-up scan's period (changes arrive sooner by `LISTEN/NOTIFY`) |
/// | `staleness_ms` | 1000 | longest this host serves cached data without a successful sync |
/// | `offline_auth_seconds` | 30 | how long authentication keeps working from this host's copy while the database is unreachable |
/// | `change_retention_seconds` | 600 | how long the change log is kept; a host away longer reloads everything |
/// | `listen` | `on` | `off` relies on the catch-up scan alone (tests) |
/// | `vacuum` | `plain` | `full` rewrites the tables after an erasure (exclusive lock; see docs/DATA-RIGHTS.md) |
package struct PostgresStoreConfiguration: Sendable {
    /// Which tenants a host keeps a copy of.
    package enum Mirror: Sendable, Hashable {
        /// Every tenant (`veil serve`).
        case all
        /// Only these (command-line tools acting on one tenant).
        case tenants(Set<TenantID>)
    }

    /// Connection settings for postgres-nio.
    package var client: PostgresClient.Configuration
    /// This host's name in `pg_stat_activity`.
    package var applicationName = "veil"
    /// Longest any single operation may take.
    package var statementTimeout: Duration = .seconds(5)
    /// Period of the catch-up scan.
    package var syncInterval: Duration = .milliseconds(200)
    /// Longest the host serves cached data after its last successful sync.
    package var stalenessBound: Duration = .seconds(1)
    /// Longest authentication runs from the host's copy after its last successful sync.
    package var offlineAuthGrace: Duration = .seconds(30)
    /// How long the change log keeps changes.
    package var changeRetention: Duration = .seconds(600)
    /// Whether to `LISTEN` for changes (the catch-up scan runs either way).
    package var listen = true
    /// Whether erasure ends with `VACUUM FULL` instead of `VACUUM`.
    package var vacuumFull = false
    /// Which tenants this host copies.
    package var mirror: Mirror = .all
    /// The TLS choice, kept to configure the listener connection the same way.
    private var tlsChoice: TLSChoice

    private enum TLSChoice: Sendable {
        case disable
        case prefer(TLSConfiguration)
        case require(TLSConfiguration)
    }

    /// Parses a store URL.
    ///
    /// - Parameter url: `postgresql://` or `postgres://`, user, optional password, host, optional port, database.
    /// - Throws: ``PostgresStoreError/invalidURL(_:)`` naming the part (never echoing the password).
    package init(url: String) throws {
        guard url.hasPrefix("postgresql://") || url.hasPrefix("postgres://"),
            let components = URLComponents(string: url)
        else { throw PostgresStoreError.invalidURL("scheme (postgresql://…)") }
        guard let host = components.host, !host.isEmpty else { throw PostgresStoreError.invalidURL("host") }
        guard let user = components.user, !user.isEmpty else { throw PostgresStoreError.invalidURL("user") }
        let port = components.port ?? 5432
        guard (1...65_535).contains(port) else { throw PostgresStoreError.invalidURL("port") }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !database.isEmpty, !database.contains("/") else { throw PostgresStoreError.invalidURL("database") }
        var parameters: [String: String] = [:]
        for item in components.queryItems ?? [] {
            guard parameters[item.name] == nil else { throw PostgresStoreError.invalidURL("repeated \(item.name)") }
            parameters[item.name] = item.value ?? ""
        }
        let known: Set<String> = [
            "sslmode", "sslrootcert", "application_name", "pool_size", "connect_timeout", "statement_timeout_ms",
            "sync_interval_ms", "staleness_ms", "offline_auth_seconds", "change_retention_seconds", "listen", "vacuum",
        ]
        if let unknown = parameters.keys.sorted().first(where: { !known.contains($0) }) {
            throw PostgresStoreError.invalidURL("unknown parameter \(unknown)")
        }
        tlsChoice = try Self.tls(mode: parameters["sslmode"] ?? "prefer", rootCertificate: parameters["sslrootcert"])
        let tls: PostgresClient.Configuration.TLS
        switch tlsChoice {
        case .disable: tls = .disable
        case .prefer(let configuration): tls = .prefer(configuration)
        case .require(let configuration): tls = .require(configuration)
        }
        client = PostgresClient.Configuration(
            host: host, port: port, username: user, password: components.password, database: database, tls: tls)
        if let name = parameters["application_name"] {
            guard !name.isEmpty, name.utf8.count <= 48,
                name.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "'") })
            else { throw PostgresStoreError.invalidURL("application_name") }
            applicationName = name
        }
        client.options.maximumConnections = try Self.integer(parameters, "pool_size", default: 8, in: 1...256)
        client.options.connectTimeout = .seconds(
            try Self.integer(parameters, "connect_timeout", default: 2, in: 1...600))
        statementTimeout = .milliseconds(
            try Self.integer(parameters, "statement_timeout_ms", default: 5000, in: 100...3_600_000))
        syncInterval = .milliseconds(try Self.integer(parameters, "sync_interval_ms", default: 200, in: 10...60_000))
        stalenessBound = .milliseconds(try Self.integer(parameters, "staleness_ms", default: 1000, in: 100...600_000))
        offlineAuthGrace = .seconds(try Self.integer(parameters, "offline_auth_seconds", default: 30, in: 0...86_400))
        changeRetention = .seconds(
            try Self.integer(parameters, "change_retention_seconds", default: 600, in: 10...604_800))
        switch parameters["listen"] ?? "on" {
        case "on": listen = true
        case "off": listen = false
        default: throw PostgresStoreError.invalidURL("listen (on or off)")
        }
        switch parameters["vacuum"] ?? "plain" {
        case "plain": vacuumFull = false
        case "full": vacuumFull = true
        default: throw PostgresStoreError.invalidURL("vacuum (plain or full)")
        }
        client.options.additionalStartupParameters = [
            ("application_name", applicationName),
            ("statement_timeout", "\(Self.milliseconds(statementTimeout))"),
        ]
        // Idle connections are pinged, so a dead server shows within seconds even without traffic.
        client.options.keepAliveBehavior = .init(frequency: .seconds(10))
    }

    /// The configuration of the dedicated `LISTEN` connection: the same server, another application name.
    func listenerConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch tlsChoice {
        case .disable: tls = .disable
        case .prefer(let configuration): tls = .prefer(try NIOSSLContext(configuration: configuration))
        case .require(let configuration): tls = .require(try NIOSSLContext(configuration: configuration))
        }
        var configuration = PostgresConnection.Configuration(
            host: client.host ?? "127.0.0.1",
            port: client.port ?? 5432,
            username: client.username,
            password: client.password,
            database: client.database,
            tls: tls
        )
        configuration.options.connectTimeout = .milliseconds(Self.milliseconds(client.options.connectTimeout))
        configuration.options.additionalStartupParameters = [("application_name", applicationName + "-listen")]
        return configuration
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }

    private static func integer(
        _ parameters: [String: String], _ name: String, default value: Int, in range: ClosedRange<Int>
    )
        throws -> Int
    {
        guard let text = parameters[name] else { return value }
        guard let number = Int(text), range.contains(number) else { throw PostgresStoreError.invalidURL(name) }
        return number
    }

    private static func tls(mode: String, rootCertificate: String?) throws -> TLSChoice {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let rootCertificate { configuration.trustRoots = .file(rootCertificate) }
        switch mode {
        case "disable":
            return .disable
        case "allow", "prefer":
            configuration.certificateVerification = .none
            return .prefer(configuration)
        case "require":
            // libpq: a root certificate given with `require` means "verify the CA" (as `verify-ca`).
            configuration.certificateVerification = rootCertificate == nil ? .none : .noHostnameVerification
            return .require(configuration)
        case "verify-ca":
            configuration.certificateVerification = .noHostnameVerification
            return .require(configuration)
        case "verify-full":
            configuration.certificateVerification = .fullVerification
            return .require(configuration)
        default:
            throw PostgresStoreError.invalidURL("sslmode")
        }
    }
}
