import NIOCore
import VeilWire

/// Reading request bodies with the wire codec Veil itself uses: the mock model parses what the gateway sends with
/// the same parser, so there is one JSON reader in the project, and a body the gateway could not have produced is
/// refused the same way.
extension JSONValue {
    /// Parses a request body, or `nil` when it is not JSON.
    static func parse(_ body: ByteBuffer) -> JSONValue? {
        try? WireJSON.parse(body.readableBytesView)
    }

    /// The member named `key`, or `nil` for a missing key or a non-object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The boolean payload, or `nil` for any other kind.
    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number as an integer when it is one exactly and fits, else `nil`.
    var intValue: Int? {
        switch self {
        case .int(let value): return Int(exactly: value)
        case .double(let value):
            guard value.rounded(.towardZero) == value, value >= -9_007_199_254_740_992, value <= 9_007_199_254_740_992
            else { return nil }
            return Int(value)
        default: return nil
        }
    }

    /// Whether this is a number.
    var isNumber: Bool {
        switch self {
        case .int, .double: return true
        default: return false
        }
    }

    /// The elements of an array, or `nil` for any other kind.
    var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// Whether this is an object (possibly empty).
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// Whether this is JSON `null`.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
