import Foundation
import Testing

@testable import VeilStorage

/// The code a child process runs; enabled only in a child started by ``ChildProcess``.
@Suite struct ChildProcessEntry {
    static var role: String? { ProcessInfo.processInfo.environment[ChildProcess.roleVariable] }

    static func variable(_ name: String) throws -> String {
        try #require(ProcessInfo.processInfo.environment[name])
    }

    @Test(.enabled(if: ChildProcessEntry.role != nil))
    func childProcessEntryPoint() async throws {
        let role = try #require(Self.role)
        var configuration = EnvironmentConfiguration(path: try Self.variable("VEIL_STORAGE_CHILD_DIR"))
        configuration.initialMapSize = 1 << 20
        switch role {
        case "writer":
            try writer(configuration)
        case "crash":
            try crashInsideWrite(configuration)
        case "hold":
            try hold(configuration)
        case "compact":
            try compact(configuration)
        default:
            Issue.record("unknown child role \(role)")
        }
    }

    /// Writes `VEIL_CHILD_COUNT` records of `VEIL_CHILD_VALUE_SIZE` bytes, one transaction each, checking that each
    /// is readable right after.
    private func writer(_ configuration: EnvironmentConfiguration) throws {
        let count = try #require(Int(try Self.variable("VEIL_CHILD_COUNT")))
        let pauseMicroseconds = UInt32(ProcessInfo.processInfo.environment["VEIL_CHILD_PAUSE_US"] ?? "0") ?? 0
        let valueSize = Int(ProcessInfo.processInfo.environment["VEIL_CHILD_VALUE_SIZE"] ?? "512") ?? 512
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")
        for index in 0..<count {
            let key = bytes("child-\(String(format: "%06d", index))")
            let value = pattern(index, count: valueSize)
            try environment.write { txn in try txn.put(value, forKey: key, in: database) }
            let stored = try environment.read { txn in try txn.get(key, in: database) }
            try #require(stored == value)
            if pauseMicroseconds > 0 { usleep(pauseMicroseconds) }
        }
    }

    /// Begins one large write, signals the parent half-way, and waits inside it to be killed.
    private func crashInsideWrite(_ configuration: EnvironmentConfiguration) throws {
        let marker = try Self.variable("VEIL_CHILD_MARKER")
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")
        try environment.write { txn in
            for index in 0..<20_000 {
                try txn.put(pattern(index, count: 1024), forKey: bytes("crash-\(index)"), in: database)
            }
            _ = FileManager.default.createFile(atPath: marker, contents: Data("mid-transaction".utf8))
            while true { sleep(1) }
        }
    }

    /// Opens the environment, signals the parent, and keeps it open until killed.
    private func hold(_ configuration: EnvironmentConfiguration) throws {
        let marker = try Self.variable("VEIL_CHILD_MARKER")
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")
        _ = try environment.read { txn in try txn.count(of: database) }
        _ = FileManager.default.createFile(atPath: marker, contents: Data("open".utf8))
        while true { sleep(1) }
    }

    /// Deletes every `doomed-` record and compacts.
    private func compact(_ configuration: EnvironmentConfiguration) throws {
        let environment = try Environment(configuration: configuration)
        let database = try environment.database(named: "shared")
        try environment.write { txn in _ = try txn.deleteAll(prefix: bytes("doomed-"), in: database) }
        try environment.compact()
    }
}
