import Veil

/// An erasure running in the background (admin API: start, then poll).
public struct ErasureJob: Sendable, Hashable, Codable {
    /// Where the job is.
    public enum State: String, Sendable, Hashable, Codable {
        /// Keys, records or compaction in progress.
        case running
        /// Finished; ``ErasureJob/receipt`` holds the receipt.
        case succeeded
        /// Failed; ``ErasureJob/error`` says why (a fixed text). Keys destroyed before the failure stay destroyed.
        case failed
    }

    /// The job id (`job_` and hex).
    public var id: String
    /// Tenant or subject erasure.
    public var kind: ErasureReceipt.Kind
    /// Where the job is.
    public var state: State
    /// The latest progress report.
    public var progress: ErasureProgress
    /// The receipt, once succeeded.
    public var receipt: ErasureReceipt?
    /// A short fixed description of the failure, once failed.
    public var error: String?
}
