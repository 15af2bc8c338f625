/// A parsed JSON value: just enough JSON for the mock upstream to read request bodies.
///
/// The mock parses by hand instead of using Foundation so that `VeilTesting` compiles on SwiftNIO alone and stays
/// out of its own way under load. Objects keep their members in order as key/value pairs: request bodies are small,
/// so a linear lookup beats hashing every key.
enum MockJSON {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([MockJSON])
    case object([(key: String, value: MockJSON)])

    /// The member named `key` (the last one, as most JSON readers do), or `nil` for a missing key or a non-object.
    subscript(key: String) -> MockJSON? {
        guard case .object(let members) = self else { return nil }
        for member in members.reversed() where member.key == key {
            return member.value
        }
        return nil
    }

    /// The string payload, or `nil` for any other kind.
    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The boolean payload, or `nil` for any other kind.
    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number as an integer when it is one exactly and fits, else `nil`.
    var intValue: Int? {
        guard case .number(let value) = self, value.rounded(.towardZero) == value,
            value >= -9_007_199_254_740_992, value <= 9_007_199_254_740_992
        else { return nil }
        return Int(value)
    }

    /// The elements of an array, or `nil` for any other kind.
    var arrayValue: [MockJSON]? {
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

@available(*, unavailable) extension MockJSON: Sendable {}
