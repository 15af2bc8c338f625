import Foundation
import Testing
import VeilGateway
import VeilUpstream

@Suite("GatewayConfiguration")
struct GatewayConfigurationTests {
    static let yaml = """
        listen:
          host: 0.0.0.0
          port: 9090
        data_dir: /var/lib/veil
        policies_dir: /etc/veil/policies
        default_policy: strict
        limits:
          body_bytes: 2097152
          drain_timeout_seconds: 5
        balancing: weighted_round_robin
        retries: 1
        timeouts:
          connect_seconds: 2
          first_byte_seconds: 30
        upstreams:
          - name: east
            base_url: http://10.0.0.1:8000/v1
            api_key_env: EAST_KEY
            weight: 3
            max_concurrency: 64
            models: [gpt-4o-mini]
          - name: west
            base_url: https://west.example/v1
        """

    @Test func parsesEveryKey() throws {
        let configuration = try GatewayConfiguration.parse(yaml: Self.yaml)
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9090)
        #expect(configuration.dataDirectory == "/var/lib/veil")
        #expect(configuration.defaultPolicy == "strict")
        #expect(configuration.bodyLimit == 2_097_152)
        #expect(configuration.drainTimeout == .seconds(5))
        #expect(configuration.balancing == .weightedRoundRobin)
        #expect(configuration.maxAttempts == 2)
        #expect(configuration.timeouts.connect == .seconds(2))
        #expect(configuration.upstreams.count == 2)
        #expect(configuration.upstreams[0].weight == 3)
        #expect(configuration.upstreams[0].models == ["gpt-4o-mini"])
        try configuration.validate()
        let pool = try configuration.upstreamPoolConfiguration(environment: ["EAST_KEY": "sk-east"])
        #expect(pool.endpoints[0].apiKey?.exposedValue == "sk-east")
        #expect(pool.endpoints[1].apiKey == nil)
    }

    @Test func embeddingsSectionConfiguresTheRemoteEmbedder() throws {
        let configuration = try GatewayConfiguration.parse(
            yaml: """
                embeddings:
                  base_url: http://127.0.0.1:8081/v1
                  model: text-embedding-3-small
                  dimension: 1536
                  api_key_env: EMBED_KEY
                  timeout_seconds: 1.5
                """
        )
        let remote = try #require(configuration.remoteEmbedding)
        #expect(remote.model == "text-embedding-3-small")
        #expect(remote.dimension == 1536)
        #expect(remote.apiKeyEnvironment == "EMBED_KEY")
        #expect(remote.timeout == .milliseconds(1500))
        #expect(throws: (any Error).self) {
            try GatewayConfiguration.parse(yaml: "embeddings:\n  model: m\n  dimension: 8\n")
        }
    }

    @Test func tlsNeedsBothFiles() throws {
        var configuration = try GatewayConfiguration.parse(
            yaml: "tls:\n  certificate_file: /etc/veil/cert.pem\n  private_key_file: /etc/veil/key.pem\n"
        )
        #expect(configuration.tlsCertificateFile == "/etc/veil/cert.pem")
        #expect(configuration.tlsPrivateKeyFile == "/etc/veil/key.pem")
        configuration.upstreams = [GatewayConfiguration.Upstream(name: "a", baseURL: "http://127.0.0.1:9/v1")]
        try configuration.validate()
        configuration.tlsPrivateKeyFile = nil
        #expect(throws: (any Error).self) { try configuration.validate() }
    }

    @Test func unknownKeyIsNamed() {
        let error = #expect(throws: ConfigurationError.self) {
            try GatewayConfiguration.parse(yaml: "listen:\n  hots: x\n")
        }
        #expect(error?.description.contains("listen.hots") == true)
    }

    @Test func wrongTypeIsNamedWithItsPath() {
        let error = #expect(throws: ConfigurationError.self) {
            try GatewayConfiguration.parse(yaml: "upstreams:\n  - base_url: http://a/v1\n    weight: heavy\n")
        }
        #expect(error?.description.contains("upstreams[0].weight") == true)
    }

    @Test func missingKeyVariableIsNamedButItsValueNeverShown() throws {
        let configuration = try GatewayConfiguration.parse(yaml: Self.yaml)
        let error = #expect(throws: ConfigurationError.self) {
            try configuration.upstreamPoolConfiguration(environment: [:])
        }
        #expect(error?.description.contains("upstreams[0].api_key_env") == true)
    }

    @Test func environmentOverridesTheFile() throws {
        var configuration = try GatewayConfiguration.parse(yaml: Self.yaml)
        try configuration.apply(environment: [
            "VEIL_LISTEN": ":7000", "VEIL_DATA_DIR": "/tmp/v", "VEIL_BODY_LIMIT": "4096",
            "VEIL_UPSTREAMS": "http://a:1/v1, http://b:2/v1",
        ])
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 7000)
        #expect(configuration.dataDirectory == "/tmp/v")
        #expect(configuration.bodyLimit == 4096)
        #expect(configuration.upstreams.map(\.baseURL) == ["http://a:1/v1", "http://b:2/v1"])
        #expect(throws: ConfigurationError.invalid("VEIL_BODY_LIMIT")) {
            var copy = configuration
            try copy.apply(environment: ["VEIL_BODY_LIMIT": "lots"])
        }
    }

    @Test func validationNamesTheBadKey() throws {
        var configuration = GatewayConfiguration()
        #expect(throws: ConfigurationError.missing("upstreams")) { try configuration.validate() }
        configuration.setUpstreams(urls: "ftp://nope")
        #expect(throws: ConfigurationError.invalid("upstreams[0].base_url")) { try configuration.validate() }
        configuration.setUpstreams(urls: "http://127.0.0.1:9000/v1")
        configuration.port = 70_000
        #expect(throws: ConfigurationError.invalid("listen.port")) { try configuration.validate() }
    }

    @Test func exampleFileParsesAndValidates() throws {
        // Tests/VeilGatewayTests/<this file> → the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let configuration = try GatewayConfiguration.load(file: root.appendingPathComponent("veil.example.yaml").path)
        try configuration.validate()
    }
}
