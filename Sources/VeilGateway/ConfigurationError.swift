/// A configuration value that cannot be used; the message names the key, never a secret value.
public struct ConfigurationError: Error, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case unreadable(String)
        case syntax
        case unknownKey(String)
        case invalid(String)
        case missing(String)
    }

    private let code: Code

    private init(_ code: Code) { self.code = code }

    /// The file (or the key naming a file) cannot be read.
    public static func unreadable(_ what: String) -> ConfigurationError { ConfigurationError(.unreadable(what)) }
    /// The YAML does not parse.
    public static let syntax = ConfigurationError(.syntax)
    /// A key Veil does not know (often a typo).
    public static func unknownKey(_ key: String) -> ConfigurationError { ConfigurationError(.unknownKey(key)) }
    /// A key whose value has the wrong type or is out of range.
    public static func invalid(_ key: String) -> ConfigurationError { ConfigurationError(.invalid(key)) }
    /// A required key that is absent.
    public static func missing(_ key: String) -> ConfigurationError { ConfigurationError(.missing(key)) }

    /// Names the problem and the key.
    public var description: String {
        switch self.code {
        case .unreadable(let what): "configuration: cannot read \(what)"
        case .syntax: "configuration: the YAML does not parse"
        case .unknownKey(let key): "configuration: unknown key '\(key)'"
        case .invalid(let key): "configuration: invalid value for '\(key)'"
        case .missing(let key): "configuration: '\(key)' is required"
        }
    }
}
