import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import Veil
import VeilTesting

@testable import VeilGateway

@Suite("Gateway")
struct GatewayTests {
    // MARK: Chat completions

    @Test(
        arguments: [
            ("Bearer abc", "abc"), ("bearer  abc \t", "abc"), ("BEARER\tabc", "abc"), ("Bearerabc", nil),
            ("Basic abc", nil), ("Bearer ", nil), ("Bearer", nil), ("", nil), ("Bearer a b", "a b"),
        ] as [(String, String?)])
    func bearerTokenParsing(header: String, token: String?) {
        #expect(VeilRoutes.bearerToken(header) == token)
    }

    @Test func nonStreamingRoundTripAnswersOpenAIJSONWithVeilHeaders() async throws {
        try await GatewayFixture.run { client, _, mocks in
            let key = try await client.createTenant("acme")
            let response = try await client.chat(
                key: key,
                body: chatBody("Hello gateway"),
                headers: [HTTPField.Name("X-Request-Id")!: "req-abc-123"]
            )
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.header("X-Request-Id") == "req-abc-123")
            #expect(response.header("X-Veil-Cache") != nil)
            let choices = try #require(response.json["choices"] as? [[String: Any]])
            let message = try #require(choices.first?["message"] as? [String: Any])
            #expect((message["content"] as? String)?.hasSuffix("You said: Hello gateway") == true)
            #expect(response.json["object"] as? String == "chat.completion")
            #expect(mocks[0].requestCount == 1)
        }
    }

    @Test func requestIDIsGeneratedWhenAbsent() async throws {
        try await GatewayFixture.run { client, _, _ in
            let key = try await client.createTenant("acme")
            let response = try await client.chat(key: key, body: chatBody("hi"))
            #expect(response.header("X-Request-Id")?.hasPrefix("req_") == true)
        }
    }

    @Test func streamingRoundTripSendsSSEChunksAndDone() async throws {
        try await GatewayFixture.run { client, _, _ in
            let key = try await client.createTenant("acme")
            let response = try await client.chat(key: key, body: chatBody("stream me please", stream: true))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream")
            let events = response.events
            #expect(events.last == "[DONE]")
            #expect(events.count >= 4)
            var text = ""
            for event in events.dropLast() {
                let chunk = try #require(try JSONSerialization.jsonObject(with: Data(event.utf8)) as? [String: Any])
                #expect(chunk["object"] as? String == "chat.completion.chunk")
                let choices = chunk["choices"] as? [[String: Any]] ?? []
                if let delta = choices.first?["delta"] as? [String: Any], let content = delta["content"] as? String {
                    text += content
                }
            }
            #expect(text.hasSuffix("You said: stream me please"))
        }
    }

    @Test func streamOptionsIncludeUsageAddsAUsageChunk() async throws {
        try await GatewayFixture.run { client, _, _ in
            let key = try await client.createTenant("acme")
            let response = try await client.chat(
                key: key,
                body: chatBody("count me", stream: true, extra: #","stream_options":{"include_usage":true}"#)
            )
            let events = response.events
            #expect(events.last == "[DONE]")
            let usageChunks = events.dropLast().filter { $0.contains(#""usage":{"#) }
            #expect(usageChunks.count == 1)
        }
    }

    // MARK: Errors

    @Test func missingOrUnknownKeyIs401WithOpenAIErrorShape() async throws {
        try await GatewayFixture.run { client, _, mocks in
            for key in [nil, "vk-not-a-real-key"] as [String?] {
                let response = try await client.chat(key: key, body: chatBody("secret prompt text"))
                #expect(response.status == .unauthorized)
                let error = try #require(response.openAIError)
                #expect(error["type"] as? String == "authentication_error")
                #expect(error["code"] as? String == "invalid_api_key")
                #expect(error.keys.contains("param"))
                #expect(!response.text.contains("secret prompt text"))
            }
            #expect(mocks[0].requestCount == 0)
        }
    }

    @Test func oversizedBodyIs413() async throws {
        try await GatewayFixture.run(bodyLimit: 4096) { client, _, mocks in
            let key = try await client.createTenant("acme")
            let response = try await client.chat(key: key, body: chatBody(String(repeating: "x", count: 10_000)))
            #expect(response.status == .contentTooLarge)
            #expect(response.openAIError?["code"] as? String == "payload_too_large")
            #expect(mocks[0].requestCount == 0)
        }
    }

    @Test func nonJSONContentTypeIs415() async throws {
        try await GatewayFixture.run { client, _, _ in
            let key = try await client.createTenant("acme")
            let response = try await client.chat(key: key, body: chatBody("hi"), contentType: "text/plain")
            #expect(response.status == .unsupportedMediaType)
            #expect(response.openAIError?["type"] as? String == "invalid_request_error")
        }
    }

    @Test func malformedJSONAndWrongTypesAre400WithoutEchoingTheBody() async throws {
        try await GatewayFixture.run { client, _, _ in
            let key = try await client.createTenant("acme")
            let bodies = [
                #"{"model":"mock-gpt","messages":[{"role":"user","content":"my password is hunter2"}"#,
                #"{"model":42,"messages":[{"role":"user","content":"my password is hunter2"}]}"#,
                #"{"model":"mock-gpt","messages":"my password is hunter2"}"#,
                #"{"model":"mock-gpt","messages":[]}"#,
            ]
            for body in bodies {
                let response = try await client.chat(key: key, body: body)
                #expect(response.status == .badRequest, "\(body)")
                let error = try #require(response.openAIError)
                #expect(error["type"] as? String == "invalid_request_error")
                #expect(error["message"] is String)
                #expect(!response.text.contains("hunter2"))
            }
        }
    }

    @Test func quotaExceededIs429WithRetryAfter() async throws {
        try await GatewayFixture.run { client, _, _ in
            let key = try await client.createTenant("small", policy: "tiny")
            for _ in 0..<2 {
                #expect(try await client.chat(key: key, body: chatBody("hi")).status == .ok)
            }
            let response = try await client.chat(key: key, body: chatBody("hi"))
            #expect(response.status == .tooManyRequests)
            #expect(response.headers[.retryAfter].flatMap { Int($0) }.map { $0 >= 1 } == true)
            #expect(response.openAIError?["type"] as? String == "rate_limit_error")
            // Another tenant is not affected.
            let other = try await client.createTenant("other")
            #expect(try await client.chat(key: other, body: chatBody("hi")).status == .ok)
        }
    }

    @Test func upstreamFailureIs502AndClientErrorIsPassedOn() async throws {
        var broken = MockUpstreamConfiguration(name: "broken")
        broken.failure = .status(500)
        try await GatewayFixture.run(upstreams: [broken]) { client, _, mocks in
            let key = try await client.createTenant("acme")
            let response = try await client.chat(key: key, body: chatBody("hi"))
            #expect(response.status == .badGateway)
            #expect(response.openAIError?["type"] as? String == "api_error")
            mocks[0].setFailure(.status(400))
            let rejected = try await client.chat(key: key, body: chatBody("hi again"))
            #expect(rejected.status == .badRequest)
        }
    }

    @Test func unknownRouteIs404InOpenAIShape() async throws {
        try await GatewayFixture.run { client, _, _ in
            let response = try await client.execute(uri: "/v1/nothing-here", method: .get)
            #expect(response.status == .notFound)
            #expect(response.openAIError != nil)
        }
    }

    // MARK: Models, health

    @Test func modelsAreFilteredByTheTenantsPolicy() async throws {
        try await GatewayFixture.run { client, _, _ in
            let open = try await client.createTenant("open")
            let restricted = try await client.createTenant("closed", policy: "restricted")
            #expect(try await client.modelIDs(key: open).sorted() == ["mock-gpt", "other-gpt"])
            #expect(try await client.modelIDs(key: restricted) == ["mock-gpt"])
            let anonymous = try await client.execute(uri: "/v1/models", method: .get)
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test("an upstream configured without a model list is asked for its own, and the policy still filters it")
    func modelsComeFromTheUpstreamWhenNotConfigured() async throws {
        var first = MockUpstreamConfiguration(name: "mock-a")
        first.models = ["gpt-b", "gpt-a"]
        var second = MockUpstreamConfiguration(name: "mock-b")
        second.models = ["mock-gpt", "gpt-a"]
        try await GatewayFixture.run(upstreams: [first, second], models: []) { client, _, mocks in
            let open = try await client.createTenant("open")
            let restricted = try await client.createTenant("closed", policy: "restricted")
            #expect(try await client.modelIDs(key: open) == ["gpt-a", "gpt-b", "mock-gpt"])
            #expect(try await client.modelIDs(key: restricted) == ["mock-gpt"])
            // The lists are kept for a minute: listing again does not ask the upstreams again.
            #expect(mocks.map(\.modelsRequestCount) == [1, 1])
            _ = try await client.modelIDs(key: open)
            #expect(mocks.map(\.modelsRequestCount) == [1, 1])
        }
    }

    @Test func healthAndReadiness() async throws {
        try await GatewayFixture.run { client, _, _ in
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .ok)
            #expect(ready.json["ready"] as? Bool == true)
        }
    }

    // MARK: Admin

    @Test func adminAPIRequiresTheAdminKey() async throws {
        try await GatewayFixture.run { client, _, _ in
            let tenantKey = try await client.createTenant("acme")
            for header in [nil, "Bearer wrong", "Bearer \(tenantKey)"] as [String?] {
                var headers: HTTPFields = [:]
                if let header { headers[.authorization] = header }
                let response = try await client.execute(uri: "/admin/tenants", method: .get, headers: headers)
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func adminCreatesListsAndManagesKeysAndPolicies() async throws {
        try await GatewayFixture.run { client, _, _ in
            let admin: HTTPFields = [
                .authorization: "Bearer \(GatewayFixture.adminKey)", .contentType: "application/json",
            ]
            let first = try await client.createTenant("acme")
            let list = try await client.execute(uri: "/admin/tenants", method: .get, headers: admin)
            #expect(list.status == .ok)
            let ids = (list.json["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids == ["acme"])

            let added = try await client.execute(uri: "/admin/tenants/acme/keys", method: .post, headers: admin)
            #expect(added.status == .created)
            let second = try #require(added.json["api_key"] as? String)
            #expect(second != first)
            #expect(try await client.chat(key: second, body: chatBody("hi")).status == .ok)
            #expect(try await client.chat(key: first, body: chatBody("hi")).status == .ok)

            let policy = try await client.execute(
                uri: "/admin/tenants/acme/policy",
                method: .put,
                headers: admin,
                body: ByteBuffer(string: #"{"policy":"restricted"}"#)
            )
            #expect(policy.status == .ok)
            let stats = try await client.execute(uri: "/admin/tenants/acme/stats", method: .get, headers: admin)
            #expect(stats.status == .ok)
            #expect(stats.json["entries"] is Int)

            let duplicate = try await client.execute(
                uri: "/admin/tenants",
                method: .post,
                headers: admin,
                body: ByteBuffer(string: #"{"id":"acme"}"#)
            )
            #expect(duplicate.status.code >= 400)
            let invalid = try await client.execute(
                uri: "/admin/tenants",
                method: .post,
                headers: admin,
                body: ByteBuffer(string: #"{"id":"no spaces allowed"}"#)
            )
            #expect(invalid.status == .badRequest)
        }
    }

    @Test("a policy that exists neither as a file nor built in is the caller's 400, and nothing is created")
    func unknownPolicyIsABadRequest() async throws {
        try await GatewayFixture.run { client, _, _ in
            let admin: HTTPFields = [
                .authorization: "Bearer \(GatewayFixture.adminKey)", .contentType: "application/json",
            ]
            let created = try await client.execute(
                uri: "/admin/tenants",
                method: .post,
                headers: admin,
                body: ByteBuffer(string: #"{"id":"acme","policy":"no-such-policy"}"#)
            )
            #expect(created.status == .badRequest)
            let error = try #require(created.json["error"] as? [String: Any])
            #expect(error["type"] as? String == "invalid_request_error")
            #expect((error["message"] as? String)?.contains("unknown policy") == true)
            let list = try await client.execute(uri: "/admin/tenants", method: .get, headers: admin)
            #expect((list.json["data"] as? [Any])?.isEmpty == true)

            // The fixture's policy directory has no strict.yaml: the shipped one is compiled in.
            _ = try await client.createTenant("globex", policy: "strict")
            let changed = try await client.execute(
                uri: "/admin/tenants/globex/policy",
                method: .put,
                headers: admin,
                body: ByteBuffer(string: #"{"policy":"no-such-policy"}"#)
            )
            #expect(changed.status == .badRequest)
            let listed = try await client.execute(uri: "/admin/tenants", method: .get, headers: admin)
            let policies = (listed.json["data"] as? [[String: Any]] ?? []).compactMap { $0["policy"] as? String }
            #expect(policies == ["strict"])
        }
    }

    // MARK: Live sockets

    @Test func liveServerStreamsOverARealSocket() async throws {
        try await GatewayFixture.run(setup: .live) { client, _, _ in
            let key = try await client.createTenant("acme")
            let response = try await client.chat(key: key, body: chatBody("over the wire", stream: true))
            #expect(response.status == .ok)
            #expect(response.events.last == "[DONE]")
        }
    }
}
