import AsyncHTTPClient
import Logging
import NIOCore
import NIOHTTP1

extension UpstreamPool {
    /// Runs the active health checks until the calling task is cancelled.
    ///
    /// Every ``UpstreamPoolConfiguration/healthCheckInterval`` it sends `GET {baseURL}/models` to every endpoint at
    /// once, then waits the interval again. Any response below 500 counts as passing (the server is up; a 401 or
    /// 404 is a configuration problem that real requests will report themselves); a 5xx, a connection error or no
    /// answer within the connect plus first-byte timeouts (at most 10 s) counts as failing, and a failing endpoint
    /// gets no traffic until a check passes again.
    /// Without an interval it only waits for cancellation, so it can run as a service either way.
    ///
    /// ```swift
    /// try await withThrowingDiscardingTaskGroup { group in
    ///     group.addTask { await pool.runHealthChecks() }
    ///     …
    /// }
    /// ```
    public func runHealthChecks() async {
        guard let interval = self.configuration.healthCheckInterval, interval > .zero else {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(3600))
            }
            return
        }
        var retry = Self.firstRetry
        while !Task.isCancelled {
            // Checks run one round at a time, so the timeout need not be shorter than the interval.
            let timeouts = self.configuration.timeouts
            let allPassing = await self.checkAllEndpoints(
                timeout: Swift.min(timeouts.connect + timeouts.firstByte, .seconds(10)))
            // A failing endpoint is checked again soon, then less and less often (250 ms, 500 ms, 1 s … up to the
            // interval): a model server that starts just after the gateway is back in rotation within a second.
            if allPassing {
                retry = Self.firstRetry
                try? await Task.sleep(for: interval)
            } else {
                try? await Task.sleep(for: Swift.min(retry, interval))
                retry = Swift.min(retry * 2, interval)
            }
        }
    }

    /// The first wait before checking a failing endpoint again.
    static var firstRetry: Duration { .milliseconds(250) }

    /// Checks every endpoint once, concurrently, and records the results.
    ///
    /// - Returns: Whether every endpoint passed.
    @discardableResult
    func checkAllEndpoints(timeout: Duration) async -> Bool {
        await withTaskGroup(of: (Int, Bool).self) { group in
            for index in self.targets.indices {
                group.addTask {
                    (index, await self.checkEndpoint(index, timeout: timeout))
                }
            }
            var allPassing = true
            for await (index, passing) in group {
                // A check cut short by shutdown says nothing about the endpoint.
                guard !Task.isCancelled else { continue }
                self.recordActiveCheck(index: index, passing: passing)
                allPassing = allPassing && passing
            }
            return allPassing
        }
    }

    private func checkEndpoint(_ index: Int, timeout: Duration) async -> Bool {
        // The answer's model list is kept for `GET /v1/models` when the endpoint was configured without one.
        guard let (status, _) = try? await self.askForModels(endpoint: index, timeout: timeout) else { return false }
        return status.code < 500
    }
}
