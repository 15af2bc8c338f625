import Foundation
import VeilCrypto

/// Erasure receipts on disk: one pretty JSON file per receipt under `<data-dir>/receipts/`.
///
/// The directory is created with mode 0700 and files with 0600. Receipts hold no personal data (ids are HMACs), so
/// they may be copied out freely, for instance to a data-protection officer.
public struct ReceiptArchive: Sendable {
    /// The receipts directory.
    public let directory: String

    /// An archive in `<dataDirectory>/receipts`.
    public init(dataDirectory: String) {
        directory = dataDirectory + "/receipts"
    }

    /// Writes `receipt` to `<directory>/<id>.json` (atomically: a reader sees the whole file or none).
    ///
    /// - Returns: the file path.
    @discardableResult
    public func store(_ receipt: ErasureReceipt) throws -> String {
        try FileManager.default.createDirectory(
            atPath: directory,
            withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700]
        )
        let path = directory + "/" + receipt.id + ".json"
        try Data(try receipt.encoded()).write(to: URL(fileURLWithPath: path), options: [.atomic])
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return path
    }

    /// The receipt with this id, or `nil`.
    public func receipt(id: String) throws -> ErasureReceipt? {
        guard Self.isValidID(id) else { return nil }
        guard let data = FileManager.default.contents(atPath: directory + "/" + id + ".json") else { return nil }
        return try ErasureReceipt.decode(from: [UInt8](data))
    }

    /// Every stored receipt, oldest first; files that do not parse are skipped.
    public func list() throws -> [ErasureReceipt] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return
            names
            .filter { $0.hasSuffix(".json") }
            .compactMap { name in
                FileManager.default.contents(atPath: directory + "/" + name).flatMap {
                    try? ErasureReceipt.decode(from: [UInt8]($0))
                }
            }
            .sorted { ($0.started, $0.id) < ($1.started, $1.id) }
    }

    /// A fresh random receipt id: `rcpt_` and 24 hex digits.
    static func makeID() throws -> String {
        "rcpt_" + Hex.encode(try SecureRandom.bytes(12))
    }

    /// Ids are only ever `rcpt_` + hex, so a caller-supplied id cannot escape the directory.
    static func isValidID(_ id: String) -> Bool {
        id.hasPrefix("rcpt_") && id.utf8.count <= 64
            && id.utf8.dropFirst(5).allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
