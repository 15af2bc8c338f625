import CLibCrypto

/// An error from VeilCrypto: a failed authentication, an unusable key, a destroyed key, or an OpenSSL failure.
///
/// The shape follows AsyncHTTPClient's `HTTPClientError`: a struct over a private code enum, so cases can be added
/// without breaking callers, and ``description`` is a short fixed string that is safe to log and to use as a metric
/// label. It never carries key bytes, plaintext, tenant ids or any other payload.
public struct CryptoError: Error, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case authenticationFailure
        case invalidKey
        case invalidInput
        case keyDestroyed
        case keyNotFound
        case masterKeyUnavailable
        case masterKeyMismatch
        case randomFailure
        case corruptKeyring
        case contention
        case notAKeyring
        case openssl(UInt)
    }

    private let code: Code

    private init(code: Code) {
        self.code = code
    }

    /// Sealed data did not authenticate: wrong key, wrong associated data, or bytes altered.
    ///
    /// Deliberately one case for all three, so a caller (or an attacker watching responses) cannot tell them apart.
    public static let authenticationFailure = CryptoError(code: .authenticationFailure)

    /// A key has the wrong length for the algorithm, or is empty.
    public static let invalidKey = CryptoError(code: .invalidKey)

    /// An argument is malformed: a nonce of the wrong length, sealed bytes too short, an input too long.
    public static let invalidInput = CryptoError(code: .invalidInput)

    /// The requested tenant key version was destroyed (crypto-shredded); data sealed under it is unrecoverable.
    public static let keyDestroyed = CryptoError(code: .keyDestroyed)

    /// The keyring holds no such tenant key version.
    public static let keyNotFound = CryptoError(code: .keyNotFound)

    /// The master key could not be read: missing file, unreadable file, bad base64 or wrong length.
    public static let masterKeyUnavailable = CryptoError(code: .masterKeyUnavailable)

    /// The master key is well formed but is not the one this keyring was wrapped under.
    public static let masterKeyMismatch = CryptoError(code: .masterKeyMismatch)

    /// The operating system's random generator failed; nothing may be sealed with a nonce from it.
    public static let randomFailure = CryptoError(code: .randomFailure)

    /// A keyring record does not parse; the keyring file was altered or written by an incompatible version.
    public static let corruptKeyring = CryptoError(code: .corruptKeyring)

    /// Other processes kept changing a tenant's keys while this one tried to take a sealing key; retry later.
    public static let contention = CryptoError(code: .contention)

    /// The keyring directory holds an LMDB environment that is not a keyring (for example the data directory).
    ///
    /// Keys must never share a file with data, so the keyring refuses to add its databases to it.
    public static let notAKeyring = CryptoError(code: .notAKeyring)

    /// An OpenSSL call failed with the given packed error code (`ERR_get_error`).
    ///
    /// - Parameter errorCode: the value from `ERR_get_error()`, kept numeric so the description stays bounded.
    public static func openssl(_ errorCode: UInt) -> CryptoError {
        CryptoError(code: .openssl(errorCode))
    }

    /// The error left by the last failed OpenSSL call; the queue is emptied so it cannot leak into a later check.
    static func lastOpenSSLError() -> CryptoError {
        let packed = ERR_get_error()
        ERR_clear_error()
        return .openssl(packed)
    }

    /// A short fixed text, safe for logs and metric labels (no payloads, at most a numeric OpenSSL code).
    public var description: String {
        switch code {
        case .authenticationFailure: "authentication failure"
        case .invalidKey: "invalid key"
        case .invalidInput: "invalid input"
        case .keyDestroyed: "key destroyed"
        case .keyNotFound: "key not found"
        case .masterKeyUnavailable: "master key unavailable"
        case .masterKeyMismatch: "master key does not match the keyring"
        case .randomFailure: "random generator failure"
        case .corruptKeyring: "corrupt keyring record"
        case .contention: "keyring contention"
        case .notAKeyring: "directory is not a keyring environment"
        case .openssl(let packed): "OpenSSL error 0x\(String(packed, radix: 16))"
        }
    }
}
