import Foundation
import Testing
import VeilStorage

/// `EnvironmentChangeMonitor` lives in VeilStorage but exists for the keyring's cache, so it is tested here.
@Suite("EnvironmentChangeMonitor")
struct EnvironmentChangeMonitorTests {
    @Test("the stamp changes on a commit and not on a read")
    func stampFollowsCommits() throws {
        let fixture = try KeyringFixture()
        let environment = try Environment(configuration: EnvironmentConfiguration(path: fixture.directory))
        let db = try environment.database(named: "t")
        let monitor = try EnvironmentChangeMonitor(environment: environment)
        let before = monitor.stamp()
        _ = try environment.read { try $0.get([1], in: db) }
        #expect(monitor.stamp() == before)
        try environment.write { try $0.put([2], forKey: [1], in: db) }
        let after = monitor.stamp()
        #expect(after != before)
        #expect(before < after)
    }

    @Test("after compaction the generation advances, so a restarted transaction id never repeats a stamp")
    func compactionAdvancesGeneration() throws {
        let fixture = try KeyringFixture()
        let environment = try Environment(configuration: EnvironmentConfiguration(path: fixture.directory))
        let db = try environment.database(named: "t")
        let monitor = try EnvironmentChangeMonitor(environment: environment, recheckInterval: .zero)
        for index in 0..<20 { try environment.write { try $0.put([UInt8(index)], forKey: [UInt8(index)], in: db) } }
        let before = monitor.stamp()
        try environment.compact()
        let after = monitor.stamp()
        #expect(after.generation == before.generation + 1)
        #expect(before < after)
    }
}
