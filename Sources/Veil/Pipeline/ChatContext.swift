import Logging

/// Per-request facts every stage can read: who is asking, under which policy, and how the response may be cached.
///
/// A value type, passed down the pipeline like Hummingbird's request context; stages report back through
/// ``ChatResponse/info`` rather than by mutating shared state.
public struct ChatContext: Sendable {
    /// The tenant the API key belongs to, with its policy.
    public var tenant: Tenant
    /// The end user (OpenAI `user` field or `X-Veil-Subject`), used for `scope: user` and erasure by subject.
    public var subject: String?
    /// The request id (`X-Request-Id`), generated or propagated.
    public var requestID: String
    /// A logger carrying tenant and request id metadata; never log prompt text through it.
    public var logger: Logger
    /// The client's `Cache-Control` directives.
    public var cacheControl: CacheControl
    /// When the request arrived, for latency figures.
    public var received: ContinuousClock.Instant
    /// Values that stages add for the stages after them, by typed key (``ChatContextKey``): a user stage can pass
    /// what it learned (an audit id, a moderation verdict) without a side channel.
    public var storage: ChatContextStorage = ChatContextStorage()

    /// Creates a context.
    public init(
        tenant: Tenant,
        subject: String? = nil,
        requestID: String,
        logger: Logger,
        cacheControl: CacheControl = CacheControl(),
        received: ContinuousClock.Instant = .now
    ) {
        self.tenant = tenant
        self.subject = subject
        self.requestID = requestID
        self.logger = logger
        self.cacheControl = cacheControl
        self.received = received
    }
}

/// A key of ``ChatContextStorage``: its type names the value and gives its default.
///
/// As SwiftUI's environment keys do: a key is a type, so two stages cannot collide by spelling a string the same way,
/// and the value comes back typed.
///
/// ```swift
/// enum AuditIDKey: ChatContextKey { static let defaultValue: String? = nil }
/// context.storage[AuditIDKey.self] = "a-123"
/// ```
public protocol ChatContextKey {
    /// The type of the value stored under the key.
    associatedtype Value: Sendable
    /// What a read returns before any stage has written the key.
    static var defaultValue: Value { get }
}

/// Typed values that pipeline stages hand to the stages after them, inside a ``ChatContext``.
///
/// A value type like the context itself: a stage writes into its copy and passes that copy to `next`, so what it adds
/// is seen downstream and never by other requests.
public struct ChatContextStorage: Sendable {
    private var values: [ObjectIdentifier: any Sendable] = [:]

    /// Creates empty storage.
    public init() {}

    /// The value stored under `key`, or the key's default.
    public subscript<Key: ChatContextKey>(_ key: Key.Type) -> Key.Value {
        get { (values[ObjectIdentifier(key)] as? Key.Value) ?? Key.defaultValue }
        set { values[ObjectIdentifier(key)] = newValue }
    }
}

/// The request's `Cache-Control` directives that Veil honours.
public struct CacheControl: Sendable, Hashable {
    /// `no-store`: neither look up nor store.
    public var noStore: Bool
    /// `no-cache`: skip the lookup but store the fresh answer.
    public var noCache: Bool
    /// `max-age=N`: accept only hits younger than N seconds.
    public var maxAge: Int?

    /// Creates directives.
    public init(noStore: Bool = false, noCache: Bool = false, maxAge: Int? = nil) {
        self.noStore = noStore
        self.noCache = noCache
        self.maxAge = maxAge
    }

    /// Parses a `Cache-Control` header value; unknown directives are ignored, as HTTP requires.
    public init(header: String) {
        self.init()
        for rawDirective in header.split(separator: ",") {
            let directive = rawDirective.trimmingASCIIWhitespace().lowercased()
            if directive == "no-store" {
                noStore = true
            } else if directive == "no-cache" {
                noCache = true
            } else if directive.hasPrefix("max-age=") {
                maxAge = Int(directive.dropFirst("max-age=".count)).map { max(0, $0) }
            }
        }
    }
}

extension Substring {
    func trimmingASCIIWhitespace() -> Substring {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
