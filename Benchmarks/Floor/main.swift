// The latency floor of the parts `veil serve` is built from, with none of Veil's own work: a Hummingbird server that
// reads each request body and answers a fixed completion (`POST /v1/raw`), and the same server forwarding each
// request to an upstream with AsyncHTTPClient and returning the answer (`POST /v1/forward`). Set up as `veil serve`
// is: SwiftNIO's loops as the global executor, one HTTP client per event loop, the answer read whole on the loop.
// `Benchmarks/floor.sh` measures them at concurrency 1 beside the direct-to-mock round trip and the gateway, so the
// gateway's added latency can be split into what the framework and client cost and what Veil adds.
//
//   VeilFloor --port 18095 --upstream http://127.0.0.1:18081/v1
import AsyncHTTPClient
import Hummingbird
import NIOCore
import NIOHTTP1
import NIOPosix
import VeilRuntime
import VeilUpstream

_ = EventLoopExecutor.install()

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
guard let port = option("--port").flatMap(Int.init), let upstream = option("--upstream") else {
    print("usage: VeilFloor --port PORT --upstream BASE_URL")
    exit(64)
}

let clients = MultiThreadedEventLoopGroup.singleton.makeIterator().map { HTTPClient(eventLoopGroup: $0) }
let completion = ByteBuffer(
    string: #"{"id":"chatcmpl-floor","object":"chat.completion","created":0,"model":"mock-gpt","choices":[{"index":0,"#
        + #""message":{"role":"assistant","content":"Water boils at 100 degrees Celsius at sea level."},"#
        + #""finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":11,"total_tokens":23}}"#
)

let router = Router()
router.get("healthz") { _, _ in HTTPResponse.Status.ok }
router.post("v1/raw") { request, _ in
    _ = try await request.body.collect(upTo: 1 << 20)
    return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: completion))
}
router.post("v1/forward") { request, _ in
    let body = try await request.body.collect(upTo: 1 << 20)
    guard let client = clients.first(where: { $0.eventLoopGroup.next().inEventLoop }) ?? clients.first else {
        return Response(status: .internalServerError)
    }
    let loop = client.eventLoopGroup.next()
    let outbound = try HTTPClient.Request(
        url: upstream + "/chat/completions",
        method: .POST,
        headers: ["Content-Type": "application/json"],
        body: .byteBuffer(body)
    )
    let answer = try await client.execute(request: outbound, eventLoop: .delegate(on: loop)).get()
    return Response(
        status: .init(code: Int(answer.status.code)),
        headers: [.contentType: "application/json"],
        body: .init(byteBuffer: answer.body ?? ByteBuffer())
    )
}

let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "veil-floor"),
    eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup.singleton)
)
try await app.runService()
for client in clients { try await client.shutdown().get() }
