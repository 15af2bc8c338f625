/// A named database (an LMDB `MDB_dbi`) inside an ``Environment``.
///
/// Obtained from ``Environment/database(named:)`` and valid for the life of that environment, across map growth
/// and across compaction (the environment re-opens every named database when it reopens its files). A value is
/// only meaningful with the environment that made it: using it with another one fails with
/// ``LMDBError/badDatabase``.
public struct Database: Sendable, Hashable {
    /// Identifies the environment that issued this handle.
    let token: UInt64
    /// The slot in the environment's database registry; each open of the files maps slots to `MDB_dbi` values.
    let index: Int
    /// The database's name inside the environment.
    public let name: String
}
