import AsyncHTTPClient
import Logging
import NIOCore
import NIOPosix
import Testing

@testable import VeilUpstream

@Suite("Loop-bound upstream clients")
struct LoopBoundClientTests {
    @Test("a request sent from an event loop goes through the client bound to that loop, elsewhere the shared one")
    func clientFollowsTheCallersLoop() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let loops = Array(group.makeIterator())
        let shared = HTTPClient(eventLoopGroup: group)
        let bound = loops.map { HTTPClient(eventLoopGroup: $0) }
        let pool = UpstreamPool(
            configuration: UpstreamPoolConfiguration(endpoints: [
                UpstreamEndpoint(name: "a", baseURL: "http://127.0.0.1:9/v1")
            ]),
            httpClient: shared,
            loopBoundClients: bound,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        for (index, loop) in loops.enumerated() {
            let chosen = try await loop.submit { pool.client() }.get()
            #expect(chosen === bound[index])
        }
        #expect(pool.client() === shared)
        let unbound = UpstreamPool(
            configuration: pool.configuration,
            httpClient: shared,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        #expect(try await loops[0].submit { unbound.client() }.get() === shared)
        for client in [shared] + bound { try await client.shutdown() }
        try await group.shutdownGracefully()
    }
    @Test("concurrent whole-body requests through a client on one loop keep reusing its connections")
    func wholeBodyRequestsReuseConnections() async throws {
        let server = try await TestHTTPServer.start { _ in .respond(status: 200, body: #"{"id":"c1"}"#) }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let client = HTTPClient(eventLoopGroup: group.next())
        let pool = UpstreamPool(
            configuration: UpstreamPoolConfiguration(endpoints: [
                UpstreamEndpoint(name: "a", baseURL: server.baseURL)
            ]),
            httpClient: client,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        for _ in 0..<20 {
            try await withThrowingTaskGroup(of: Int.self) { tasks in
                for _ in 0..<4 { tasks.addTask { try await pool.send(chatRequest(bodyLimit: 1 << 20)).status } }
                for try await status in tasks { #expect(status == 200) }
            }
        }
        #expect(server.completionRequests == 80)
        #expect(server.closedConnections == 0)
        try await client.shutdown()
        try await group.shutdownGracefully()
        try await server.shutdown()
    }
}
