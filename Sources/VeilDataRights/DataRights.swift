import Veil

/// Every data-rights service of one ``Veil``, built once: erasure (and its jobs), export, receipts, the audit log
/// and the retention sweeper.
///
/// ```swift
/// let rights = try DataRights(veil: veil)
/// let job = try rights.jobs.start(tenant: id)                     // POST /admin/tenants/{id}/erase
/// let status = rights.jobs.job(id: job)                           // GET  /admin/erasures/{job}
/// try rights.exporter.export(tenant: id) { body.append($0) }      // GET  /admin/tenants/{id}/export
/// let receipts = try rights.receipts.list()                       // GET  /admin/receipts
/// ```
public struct DataRights: Sendable {
    /// Erases tenants and subjects.
    package let eraser: Eraser
    /// Background erasures for the admin API.
    public let jobs: ErasureJobs
    /// Exports entries as JSON lines.
    public let exporter: Exporter
    /// The audit log.
    public let audit: AuditLog
    /// Stored receipts.
    public let receipts: ReceiptArchive
    /// The retention sweeper (the daemon runs ``RetentionSweeper/run()`` as a service).
    public let sweeper: RetentionSweeper

    /// Builds the services over `veil`'s store, cache and tenant directory.
    ///
    /// - Parameters:
    ///   - veil: the facade.
    ///   - sweeper: the sweeper's timing.
    /// - Throws: when the audit key cannot be loaded.
    public init(veil: Veil, sweeper: RetentionSweeper.Configuration = RetentionSweeper.Configuration()) throws {
        eraser = try Eraser(store: veil.store, cache: veil.cache, tenants: veil.tenants)
        jobs = ErasureJobs(eraser: eraser)
        audit = eraser.audit
        receipts = eraser.receipts
        exporter = Exporter(store: veil.store, audit: eraser.audit)
        self.sweeper = RetentionSweeper(
            store: veil.store,
            cache: veil.cache,
            tenants: veil.tenants,
            audit: eraser.audit,
            configuration: sweeper
        )
    }
}
