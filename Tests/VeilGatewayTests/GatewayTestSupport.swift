import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Prometheus
import Veil
import VeilCrypto
import VeilDataRights
import VeilGateway
import VeilKeyring
import VeilTesting
import VeilUpstream

/// A gateway over one or more mock upstreams, with a temp data dir and test policies.
struct GatewayFixture {
    static let adminKey = "test-admin-key-0123456789"

    /// Policies the tests use besides the shipped ones.
    static let policies: [String: String] = [
        "default": "name: default\n",
        "tiny": "name: tiny\nquotas:\n  requests_per_minute: 2\n",
        "restricted": "name: restricted\nallowed_models: [\"mock-gpt\"]\n",
        "narrow": "name: narrow\ncache:\n  enabled: false\nquotas:\n  concurrent_requests: 2\n",
    ]

    /// Runs `body` with a started application over fresh mock upstreams.
    static func run(
        upstreams: [MockUpstreamConfiguration] = [MockUpstreamConfiguration(name: "mock-a")],
        models: [String] = ["mock-gpt", "other-gpt"],
        bodyLimit: Int = 1 << 20,
        setup: TestingSetup = .router,
        metrics: GatewayMetrics = GatewayMetrics(),
        registry: PrometheusCollectorRegistry? = nil,
        requestLogger: Logger = Logger(label: "veil.request"),
        dataRights: Bool = false,
        _ body: @Sendable (any TestClientProtocol, Veil, [MockUpstream]) async throws -> Void
    ) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("veil-gw-\(UUID().uuidString)").path
        let policyDirectory = root + "/policies"
        try FileManager.default.createDirectory(atPath: policyDirectory, withIntermediateDirectories: true)
        for (name, text) in policies {
            try text.write(toFile: policyDirectory + "/\(name).yaml", atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(atPath: root) }
        var mocks: [MockUpstream] = []
        do {
            for configuration in upstreams { mocks.append(try await MockUpstream.start(configuration)) }
            var configuration = GatewayConfiguration()
            configuration.port = 0
            configuration.dataDirectory = root + "/data"
            configuration.policiesDirectory = policyDirectory
            configuration.bodyLimit = bodyLimit
            configuration.healthCheckInterval = nil
            configuration.upstreams = zip(upstreams, mocks).map { config, mock in
                var upstream = GatewayConfiguration.Upstream(name: config.name, baseURL: mock.baseURL)
                upstream.models = models
                return upstream
            }
            configuration.maxAttempts = 3
            var pool = try configuration.upstreamPoolConfiguration(environment: [:])
            pool.retry.baseBackoff = .milliseconds(1)
            try FileManager.default.createDirectory(
                atPath: configuration.dataDirectory, withIntermediateDirectories: true)
            let veil = try await Veil(
                configuration: VeilConfiguration(
                    dataDirectory: configuration.dataDirectory,
                    masterKey: .base64(Data(repeating: 7, count: 32).base64EncodedString()),
                    policyDirectory: policyDirectory,
                    defaultPolicy: "default",
                    upstream: pool,
                    logger: Logger(label: "test")
                )
            )
            let app = buildApplication(
                configuration: configuration,
                veil: veil,
                adminKey: adminKey,
                registry: registry,
                metrics: metrics,
                requestLogger: requestLogger,
                rights: dataRights ? try DataRights(veil: veil) : nil
            )
            let captured = mocks
            do {
                try await app.test(setup) { client in try await body(client, veil, captured) }
            } catch {
                try? await veil.shutdown()
                throw error
            }
            try? await veil.shutdown()
        } catch {
            for mock in mocks { try? await mock.shutdown() }
            throw error
        }
        for mock in mocks { try? await mock.shutdown() }
    }
}

extension TestClientProtocol {
    /// `GET /v1/models` with a tenant's key: the model ids, in the order listed (empty unless the answer is a 200 list).
    func modelIDs(key: String) async throws -> [String] {
        let response = try await self.execute(
            uri: "/v1/models",
            method: .get,
            headers: [.authorization: "Bearer \(key)"]
        )
        guard response.status == .ok,
            let json = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any],
            json["object"] as? String == "list"
        else { return [] }
        return (json["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// Creates a tenant through the admin API and returns its API key.
    func createTenant(_ id: String, policy: String? = nil) async throws -> String {
        var body = #"{"id":"\#(id)""#
        if let policy { body += #","policy":"\#(policy)""# }
        body += "}"
        let response = try await self.execute(
            uri: "/admin/tenants",
            method: .post,
            headers: [.authorization: "Bearer \(GatewayFixture.adminKey)", .contentType: "application/json"],
            body: ByteBuffer(string: body)
        )
        guard response.status == .created,
            let json = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any],
            let key = json["api_key"] as? String
        else { throw FixtureError.tenantNotCreated(Int(response.status.code)) }
        return key
    }

    /// Posts a chat request.
    func chat(
        key: String?,
        body: String,
        headers extra: HTTPFields = [:],
        contentType: String? = "application/json",
        path: String = "/v1/chat/completions"
    ) async throws -> TestResponse {
        var headers = extra
        if let key { headers[.authorization] = "Bearer \(key)" }
        if let contentType { headers[.contentType] = contentType }
        return try await self.execute(
            uri: path,
            method: .post,
            headers: headers,
            body: ByteBuffer(string: body)
        )
    }
}

enum FixtureError: Error {
    case tenantNotCreated(Int)
}

/// JSON helpers over test responses.
extension TestResponse {
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(self.body.readableBytesView)) as? [String: Any]) ?? [:]
    }

    var text: String { String(buffer: self.body) }

    /// The `error` object of an OpenAI error body.
    var openAIError: [String: Any]? { self.json["error"] as? [String: Any] }

    /// The data payloads of an SSE body.
    var events: [String] {
        self.text.components(separatedBy: "\n\n").compactMap { block in
            block.hasPrefix("data: ") ? String(block.dropFirst(6)) : nil
        }
    }

    func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { self.headers[$0] }
    }
}

/// A chat body for `text`.
func chatBody(_ text: String, model: String = "mock-gpt", stream: Bool = false, extra: String = "") -> String {
    let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return #"{"model":"\#(model)","messages":[{"role":"user","content":"\#(escaped)"}]"#
        + (stream ? #","stream":true"# : "") + extra + "}"
}
