import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import Veil

@Suite("Admin data-rights routes")
struct DataRightsRoutesTests {
    let admin: HTTPFields = [.authorization: "Bearer \(GatewayFixture.adminKey)", .contentType: "application/json"]

    @Test("an erasure job over the admin API ends with a receipt, the key stops working, the audit log verifies")
    func eraseThroughAdminAPI() async throws {
        try await GatewayFixture.run(dataRights: true) { client, _, _ in
            let acme = try await client.createTenant("acme")
            let globex = try await client.createTenant("globex")
            let asked = try await client.chat(key: acme, body: chatBody("What are your opening hours? canary-7f31"))
            #expect(asked.status == .ok)
            let exported = try await client.execute(uri: "/admin/tenants/acme/export", method: .get, headers: admin)
            #expect(exported.status == .ok)
            let start = try await client.execute(
                uri: "/admin/tenants/acme/erase",
                method: .post,
                headers: admin,
                body: ByteBuffer(string: "{}")
            )
            #expect(start.status == .accepted)
            let job = try #require(start.json["job"] as? String)
            var state = ""
            for _ in 0..<200 {
                let status = try await client.execute(uri: "/admin/erasures/\(job)", method: .get, headers: admin)
                state = status.json["state"] as? String ?? ""
                if state != "running" { break }
                try await Task.sleep(for: .milliseconds(25))
            }
            #expect(state == "succeeded")
            let after = try await client.chat(key: acme, body: chatBody("Hello"))
            #expect(after.status == .unauthorized)
            let other = try await client.chat(key: globex, body: chatBody("Hello"))
            #expect(other.status == .ok)
            let receipts = try await client.execute(uri: "/admin/receipts", method: .get, headers: admin)
            #expect(receipts.status == .ok)
            #expect(!receipts.text.contains("acme"))
            let audit = try await client.execute(uri: "/admin/audit", method: .get, headers: admin)
            #expect(audit.status == .ok)
            #expect((audit.json["verified_entries"] as? Int ?? 0) >= 3)
            let unauthorized = try await client.execute(uri: "/admin/receipts", method: .get, headers: [:])
            #expect(unauthorized.status == .unauthorized)
        }
    }
}
