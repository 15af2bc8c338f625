import AsyncHTTPClient
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import Synchronization
import Testing
import Veil
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
                    let status = try await post(quiet, "quiet question")
                    finished.append("quiet:\(status)")
                }
                try await group.waitForAll()
            }
            let order = finished.entries
            let refused = order.filter { $0 == "flooder:429" }.count
            #expect(refused == 28)
            #expect(order.contains("quiet:200"))
            // The quiet tenant went straight to the upstream: it was not queued behind the flooder's two in-flight
            // calls, so it finished no later than the last of them.
            let quietPosition = try #require(order.firstIndex(of: "quiet:200"))
            let lastFlooderSuccess = try #require(order.lastIndex(of: "flooder:200"))
            #expect(quietPosition <= lastFlooderSuccess + 1)
            #expect(mocks[0].requestCount == 3)
        }
    }
}

/// Outcomes in the order requests finished.
final class CompletionLog: Sendable {
    private let log = Mutex<[String]>([])
    func append(_ entry: String) { log.withLock { $0.append(entry) } }
    var entries: [String] { log.withLock { $0 } }
}
