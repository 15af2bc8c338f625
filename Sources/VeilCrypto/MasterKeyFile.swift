import CLibCrypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Master key file handling in plain POSIX: create with mode 0600, read, decode, and destroy.
///
/// The file holds the key as one line of base64 (44 characters), so an operator can move it into
/// `VEIL_MASTER_KEY` unchanged; 32 raw bytes are accepted too. Buffers that held key material are wiped.
package enum MasterKeyFile {
    /// Reads and decodes the key at `path`; `nil` when the file does not exist.
    ///
    /// `looseMode` reports group or other permission bits, which the keyring logs as a warning (secret mounts are
    /// often 0644 inside a container that only the service can enter, so it is not refused).
    package static func load(path: String) throws -> (key: SecretKey, looseMode: Bool)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw CryptoError.masterKeyUnavailable
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size <= 256 else {
            throw CryptoError.masterKeyUnavailable
        }
        var buffer = [UInt8](repeating: 0, count: 257)
        defer { wipe(&buffer) }
        var total = 0
        while total < buffer.count {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(fd, base + total, raw.count - total)
            }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw CryptoError.masterKeyUnavailable }
            if n == 0 { break }
            total += n
        }
        let key = try decode(Array(buffer[0..<total]))
        return (key, (st.st_mode & 0o077) != 0)
    }

    /// Creates `path` with mode 0600 holding `key` in base64, failing if anything exists there already.
    ///
    /// `O_EXCL` also refuses a symlink planted at the path. The file and its directory are fsynced, so a key that
    /// wrapped data keys is never lost to a crash.
    package static func create(path: String, key: SecretKey) throws {
        var text = encode(key)
        defer { wipe(&text) }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CryptoError.masterKeyUnavailable }
        var ok = fchmod(fd, 0o600) == 0
        var written = 0
        while ok, written < text.count {
            let n = text.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return write(fd, base + written, raw.count - written)
            }
            if n < 0, errno == EINTR { continue }
            ok = n > 0
            written += max(n, 0)
        }
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok else {
            unlink(path)
            throw CryptoError.masterKeyUnavailable
        }
        syncDirectory(of: path)
    }

    /// Overwrites the key file's bytes with zeros, fsyncs, and unlinks it.
    ///
    /// On copy-on-write or journaling file systems and on SSDs the old blocks may survive the overwrite; the
    /// documentation says so. What this does guarantee is that the key is no longer reachable through the file system.
    package static func destroy(path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ENOENT { return }
            throw CryptoError.masterKeyUnavailable
        }
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0 {
            let zeros = [UInt8](repeating: 0, count: Int(st.st_size))
            _ = zeros.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            _ = fsync(fd)
        }
        close(fd)
        guard unlink(path) == 0 else { throw CryptoError.masterKeyUnavailable }
        syncDirectory(of: path)
    }

    /// Renames `staging` over `path`, then overwrites the replaced file's bytes with zeros.
    ///
    /// The old file is opened before the rename, so its bytes can be wiped after it is no longer reachable by
    /// name; readers see the old key or the new one at every instant, never a missing file.
    package static func replace(_ path: String, with staging: String) throws {
        let old = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        defer { if old >= 0 { close(old) } }
        guard rename(staging, path) == 0 else { throw CryptoError.masterKeyUnavailable }
        if old >= 0 {
            var st = stat()
            if fstat(old, &st) == 0, st.st_size > 0 {
                let zeros = [UInt8](repeating: 0, count: Int(st.st_size))
                _ = zeros.withUnsafeBytes { pwrite(old, $0.baseAddress, $0.count, 0) }
                _ = fsync(old)
            }
        }
        syncDirectory(of: path)
    }

    /// Decodes base64 text (surrounding whitespace allowed) or 32 raw bytes into a 32-byte key.
    package static func decode(_ input: [UInt8]) throws -> SecretKey {
        if input.count == AES256GCM.keyByteCount, !input.allSatisfy(isBase64OrSpace) {
            return try SecretKey(bytes: input)
        }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0a || $0 == 0x0d || $0 == 0x09 }
        guard let first = input.firstIndex(where: { !isSpace($0) }),
            let last = input.lastIndex(where: { !isSpace($0) })
        else { throw CryptoError.masterKeyUnavailable }
        var text = Array(input[first...last])
        defer { wipe(&text) }
        guard text.count == 44, text.allSatisfy(isBase64OrSpace) else { throw CryptoError.masterKeyUnavailable }
        let padding = text.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        var decoded = [UInt8](repeating: 0, count: 36)
        defer { wipe(&decoded) }
        let length = decoded.withUnsafeMutableBufferPointer { out in
            text.withUnsafeBufferPointer { EVP_DecodeBlock(out.baseAddress, $0.baseAddress, Int32($0.count)) }
        }
        guard length - Int32(padding) == Int32(AES256GCM.keyByteCount) else {
            ERR_clear_error()
            throw CryptoError.masterKeyUnavailable
        }
        return try SecretKey(byteCount: AES256GCM.keyByteCount) { key in
            decoded.withUnsafeBytes { key.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[0..<32])) }
        }
    }

    /// The key as base64 text with a trailing newline.
    static func encode(_ key: SecretKey) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 45)
        let length = key.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer {
                EVP_EncodeBlock($0.baseAddress, raw.baseAddress?.assumingMemoryBound(to: UInt8.self), Int32(raw.count))
            }
        }
        out[Int(length)] = 0x0a
        return Array(out[0...Int(length)])
    }

    /// The key as a base64 string, for an operator to place in `VEIL_MASTER_KEY`.
    static func base64String(_ key: SecretKey) -> String {
        var bytes = encode(key)
        defer { wipe(&bytes) }
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }

    private static func isBase64OrSpace(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="),
            0x20, 0x0a, 0x0d, 0x09:
            true
        default:
            false
        }
    }

    static func wipe(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { if let base = $0.baseAddress { OPENSSL_cleanse(base, $0.count) } }
    }

    private static func syncDirectory(of path: String) {
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let fd = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
