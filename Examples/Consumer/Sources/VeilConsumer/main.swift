import Foundation
import Veil

// The README's "In process" snippet as an outside app writes it, with only `import Veil`: one question twice against
// a model server (`veil mock-upstream`), the first answered by the model, the second from the exact cache. Exits
// non-zero when either is not what it should be, so CI can run it.
let environment = ProcessInfo.processInfo.environment
let dataDirectory = environment["DATA_DIR"] ?? NSTemporaryDirectory() + "veil-consumer-\(getpid())"
try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: dataDirectory) }

let veil = try await Veil(
    configuration: VeilConfiguration(
        dataDirectory: dataDirectory,
        upstream: UpstreamPoolConfiguration(endpoints: [
            UpstreamEndpoint(
                name: "model",
                baseURL: environment["MODEL_URL"] ?? "http://127.0.0.1:9000/v1",
                apiKey: Secret("sk-consumer-example")
            )
        ])
    )
)
guard let tenantID = TenantID("consumer") else {
    print("invalid tenant id")
    exit(2)
}
let (tenant, _) = try await veil.tenants.create(id: tenantID, policy: "default")
let request = ChatRequest(
    model: "mock-gpt",
    messages: [ChatMessage(role: "user", text: "I am Ana Ruiz, ana@example.com. When do you open on Sundays?")],
    temperature: 0
)

var statuses: [CacheStatus] = []
for attempt in 0..<40 {
    let response = try await veil.complete(request, tenant: tenant, options: RequestOptions(subject: "user-1"))
    switch response.body {
    case .complete(let completion):
        let text = completion.choices.first?.message.text ?? ""
        print("\(response.info.cacheStatus.rawValue): \(text.prefix(60))")
    case .stream(let chunks):
        for try await _ in chunks {}
    }
    statuses.append(response.info.cacheStatus)
    if response.info.cacheStatus == .hitExact { break }
    // The answer is stored after it is returned: give the store a moment before asking again.
    if attempt > 0 { try await Task.sleep(for: .milliseconds(50)) }
}
try await veil.shutdown()
guard statuses.first == .miss, statuses.last == .hitExact else {
    print("expected a miss, then an exact hit; got \(statuses.map(\.rawValue))")
    exit(1)
}
print("ok: miss, then exact hit after \(statuses.count - 1) more request(s)")
