import Logging
import VeilCrypto
import VeilStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The keyring's LMDB environment and its three databases.
///
/// - `tenants`: tenant id → ``TenantRecord`` (wrapped data keys and the encryption counter).
/// - `tombstones`: SHA-256 of the tenant id → highest destroyed version.
/// - `meta`: `check` → a value sealed under the master key, to recognize a wrong master key at once.
///
/// Opened with full durability (`fsync` on every commit): keyring writes are rare, and a lost commit could lose a
/// data key that already sealed data.
final class KeyringStore: Sendable {
    static let checkKey = Array("check".utf8)

    let environment: Environment
    let tenants: Database
    let tombstones: Database
    let meta: Database
    private let monitor: EnvironmentChangeMonitor

    /// A file marking a directory as a keyring environment.
    ///
    /// Keys must never share a file with data: an LMDB environment found without it (a data directory passed by
    /// mistake) is refused rather than filled with keys.
    static let markerName = "veil-keyring"

    init(directory: String, logger: Logger) throws {
        let marker = directory + "/" + Self.markerName
        if access(directory + "/data.mdb", F_OK) == 0, access(marker, F_OK) != 0 {
            throw CryptoError.notAKeyring
        }
        var configuration = EnvironmentConfiguration(path: directory)
        configuration.durability = .sync
        configuration.initialMapSize = 1 << 20
        configuration.maxDatabases = 8
        environment = try Environment(configuration: configuration, logger: logger)
        tenants = try environment.database(named: "tenants")
        tombstones = try environment.database(named: "tombstones")
        meta = try environment.database(named: "meta")
        monitor = try EnvironmentChangeMonitor(environment: environment)
        if access(marker, F_OK) != 0 {
            let fd = open(marker, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw CryptoError.notAKeyring }
            let text = Array("Veil keyring environment: wrapped keys only, never data.\n".utf8)
            _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
    }

    /// Changes whenever any process commits to the keyring; the cache's validity test.
    func stamp() -> EnvironmentChangeMonitor.Stamp {
        monitor.stamp()
    }
}
