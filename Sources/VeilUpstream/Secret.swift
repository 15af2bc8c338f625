/// A credential (an upstream API key) that never prints itself.
///
/// Configuration, errors and logs end up in terminals, log shippers and bug reports; a key that slips into one of
/// them is a leaked key. `Secret` redacts itself in `description`, `debugDescription` and its mirror, so printing an
/// ``UpstreamEndpoint`` or a whole configuration is always safe. The raw value is reachable only through
/// ``exposedValue``, which reads as what it is at every call site. Loading a key from the environment or a file is the
/// caller's business; this type only carries it.
///
/// ```swift
/// let key = Secret("sk-live-...")
/// print(key)  // <redacted>
/// ```
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    /// Wraps a credential.
    ///
    /// - Parameter value: The raw credential, e.g. an OpenAI API key.
    public init(_ value: String) {
        self.value = value
    }

    /// The raw credential, for the one place that must send it (the `Authorization` header).
    public var exposedValue: String { self.value }

    /// Always `<redacted>`, so string interpolation cannot leak the key.
    public var description: String { "<redacted>" }

    /// Always `<redacted>`, so `debugPrint` and `String(reflecting:)` cannot leak the key.
    public var debugDescription: String { "<redacted>" }

    /// A mirror with no children, so `dump` and default struct printing cannot leak the key.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
