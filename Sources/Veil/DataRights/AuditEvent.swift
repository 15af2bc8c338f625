/// What an audit entry records; a fixed vocabulary so the log can be filtered and never carries free text.
public struct AuditEvent: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The event name as written in the log.
    public let rawValue: String

    /// Wraps a name (only the constants below are written by Veil).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A tenant was created.
    public static let tenantCreated = AuditEvent(rawValue: "tenant.created")
    /// A tenant was erased (keys destroyed, records deleted, files compacted).
    public static let tenantErased = AuditEvent(rawValue: "tenant.erased")
    /// One end user's entries were erased.
    public static let subjectErased = AuditEvent(rawValue: "subject.erased")
    /// A tenant's (or one end user's) entries were exported.
    public static let exported = AuditEvent(rawValue: "export")
    /// A tenant's data key was rotated.
    public static let keyRotated = AuditEvent(rawValue: "key.rotated")
    /// The master key was rotated (every tenant key re-wrapped, the old key file destroyed).
    public static let masterKeyRotated = AuditEvent(rawValue: "master_key.rotated")
    /// The retention sweeper deleted expired entries.
    public static let retentionSweep = AuditEvent(rawValue: "retention.sweep")

    /// The event name.
    public var description: String { rawValue }
}
