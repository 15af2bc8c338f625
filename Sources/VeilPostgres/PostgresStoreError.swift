/// A shared-store failure, without any record content, tenant data or connection secret in it.
package struct PostgresStoreError: Error, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case invalidURL(String)
        case schemaTooNew(Int)
        case unreachable
        case timeout
        case corrupt
    }

    private let code: Code

    /// The store URL is malformed; the text names the part (never the password).
    package static func invalidURL(_ part: String) -> PostgresStoreError { PostgresStoreError(code: .invalidURL(part)) }
    /// The database was migrated by a newer Veil (its schema version is this one).
    package static func schemaTooNew(_ version: Int) -> PostgresStoreError {
        PostgresStoreError(code: .schemaTooNew(version))
    }
    /// PostgreSQL could not be reached or failed the operation.
    package static let unreachable = PostgresStoreError(code: .unreachable)
    /// An operation did not finish within its time limit.
    package static let timeout = PostgresStoreError(code: .timeout)
    /// A row of the database does not have the layout this version writes.
    package static let corrupt = PostgresStoreError(code: .corrupt)

    /// A short fixed description.
    package var description: String {
        switch code {
        case .invalidURL(let part): "invalid store URL: \(part)"
        case .schemaTooNew(let version): "database schema version \(version) is newer than this veil understands"
        case .unreachable: "PostgreSQL unreachable or failed"
        case .timeout: "PostgreSQL operation timed out"
        case .corrupt: "PostgreSQL row has an unexpected layout"
        }
    }
}
