import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import Veil
import VeilCrypto
import VeilGateway
import VeilKeyring

/// A Hummingbird chat server that embeds Veil in-process mounts its routes under its own prefix.
@Suite("Embedded routes")
struct EmbeddedRoutesTests {
    @Test func routesMountUnderAnotherAppsRouterWithAnyResponder() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("veil-embed-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let policies = root + "/policies"
        try FileManager.default.createDirectory(atPath: policies, withIntermediateDirectories: true)
        try "name: default\n".write(toFile: policies + "/default.yaml", atomically: true, encoding: .utf8)
        let responder = ClosureResponder { request, _ in
            let answer = ChatMessage(
                role: "assistant", text: "in-process answer to \(request.messages.count) message(s)")
            return .complete(
                ChatCompletion(
                    id: "chatcmpl-local",
                    created: 1,
                    model: request.model,
                    choices: [.init(index: 0, message: answer, finishReason: "stop")],
                    usage: Usage(promptTokens: 3, completionTokens: 5)
                )
            )
        }
        let veil = try await Veil(
            configuration: VeilConfiguration(
                dataDirectory: root + "/data",
                masterKey: .base64(Data(repeating: 9, count: 32).base64EncodedString()),
                policyDirectory: policies,
                logger: Logger(label: "test")
            ),
            responder: responder
        )
        let (_, key) = try await veil.tenants.create(id: TenantID("embedded")!, policy: "default")

        // The host application's own router, with its own routes next to Veil's.
        let router = Router()
        router.add(middleware: OpenAIErrorMiddleware())
        router.get("hello") { _, _ in "host app" }
        VeilRoutes(veil: veil).register(on: router.group("api/llm/v1"))
        let app = Application(router: router)

        try await app.test(.router) { client in
            #expect(try await client.execute(uri: "/hello", method: .get).text == "host app")
            let response = try await client.chat(key: key, body: chatBody("hi"), path: "/api/llm/v1/chat/completions")
            #expect(response.status == .ok)
            let choices = try #require(response.json["choices"] as? [[String: Any]])
            let message = try #require(choices.first?["message"] as? [String: Any])
            #expect(message["content"] as? String == "in-process answer to 1 message(s)")
            let denied = try await client.chat(key: nil, body: chatBody("hi"), path: "/api/llm/v1/chat/completions")
            #expect(denied.status == .unauthorized)
        }
        try await veil.shutdown()
    }
}
