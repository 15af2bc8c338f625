import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Veil
import VeilCrypto
import VeilDataRights

/// The operator's API under `/admin`, guarded by a separate admin key.
///
/// | Method | Path | Does |
/// |---|---|---|
/// | `POST` | `/admin/tenants` `{"id","policy"?}` | creates a tenant; answers its first API key (shown once) |
/// | `GET` | `/admin/tenants` | lists tenants and their policies |
/// | `POST` | `/admin/tenants/{id}/keys` | adds an API key (shown once) |
/// | `GET` | `/admin/tenants/{id}/keys` | lists key ids and creation times (never the keys) |
/// | `DELETE` | `/admin/tenants/{id}/keys/{keyID}` | revokes a key |
/// | `PUT` | `/admin/tenants/{id}/policy` `{"policy"}` | sets the tenant's policy by name |
/// | `GET` | `/admin/tenants/{id}/stats` | entries, bytes, hit ratio, tokens saved, verdicts, suspension |
/// | `POST` | `/admin/tenants/{id}/semantic/resume` | resumes a semantic tier its false-hit budget suspended |
public struct AdminRoutes: Sendable {
    /// The facade.
    public let veil: Veil
    /// The policy of tenants created without one.
    public let defaultPolicy: String
    /// Where tenant creation is recorded, when the data-rights log is available.
    public let audit: AuditLog?
    private let adminKeyDigest: [UInt8]

    /// Creates the routes.
    ///
    /// - Parameters:
    ///   - veil: The facade.
    ///   - adminKey: The admin key; kept only as a SHA-256 digest and compared in constant time.
    ///   - defaultPolicy: The policy of tenants created without one.
    ///   - audit: The audit log tenant creation is appended to.
    public init(veil: Veil, adminKey: String, defaultPolicy: String = "default", audit: AuditLog? = nil) {
        self.veil = veil
        self.defaultPolicy = defaultPolicy
        self.audit = audit
        self.adminKeyDigest = Self.digest(adminKey)
    }

    /// Adds the routes to `router` (typically an `admin` group).
    ///
    /// - Parameter router: A router or group.
    public func register<Context: RequestContext>(on router: some RouterMethods<Context>) {
        router.post("tenants") { request, _ in try await self.createTenant(request) }
        router.get("tenants") { request, _ in try self.listTenants(request) }
        router.post("tenants/:tenant/keys") { request, context in
            try await self.addKey(request, tenant: context.parameters.get("tenant") ?? "")
        }
        router.get("tenants/:tenant/keys") { request, context in
            try self.listKeys(request, tenant: context.parameters.get("tenant") ?? "")
        }
        router.delete("tenants/:tenant/keys/:key") { request, context in
            try await self.revokeKey(
                request,
                tenant: context.parameters.get("tenant") ?? "",
                keyID: context.parameters.get("key") ?? ""
            )
        }
        router.put("tenants/:tenant/policy") { request, context in
            try await self.setPolicy(request, tenant: context.parameters.get("tenant") ?? "")
        }
        router.get("tenants/:tenant/stats") { request, context in
            try self.stats(request, tenant: context.parameters.get("tenant") ?? "")
        }
        router.post("tenants/:tenant/semantic/resume") { request, context in
            try await self.resumeSemantic(request, tenant: context.parameters.get("tenant") ?? "")
        }
    }

    func resumeSemantic(_ request: Request, tenant: String) async throws -> Response {
        try self.authorize(request)
        let id = try self.existingTenant(tenant)
        let wasSuspended = try await self.veil.resumeSemanticCache(tenant: id)
        return Self.json(
            status: .ok, #"{"id":"# + JSONText.string(id.rawValue) + #","was_suspended":\#(wasSuspended)}"#)
    }

    func authorize(_ request: Request) throws {
        guard let header = request.headers[.authorization], header.utf8.count > 7,
            header.prefix(7).lowercased() == "bearer "
        else { throw VeilError.unauthorized }
        let presented = Self.digest(String(header.dropFirst(7)))
        guard constantTimeEquals(presented, self.adminKeyDigest) else { throw VeilError.unauthorized }
    }

    func createTenant(_ request: Request) async throws -> Response {
        try self.authorize(request)
        let body = try await Self.object(request)
        guard let text = body["id"] as? String, let id = TenantID(text) else { throw VeilError.invalidRequest("id") }
        let policy = body["policy"] as? String ?? self.defaultPolicy
        let (tenant, key) = try await self.veil.tenants.create(id: id, policy: policy)
        _ = try? await self.audit?.append(.tenantCreated, tenant: id)
        return Self.json(
            status: .created,
            #"{"id":"# + JSONText.string(tenant.id.rawValue) + #","policy":"# + JSONText.string(policy)
                + #","api_key":"# + JSONText.string(key) + "}"
        )
    }

    func listTenants(_ request: Request) throws -> Response {
        try self.authorize(request)
        let items = try self.veil.tenants.list().sorted { $0.id < $1.id }.map { record in
            #"{"id":"# + JSONText.string(record.id.rawValue) + #","policy":"# + JSONText.string(record.policy)
                + #","created":\#(record.created)}"#
        }
        return Self.json(status: .ok, #"{"object":"list","data":["# + items.joined(separator: ",") + "]}")
    }

    func addKey(_ request: Request, tenant: String) async throws -> Response {
        try self.authorize(request)
        let id = try self.existingTenant(tenant)
        let key = try await self.veil.tenants.addKey(tenant: id)
        return Self.json(status: .created, #"{"api_key":"# + JSONText.string(key) + "}")
    }

    func listKeys(_ request: Request, tenant: String) throws -> Response {
        try self.authorize(request)
        let id = try self.existingTenant(tenant)
        let items = try self.veil.tenants.keys(tenant: id).map { key in
            #"{"id":"# + JSONText.string(key.id) + #","created":\#(key.created)}"#
        }
        return Self.json(status: .ok, #"{"object":"list","data":["# + items.joined(separator: ",") + "]}")
    }

    func revokeKey(_ request: Request, tenant: String, keyID: String) async throws -> Response {
        try self.authorize(request)
        let id = try self.existingTenant(tenant)
        guard try await self.veil.tenants.revokeKey(tenant: id, keyID: keyID) else { throw VeilError.notFound }
        return Response(status: .noContent)
    }

    func setPolicy(_ request: Request, tenant: String) async throws -> Response {
        try self.authorize(request)
        let id = try self.existingTenant(tenant)
        let body = try await Self.object(request)
        guard let name = body["policy"] as? String, !name.isEmpty else { throw VeilError.invalidRequest("policy") }
        try await self.veil.tenants.setPolicy(id, name: name)
        return Self.json(
            status: .ok, #"{"id":"# + JSONText.string(id.rawValue) + #","policy":"# + JSONText.string(name) + "}")
    }

    func stats(_ request: Request, tenant: String) throws -> Response {
        try self.authorize(request)
        let id = try self.existingTenant(tenant)
        let stats = self.veil.cache.stats(tenant: id)
        return Self.json(
            status: .ok,
            #"{"id":"# + JSONText.string(id.rawValue) + #","entries":\#(stats.entries),"bytes":\#(stats.bytes),"#
                + #""exact_hits":\#(stats.exactHits),"semantic_hits":\#(stats.semanticHits),"misses":\#(stats.misses),"#
                + #""hit_ratio":\#(stats.hitRatio),"tokens_saved":\#(stats.tokensSaved),"#
                + #""single_flight_joins":\#(stats.singleFlightJoins),"faults":\#(stats.faults),"#
                + #""wrong_verdicts":\#(stats.wrongVerdicts),"good_verdicts":\#(stats.goodVerdicts),"#
                + #""semantic_suspended":\#(stats.semanticSuspended)}"#
        )
    }

    /// The id of a tenant that exists, or 404.
    func existingTenant(_ text: String) throws -> TenantID {
        guard let id = TenantID(text), try self.veil.tenants.record(id) != nil else { throw VeilError.notFound }
        return id
    }

    /// Reads an admin request's JSON object body (at most 64 KiB; empty is `[:]`), or throws 413 or 400.
    ///
    /// Read by ``VeilRoutes/readBody(_:limit:discardTime:)``, so that an over-limit body sent with
    /// `Connection: close` is drained and its sender reads the 413, as on the chat routes.
    static func object(_ request: Request) async throws -> [String: Any] {
        let buffer = try await VeilRoutes.readBody(request, limit: Self.bodyLimit)
        if buffer.readableBytes == 0 { return [:] }
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any]
        else { throw VeilError.invalidRequest("body is not a JSON object") }
        return object
    }

    /// The largest admin request body: tenant ids, policies and erasure requests are a few hundred bytes.
    static let bodyLimit = 64 << 10

    static func json(status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func digest(_ key: String) -> [UInt8] {
        SHA256.hash(Array(key.utf8))
    }
}
