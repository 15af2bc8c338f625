/// The MACs one request is looked up and stored under, all keyed by the tenant's lookup key.
struct CacheKeys: Sendable, Hashable {
    /// Exact-tier key: MAC(context ‖ query); also the record key of the entry and its vector.
    var exact: [UInt8]
    /// MAC of the context alone (first 16 bytes): the semantic tier compares only within one context.
    var contextID: [UInt8]
    /// MAC of the end-user subject, or empty.
    var subjectMAC: [UInt8]
    /// The index id of the entry (the first 8 bytes of ``exact``).
    var entryID: UInt64 { CacheKeys.entryID(exact) }

    static func entryID(_ key: [UInt8]) -> UInt64 {
        var id: UInt64 = 0
        for byte in key.prefix(8) { id = id << 8 | UInt64(byte) }
        return id
    }

    init(material: CacheKeyMaterial, tenant: TenantID, subject: String?, scope: CacheScope, store: any TenantStore)
        throws
    {
        subjectMAC = try subject.map { try store.mac(tenant: tenant, purpose: .subject, Array($0.utf8)) } ?? []
        var context = material.context
        if scope == .user {
            context.append(contentsOf: "\u{0}subject\u{0}".utf8)
            context.append(contentsOf: subjectMAC)
        }
        var contextMessage = Array("ctx\u{0}".utf8)
        contextMessage.append(contentsOf: context)
        contextID = Array(try store.mac(tenant: tenant, purpose: .cacheLookup, contextMessage).prefix(16))
        var exactMessage = Array("exact\u{0}".utf8)
        exactMessage.append(contentsOf: context)
        exactMessage.append(0)
        exactMessage.append(contentsOf: material.queryRole.utf8)
        exactMessage.append(0)
        exactMessage.append(contentsOf: material.query.utf8)
        exact = try store.mac(tenant: tenant, purpose: .cacheLookup, exactMessage)
    }
}
