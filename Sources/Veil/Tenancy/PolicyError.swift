/// A policy file that cannot be used, with the file, line and key named so an operator can fix it.
///
/// The message quotes key names and the allowed range, never the offending value (a policy file may sit next to
/// data an operator would not want echoed into logs).
public struct PolicyError: Error, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case unreadable
        case syntax
        case notAMapping
        case unknownKey
        case wrongType(String)
        case outOfRange(String)
        case unknownPolicy
    }

    private let code: Code
    /// The file the policy came from (or `<inline>`).
    public let file: String
    /// The 1-based line, when known.
    public let line: Int?
    /// The dotted key path, e.g. `cache.semantic.threshold`.
    public let key: String?

    private init(_ code: Code, file: String, line: Int?, key: String?) {
        self.code = code
        self.file = file
        self.line = line
        self.key = key
    }

    static func unreadable(file: String) -> PolicyError { PolicyError(.unreadable, file: file, line: nil, key: nil) }
    static func syntax(file: String, line: Int?) -> PolicyError {
        PolicyError(.syntax, file: file, line: line, key: nil)
    }
    static func notAMapping(file: String, line: Int?, key: String?) -> PolicyError {
        PolicyError(.notAMapping, file: file, line: line, key: key)
    }
    static func unknownKey(file: String, line: Int?, key: String) -> PolicyError {
        PolicyError(.unknownKey, file: file, line: line, key: key)
    }
    static func wrongType(_ expected: String, file: String, line: Int?, key: String) -> PolicyError {
        PolicyError(.wrongType(expected), file: file, line: line, key: key)
    }
    static func outOfRange(_ allowed: String, file: String, line: Int?, key: String) -> PolicyError {
        PolicyError(.outOfRange(allowed), file: file, line: line, key: key)
    }
    /// Whether no policy of the requested name exists (as opposed to one that exists and does not parse).
    public var isUnknownPolicy: Bool { self.code == .unknownPolicy }

    static func unknownPolicy(file: String) -> PolicyError {
        PolicyError(.unknownPolicy, file: file, line: nil, key: nil)
    }

    /// `key` with control characters and line separators written as `\u{…}`: a YAML key may hold a line break
    /// (folded from a plain scalar), and the message must stay one line in a log (found by the policy fuzz target).
    static func oneLine(_ key: String) -> String {
        var text = ""
        for scalar in key.unicodeScalars {
            switch scalar.value {
            case 0..<0x20, 0x7F, 0x85, 0x2028, 0x2029: text += "\\u{\(String(scalar.value, radix: 16))}"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    /// `file:line: key 'a.b': problem`, on one line.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        let subject = key.map { " key '\(Self.oneLine($0))'" } ?? ""
        switch code {
        case .unreadable: return "\(location): cannot read the policy file"
        case .syntax: return "\(location): not valid YAML"
        case .notAMapping: return "\(location):\(subject) must be a mapping of keys to values"
        case .unknownKey: return "\(location):\(subject) is not a known policy key"
        case .wrongType(let expected): return "\(location):\(subject) must be \(expected)"
        case .outOfRange(let allowed): return "\(location):\(subject) must be \(allowed)"
        case .unknownPolicy: return "\(location): no such policy"
        }
    }
}
