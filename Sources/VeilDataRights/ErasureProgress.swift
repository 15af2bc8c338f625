import Veil

/// Where a running erasure is, for progress bars and job status.
public struct ErasureProgress: Sendable, Hashable, Codable {
    /// The erasure's steps, in order.
    public enum Phase: String, Sendable, Hashable, Codable {
        /// Destroying the tenant's data keys (after this, nothing of it opens).
        case destroyingKeys = "destroying_keys"
        /// Deleting records in small transactions.
        case deleting
        /// Compacting the data and keyring files so freed pages are gone.
        case compacting
        /// Signing and storing the receipt, appending to the audit log.
        case writingReceipt = "writing_receipt"
        /// Finished.
        case done
    }

    /// The current step.
    public var phase: Phase
    /// Records deleted so far.
    public var deleted: Int
    /// Records to delete (an estimate taken at the start; writers racing the erasure can add a few).
    public var total: Int

    /// Creates a progress report.
    public init(phase: Phase, deleted: Int, total: Int) {
        self.phase = phase
        self.deleted = deleted
        self.total = total
    }
}
