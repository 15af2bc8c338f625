import Foundation
import Testing

@testable import Veil

@Suite("Policies")
struct PolicyTests {
    @Test("a full policy parses into the right values")
    func fullPolicyParses() throws {
        let policy = try PolicyLoader.parse(
            """
            name: support
            retention_days: 7
            allowed_models: ["gpt-4o*", "mock-gpt"]
            cache:
              enabled: true
              ttl_seconds: 3600
              scope: user
              max_temperature: 0.5
              semantic:
                threshold: 0.93
                verifier: strict
                precision: int8
                index: flat
            privacy:
              default_action: redact
              entities:
                EMAIL: mask
                PERSON: pseudonymize
              allow_names: [Veily]
            quotas:
              requests_per_minute: 120
            """
        )
        #expect(policy.name == "support")
        #expect(policy.retentionDays == 7)
        #expect(policy.cache.scope == .user)
        #expect(policy.cache.semantic.threshold == 0.93)
        #expect(policy.cache.semantic.precision == .int8)
        #expect(policy.cache.semantic.index == .flat)
        #expect(Policy().cache.semantic.index == .graph)
        #expect(policy.privacy.defaultAction == .redact)
        #expect(policy.privacy.actions[.email] == .mask)
        #expect(policy.quotas.requestsPerMinute == 120)
        #expect(policy.allows(model: "gpt-4o-mini"))
        #expect(!policy.allows(model: "gpt-3.5"))
    }

    @Test("an unknown key is rejected with its line and dotted path")
    func unknownKeyRejected() {
        #expect {
            try PolicyLoader.parse("cache:\n  enabled: true\n  ttl_secnds: 10\n", file: "p.yaml")
        } throws: { error in
            String(describing: error) == "p.yaml:3: key 'cache.ttl_secnds' is not a known policy key"
        }
    }

    /// Found by the policy fuzz target: a plain scalar folded over two lines is a key with a line break in it.
    @Test("a key with a line break in it is named on one line")
    func keyWithLineBreakStaysOneLine() {
        #expect {
            try PolicyLoader.parse("cache: {enabled\r\r yes, scope: user}\n", file: "p.yaml")
        } throws: { error in
            String(describing: error) == #"p.yaml:1: key 'cache.enabled\u{a}yes' is not a known policy key"#
        }
    }

    @Test("out-of-range and wrongly typed values are rejected with file, line and key")
    func badValuesRejected() {
        #expect {
            try PolicyLoader.parse("cache:\n  semantic:\n    threshold: 1.5\n", file: "x.yaml")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("x.yaml:3: key 'cache.semantic.threshold' must be between")
        }
        #expect {
            try PolicyLoader.parse("retention_days: soon\n", file: "x.yaml")
        } throws: { error in
            String(describing: error) == "x.yaml:1: key 'retention_days' must be a whole number"
        }
        #expect {
            try PolicyLoader.parse("privacy:\n  entities:\n    EMAIL: shred\n", file: "x.yaml")
        } throws: { error in
            String(describing: error).hasPrefix("x.yaml:3: key 'privacy.entities.EMAIL' must be one of pseudonymize")
        }
        #expect {
            try PolicyLoader.parse("privacy:\n  entities:\n    EMAILS: mask\n", file: "x.yaml")
        } throws: { error in
            String(describing: error) == "x.yaml:3: key 'privacy.entities.EMAILS' is not a known policy key"
        }
        #expect {
            try PolicyLoader.parse("cache: [1, 2]\n", file: "x.yaml")
        } throws: { error in
            String(describing: error) == "x.yaml:1: key 'cache' must be a mapping of keys to values"
        }
        #expect {
            try PolicyLoader.parse("cache:\n  enabled: [yes\n", file: "x.yaml")
        } throws: { error in
            String(describing: error).hasPrefix("x.yaml:")
        }
    }

    @Test("a TTL longer than the retention period is rejected")
    func ttlBeyondRetentionRejected() {
        #expect(throws: PolicyError.self) {
            try PolicyLoader.parse("retention_days: 1\ncache:\n  ttl_seconds: 172800\n")
        }
    }

    @Test("the compiled-in policies are the shipped files, byte for byte")
    func builtInPoliciesMatchTheShippedFiles() throws {
        let directory = Self.shippedDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }
        #expect(BuiltinPolicies.names == files.map { String($0.dropLast(5)) }.sorted())
        for file in files {
            let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            var trimmed = Substring(text)
            while trimmed.last == "\n" { trimmed.removeLast() }
            // On a mismatch: python3 scripts/embed-policies.py
            #expect(BuiltinPolicies.texts[String(file.dropLast(5))] == String(trimmed), "\(file)")
        }
    }

    @Test("a shipped policy loads from any directory, a file of the same name wins, an unknown name is reported")
    func builtInPoliciesResolveAfterTheDirectory() throws {
        let missing = NSTemporaryDirectory() + "veil-no-policies-" + UUID().uuidString
        let strict = try PolicyLoader.load(named: "strict", directory: missing)
        #expect(strict.name == "strict")
        #expect(strict.retentionDays == 7)
        #expect(try PolicyLoader.load(named: "default", directory: missing).name == "default")

        let directory = NSTemporaryDirectory() + "veil-policies-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "name: strict\nretention_days: 3\n".write(
            toFile: directory + "/strict.yaml", atomically: true, encoding: .utf8)
        #expect(try PolicyLoader.load(named: "strict", directory: directory).retentionDays == 3)

        let error = #expect(throws: PolicyError.self) { try PolicyLoader.load(named: "nope", directory: missing) }
        #expect(error?.isUnknownPolicy == true)
        let broken = #expect(throws: PolicyError.self) { try PolicyLoader.parse("cache: [", file: "x.yaml") }
        #expect(broken?.isUnknownPolicy == false)
    }

    @Test("every shipped policy file parses")
    func shippedPoliciesParse() throws {
        let directory = Self.shippedDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files).isSuperset(of: ["default.yaml", "strict.yaml", "healthcare.yaml"]))
        for file in files {
            let policy = try PolicyLoader.load(named: String(file.dropLast(5)), directory: directory)
            #expect(policy.name == String(file.dropLast(5)))
        }
    }

    private static var shippedDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("policies").path
    }
}
