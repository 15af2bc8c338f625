import Foundation

/// A YAML mapping with typed accessors that name the full key path in errors.
struct ConfigMap {
    let values: [String: Any]
    let path: String

    init(_ value: Any, path: String) throws {
        guard let values = value as? [String: Any] else {
            throw ConfigurationError.invalid(path.isEmpty ? "<root>" : path)
        }
        self.values = values
        self.path = path
    }

    func key(_ name: String) -> String { self.path.isEmpty ? name : self.path + "." + name }

    func only(_ allowed: Set<String>) throws {
        for name in self.values.keys.sorted() where !allowed.contains(name) {
            throw ConfigurationError.unknownKey(self.key(name))
        }
    }

    func string(_ name: String) throws -> String? {
        guard let value = self.values[name], !(value is NSNull) else { return nil }
        if let text = value as? String { return text }
        throw ConfigurationError.invalid(self.key(name))
    }

    func int(_ name: String) throws -> Int? {
        guard let value = self.values[name], !(value is NSNull) else { return nil }
        if let number = value as? Int { return number }
        throw ConfigurationError.invalid(self.key(name))
    }

    func double(_ name: String) throws -> Double? {
        guard let value = self.values[name], !(value is NSNull) else { return nil }
        if let number = value as? Double { return number }
        if let number = value as? Int { return Double(number) }
        throw ConfigurationError.invalid(self.key(name))
    }

    func map(_ name: String) throws -> ConfigMap? {
        guard let value = self.values[name], !(value is NSNull) else { return nil }
        return try ConfigMap(value, path: self.key(name))
    }

    func list(_ name: String) throws -> [Any]? {
        guard let value = self.values[name], !(value is NSNull) else { return nil }
        if let list = value as? [Any] { return list }
        throw ConfigurationError.invalid(self.key(name))
    }
}
