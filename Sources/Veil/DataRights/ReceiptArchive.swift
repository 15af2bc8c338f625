import Foundation
import VeilCrypto

/// Where erasure receipts are kept: files under `<data-dir>/receipts/` (``ReceiptArchive/init(dataDirectory:)``) or a
/// table of a shared database (`VeilPostgres`).
package protocol ReceiptStorage: Sendable {
    /// Stores `receipt` whole (a reader sees all of it or nothing).
    ///
    /// - Returns: where it went (a file path, or a description).
    func store(_ receipt: ErasureReceipt) async throws -> String
    /// The receipt with this (already validated) id, or `nil`.
    func receipt(id: String) async throws -> ErasureReceipt?
    /// Every stored receipt; ones that do not parse are skipped.
    func list() async throws -> [ErasureReceipt]
}

/// Erasure receipts: one pretty JSON file per receipt under `<data-dir>/receipts/`, or rows of a shared database.
///
/// The directory is created with mode 0700 and files with 0600. Receipts hold no personal data (ids are HMACs), so
/// they may be copied out freely, for instance to a data-protection officer.
public struct ReceiptArchive: Sendable {
    /// The receipts directory, or a description of where a shared store keeps them.
    public let directory: String
    /// Where the receipts are kept.
    package let storage: any ReceiptStorage

    /// An archive in `<dataDirectory>/receipts`.
    public init(dataDirectory: String) {
        directory = dataDirectory + "/receipts"
        storage = ReceiptDirectory(directory: directory)
    }

    /// An archive kept in `storage`; `location` is what ``directory`` says.
    package init(storage: any ReceiptStorage, location: String) {
        directory = location
        self.storage = storage
    }

    /// Stores `receipt` (atomically: a reader sees the whole receipt or none).
    ///
    /// - Returns: where it went.
    @discardableResult
    public func store(_ receipt: ErasureReceipt) async throws -> String {
        try await storage.store(receipt)
    }

    /// The receipt with this id, or `nil`.
    public func receipt(id: String) async throws -> ErasureReceipt? {
        guard Self.isValidID(id) else { return nil }
        return try await storage.receipt(id: id)
    }

    /// Every stored receipt, oldest first; receipts that do not parse are skipped.
    public func list() async throws -> [ErasureReceipt] {
        try await storage.list().sorted { ($0.started, $0.id) < ($1.started, $1.id) }
    }

    /// A fresh random receipt id: `rcpt_` and 24 hex digits.
    static func makeID() throws -> String {
        "rcpt_" + Hex.encode(try SecureRandom.bytes(12))
    }

    /// Ids are only ever `rcpt_` + hex, so a caller-supplied id cannot escape the directory.
    public static func isValidID(_ id: String) -> Bool {
        id.hasPrefix("rcpt_") && id.utf8.count <= 64
            && id.utf8.dropFirst(5).allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}

/// Receipts as files: `<directory>/<id>.json`, mode 0600, in a 0700 directory.
struct ReceiptDirectory: ReceiptStorage {
    let directory: String

    func store(_ receipt: ErasureReceipt) async throws -> String {
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

    func receipt(id: String) async throws -> ErasureReceipt? {
        guard let data = FileManager.default.contents(atPath: directory + "/" + id + ".json") else { return nil }
        return try ErasureReceipt.decode(from: [UInt8](data))
    }

    func list() async throws -> [ErasureReceipt] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.compactMap { name in
            FileManager.default.contents(atPath: directory + "/" + name).flatMap {
                try? ErasureReceipt.decode(from: [UInt8]($0))
            }
        }
    }
}
