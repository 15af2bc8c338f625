import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Prometheus
import Testing
import Veil
import VeilGateway
import VeilSync
import VeilTesting

/// Collects log lines in memory, so a test can check what was logged.
final class LogCapture: Sendable {
    private let lines = Locked<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    func logger() -> Logger {
        Logger(label: "veil.request") { _ in CapturingHandler(capture: self) }
    }

    struct CapturingHandler: LogHandler {
        let capture: LogCapture
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
            capture.append("\(event.message) \(fields)")
        }
    }
}

@Suite("Observability")
struct ObservabilityTests {
    @Test func requestsAreCountedAndLoggedWithoutPromptText() async throws {
        let registry = PrometheusCollectorRegistry()
        let metrics = GatewayMetrics(factory: PrometheusMetricsFactory(registry: registry))
        let capture = LogCapture()
        try await GatewayFixture.run(metrics: metrics, registry: registry, requestLogger: capture.logger()) {
            client,
            _,
            _ in
            let key = try await client.createTenant("acme")
            let secret = "Contact jane.doe@example.com about the merger"
            #expect(try await client.chat(key: key, body: chatBody(secret)).status == .ok)
            #expect(try await client.chat(key: key, body: chatBody(secret, stream: true)).status == .ok)
            #expect(try await client.chat(key: key, body: #"{"model": 1}"#).status == .badRequest)

            let scrape = try await client.execute(uri: "/metrics", method: .get)
            #expect(scrape.status == .ok)
            let text = scrape.text
            #expect(text.contains("veil_requests_total"))
            #expect(text.contains(#"tenant="acme""#))
            #expect(text.contains(#"status="400""#))
            #expect(text.contains("veil_request_duration_seconds"))
            #expect(text.contains("veil_time_to_first_token_seconds"))
            #expect(!text.contains("jane.doe"))

            let lines = capture.all
            #expect(lines.count == 3)
            #expect(lines.allSatisfy { $0.contains("tenant=acme") && $0.contains("total_ms=") })
            #expect(lines.contains { $0.contains("status=400") && $0.contains("outcome=error") })
            for line in lines {
                #expect(!line.contains("jane.doe"))
                #expect(!line.contains("merger"))
            }
        }
    }
}
