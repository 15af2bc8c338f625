import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import VeilSync

/// A model list an endpoint reported, and when.
struct DiscoveredModels: Sendable {
    let names: [String]
    let at: ContinuousClock.Instant
}

extension UpstreamPool {
    /// How long a model list read from an endpoint is used before it is read again.
    static let modelListLifetime = Duration.seconds(60)

    /// The models the endpoints serve, sorted: the configured `models` of each endpoint, and for an endpoint
    /// configured without a list (it serves whatever it has), the list it reports at `GET {baseURL}/models`.
    ///
    /// Clients list models to fill a picker or to check a name before using it, so an empty list for an endpoint
    /// that serves many models would break them. Reported lists come from the active health checks, which read
    /// that same URL, or are fetched here when missing or older than a minute (concurrently, within the connect
    /// timeout plus 5 s); an endpoint that does not answer keeps its last list and is not asked again for a minute. Only the list is read: routing still
    /// sends any model to an endpoint configured without a list, as the endpoint's own answer is authoritative.
    ///
    /// - Returns: Model names for `GET /v1/models`.
    public func models() async -> [String] {
        var names = Set(self.configuration.endpoints.flatMap(\.models))
        let now = ContinuousClock.now
        let known = self.discoveredModels.withLock { $0 }
        var stale: [Int] = []
        for (index, endpoint) in self.configuration.endpoints.enumerated() where endpoint.models.isEmpty {
            if let list = known[index], now - list.at < Self.modelListLifetime {
                names.formUnion(list.names)
            } else {
                stale.append(index)
            }
        }
        if !stale.isEmpty {
            let timeout = self.configuration.timeouts.connect + .seconds(5)
            await withTaskGroup(of: Void.self) { group in
                for index in stale {
                    group.addTask { await self.fetchModels(endpoint: index, timeout: timeout) }
                }
            }
            let fetched = self.discoveredModels.withLock { $0 }
            for index in stale { names.formUnion(fetched[index]?.names ?? []) }
        }
        return names.sorted()
    }

    /// Reads one endpoint's model list; a failure keeps what was known.
    private func fetchModels(endpoint index: Int, timeout: Duration) async {
        if (try? await self.askForModels(endpoint: index, timeout: timeout))?.recorded == true { return }
        // Not asked again for a minute (a listing must not wait on a dead endpoint every time); what it reported
        // before stays listed.
        self.logger.debug("model list unavailable", metadata: ["endpoint": "\(self.targets[index].name)"])
        self.discoveredModels.withLock { known in
            known[index] = DiscoveredModels(names: known[index]?.names ?? [], at: .now)
        }
    }

    /// Sends `GET {baseURL}/models` to one endpoint (the model list, and the active health check) and keeps the list
    /// if the answer is one.
    ///
    /// - Returns: The response status, and whether a model list was recorded.
    func askForModels(endpoint index: Int, timeout: Duration) async throws -> (
        status: HTTPResponseStatus, recorded: Bool
    ) {
        let target = self.targets[index]
        var request = HTTPClientRequest(url: target.base + "/models")
        request.method = .GET
        if let authorization = target.authorization {
            request.headers.add(name: "Authorization", value: authorization)
        }
        let response = try await self.httpClient.execute(
            request,
            timeout: TimeAmount(durationClamped: timeout),
            logger: self.logger
        )
        // Read the (small) body whole, so the connection goes back to the pool instead of being closed.
        let body = try await response.body.collect(upTo: 4 << 20)
        return (response.status, response.status == .ok && self.recordModels(body, endpoint: index))
    }

    /// Keeps the ids of an OpenAI-style model list (`{"data":[{"id":…},…]}`); a body of another shape is ignored.
    ///
    /// - Returns: Whether the body was a model list.
    @discardableResult
    func recordModels(_ body: ByteBuffer, endpoint index: Int) -> Bool {
        struct ModelList: Decodable {
            struct Model: Decodable { let id: String }
            let data: [Model]
        }
        guard let list = try? JSONDecoder().decode(ModelList.self, from: Data(body.readableBytesView)) else {
            return false
        }
        let names = list.data.map(\.id).filter { !$0.isEmpty && $0.utf8.count <= 256 }
        self.discoveredModels.withLock { $0[index] = DiscoveredModels(names: names, at: .now) }
        return true
    }
}
