import Foundation
import Logging
import PostgresNIO
import Veil
import VeilSync

/// Requests and tokens per minute enforced across every host of a ``PostgresStore``.
///
/// Requests are admitted against *claims*: once a second, at once when a tenant becomes active on a host, and as soon
/// as half of a claim is used, a host locks the tenant (an advisory lock), gives back what it claimed and did not use,
/// reads the fleet's claims of the last 60 seconds (`veil_usage`: one row per tenant, second and host) and claims
/// part of what is left: what it used in the last second, twice over (at least a second's worth of the limit, so a
/// tenant that goes from idle to busy is not refused while its next claim is made), and never more than an equal
/// share of what is left among the hosts that claimed for the tenant in the last 5 seconds. A host therefore never
/// sits on a budget another host needs: an idle tenant's limit stays in the pool. Admitting a request is then a
/// counter in memory.
///
/// **Overshoot bound.** Claims within any 60-second window never exceed the limit (they are made under the lock), and
/// a host admits only what it claimed — except, when a tenant becomes active on it, up to a second's worth of the
/// limit (``allowance(_:)``, at least one request) admitted before its first claim and counted by it. So within 60
/// seconds the fleet admits at most `limit + H × max(1, limit / 60)` requests for H hosts (20 per minute and two
/// hosts: 22; 6,000 per minute and two hosts: 6,200). Tokens are known only when an answer ends: they are added to
/// the fleet's count at the next refresh, and a tenant whose fleet count reached its token limit is refused, so it
/// may pass the limit by the tokens of the requests in flight, plus at most one second's worth per host. The
/// concurrency limit stays per host. While the database is unreachable (the last refresh failed, or none for 2 s)
/// every host enforces the limits alone, so the fleet may admit up to H × the limit.
package final class FleetQuota: QuotaCoordinator {
    private struct Usage {
        /// Requests claimed for this host at the last refresh, and admitted against them since.
        var granted = 0
        var used = 0
        /// The second the last claim was recorded in.
        var claimSlot: Int64?
        /// When the last claim was made, and whether a claim was asked for since.
        var claimed: ContinuousClock.Instant?
        var claimAsked = false
        /// Fleet tokens in the window as of the last refresh, and tokens charged here since.
        var tokens: Double = 0
        var unflushedTokens = 0
        /// Seconds until the oldest counted second leaves the window, as of the last refresh.
        var retryAfter = 1
        var exhausted = false
        var lastUsed = ContinuousClock.now
    }

    private struct State {
        var tenants: [TenantID: Usage] = [:]
        var refreshed: ContinuousClock.Instant?
        /// Whether the last refresh failed (the database is unreachable or too slow).
        var failing = false
        /// Tenants that asked for a claim before the next tick.
        var pending: Set<TenantID> = []
        var limits: [TenantID: QuotaPolicy] = [:]
    }

    private let state = Locked(State())
    private let database: PostgresDatabase
    private let hostID: Int64
    private let hostName: String
    private let logger: Logger
    private let runner = Locked<Task<Void, Never>?>(nil)
    private let wake = WakeSignal()
    /// Keys alive: a tenant erased meanwhile is neither counted nor written again.
    private let alive: @Sendable (TenantID) -> Bool
    static let window: Int64 = 60

    init(
        database: PostgresDatabase, hostID: Int64, hostName: String, logger: Logger,
        alive: @escaping @Sendable (TenantID) -> Bool
    ) {
        self.database = database
        self.hostID = hostID
        self.hostName = hostName
        self.logger = logger
        self.alive = alive
    }

    /// Whether the last refresh succeeded, less than 2 seconds ago. Otherwise the limiter enforces the limits in
    /// this process alone: a host whose claim ran out while the database is away keeps serving within its own
    /// limits instead of answering 429 until the database returns.
    package var isCoordinating: Bool {
        state.withLock { state in
            !state.failing && (state.refreshed.map { ContinuousClock.now - $0 < .seconds(2) } ?? false)
        }
    }

    /// What a host may admit for a tenant before its first claim on it (a second's worth of the limit): the claim is
    /// a few milliseconds away, and a burst of a tenant's first requests on a host is not refused meanwhile.
    static func allowance(_ policy: QuotaPolicy) -> Int { max(1, policy.requestsPerMinute / 60) }

    /// Admits against this host's claim (or within the allowance before a tenant's first claim).
    package func admit(tenant: TenantID, policy: QuotaPolicy) -> VeilError? {
        let (refusal, claimNow) = state.withLock { state -> (VeilError?, Bool) in
            var usage = state.tenants[tenant] ?? Usage()
            defer { state.tenants[tenant] = usage }
            state.limits[tenant] = policy
            usage.lastUsed = ContinuousClock.now
            if policy.tokensPerMinute > 0,
                usage.tokens + Double(usage.unflushedTokens) >= Double(policy.tokensPerMinute)
            {
                return (.quotaExceeded("tokens per minute", retryAfter: usage.retryAfter), false)
            }
            guard policy.requestsPerMinute > 0 else { return (nil, false) }
            if usage.used < usage.granted {
                usage.used += 1
                // Half the claim used: claim more now rather than at the next tick, so a steady stream never waits.
                let ask = !usage.claimAsked && 2 * usage.used >= usage.granted
                if ask {
                    usage.claimAsked = true
                    state.pending.insert(tenant)
                }
                return (nil, ask)
            }
            if usage.claimSlot == nil, usage.used < Self.allowance(policy) {
                usage.used += 1
                let ask = !usage.claimAsked
                if ask {
                    usage.claimAsked = true
                    state.pending.insert(tenant)
                }
                return (nil, ask)
            }
            let ask = !usage.claimAsked && !usage.exhausted
            if ask {
                usage.claimAsked = true
                state.pending.insert(tenant)
            }
            return (.quotaExceeded("requests per minute", retryAfter: usage.exhausted ? usage.retryAfter : 1), ask)
        }
        if claimNow { wake.signal() }
        return refusal
    }

    /// Counts tokens used by an admitted request.
    package func charge(tenant: TenantID, policy: QuotaPolicy, tokens: Int) {
        state.withLock { state in state.tenants[tenant, default: Usage()].unflushedTokens += tokens }
    }

    /// Starts the refresh.
    func start() {
        let task = Task { await self.run() }
        runner.withLock { $0 = task }
    }

    /// Stops the refresh.
    func stop() async {
        let task = runner.withLock { task -> Task<Void, Never>? in
            defer { task = nil }
            return task
        }
        task?.cancel()
        wake.signal()
        await task?.value
    }

    /// Forgets an erased tenant's counts.
    func forget(tenant: TenantID) {
        state.withLock { state in
            state.tenants[tenant] = nil
            state.limits[tenant] = nil
        }
    }

    private func run() async {
        var lastPrune = ContinuousClock.now
        var lastTick = ContinuousClock.now - .seconds(2)
        while !Task.isCancelled {
            do {
                // Every second all active tenants; in between, only those that asked for a claim.
                let tick = ContinuousClock.now - lastTick >= .milliseconds(950)
                let asked = state.withLock { state -> Set<TenantID> in
                    defer { state.pending.removeAll() }
                    return state.pending
                }
                if tick { lastTick = ContinuousClock.now }
                try await refresh(only: tick ? nil : asked)
                if ContinuousClock.now - lastPrune > .seconds(30) {
                    lastPrune = ContinuousClock.now
                    try await database.execute(
                        "DELETE FROM veil_usage WHERE slot < extract(epoch FROM now())::bigint - \(2 * Self.window)")
                    try await database.execute("DELETE FROM veil_hosts WHERE seen < now() - interval '1 day'")
                }
            } catch {
                state.withLock { $0.failing = true }
                logger.debug("quota refresh failed", metadata: ["error": "\(type(of: error))"])
            }
            // A claim asked for between ticks starts the next refresh at once (but not more than every 20 ms).
            try? await Task.sleep(for: .milliseconds(20))
            await wake.wait(for: .seconds(1))
        }
        try? await database.execute("DELETE FROM veil_hosts WHERE host = \(hostID)")
    }

    /// One claim per active tenant (or per tenant of `only`): give back the unused part of the last claim, record
    /// the tokens charged, read the fleet's claims and claim anew.
    func refresh(only: Set<TenantID>? = nil) async throws {
        let horizon = ContinuousClock.now - .seconds(Self.window)
        let active = state.withLock { state -> [(TenantID, QuotaPolicy, Usage)] in
            state.tenants = state.tenants.filter { $0.value.lastUsed > horizon }
            return state.tenants.compactMap { tenant, usage in
                guard only?.contains(tenant) ?? true else { return nil }
                return state.limits[tenant].map { (tenant, $0, usage) }
            }
        }
        if only == nil {
            try await database.execute(
                """
                INSERT INTO veil_hosts (host, name, seen) VALUES (\(hostID), \(hostName), now())
                ON CONFLICT (host) DO UPDATE SET seen = now(), name = EXCLUDED.name
                """)
        }
        for (tenant, policy, snapshot) in active where alive(tenant) {
            try await claim(tenant: tenant, policy: policy, snapshot: snapshot)
        }
        let now = ContinuousClock.now
        state.withLock { state in
            state.refreshed = now
            state.failing = false
        }
    }

    private func claim(tenant: TenantID, policy: QuotaPolicy, snapshot: Usage) async throws {
        let name = tenant.rawValue
        let host = hostID
        let limit = Int64(max(0, policy.requestsPerMinute))
        let window = Self.window
        let logger = self.logger
        // What this host used beyond (the starter request) or below its last claim, and the tokens charged since.
        let used = Int64(snapshot.used)
        let granted = Int64(snapshot.granted)
        let tokens = Int64(snapshot.unflushedTokens)
        let previousSlot = snapshot.claimSlot
        // The claim: twice what this host admitted per second since its last claim; at least a second's worth of the
        // limit.
        let elapsed = snapshot.claimed.map { ContinuousClock.now - $0 } ?? .seconds(1)
        let seconds = max(0.05, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        let want = max(max(1, limit / 60), Int64((2 * Double(snapshot.used) / seconds).rounded(.up)))
        let result = try await database.transaction {
            connection -> (grant: Int64, tokens: Int64, retry: Int64, slot: Int64) in
            // A claim lost in a database crash loses counts of at most the last second: no WAL flush to wait for.
            try await connection.query("SET LOCAL synchronous_commit = off", logger: logger)
            try await connection.query(
                "SELECT pg_advisory_xact_lock(hashtext('veil.quota.' || \(name)))", logger: logger)
            var slot: Int64 = 0
            for try await now in try await connection.query(
                "SELECT extract(epoch FROM now())::bigint", logger: logger
            ).decode(Int64.self) {
                slot = now
            }
            // Give back the unused part of the last claim (if it is still in the window); count the starter.
            if let previousSlot, granted > used, previousSlot > slot - window {
                try await connection.query(
                    """
                    UPDATE veil_usage SET requests = greatest(0, requests - \(granted - used))
                    WHERE tenant = \(name) AND slot = \(previousSlot) AND host = \(host)
                    """,
                    logger: logger)
            }
            let extra = max(0, used - granted)
            var total: Int64 = 0
            var fleetTokens: Int64 = 0
            var others: Int64 = 0
            var oldest = slot
            for try await (requests, tokenSum, hosts, first) in try await connection.query(
                """
                SELECT coalesce(sum(requests), 0)::bigint, coalesce(sum(tokens), 0)::bigint,
                       count(DISTINCT host) FILTER (WHERE slot > \(slot - 5) AND host <> \(host) AND requests > 0)::bigint,
                       coalesce(min(slot), \(slot))::bigint
                FROM veil_usage WHERE tenant = \(name) AND slot > \(slot - window)
                """,
                logger: logger
            ).decode((Int64, Int64, Int64, Int64).self) {
                total = requests
                fleetTokens = tokenSum
                others = hosts
                oldest = first
            }
            let left = max(0, limit - total - extra)
            let share = others == 0 ? left : (left + others) / (others + 1)
            let grant = limit == 0 ? 0 : min(share, want)
            try await connection.query(
                """
                INSERT INTO veil_usage (tenant, slot, host, requests, tokens)
                VALUES (\(name), \(slot), \(host), \(grant + extra), \(tokens))
                ON CONFLICT (tenant, slot, host) DO UPDATE
                SET requests = veil_usage.requests + EXCLUDED.requests, tokens = veil_usage.tokens + EXCLUDED.tokens
                """,
                logger: logger)
            return (grant, fleetTokens + tokens, max(1, oldest + window - slot), slot)
        }
        state.withLock { state in
            guard var usage = state.tenants[tenant] else { return }
            // Admissions since the snapshot count against the new claim.
            let since = usage.used - snapshot.used
            usage.granted = Int(result.grant)
            usage.used = max(0, since)
            usage.claimSlot = result.slot
            usage.tokens = Double(result.tokens)
            usage.unflushedTokens -= snapshot.unflushedTokens
            usage.retryAfter = Int(result.retry)
            usage.exhausted = result.grant == 0
            usage.claimed = ContinuousClock.now
            usage.claimAsked = false
            state.tenants[tenant] = usage
        }
    }
}

extension PostgresStore {
    /// Creates the fleet-wide quota coordinator of this store's hosts and starts its refresh; it stops with
    /// ``close()``.
    package func makeQuotaCoordinator() -> FleetQuota {
        let quota = FleetQuota(
            database: database, hostID: hostID, hostName: configuration.applicationName, logger: logger,
            alive: { [weak self] tenant in self?.keysAlive(tenant: tenant) ?? false })
        quota.start()
        observeChanges { change in
            if case .erased(let tenant) = change { quota.forget(tenant: tenant) }
        }
        quotas.withLock { $0.append(quota) }
        return quota
    }
}
