import Foundation
import Veil
import VeilCrypto

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
