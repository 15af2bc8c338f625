import Veil
import VeilCrypto
import VeilSync

/// Erasures started by the admin API and run in the background, with their status.
///
/// ```swift
/// let id = try jobs.start(tenant: tenantID)            // 202 Accepted, Location: /admin/erasures/<id>
/// if let job = jobs.job(id: id), job.state == .succeeded { respond(job.receipt) }
/// ```
///
/// Jobs live in this process's memory only; the receipts they produce are stored on disk (``ReceiptArchive``), so
/// nothing is lost with a restart except the status of a job that was still running (run it again: erasure is
/// idempotent).
public final class ErasureJobs: Sendable {
    private let eraser: Eraser
    private let jobs = Locked<[String: ErasureJob]>([:])

    /// Creates a job table over `eraser`.
    package init(eraser: Eraser) {
        self.eraser = eraser
    }

    /// Starts erasing a tenant, or one subject of it, in a background task.
    ///
    /// - Returns: the job id.
    /// - Throws: ``DataRightsError/tenantNotFound`` at once when there is nothing to erase.
    public func start(tenant: TenantID, subject: String? = nil) throws -> String {
        guard try eraser.plan(tenant: tenant, subject: subject).tenantFound else {
            throw DataRightsError.tenantNotFound
        }
        let id = "job_" + Hex.encode(try SecureRandom.bytes(8))
        let kind: ErasureReceipt.Kind = subject == nil ? .tenant : .subject
        jobs.withLock {
            $0[id] = ErasureJob(
                id: id,
                kind: kind,
                state: .running,
                progress: ErasureProgress(phase: .destroyingKeys, deleted: 0, total: 0)
            )
        }
        let eraser = self.eraser
        Task {
            let report: @Sendable (ErasureProgress) -> Void = { progress in
                self.jobs.withLock { $0[id]?.progress = progress }
            }
            do {
                let receipt =
                    if let subject {
                        try await eraser.eraseSubject(subject, tenant: tenant, progress: report)
                    } else {
                        try await eraser.eraseTenant(tenant, progress: report)
                    }
                jobs.withLock {
                    $0[id]?.state = .succeeded
                    $0[id]?.receipt = receipt
                }
            } catch {
                let text = (error as? DataRightsError)?.description ?? "erasure failed (\(type(of: error)))"
                jobs.withLock {
                    $0[id]?.state = .failed
                    $0[id]?.error = text
                }
            }
        }
        return id
    }

    /// The job, or `nil` for an unknown id.
    public func job(id: String) -> ErasureJob? {
        jobs.withLock { $0[id] }
    }

    /// Every job of this process.
    public func all() -> [ErasureJob] {
        jobs.withLock { Array($0.values) }.sorted { $0.id < $1.id }
    }
}
