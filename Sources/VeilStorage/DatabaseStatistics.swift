/// Size figures of one named database, from `mdb_stat`.
public struct DatabaseStatistics: Sendable, Hashable {
    /// The number of key/value pairs.
    public var entries: Int
    /// The page size in bytes.
    public var pageSize: Int
    /// Branch, leaf and overflow pages in use by this database.
    public var pages: Int
    /// The B-tree depth.
    public var depth: Int

    /// Bytes of pages in use by this database (`pages × pageSize`).
    public var bytes: Int { pages * pageSize }
}
