import Logging
import NIOCore
import PostgresNIO
import Synchronization
import Veil
import VeilCrypto
import VeilKeyring
import VeilSync

extension PostgresStore {
    /// Reads the records of the tenants in scope and every keyring row, replacing this host's copy, and sets the
    /// change feed's watermark to the horizon taken before the read (``snapshotHorizon()``: changes of transactions
    /// that finished earlier are in what was read; later ones come through the feed).
    func loadAll() async throws {
        let readMark = clock.next()
        let horizon = try await snapshotHorizon().horizon
        let scope: [String]? =
            switch configuration.mirror {
            case .all: nil
            case .tenants(let tenants): tenants.map(\.rawValue)
            }
        let logger = self.logger
        let loaded = try await database.withConnection(timeout: .seconds(600)) { connection in
            var loaded: [String: [String: [[UInt8]: [UInt8]]]] = [:]
            let query: PostgresQuery =
                if let scope {
                    "SELECT tenant, tbl, key, value FROM veil_records WHERE tenant = ANY(\(scope))"
                } else {
                    "SELECT tenant, tbl, key, value FROM veil_records"
                }
            for try await (tenant, table, key, value) in try await connection.query(query, logger: logger).decode(
                (String, String, ByteBuffer, ByteBuffer).self)
            {
                loaded[tenant, default: [:]][table, default: [:]][key.bytes] = value.bytes
            }
            return loaded
        }
        try await keyring.reload(startedAt: readMark)
        var seen = Set<TenantID>()
        for (name, tables) in loaded {
            guard let tenant = TenantID(name) else { continue }
            seen.insert(tenant)
            mirror.replace(tenant: tenant, with: tables, readMark: readMark)
        }
        for tenant in mirror.tenants() where !seen.contains(tenant) {
            mirror.replace(tenant: tenant, with: [:], readMark: readMark)
        }
        watermark.withLock { $0 = horizon }
        markSynced()
    }

    /// The change feed's horizon: a transaction id below which every transaction *of this database* has finished,
    /// and the change log's pruning mark.
    ///
    /// The statement's snapshot (`pg_current_snapshot()`, taken when the statement starts) lists the transactions
    /// running in the whole cluster; `pg_stat_activity` (read while the statement runs, so after the snapshot) says
    /// which of them belong to this database. The horizon is the smallest of those, or the snapshot's xmax when there
    /// is none. A transaction of this database below it either was not running when the snapshot was taken or had
    /// finished when `pg_stat_activity` was read, so its changes are visible to every later read. Transactions of
    /// other databases on the same server (another application's long transaction, `CREATE DATABASE`, a dump being
    /// restored) never write Veil's tables and do not hold the horizon back.
    func snapshotHorizon() async throws -> (horizon: Int64, pruned: Int64) {
        let rows = try await database.rows(
            """
            WITH s AS (SELECT pg_current_snapshot() AS snap),
            here AS (
                SELECT backend_xid::text::bigint AS xid FROM pg_stat_activity
                WHERE datid = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND backend_xid IS NOT NULL),
            running AS (
                SELECT x::text::bigint AS xid FROM s, pg_snapshot_xip(s.snap) AS x
                WHERE x::text::bigint % 4294967296 IN (SELECT xid FROM here))
            SELECT coalesce((SELECT min(xid) FROM running), (SELECT pg_snapshot_xmax(snap)::text::bigint FROM s)),
                   coalesce((SELECT convert_from(value, 'UTF8')::bigint FROM veil_meta WHERE name = 'changes_pruned'), 0)
            """)
        guard let row = rows.first else { throw PostgresStoreError.corrupt }
        let (horizon, pruned) = try row.decode((Int64, Int64).self)
        return (horizon, pruned)
    }

    func markSynced() {
        let elapsed = ContinuousClock.now - started
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        lastSync.store(nanoseconds, ordering: .relaxed)
        if degraded.exchange(false, ordering: .relaxed) {
            logger.notice("shared store reachable again; cache re-enabled")
        }
    }

    /// One pass of the change feed: the changes of transactions that finished since the last pass, and the records
    /// marked for a second read, applied to this host's copy and announced to the observers.
    func syncOnce() async throws {
        let readMark = clock.next()
        let since = watermark.withLock { $0 }
        let (horizon, pruned) = try await snapshotHorizon()
        if pruned >= since {
            // Changes this host never saw were pruned (it was away longer than the log keeps them).
            logger.warning("change log pruned past this host's position; reloading everything")
            try await loadAll()
            emit(.reloaded)
            return
        }
        let again = refetch.withLock { pending -> [ChangeKey] in
            defer { pending.removeAll() }
            return Array(pending)
        }
        let logger = self.logger
        let fetch = FetchChanges(since: since, before: horizon)
        let rows = try await database.withConnection { connection in
            var rows: [FetchedChange] = []
            if horizon > since {
                for try await row in try await connection.execute(fetch, logger: logger) { rows.append(row) }
            }
            if !again.isEmpty {
                let records = FetchRecords(keys: again)
                for try await row in try await connection.execute(records, logger: logger) { rows.append(row) }
            }
            return rows
        }
        apply(rows, readMark: readMark)
        watermark.withLock { $0 = max($0, horizon) }
        markSynced()
    }

    /// Applies fetched changes (each once, the value being the current one), remembering what a local write made
    /// newer for the next pass, and tells the observers about other hosts' changes.
    func apply(_ rows: [FetchedChange], readMark: UInt64) {
        var done = Set<ChangeKey>()
        var again: [ChangeKey] = []
        for row in rows {
            let change = ChangeKey(tenant: row.tenant, table: row.table, key: row.key)
            guard done.insert(change).inserted else { continue }
            let foreign = row.origin != hostID
            switch row.table {
            case "#erased":
                guard row.tenant.hasPrefix("#"), let hash = Self.bytes(hex: String(row.tenant.dropFirst())) else {
                    continue
                }
                let candidates = mirror.tenants().map(\.rawValue)
                guard let name = keyring.tenant(forTombstone: hash, candidates: candidates) else { continue }
                keyring.forget(tenant: name, tombstone: hash)
                if let tenant = TenantID(name) {
                    mirror.drop(tenant: tenant)
                    if foreign { emit(.erased(tenant: tenant)) }
                }
            case "#keys":
                let record = row.value.flatMap { try? TenantRecord(decoding: $0) }
                guard keyring.applyRemote(tenant: row.tenant, record: record, readStartedAt: readMark) else {
                    again.append(change)
                    continue
                }
                if foreign, let tenant = TenantID(row.tenant) { emit(.keys(tenant: tenant)) }
            default:
                guard let tenant = TenantID(row.tenant), inScope(tenant) else { continue }
                guard
                    mirror.applyRemote(row.table, tenant: tenant, key: row.key, value: row.value, readMark: readMark)
                else {
                    again.append(change)
                    continue
                }
                if foreign {
                    emit(.record(tenant: tenant, table: StoreTable(row.table), key: row.key, present: row.value != nil))
                }
            }
        }
        if !again.isEmpty {
            refetch.withLock { $0.formUnion(again) }
            wake.signal()
        }
    }

    func inScope(_ tenant: TenantID) -> Bool {
        switch configuration.mirror {
        case .all: true
        case .tenants(let tenants): tenants.contains(tenant)
        }
    }

    static func bytes(hex: String) -> [UInt8]? { Hex.decode(hex) }

    // MARK: Background work

    /// Starts the change feed, the listener and the change-log pruning; ``close()`` ends them.
    func startBackgroundWork() {
        var started: [Task<Void, Never>] = [Task { await self.runFeed() }]
        if configuration.listen { started.append(Task { await self.runListener() }) }
        tasks.withLock { $0 += started }
    }

    /// Syncs on every notification and at least every `sync_interval_ms`; prunes the change log once a minute.
    func runFeed() async {
        var failures = 0
        var lastPrune = ContinuousClock.now
        while !Task.isCancelled {
            do {
                try await syncOnce()
                failures = 0
                if ContinuousClock.now - lastPrune > .seconds(60) {
                    lastPrune = ContinuousClock.now
                    try await pruneChanges()
                }
            } catch {
                failures += 1
                if sinceSync > configuration.stalenessBound, !degraded.exchange(true, ordering: .relaxed) {
                    logger.warning(
                        "shared store unreachable; serving uncached",
                        metadata: ["error": "\((error as? PostgresStoreError)?.description ?? "\(type(of: error))")"])
                }
            }
            let pause =
                failures == 0
                ? configuration.syncInterval : min(configuration.syncInterval * (1 << min(failures, 3)), .seconds(1))
            await wake.wait(for: pause)
        }
    }

    /// Keeps a `LISTEN veil_changes` connection open, reconnecting after a loss, and wakes the feed on every
    /// notification (and after every reconnection, to catch up).
    func runListener() async {
        let logger = self.logger
        var quiet = logger
        quiet.logLevel = max(logger.logLevel, .warning)
        while !Task.isCancelled {
            do {
                let connection = try await PostgresConnection.connect(
                    configuration: try configuration.listenerConfiguration(), id: 1, logger: quiet)
                do {
                    try await connection.listen(on: "veil_changes") { notifications in
                        self.wake.signal()
                        for try await _ in notifications { self.wake.signal() }
                    }
                } catch {}
                try? await connection.close()
            } catch {}
            if Task.isCancelled { return }
            try? await Task.sleep(for: .milliseconds(250))
        }
    }

    /// Deletes change-log rows older than the retention and records the highest transaction id deleted, so a host
    /// that was behind it knows to reload.
    func pruneChanges() async throws {
        let seconds = Double(configuration.changeRetention.components.seconds)
        try await database.execute(
            """
            WITH d AS (DELETE FROM veil_changes WHERE at < now() - make_interval(secs => \(seconds)) RETURNING xid),
            m AS (SELECT max(xid) AS xid FROM d)
            INSERT INTO veil_meta (name, value)
            SELECT 'changes_pruned', convert_to(m.xid::text, 'UTF8') FROM m WHERE m.xid IS NOT NULL
            ON CONFLICT (name) DO UPDATE SET value = convert_to(greatest(
                convert_from(veil_meta.value, 'UTF8')::bigint, convert_from(EXCLUDED.value, 'UTF8')::bigint)::text, 'UTF8')
            """)
    }
}

/// A change-log row with the current value of what it names (`nil`: gone).
struct FetchedChange: Sendable {
    var tenant: String
    var table: String
    var key: [UInt8]
    var origin: Int64
    var value: [UInt8]?
}

/// The changes of transactions with ids in `[since, before)`, each with the current value of its record (or of
/// the tenant's keyring row, for `#keys`).
struct FetchChanges: PostgresPreparedStatement {
    static let name = "veil_fetch_changes_v1"
    static let sql = """
        SELECT c.tenant, c.tbl, c.key, c.origin, CASE WHEN c.tbl = '#keys' THEN k.record ELSE r.value END
        FROM veil_changes c
        LEFT JOIN veil_records r ON r.tenant = c.tenant AND r.tbl = c.tbl AND r.key = c.key
        LEFT JOIN veil_keyring k ON c.tbl = '#keys' AND k.tenant = c.tenant
        WHERE c.xid >= $1 AND c.xid < $2
        ORDER BY c.xid, c.seq
        """
    typealias Row = FetchedChange

    var since: Int64
    var before: Int64

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 2)
        bindings.append(since)
        bindings.append(before)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> FetchedChange {
        let (tenant, table, key, origin, value) = try row.decode((String, String, ByteBuffer, Int64, ByteBuffer?).self)
        return FetchedChange(tenant: tenant, table: table, key: key.bytes, origin: origin, value: value?.bytes)
    }
}

/// The current values of named records (or keyring rows, table `#keys`), for a second read.
struct FetchRecords: PostgresPreparedStatement {
    static let name = "veil_fetch_records_v1"
    static let sql = """
        SELECT x.tenant, x.tbl, x.key, 0::bigint, CASE WHEN x.tbl = '#keys' THEN k.record ELSE r.value END
        FROM unnest($1::text[], $2::text[], $3::bytea[]) AS x(tenant, tbl, key)
        LEFT JOIN veil_records r ON r.tenant = x.tenant AND r.tbl = x.tbl AND r.key = x.key
        LEFT JOIN veil_keyring k ON x.tbl = '#keys' AND k.tenant = x.tenant
        """
    typealias Row = FetchedChange

    var keys: [PostgresStore.ChangeKey]

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 3)
        bindings.append(keys.map(\.tenant))
        bindings.append(keys.map(\.table))
        bindings.append(keys.map { $0.key.buffer })
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> FetchedChange {
        let (tenant, table, key, _, value) = try row.decode((String, String, ByteBuffer, Int64, ByteBuffer?).self)
        // Origin 0: never this host, so a second read is announced like any other change.
        return FetchedChange(tenant: tenant, table: table, key: key.bytes, origin: 0, value: value?.bytes)
    }
}

/// Wakes one waiter, or the next one to wait, at most once per signal; a wait also ends after its timeout.
final class WakeSignal: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Void, Never>?
        var generation: UInt64 = 0
    }

    private let state = Locked(State())

    /// Wakes the waiter, or makes the next wait return at once.
    func signal() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard let waiter = state.waiter else {
                state.pending = true
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }

    /// Returns on a signal or after `timeout`.
    func wait(for timeout: Duration) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let generation = state.withLock { state -> UInt64? in
                if state.pending {
                    state.pending = false
                    return nil
                }
                state.waiter = continuation
                state.generation &+= 1
                return state.generation
            }
            guard let generation else {
                continuation.resume()
                return
            }
            Task {
                try? await Task.sleep(for: timeout)
                let waiter = self.state.withLock { state -> CheckedContinuation<Void, Never>? in
                    guard state.generation == generation, let waiter = state.waiter else { return nil }
                    state.waiter = nil
                    return waiter
                }
                waiter?.resume()
            }
        }
    }
}
