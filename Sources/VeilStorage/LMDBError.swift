import CLMDB

/// An error from the LMDB storage layer.
///
/// A struct over a private code enum, in the shape of AsyncHTTPClient's `HTTPClientError`: new cases can be added
/// without breaking callers, and ``description`` is a short, fixed string (plus a numeric code for the
/// ``other(_:)`` fallback) so that it is safe to log and to use as a metric label. It never carries keys, values or
/// paths.
public struct LMDBError: Error, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case notFound
        case keyExists
        case mapFull
        case mapResized
        case readersFull
        case databasesFull
        case transactionFull
        case badValueSize
        case badDatabase
        case badTransaction
        case corrupted
        case panic
        case versionMismatch
        case invalid
        case incompatible
        case closed
        case readOnly
        case resizeBlocked
        case incompatibleConfiguration
        case other(Int32)
    }

    private let code: Code

    private init(code: Code) {
        self.code = code
    }

    /// Maps an LMDB return code (an `MDB_*` code or an `errno` value) to an error.
    init(returnCode rc: Int32) {
        switch rc {
        case MDB_NOTFOUND: self.code = .notFound
        case MDB_KEYEXIST: self.code = .keyExists
        case MDB_MAP_FULL: self.code = .mapFull
        case MDB_MAP_RESIZED: self.code = .mapResized
        case MDB_READERS_FULL: self.code = .readersFull
        case MDB_DBS_FULL: self.code = .databasesFull
        case MDB_TXN_FULL: self.code = .transactionFull
        case MDB_BAD_VALSIZE: self.code = .badValueSize
        case MDB_BAD_DBI: self.code = .badDatabase
        case MDB_BAD_TXN: self.code = .badTransaction
        case MDB_CORRUPTED: self.code = .corrupted
        case MDB_PANIC: self.code = .panic
        case MDB_VERSION_MISMATCH: self.code = .versionMismatch
        case MDB_INVALID: self.code = .invalid
        case MDB_INCOMPATIBLE: self.code = .incompatible
        default: self.code = .other(rc)
        }
    }

    /// A key was not found where one was required.
    public static let notFound = LMDBError(code: .notFound)
    /// A key already exists where a new one was required.
    public static let keyExists = LMDBError(code: .keyExists)
    /// The environment reached its configured ``EnvironmentConfiguration/maximumMapSize``.
    ///
    /// Below the maximum the map grows by itself and this error never surfaces.
    public static let mapFull = LMDBError(code: .mapFull)
    /// Another process grew the map; handled internally, surfaced only if adopting the new size failed.
    public static let mapResized = LMDBError(code: .mapResized)
    /// Every reader slot (``EnvironmentConfiguration/maxReaders``) is in use.
    public static let readersFull = LMDBError(code: .readersFull)
    /// More named databases were opened than ``EnvironmentConfiguration/maxDatabases`` allows.
    public static let databasesFull = LMDBError(code: .databasesFull)
    /// A single transaction touched too many dirty pages; split the work into smaller transactions.
    public static let transactionFull = LMDBError(code: .transactionFull)
    /// A key was empty or longer than LMDB's key limit (511 bytes), or a value was too large.
    public static let badValueSize = LMDBError(code: .badValueSize)
    /// The ``Database`` belongs to another environment, was dropped, or was opened after this transaction began.
    public static let badDatabase = LMDBError(code: .badDatabase)
    /// The transaction can no longer be used because an earlier operation in it failed.
    public static let badTransaction = LMDBError(code: .badTransaction)
    /// The data file is corrupted.
    public static let corrupted = LMDBError(code: .corrupted)
    /// LMDB hit a fatal error; the environment must be reopened.
    public static let panic = LMDBError(code: .panic)
    /// The data file was written by an incompatible LMDB version.
    public static let versionMismatch = LMDBError(code: .versionMismatch)
    /// The file is not an LMDB data file.
    public static let invalid = LMDBError(code: .invalid)
    /// The database was opened with flags that do not match how it was created.
    public static let incompatible = LMDBError(code: .incompatible)
    /// A transaction was used after its closure returned, or the environment was closed.
    public static let closed = LMDBError(code: .closed)
    /// A write was attempted on an environment opened read-only.
    public static let readOnly = LMDBError(code: .readOnly)
    /// Growing the map had to wait for this process's open transactions to end, and they did not end in time.
    ///
    /// This happens when a write runs inside a read closure on the same environment: don't nest transactions.
    public static let resizeBlocked = LMDBError(code: .resizeBlocked)
    /// The directory is already open in this process with a different read-only setting.
    public static let incompatibleConfiguration = LMDBError(code: .incompatibleConfiguration)

    /// An error for a return code that has no named member: an `errno` value or an unknown `MDB_*` code.
    static func other(_ code: Int32) -> LMDBError {
        LMDBError(returnCode: code)
    }

    /// The LMDB or `errno` code behind this error, when there is one.
    public var returnCode: Int32? {
        switch code {
        case .notFound: MDB_NOTFOUND
        case .keyExists: MDB_KEYEXIST
        case .mapFull: MDB_MAP_FULL
        case .mapResized: MDB_MAP_RESIZED
        case .readersFull: MDB_READERS_FULL
        case .databasesFull: MDB_DBS_FULL
        case .transactionFull: MDB_TXN_FULL
        case .badValueSize: MDB_BAD_VALSIZE
        case .badDatabase: MDB_BAD_DBI
        case .badTransaction: MDB_BAD_TXN
        case .corrupted: MDB_CORRUPTED
        case .panic: MDB_PANIC
        case .versionMismatch: MDB_VERSION_MISMATCH
        case .invalid: MDB_INVALID
        case .incompatible: MDB_INCOMPATIBLE
        case .closed, .readOnly, .resizeBlocked, .incompatibleConfiguration: nil
        case .other(let rc): rc
        }
    }

    /// A short, fixed description; LMDB's own `mdb_strerror` text where LMDB produced the error.
    public var description: String {
        switch code {
        case .mapFull:
            return "LMDB: environment reached its configured maximum map size (MDB_MAP_FULL)"
        case .badDatabase:
            return "LMDB: database handle is not valid in this transaction"
        case .closed:
            return "LMDB: transaction or environment already closed"
        case .readOnly:
            return "LMDB: environment is read-only"
        case .resizeBlocked:
            return "LMDB: map resize timed out waiting for this process's open transactions"
        case .incompatibleConfiguration:
            return "LMDB: directory already open in this process with a different read-only setting"
        default:
            guard let rc = returnCode else { return "LMDB: error" }
            return "LMDB: \(String(cString: mdb_strerror(rc))) (\(rc))"
        }
    }
}
