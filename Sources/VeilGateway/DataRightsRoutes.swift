import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Veil
import VeilDataRights

/// The data-rights part of the admin API: erasure jobs, exports, receipts and the audit log.
///
/// Erasure runs as a background job (`202 Accepted` with a job id) because compacting a large store takes seconds;
/// the job's status carries the receipt when it is done. Everything here needs the admin key.
public struct DataRightsRoutes: Sendable {
    let admin: AdminRoutes
    let rights: DataRights

    /// Creates the routes; `admin` supplies the admin-key check and tenant lookup.
    public init(admin: AdminRoutes, rights: DataRights) {
        self.admin = admin
        self.rights = rights
    }

    /// Adds the routes to `router` (mounted under `/admin`).
    public func register<Context: RequestContext>(on router: some RouterMethods<Context>) {
        router.post("tenants/:tenant/erase") { request, context in
            try admin.authorize(request)
            let tenant = context.parameters.get("tenant") ?? ""
            guard let id = TenantID(tenant) else { throw VeilError.notFound }
            let body = try await AdminRoutes.object(request)
            let subject = body["subject"] as? String
            if subject == nil { _ = try admin.existingTenant(tenant) }
            let job = try rights.jobs.start(tenant: id, subject: subject)
            return AdminRoutes.json(status: .accepted, #"{"job":"# + JSONText.string(job) + #","state":"running"}"#)
        }
        router.get("erasures/:job") { request, context in
            try admin.authorize(request)
            guard let job = rights.jobs.job(id: context.parameters.get("job") ?? "") else { throw VeilError.notFound }
            return try Self.encode(job)
        }
        router.get("erasures") { request, _ in
            try admin.authorize(request)
            return try Self.encode(rights.jobs.all())
        }
        router.get("tenants/:tenant/export") { request, context in
            try admin.authorize(request)
            let id = try admin.existingTenant(context.parameters.get("tenant") ?? "")
            let subject = request.uri.queryParameters.get("subject")
            var output = ByteBuffer()
            _ = try await rights.exporter.export(tenant: id, subject: subject) { line in
                output.writeBytes(line)
                output.writeString("\n")
            }
            return Response(
                status: .ok,
                headers: [.contentType: "application/x-ndjson"],
                body: .init(byteBuffer: output)
            )
        }
        router.get("receipts") { request, _ in
            try admin.authorize(request)
            return try Self.encode(try await rights.receipts.list())
        }
        router.get("receipts/:id") { request, context in
            try admin.authorize(request)
            guard let receipt = try await rights.receipts.receipt(id: context.parameters.get("id") ?? "") else {
                throw VeilError.notFound
            }
            return try Self.encode(receipt)
        }
        router.get("audit") { request, _ in
            try admin.authorize(request)
            let verified = try await rights.audit.verify()
            let entries = try await rights.audit.entries()
            let body = try JSONEncoder().encode(entries)
            return AdminRoutes.json(
                status: .ok,
                #"{"verified_entries":\#(verified),"entries":"# + String(decoding: body, as: UTF8.self) + "}"
            )
        }
    }

    static func encode<T: Encodable>(_ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return AdminRoutes.json(status: .ok, String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
