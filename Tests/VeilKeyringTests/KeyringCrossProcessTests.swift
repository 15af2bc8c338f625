import Foundation
import Testing
import VeilCrypto

@testable import VeilKeyring

/// Proves that a daemon notices a destruction committed by another *process* (the `veil erase` CLI) on its next
/// call, by re-running this test binary as the child.
@Suite("Keyring across processes")
struct KeyringCrossProcessTests {
    static let childVariable = "VEIL_KEYRING_TEST_CHILD"
    static var childJob: String? { ProcessInfo.processInfo.environment[childVariable] }

    @Test("a destruction by a child process is seen on the parent's next call")
    func destructionByChildProcess() throws {
        try destructionByChild(compactFirst: false)
    }

    @Test("a destruction by a child process after it compacted the keyring is still seen by the parent")
    func destructionAfterCompactionByChildProcess() throws {
        try destructionByChild(compactFirst: true)
    }

    private func destructionByChild(compactFirst: Bool) throws {
        guard Self.childJob == nil else { return }
        let fixture = try KeyringFixture()
        let master = try randomBase64Key()
        let daemon = try Keyring(directory: fixture.directory, masterKey: .base64(master))
        let acme = try daemon.sealingKey(tenant: "acme")
        let globex = try daemon.sealingKey(tenant: "globex")
        let sealed = try acme.seal(Array("secret".utf8), authenticating: [])
        let opened = try daemon.key(tenant: "acme", version: acme.version).open(sealed, authenticating: [])
        #expect(opened == Array("secret".utf8))

        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--testing-library", "swift-testing", "--filter", "childDestroysTenant"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.childVariable] = [fixture.directory, "acme", master, compactFirst ? "compact" : "destroy"]
            .joined(separator: "\n")
        child.environment = environment
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        child.waitUntilExit()
        #expect(child.terminationStatus == 0)

        // A destruction written to the current file is seen on the very next call; one written after another process
        // swapped in a compacted file is seen once this process notices the swap (rechecked every 50 ms).
        var seen = false
        for _ in 0..<100 {
            do {
                _ = try daemon.key(tenant: "acme", version: acme.version)
            } catch let error as CryptoError {
                #expect(error == .keyDestroyed)
                seen = true
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(seen)
        #expect(try daemon.key(tenant: "globex", version: globex.version).secretKey == globex.secretKey)
        #expect(try daemon.tenants() == ["globex"])
    }

    @Test(
        "child role: destroys a tenant (runs only when spawned by the test above)",
        .enabled(if: childJob != nil))
    func childDestroysTenant() throws {
        let parts = (Self.childJob ?? "").split(separator: "\n").map(String.init)
        try #require(parts.count == 4)
        let keyring = try Keyring(directory: parts[0], masterKey: .base64(parts[2]))
        if parts[3] == "compact" { try keyring.compact() }
        let destroyed = try keyring.destroy(tenant: parts[1])
        try #require(!destroyed.isEmpty)
    }
}
