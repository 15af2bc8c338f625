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
}
