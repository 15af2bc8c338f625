import Foundation
import Logging
import PostgresNIO
import Testing
import Veil
import VeilCrypto
import VeilKeyring

@testable import VeilPostgres

/// A database of its own per test, on the server `VEIL_TEST_POSTGRES_URL` names (`scripts/pg-test-server.sh start`;
/// the role needs CREATEDB). Tests that need one are skipped when the variable is unset.
struct TestDatabase {
    static let baseURL = ProcessInfo.processInfo.environment["VEIL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var available: Bool { baseURL != nil }
    static let masterKey = Keyring.MasterKeySource.base64(Data((0..<32).map { UInt8($0) }).base64EncodedString())

    let name: String
    /// The URL of this test's database, with the base URL's parameters.
    let url: String

    /// Creates a fresh database.
    static func make() async throws -> TestDatabase {
        let base = try #require(baseURL)
        let name = "veil_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await admin("CREATE DATABASE \(name)")
        return TestDatabase(name: String(name), url: Self.url(base, database: String(name)))
    }

    /// `base` with its database replaced.
    static func url(_ base: String, database: String) -> String {
        var components = URLComponents(string: base)!
        components.path = "/" + database
        return components.string!
    }

    /// Drops the database (ending its sessions first).
    func drop() async {
        try? await Self.admin("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs statements (separated by `;` and a line break) on the base database.
    static func admin(_ sql: String) async throws {
        try await run(try #require(baseURL), sql)
    }

    /// Runs statements on this test's database.
    func sql(_ sql: String) async throws {
        try await Self.run(url, sql)
    }

    /// The rows of a query on this test's database, each column as text.
    func rows(_ sql: String) async throws -> [[String?]] {
        let configuration = try PostgresStoreConfiguration(url: url)
        let client = PostgresClient(configuration: configuration.client)
        return try await withThrowingTaskGroup(of: [[String?]]?.self) { group in
            group.addTask {
                await client.run()
                return nil
            }
            defer { group.cancelAll() }
            var result: [[String?]] = []
            for try await row in try await client.query(PostgresQuery(unsafeSQL: sql)) {
                result.append(row.map { cell in cell.bytes.map { String(buffer: $0) } })
            }
            return result
        }
    }

    private static func run(_ url: String, _ sql: String) async throws {
        let configuration = try PostgresStoreConfiguration(url: url)
        let client = PostgresClient(configuration: configuration.client)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            // The extended protocol takes one statement per query: a script runs statement by statement.
            for statement in sql.split(separator: ";\n") where !statement.allSatisfy(\.isWhitespace) {
                try await client.query(PostgresQuery(unsafeSQL: String(statement)))
            }
        }
    }

    /// Opens a store (a host) on this database.
    func open(
        parameters: String = "", masterKey: Keyring.MasterKeySource = TestDatabase.masterKey
    ) async throws -> PostgresStore {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return try await PostgresStore.open(url: url + parameters, masterKey: masterKey, logger: logger)
    }
}

/// Polls `condition` every 10 ms for up to `limit`; returns how long it took, or `nil` if it never held.
func eventually(within limit: Duration = .seconds(1), _ condition: () throws -> Bool) async rethrows -> Duration? {
    let start = ContinuousClock.now
    while ContinuousClock.now - start <= limit {
        if try condition() { return ContinuousClock.now - start }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return nil
}

/// Runs `body` again (every 20 ms, for up to 2 s) while it throws ``StoreError/unavailable``.
func whileUnavailable<T>(_ body: () async throws -> T) async throws -> T {
    let start = ContinuousClock.now
    while true {
        do {
            return try await body()
        } catch let error as StoreError where error == .unavailable && ContinuousClock.now - start < .seconds(2) {
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}

/// Runs `body` again (every 20 ms, for up to 2 s) while it throws ``StoreError/unavailable``.
func whileUnavailableSync<T>(_ body: () throws -> T) throws -> T {
    let start = ContinuousClock.now
    while true {
        do {
            return try body()
        } catch let error as StoreError where error == .unavailable && ContinuousClock.now - start < .seconds(2) {
            Thread.sleep(forTimeInterval: 0.02)
        }
    }
}
