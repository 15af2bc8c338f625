import Foundation
import VeilEmbedding
import VeilPII
import Yams

/// Reads tenant policies from YAML, rejecting unknown keys and out-of-range values with file, line and key named.
///
/// A typo in a policy (`ttl_secnds`) silently falling back to a default is how data ends up cached longer than a
/// tenant agreed to, so every key is checked against the schema below rather than decoded leniently.
///
/// ```swift
/// let policy = try PolicyLoader.load(named: "strict", directory: "policies")
/// ```
package enum PolicyLoader {
    /// Loads `NAME.yaml` from `directory`, else the shipped policy of that name (``BuiltinPolicies``), or the file
    /// at `name` if it is a path.
    ///
    /// A file in `directory` wins over the shipped policy of the same name, so operators can override `default`.
    ///
    /// - Throws: ``PolicyError`` naming the file, line and key.
    package static func load(named name: String, directory: String) throws -> Policy {
        let isPath = name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml")
        let path = isPath ? name : (directory as NSString).appendingPathComponent(name + ".yaml")
        if FileManager.default.fileExists(atPath: path) { return try load(file: path) }
        if !isPath, let builtIn = try BuiltinPolicies.policy(named: name) { return builtIn }
        throw PolicyError.unknownPolicy(file: path)
    }

    /// Loads one policy file; the policy's name defaults to the file name.
    package static func load(file path: String) throws -> Policy {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw PolicyError.unreadable(file: path) }
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse(text, file: path, defaultName: base)
    }

    /// Parses policy YAML.
    package static func parse(_ yaml: String, file: String = "<inline>", defaultName: String = "default") throws
        -> Policy
    {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw PolicyError.syntax(file: file, line: error.line)
        } catch {
            throw PolicyError.syntax(file: file, line: nil)
        }
        var policy = Policy(name: defaultName)
        guard let root else { return policy }
        var reader = NodeReader(file: file)
        try reader.read(root, path: "") { name, key, node, reader in
            switch name {
            case "name": policy.name = try reader.string(node, key)
            case "retention_days": policy.retentionDays = try reader.int(node, key, in: 1...36_500)
            case "allowed_models": policy.allowedModels = try reader.strings(node, key)
            case "cache": try readCache(node, into: &policy.cache, reader: &reader)
            case "privacy": try readPrivacy(node, into: &policy.privacy, reader: &reader)
            case "normalization": try readNormalization(node, into: &policy.normalization, reader: &reader)
            case "quotas": try readQuotas(node, into: &policy.quotas, reader: &reader)
            default: return false
            }
            return true
        }
        if policy.cache.ttlSeconds > policy.retentionDays * 86_400 {
            throw PolicyError.outOfRange(
                "no longer than retention_days",
                file: file,
                line: root.mapping?["cache"]?.mapping?["ttl_seconds"]?.mark?.line,
                key: "cache.ttl_seconds"
            )
        }
        return policy
    }

    private static func readCache(_ node: Node, into cache: inout CachePolicy, reader: inout NodeReader) throws {
        try reader.read(node, path: "cache") { name, key, node, reader in
            switch name {
            case "enabled": cache.enabled = try reader.bool(node, key)
            case "ttl_seconds": cache.ttlSeconds = try reader.int(node, key, in: 1...(3650 * 86_400))
            case "scope": cache.scope = try reader.choice(node, key, CacheScope.self)
            case "max_temperature": cache.maxTemperature = try reader.double(node, key, in: 0...2)
            case "cache_seeded": cache.cacheSeeded = try reader.bool(node, key)
            case "store_truncated": cache.storeTruncated = try reader.bool(node, key)
            case "max_entries": cache.maxEntries = try reader.int(node, key, in: 1...100_000_000)
            case "max_bytes": cache.maxBytes = try reader.int(node, key, in: 4096...(1 << 42))
            case "semantic": try readSemantic(node, into: &cache.semantic, reader: &reader)
            default: return false
            }
            return true
        }
    }

    private static func readSemantic(_ node: Node, into semantic: inout SemanticPolicy, reader: inout NodeReader) throws
    {
        try reader.read(node, path: "cache.semantic") { name, key, node, reader in
            switch name {
            case "enabled": semantic.enabled = try reader.bool(node, key)
            case "embedder":
                let name = try reader.string(node, key)
                guard ["lexical", "minilm", "remote"].contains(name) else {
                    throw PolicyError.outOfRange(
                        "one of lexical, minilm, remote", file: reader.file, line: node.mark?.line, key: key)
                }
                semantic.embedder = name
            case "threshold": semantic.threshold = Float(try reader.double(node, key, in: 0.5...1.0))
            case "verifier": semantic.verifier = try reader.choice(node, key, SemanticVerifier.Strictness.self)
            case "ignore_earlier_turns": semantic.ignoreEarlierTurns = try reader.bool(node, key)
            case "precision": semantic.precision = try reader.choice(node, key, VectorPrecision.self)
            case "index": semantic.index = try reader.choice(node, key, VectorIndexKind.self)
            case "feedback": try readFeedback(node, into: &semantic.feedback, reader: &reader)
            default: return false
            }
            return true
        }
    }

    private static func readFeedback(_ node: Node, into feedback: inout FeedbackPolicy, reader: inout NodeReader) throws
    {
        try reader.read(node, path: "cache.semantic.feedback") { name, key, node, reader in
            switch name {
            case "false_hit_budget": feedback.falseHitBudget = try reader.double(node, key, in: 0...1)
            case "minimum_reports": feedback.minimumReports = try reader.int(node, key, in: 1...1_000_000)
            case "window_seconds": feedback.windowSeconds = try reader.int(node, key, in: 60...(366 * 86_400))
            case "threshold_margin": feedback.thresholdMargin = Float(try reader.double(node, key, in: 0...0.5))
            default: return false
            }
            return true
        }
    }

    private static func readPrivacy(_ node: Node, into privacy: inout PrivacyPolicy, reader: inout NodeReader) throws {
        try reader.read(node, path: "privacy") { name, key, node, reader in
            switch name {
            case "enabled": privacy.enabled = try reader.bool(node, key)
            case "default_action": privacy.defaultAction = try reader.choice(node, key, PIIAction.self)
            case "allow_names": privacy.allowNames = try reader.strings(node, key)
            case "deny_names": privacy.denyNames = try reader.strings(node, key)
            case "entities":
                try reader.read(node, path: key) { name, entity, actionNode, reader in
                    guard let type = EntityType(rawValue: name)
                    else { return false }
                    privacy.actions[type] = try reader.choice(actionNode, entity, PIIAction.self)
                    return true
                }
            default: return false
            }
            return true
        }
    }

    private static func readNormalization(
        _ node: Node,
        into normalization: inout NormalizationPolicy,
        reader: inout NodeReader
    ) throws {
        try reader.read(node, path: "normalization") { name, key, node, reader in
            switch name {
            case "forward_nfkc": normalization.forwardNFKC = try reader.bool(node, key)
            case "forward_collapsed_whitespace": normalization.forwardCollapsedWhitespace = try reader.bool(node, key)
            default: return false
            }
            return true
        }
    }

    private static func readQuotas(_ node: Node, into quotas: inout QuotaPolicy, reader: inout NodeReader) throws {
        try reader.read(node, path: "quotas") { name, key, node, reader in
            switch name {
            case "concurrent_requests": quotas.concurrentRequests = try reader.int(node, key, in: 1...1_000_000)
            case "requests_per_minute": quotas.requestsPerMinute = try reader.int(node, key, in: 1...100_000_000)
            case "tokens_per_minute": quotas.tokensPerMinute = try reader.int(node, key, in: 1...1_000_000_000_000)
            case "count_cached_tokens": quotas.countCachedTokens = try reader.bool(node, key)
            default: return false
            }
            return true
        }
    }
}

extension YamlError {
    var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }
}

/// Walks a YAML mapping, handing each key to a visitor and turning unknown keys and bad values into
/// ``PolicyError``s with the dotted key path and line.
struct NodeReader {
    let file: String

    /// Visits every key of the mapping `node` with its name and dotted path; the visitor returns `false` for keys it
    /// does not know.
    mutating func read(
        _ node: Node,
        path: String,
        _ visit: (String, String, Node, inout NodeReader) throws -> Bool
    ) throws {
        guard let mapping = node.mapping else {
            throw PolicyError.notAMapping(file: file, line: node.mark?.line, key: path.isEmpty ? nil : path)
        }
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            let full = path.isEmpty ? name : path + "." + name
            guard try visit(name, full, value, &self) else {
                throw PolicyError.unknownKey(file: file, line: keyNode.mark?.line, key: full)
            }
        }
    }

    func string(_ node: Node, _ key: String) throws -> String {
        guard let scalar = node.scalar else { throw wrong("a string", node, key) }
        return scalar.string
    }

    func bool(_ node: Node, _ key: String) throws -> Bool {
        guard node.scalar != nil, let value = node.bool else { throw wrong("true or false", node, key) }
        return value
    }

    func int(_ node: Node, _ key: String, in range: ClosedRange<Int>) throws -> Int {
        guard node.scalar != nil, let value = node.int else { throw wrong("a whole number", node, key) }
        guard range.contains(value) else {
            throw PolicyError.outOfRange(
                "between \(range.lowerBound) and \(range.upperBound)",
                file: file,
                line: node.mark?.line,
                key: key
            )
        }
        return value
    }

    func double(_ node: Node, _ key: String, in range: ClosedRange<Double>) throws -> Double {
        guard node.scalar != nil, let value = node.float else { throw wrong("a number", node, key) }
        guard range.contains(value) else {
            throw PolicyError.outOfRange(
                "between \(range.lowerBound) and \(range.upperBound)",
                file: file,
                line: node.mark?.line,
                key: key
            )
        }
        return value
    }

    func strings(_ node: Node, _ key: String) throws -> [String] {
        guard let sequence = node.sequence else { throw wrong("a list of strings", node, key) }
        return try sequence.map { try string($0, key) }
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, _ type: T.Type) throws -> T
    where T.RawValue == String {
        guard let scalar = node.scalar, let value = T(rawValue: scalar.string) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw PolicyError.outOfRange("one of \(allowed)", file: file, line: node.mark?.line, key: key)
        }
        return value
    }

    private func wrong(_ expected: String, _ node: Node, _ key: String) -> PolicyError {
        PolicyError.wrongType(expected, file: file, line: node.mark?.line, key: key)
    }
}
