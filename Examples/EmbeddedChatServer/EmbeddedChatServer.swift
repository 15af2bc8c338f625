import Foundation
import Hummingbird
import Veil
import VeilGateway
import VeilUpstream

/// A chat server that embeds Veil in process instead of running the `veil serve` daemon.
///
/// The server keeps its own notion of users and tenants (here: one tenant, users named in the request); Veil does the
/// privacy and caching. Two ways are shown side by side:
///
/// * `POST /chat` — the app's own endpoint calls `veil.complete(_:tenant:options:)` directly;
/// * `/llm/v1/chat/completions` — Veil's OpenAI-compatible routes mounted in the app's router, for clients that speak
///   the OpenAI API (authenticated with Veil tenant keys).
///
/// Run: `MODEL_URL=http://127.0.0.1:9000/v1 swift run EmbeddedChatServer` (e.g. against `veil mock-upstream`), then
/// `curl -s localhost:8090/chat -d '{"user":"u1","message":"I am Ana, ana@example.com. Opening hours?"}'`.
@main
struct EmbeddedChatServer {
    struct ChatInput: Decodable {
        var user: String
        var message: String
    }

    struct ChatOutput: ResponseEncodable {
        var answer: String
        var cache: String
        var redactions: [String: Int]
    }

    static func main() async throws {
        let environment = ProcessInfo.processInfo.environment
        let upstream = UpstreamPoolConfiguration(endpoints: [
            UpstreamEndpoint(
                name: "model",
                baseURL: environment["MODEL_URL"] ?? "http://127.0.0.1:9000/v1",
                apiKey: environment["MODEL_API_KEY"].map(Secret.init)
            )
        ])
        let dataDirectory = environment["DATA_DIR"] ?? "./embedded-veil-data"
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        let veil = try await Veil(
            configuration: VeilConfiguration(dataDirectory: dataDirectory, upstream: upstream)
        )
        let tenantID = TenantID("my-app") ?? TenantID("app")!
        let tenant: Tenant
        if let existing = try veil.tenants.tenant(tenantID) {
            tenant = existing
        } else {
            let (created, apiKey) = try await veil.tenants.create(id: tenantID, policy: "default")
            print("created tenant \(created.id); OpenAI-compatible key for /llm/v1: \(apiKey)")
            tenant = created
        }

        let router = Router()
        router.post("chat") { request, context -> ChatOutput in
            let input = try await request.decode(as: ChatInput.self, context: context)
            let chat = ChatRequest(
                model: environment["MODEL"] ?? "mock-gpt",
                messages: [ChatMessage(role: "user", text: input.message)],
                temperature: 0
            )
            let response = try await veil.complete(chat, tenant: tenant, options: RequestOptions(subject: input.user))
            let completion = try await response.completion()
            return ChatOutput(
                answer: completion.choices.first?.message.text ?? "",
                cache: response.info.cacheStatus.rawValue,
                redactions: response.info.redactions
            )
        }
        router.add(middleware: OpenAIErrorMiddleware())
        VeilRoutes(veil: veil).register(on: router.group("llm/v1"))

        var app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: Int(environment["PORT"] ?? "") ?? 8090))
        )
        app.addServices(VeilService(veil: veil, logger: app.logger))
        try await app.runService()
    }
}
