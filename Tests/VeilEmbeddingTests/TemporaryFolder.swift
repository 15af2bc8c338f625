import Foundation

/// A fresh folder under the system's temporary directory, removed with its last reference.
///
/// Model-loading tests write a small model folder per test; without removal every `swift test` run left hundreds
/// of them behind in `/tmp`.
final class TemporaryFolder: Sendable {
    /// The folder's path.
    let path: String

    /// Creates the folder; its name starts with `prefix` so that a leftover one says which test wrote it.
    init(prefix: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    /// Writes `data` to a file of the folder.
    func write(_ data: Data, to name: String) throws {
        try data.write(to: URL(fileURLWithPath: path).appendingPathComponent(name))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
