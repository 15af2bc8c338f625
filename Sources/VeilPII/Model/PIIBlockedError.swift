/// Thrown when a tenant's policy says `block` for an entity type found in the request.
///
/// The description names the entity type only, never the value, so it is safe in logs and in the 4xx
/// response body.
public struct PIIBlockedError: Error, Hashable, CustomStringConvertible {
    /// The type of the entity that caused the refusal.
    public let entityType: EntityType

    /// Creates the error for `entityType`.
    public init(entityType: EntityType) {
        self.entityType = entityType
    }

    /// A short fixed text naming the entity type.
    public var description: String {
        "request blocked by privacy policy: contains \(entityType.rawValue)"
    }
}
