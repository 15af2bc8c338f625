import VeilCrypto

extension Keyring {
    /// Where the 256-bit master key that wraps every tenant data key comes from.
    ///
    /// ```swift
    /// let source = Keyring.MasterKeySource.resolve(
    ///     environment: ProcessInfo.processInfo.environment, defaultFile: "/var/lib/veil/master.key")
    /// ```
    public enum MasterKeySource: Sendable, CustomStringConvertible {
        /// A key file holding the key as base64 text (or 32 raw bytes).
        ///
        /// The keyring creates it with mode 0600 on first start if it does not exist and the keyring is new; an
        /// existing keyring whose key file is missing fails with `CryptoError.masterKeyUnavailable` rather than
        /// silently starting over with a new key.
        case file(path: String)
        /// The key itself, base64-encoded, typically from `VEIL_MASTER_KEY`.
        ///
        /// Swift strings cannot be wiped, so the text stays in memory until the string is released; prefer a file
        /// (or a secrets mount) where that matters.
        case base64(String)

        /// The environment variable holding a base64 master key; it wins over any file.
        public static let environmentVariable = "VEIL_MASTER_KEY"
        /// The environment variable naming a key file, used when ``environmentVariable`` is unset.
        public static let fileEnvironmentVariable = "VEIL_MASTER_KEY_FILE"

        /// Chooses the source: `VEIL_MASTER_KEY` if set and non-empty, else `VEIL_MASTER_KEY_FILE`, else
        /// `defaultFile`.
        ///
        /// - Parameters:
        ///   - environment: the process environment (injected so tests need not change the real one).
        ///   - defaultFile: the key file to use when neither variable is set, usually inside the data directory's
        ///     parent or `/etc/veil`.
        /// - Returns: the source to pass to ``Keyring/init(directory:masterKey:encryptionLimit:reservationBlock:logger:)``.
        public static func resolve(environment: [String: String], defaultFile: String) -> MasterKeySource {
            if let text = environment[environmentVariable], !text.isEmpty { return .base64(text) }
            if let path = environment[fileEnvironmentVariable], !path.isEmpty { return .file(path: path) }
            return .file(path: defaultFile)
        }

        /// Names the source without the key: the file path, or "base64 value".
        public var description: String {
            switch self {
            case .file(let path): "file \(path)"
            case .base64: "base64 value"
            }
        }

        /// Loads the key, creating the key file when `create` is true and the file does not exist.
        package func load(createIfMissing create: Bool) throws -> (key: SecretKey, created: Bool, looseMode: Bool) {
            switch self {
            case .base64(let text):
                return (try MasterKeyFile.decode(Array(text.utf8)), false, false)
            case .file(let path):
                if let loaded = try MasterKeyFile.load(path: path) {
                    return (loaded.key, false, loaded.looseMode)
                }
                guard create else { throw CryptoError.masterKeyUnavailable }
                let key = try SecretKey.random()
                try MasterKeyFile.create(path: path, key: key)
                return (key, true, false)
            }
        }
    }
}
