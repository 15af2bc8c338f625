import Logging
import VeilEmbedding

extension Veil {
    /// What this process does when another host of a shared store changed something: the store already serves the
    /// new records; what this process derived from the old ones goes.
    ///
    /// * API keys and tenant records: the tenant directory's cached key digests and policy are dropped, so a revoked
    ///   key or a changed policy takes effect on the next request.
    /// * Index vectors: the tenant's in-memory semantic index (if loaded) gains or loses the entry, so an answer
    ///   stored through another host becomes a semantic hit here, and one evicted there stops matching here.
    /// * Erasure, or a full reload: the tenant's (every tenant's) index and cached policy and digests go.
    static func replicationHandler(
        store: any VeilStore, cache: ResponseCache, tenants: TenantDirectory
    ) -> @Sendable (StoreChange) -> Void {
        { change in
            switch change {
            case .record(let tenant, let table, let key, let present):
                if table == .apiKeys || table == .tenants {
                    tenants.invalidate(tenant)
                } else if table == .vectors {
                    applyIndexChange(
                        tenant: tenant, key: key, present: present, store: store, cache: cache, tenants: tenants)
                }
            case .keys(let tenant):
                tenants.invalidate(tenant)
            case .erased(let tenant):
                cache.forget(tenant: tenant)
                tenants.invalidate(tenant)
            case .reloaded:
                for tenant in cache.loadedTenants { cache.forget(tenant: tenant) }
                tenants.invalidate(nil)
            }
        }
    }

    /// Adds or removes one entry of a loaded tenant's index, from the (already replicated) sealed vector record.
    private static func applyIndexChange(
        tenant: TenantID, key: [UInt8], present: Bool, store: any VeilStore, cache: ResponseCache,
        tenants: TenantDirectory
    ) {
        // Only a tenant whose index is in memory: an unloaded one is built from the store when first needed.
        guard cache.loadedTenants.contains(tenant), let state = try? cache.state(for: tenant) else { return }
        let id = CacheKeys.entryID(key)
        guard present else {
            state.remove(ids: [id])
            return
        }
        guard let bytes = try? store.get(.vectors, tenant: tenant, key: key),
            let meta = try? EntryMetadata(decoding: bytes)
        else { return }
        let kind = (try? tenants.tenant(tenant)).map { TenantCacheState.IndexKind($0.policy.cache.semantic) } ?? .graph
        state.insert(
            id: id,
            meta: TenantCacheState.Meta(key: key, entry: meta),
            vector: meta.vector,
            index: kind
        )
    }
}
