import Foundation
import Logging
import Testing
import VeilCrypto
import VeilStorage

@testable import Veil

/// A Veil over a temporary data directory with a model stand-in that puts a canary into every answer.
struct DataRightsHarness {
    let directory = TemporaryDirectory()
    let veil: Veil
    let responder: CountingResponder
    /// A string that appears in the tenant's prompts and answers and nowhere else.
    let canary: String

    init() async throws {
        let canary = "quokkacanary" + String((0..<12).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement() ?? "q" })
        self.canary = canary
        responder = CountingResponder { request in "The \(canary) answer to: " + (request.messages.last?.text ?? "") }
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        veil = try await Veil(
            configuration: VeilConfiguration(
                dataDirectory: directory.path,
                masterKey: StoreFixtures.masterKey,
                policyDirectory: directory.path + "/no-policies",
                durability: .noSync,
                logger: logger
            ),
            responder: responder
        )
    }

    /// Asks through the full pipeline as the gateway would: authenticate, then complete; waits for the store write.
    @discardableResult
    func ask(
        _ text: String, apiKey: String, subject: String? = nil, requestID: String = RequestOptions.makeRequestID(),
        settle: Bool = true
    ) async throws -> CacheStatus {
        guard let tenant = veil.authenticate(apiKey: apiKey) else { throw VeilError.unauthorized }
        let response = try await veil.complete(
            TestFixtures.request([("user", text)]),
            tenant: tenant,
            options: RequestOptions(subject: subject, requestID: requestID)
        )
        _ = try await response.completion()
        for _ in 0..<400 where settle && !veil.cache.flightsIdle { try await Task.sleep(for: .milliseconds(5)) }
        return response.info.cacheStatus
    }

    /// Raw sealed values (and keys) of `tenant` in every table of the data file, read past the store API.
    func rawRecords(of tenant: String) throws -> [[UInt8]] {
        let environment = try Environment(configuration: EnvironmentConfiguration(path: directory.path + "/data"))
        var values: [[UInt8]] = []
        for table in StoreTable.all {
            let database = try environment.database(named: table.name)
            try environment.read { txn in
                try txn.scan(in: database, prefix: Array(tenant.utf8) + [0]) { _, value in
                    values.append([UInt8](value))
                    return true
                }
            }
        }
        return values
    }

    /// The wrapped data key bytes of `tenant` (nonce ‖ ciphertext ‖ tag of its first version) in the keyring file.
    func wrappedKey(of tenant: String) throws -> [UInt8] {
        let environment = try Environment(configuration: EnvironmentConfiguration(path: directory.path + "/keyring"))
        let database = try environment.database(named: "tenants")
        let record = try #require(try environment.read { try $0.get(Array(tenant.utf8), in: database) })
        // format (1) ‖ current (4) ‖ reserved (8) ‖ count (4) ‖ version (4) ‖ length (2) ‖ wrapped key
        return Array(record[23...])
    }
}

/// Byte-level search of every file under a directory.
enum DiskScan {
    /// Paths of regular files under `root`, recursively.
    static func files(under root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(path)
            }
        }
        return result
    }

    /// How many of `needles` occur in any file under `root`.
    static func occurrences(of needles: [[UInt8]], under root: String) -> Int {
        let contents = files(under: root).compactMap { FileManager.default.contents(atPath: $0) }
        return needles.filter { needle in
            let pattern = Data(needle)
            return contents.contains { $0.range(of: pattern) != nil }
        }.count
    }
}
