import AsyncHTTPClient
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import Testing
import Veil
import VeilSync
import VeilTesting

@Suite("Tenant isolation under load")
struct TenantIsolationTests {
    @Test("one tenant's flood is refused at its own quota and never queues another tenant's request behind it")
    func floodDoesNotDelayAnotherTenant() async throws {
        var slow = MockUpstreamConfiguration(name: "slow")
        slow.latency = .milliseconds(800)
        try await GatewayFixture.run(upstreams: [slow], setup: .live) { client, _, mocks in
            let flooder = try await client.createTenant("flooder", policy: "narrow")
            let quiet = try await client.createTenant("quiet", policy: "narrow")
            let finished = CompletionLog()
            let quietLatency = LatencyBox()
            let port = try #require(client.port)
            let http = HTTPClient(eventLoopGroupProvider: .singleton)
            defer { _ = http.shutdown() as EventLoopFuture<Void> }
            @Sendable func post(_ key: String, _ text: String) async throws -> Int {
                var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/v1/chat/completions")
                request.method = .POST
                request.headers.add(name: "Authorization", value: "Bearer \(key)")
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(string: chatBody(text)))
                let response = try await http.execute(request, timeout: .seconds(20))
                _ = try await response.body.collect(upTo: 1 << 20)
                return Int(response.status.code)
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<30 {
                    group.addTask {
                        let status = try await post(flooder, "flood \(index)")
                        finished.append("flooder:\(status)")
                    }
                }
                // Let the flood reach the gateway: two requests in flight upstream, the rest refused.
                while mocks[0].requestCount < 2 { try await Task.sleep(for: .milliseconds(10)) }
                group.addTask {
                    let start = ContinuousClock.now
                    let status = try await post(quiet, "quiet question")
                    quietLatency.set(ContinuousClock.now - start)
                    finished.append("quiet:\(status)")
                }
                try await group.waitForAll()
            }
            let order = finished.entries
            let refused = order.filter { $0 == "flooder:429" }.count
            #expect(refused == 28)
            #expect(order.contains("quiet:200"))
            // The quiet tenant went straight to the upstream: its answer took about the upstream's own 800 ms.
            // Queued behind the flooder's two in-flight calls it would have taken up to 1.6 s.
            let latency = quietLatency.value
            #expect(latency >= .milliseconds(800))
            #expect(latency < .milliseconds(1300))
            #expect(mocks[0].requestCount == 3)
        }
    }
}

/// Outcomes in the order requests finished.
final class CompletionLog: Sendable {
    private let log = Locked<[String]>([])
    func append(_ entry: String) { log.withLock { $0.append(entry) } }
    var entries: [String] { log.withLock { $0 } }
}

/// One duration shared between tasks.
final class LatencyBox: Sendable {
    private let duration = Locked<Duration>(.zero)
    func set(_ value: Duration) { duration.withLock { $0 = value } }
    var value: Duration { duration.withLock { $0 } }
}
