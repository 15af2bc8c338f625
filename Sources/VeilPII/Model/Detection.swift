/// One entity found by ``PIIScanner``: its type and where it is.
///
/// The range is in UTF-8 byte offsets into the exact text that was scanned (not the folded form used while
/// scanning), so a caller replaces exactly what the user typed, full-width digits included.
public struct Detection: Sendable, Hashable {
    /// What kind of entity this is.
    public var type: EntityType
    /// UTF-8 byte offsets into the scanned text.
    public var range: Range<Int>

    /// Creates a detection.
    public init(type: EntityType, range: Range<Int>) {
        self.type = type
        self.range = range
    }
}
