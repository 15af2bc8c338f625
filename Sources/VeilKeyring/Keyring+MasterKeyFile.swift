import Logging
import VeilCrypto
import VeilStorage
import VeilSync

extension Keyring {
    /// Creates a master key file at `path` holding a new random key, with mode 0600.
    ///
    /// - Parameter path: where to create it; nothing may exist there (a symlink is refused too).
    /// - Throws: `CryptoError.masterKeyUnavailable` when the file exists or cannot be written.
    package static func createMasterKeyFile(at path: String) throws {
        try MasterKeyFile.create(path: path, key: try SecretKey.random())
    }

    /// Overwrites a master key file with zeros, flushes it, and removes it.
    ///
    /// On SSDs and copy-on-write or journaling file systems old blocks may survive an overwrite; what is guaranteed
    /// is that the key is no longer reachable through the file system. A missing file is not an error.
    ///
    /// - Parameter path: the key file.
    /// - Throws: `CryptoError.masterKeyUnavailable` when it exists but cannot be overwritten or removed.
    package static func destroyMasterKeyFile(at path: String) throws {
        try MasterKeyFile.destroy(path: path)
    }

    /// Rotates the master key kept in the file at `path`, in place: the whole of `veil keys rotate-master`.
    ///
    /// 1. A new key is written to `path.new` (mode 0600).
    /// 2. Every tenant key is re-wrapped under it in one transaction (``rotateMaster(to:)``).
    /// 3. `path.new` is renamed over `path` (atomic: a reader sees the old or the new key, never neither), and the
    ///    old file's bytes are then overwritten with zeros through a descriptor opened before the rename.
    /// 4. The keyring is compacted, so freed pages holding keys wrapped under the old master key are gone.
    ///
    /// Running processes that read their key from `path` pick up the new key when they next need to unwrap. If a
    /// previous run crashed after step 2, the leftover `path.new` is the only key that opens the keyring: it is
    /// recognized and the rotation completed with it; a leftover that opens nothing is destroyed first.
    ///
    /// - Parameter path: the master key file this keyring uses.
    /// - Throws: `CryptoError.masterKeyUnavailable`, `CryptoError.masterKeyMismatch` or `LMDBError`.
    package func rotateMasterKeyFile(at path: String) throws {
        let staging = path + ".new"
        if let leftover = try MasterKeyFile.load(path: staging) {
            let check = try store.environment.read { try $0.get(KeyringStore.checkKey, in: store.meta) }
            if let check, Keyring.checkOpens(check, with: leftover.key) {
                master.withLock { $0 = leftover.key }
                logger.notice("completing an interrupted master key rotation")
            } else {
                try MasterKeyFile.destroy(path: staging)
            }
        }
        if try MasterKeyFile.load(path: staging) == nil {
            try rotateMaster(to: .file(path: staging))
        }
        try MasterKeyFile.replace(path, with: staging)
        source.withLock { $0 = .file(path: path) }
        try compact()
    }
}
