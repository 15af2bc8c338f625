/// A data-rights operation (erasure, export, audit, receipts) that failed, without naming any tenant content.
public struct DataRightsError: Error, Hashable, CustomStringConvertible {
    private enum Code: Hashable {
        case tenantNotFound
        case receiptInvalid
        case receiptMalformed
        case auditChainBroken(Int)
        case auditLogMalformed(Int)
        case fileSystem(Int32)
        case incomplete
    }

    private let code: Code

    /// The tenant has no records, no keys and was never erased: nothing to act on (a typo, most likely).
    public static let tenantNotFound = DataRightsError(code: .tenantNotFound)
    /// The receipt's MAC does not match its content: it was altered, or made under another audit key.
    public static let receiptInvalid = DataRightsError(code: .receiptInvalid)
    /// The receipt is not a receipt this version understands.
    public static let receiptMalformed = DataRightsError(code: .receiptMalformed)
    /// The audit log's hash chain or MAC fails at this entry (1-based line number).
    public static func auditChainBroken(atLine line: Int) -> DataRightsError {
        DataRightsError(code: .auditChainBroken(line))
    }
    /// The audit log has a line that is not an entry (1-based line number).
    public static func auditLogMalformed(atLine line: Int) -> DataRightsError {
        DataRightsError(code: .auditLogMalformed(line))
    }
    /// A file operation failed with this `errno`.
    public static func fileSystem(errno: Int32) -> DataRightsError { DataRightsError(code: .fileSystem(errno)) }
    /// Records kept reappearing while they were being deleted (a writer kept re-creating them): run it again.
    public static let incomplete = DataRightsError(code: .incomplete)

    /// A short fixed description (numbers at most).
    public var description: String {
        switch code {
        case .tenantNotFound: "tenant not found (no records, no keys, never erased)"
        case .receiptInvalid: "receipt MAC does not verify (altered, or another audit key)"
        case .receiptMalformed: "not a receipt this version understands"
        case .auditChainBroken(let line): "audit chain broken at line \(line)"
        case .auditLogMalformed(let line): "audit log line \(line) is not an entry"
        case .fileSystem(let errno): "file system error (errno \(errno))"
        case .incomplete: "records kept reappearing during erasure; run it again"
        }
    }
}
