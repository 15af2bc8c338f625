import ArgumentParser
import Foundation
import VeilMockUpstream

extension VeilCommand {
    /// `veil mock-upstream`: a fast OpenAI-compatible model server for tests, benchmarks and the demo.
    struct MockUpstreamServer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mock-upstream",
            abstract: "Run a mock OpenAI-compatible upstream that echoes the last user message.",
            discussion: """
                Answers "[<name>] You said: <text>", streams SSE when asked, and can inject failures \
                (e.g. --fail 503@0.1, --fail close^2, --fail cut:4). Prints its base URL once listening.
                """
        )

        @Option(name: .long, help: "Address to listen on.")
        var host = "127.0.0.1"

        @Option(name: .long, help: "Port to listen on (0 picks a free one).")
        var port = 9000

        @Option(name: .long, help: "Name shown in answers, to tell upstreams apart.")
        var name = "mock"

        @Option(name: .long, help: "Milliseconds before the response head.")
        var latencyMs = 0

        @Option(name: .long, help: "Stream pace in tokens per second (default: as fast as possible).")
        var tokensPerSecond: Double?

        @Option(name: .long, help: "Failure injection, e.g. 500, 503@0.1, 429/3, close^2, hang, cut:4.")
        var fail: String?

        @Option(name: .long, parsing: .upToNextOption, help: "Models listed by GET /v1/models.")
        var models: [String] = ["mock-gpt"]

        @Option(name: .long, help: "Request bodies to keep for inspection (0 for load tests).")
        var record = 256

        @Option(name: .long, help: "Event loop threads (default: one per core).")
        var threads: Int?

        @Option(name: .long, help: "Write the recorded request bodies (JSON lines) to this file, for end-to-end tests.")
        var recordFile: String?

        func validate() throws {
            guard latencyMs >= 0 else { throw ValidationError("--latency-ms must not be negative") }
            if let fail, FailureInjection(fail) == nil { throw ValidationError("--fail: unrecognised '\(fail)'") }
        }

        func run() async throws {
            var configuration = MockUpstreamConfiguration(name: name, port: port)
            configuration.host = host
            configuration.latency = .milliseconds(latencyMs)
            configuration.tokensPerSecond = tokensPerSecond
            configuration.models = models
            configuration.recordRequests = record
            if let threads { configuration.eventLoopThreads = threads }
            if let fail, let failure = FailureInjection(fail) { configuration.failure = failure }
            let recordFile = self.recordFile
            try await MockUpstream.run(configuration: configuration) { upstream in
                // Unbuffered, so that a parent process reading the pipe sees it at once.
                FileHandle.standardOutput.write(Data("mock upstream \(upstream.baseURL)\n".utf8))
                guard let recordFile else { return }
                // Polled rather than hooked: the mock keeps its recording in memory; tests read the file.
                Task.detached {
                    var written = -1
                    while !Task.isCancelled {
                        let requests = upstream.recordedRequests()
                        if upstream.requestCount != written {
                            written = upstream.requestCount
                            var data = Data()
                            for body in requests {
                                data.append(contentsOf: body)
                                data.append(UInt8(ascii: "\n"))
                            }
                            try? data.write(to: URL(fileURLWithPath: recordFile), options: .atomic)
                        }
                        try? await Task.sleep(for: .milliseconds(50))
                    }
                }
            }
        }
    }
}
