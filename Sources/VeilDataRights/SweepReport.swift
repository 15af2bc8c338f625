import Veil

/// What one retention sweep did.
public struct SweepReport: Sendable, Hashable {
    /// Tenants swept.
    public var tenants: Int = 0
    /// Entries deleted because they were past their tenant's TTL or retention period.
    public var deleted: Int = 0
    /// Tenants skipped because their policy could not be loaded (nothing of theirs was deleted).
    public var skipped: Int = 0
    /// Erased tenants whose in-memory cache state this process dropped.
    public var forgotten: Int = 0
    /// Whether the data file was compacted afterwards.
    public var compacted: Bool = false

    /// An empty report.
    public init() {}
}
