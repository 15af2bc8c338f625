import Foundation
import VeilCrypto

/// Where erasure receipts are kept: files under `<data-dir>/receipts/` (`ReceiptArchive(dataDirectory:)`, in
/// VeilDataRights) or a table of a shared database (`VeilPostgres`).
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

/// Receipts as files: `<directory>/<id>.json`, mode 0600, in a 0700 directory.
package struct ReceiptDirectory: ReceiptStorage {
    package let directory: String

    package init(directory: String) {
        self.directory = directory
    }

    package func store(_ receipt: ErasureReceipt) async throws -> String {
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

    package func receipt(id: String) async throws -> ErasureReceipt? {
        guard let data = FileManager.default.contents(atPath: directory + "/" + id + ".json") else { return nil }
        return try ErasureReceipt.decode(from: [UInt8](data))
    }

    package func list() async throws -> [ErasureReceipt] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.compactMap { name in
            FileManager.default.contents(atPath: directory + "/" + name).flatMap {
                try? ErasureReceipt.decode(from: [UInt8]($0))
            }
        }
    }
}
