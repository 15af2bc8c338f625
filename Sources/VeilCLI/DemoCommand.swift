import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VeilMockUpstream

extension VeilCommand {
    /// `veil demo`: a gateway with two tenants in front of a mock model, driven by a scripted conversation.
    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a gateway with two tenants against a mock model and show what Veil does.",
            discussion: """
                Starts a mock OpenAI-compatible model (in this process) and `veil serve` (a child process) on \
                loopback, creates tenants `acme` (default policy) and `globex` (strict policy) through the admin \
                API, sends a scripted conversation with PII in English and Chinese, repeats, a paraphrase, a \
                streamed request, a cross-tenant attempt and an erasure, and prints what the model saw, what the \
                user got, the cache outcome and the latency of each step.
                """
        )

        @Option(name: .long, help: "Directory of policy files.")
        var policies: String = "policies"

        @Option(name: .long, help: "Latency of the mock model in milliseconds (what a cache hit saves).")
        var modelLatencyMs: Int = 300

        func run() async throws {
            let work = NSTemporaryDirectory() + "veil-demo-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: work) }

            var mockConfiguration = MockUpstreamConfiguration(name: "mock-gpt")
            mockConfiguration.latency = .milliseconds(modelLatencyMs)
            mockConfiguration.tokensPerSecond = 200
            let mock = try await MockUpstream.start(mockConfiguration)
            let port = try DemoProcess.freePort()
            let server = try DemoProcess.start(
                arguments: [
                    "serve", "--listen", "127.0.0.1:\(port)", "--data-dir", work + "/data", "--upstream", mock.baseURL,
                    "--admin-key-file", work + "/admin.key", "--policies-dir", policies, "--log-level", "warning",
                ],
                log: work + "/serve.log"
            )
            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            var failure: (any Error)?
            do {
                try await runScript(client: client, base: "http://127.0.0.1:\(port)", mock: mock, work: work)
            } catch {
                failure = error
            }
            try? await client.shutdown()
            server.terminate()
            server.waitUntilExit()
            try? await mock.shutdown()
            if let failure {
                let log = (try? String(contentsOfFile: work + "/serve.log", encoding: .utf8)) ?? ""
                print("demo failed: \(failure)\n--- veil serve log ---\n\(log.suffix(4000))")
                throw ExitCode(1)
            }
            print("\nveil serve stopped gracefully (SIGTERM, exit \(server.terminationStatus)).")
        }

        private func runScript(client: HTTPClient, base: String, mock: MockUpstream, work: String) async throws {
            let api = DemoAPI(client: client, base: base)
            try await api.waitUntilHealthy()
            let adminKey = try String(contentsOfFile: work + "/admin.key", encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let acme = try await api.createTenant("acme", policy: "default", adminKey: adminKey)
            let globex = try await api.createTenant("globex", policy: "strict", adminKey: adminKey)
            print("Veil demo — gateway on \(base), mock model with \(modelLatencyMs) ms latency")
            print("tenants: acme (policy default), globex (policy strict); API keys created via the admin API\n")

            let steps: [DemoStep] = [
                .init(
                    "acme", acme, "English PII, first ask",
                    "Hi, I'm Alice Chen (alice.chen@example.com). What are your opening hours?"),
                .init(
                    "acme", acme, "exact repeat",
                    "Hi, I'm Alice Chen (alice.chen@example.com). What are your opening hours?"),
                .init(
                    "acme", acme, "another user, same question",
                    "Hi, I'm Bob Miller (bob.miller@example.org). What are your opening hours?"),
                .init(
                    "acme", acme, "paraphrase",
                    "Hi, I'm Bob Miller (bob.miller@example.org). What are the opening hours?"),
                .init(
                    "acme", acme, "different question",
                    "Hi, I'm Bob Miller (bob.miller@example.org). What are your delivery fees?"),
                .init("acme", acme, "Chinese PII", "我叫王小明，手机13812345678，卡号4111111111111111，请帮我查一下订单。"),
                .init(
                    "acme", acme, "streamed, repeat",
                    "Hi, I'm Alice Chen (alice.chen@example.com). What are your opening hours?", stream: true),
                .init(
                    "globex", globex, "cross-tenant, same text",
                    "Hi, I'm Alice Chen (alice.chen@example.com). What are your opening hours?"),
                .init("globex", globex, "strict policy blocks a card", "Charge my card 4111 1111 1111 1111 please"),
            ]
            var rows: [[String]] = []
            for (number, step) in steps.enumerated() {
                // Give the previous answer's store write (fsync'd, off the response path) time to land, as a
                // human's next message would.
                try await Task.sleep(for: .milliseconds(150))
                let before = mock.recordedRequests().count
                let outcome = try await api.chat(step.text, apiKey: step.key, stream: step.stream, user: step.user)
                let recorded = mock.recordedRequests()
                let modelSaw =
                    recorded.count > before ? DemoAPI.lastUserMessage(recorded[recorded.count - 1]) : "— (not called)"
                rows.append([
                    "\(number + 1)", step.tenant, step.label, modelSaw, outcome.text, outcome.cache, outcome.latency,
                ])
            }
            let erasure = try DemoProcess.runToEnd(
                arguments: ["erase", "--data-dir", work + "/data", "--tenant", "globex", "--yes"]
            )
            let afterErase = try await api.chat("Hello again", apiKey: globex, stream: false, user: "g-user")
            rows.append([
                "\(steps.count + 1)", "globex", "after `veil erase --tenant globex`", "— (not called)", afterErase.text,
                afterErase.cache, afterErase.latency,
            ])
            DemoTable.print(
                header: ["#", "tenant", "step", "what the model saw", "what the user got", "cache", "latency"],
                rows: rows
            )
            let summary = erasure.split(separator: "\n").filter {
                $0.hasPrefix("exit") || $0.hasPrefix("receipt") || $0.contains("key versions")
            }
            print(
                "\n`veil erase --tenant globex --yes` while the gateway was serving: " + summary.joined(separator: "; ")
            )
        }
    }
}

struct DemoStep {
    var tenant: String
    var key: String
    var label: String
    var text: String
    var stream: Bool
    var user: String

    init(
        _ tenant: String, _ key: String, _ label: String, _ text: String, stream: Bool = false,
        user: String = "end-user-1"
    ) {
        self.tenant = tenant
        self.key = key
        self.label = label
        self.text = text
        self.stream = stream
        self.user = user
    }
}

/// The demo's HTTP calls, as any OpenAI client would make them.
struct DemoAPI {
    let client: HTTPClient
    let base: String

    struct Outcome {
        var text: String
        var cache: String
        var latency: String
    }

    func waitUntilHealthy() async throws {
        for _ in 0..<300 {
            var request = HTTPClientRequest(url: base + "/healthz")
            request.method = .GET
            if let response = try? await client.execute(request, timeout: .seconds(1)), response.status == .ok {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ValidationError("veil serve did not become healthy")
    }

    func createTenant(_ id: String, policy: String, adminKey: String) async throws -> String {
        var request = HTTPClientRequest(url: base + "/admin/tenants")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer " + adminKey)
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: #"{"id":"\#(id)","policy":"\#(policy)"}"#))
        let response = try await client.execute(request, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any],
            let key = object["api_key"] as? String
        else { throw ValidationError("tenant creation failed: HTTP \(response.status.code)") }
        return key
    }

    func chat(_ text: String, apiKey: String, stream: Bool, user: String) async throws -> Outcome {
        var request = HTTPClientRequest(url: base + "/v1/chat/completions")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer " + apiKey)
        request.headers.add(name: "Content-Type", value: "application/json")
        let message = String(
            decoding: try JSONSerialization.data(withJSONObject: ["role": "user", "content": text]), as: UTF8.self)
        request.body = .bytes(
            ByteBuffer(
                string:
                    #"{"model":"mock-gpt","temperature":0,"user":"\#(user)","stream":\#(stream),"messages":[\#(message)]}"#
            )
        )
        let start = ContinuousClock.now
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 4 << 20)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let cache = response.headers.first(name: "X-Veil-Cache") ?? "—"
        let latency = String(format: "%.1f ms", milliseconds)
        let data = Data(body.readableBytesView)
        guard response.status == .ok else {
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            let error = (object?["error"] as? [String: Any])?["message"] as? String ?? ""
            return Outcome(text: "HTTP \(response.status.code): \(error)", cache: cache, latency: latency)
        }
        if stream {
            var text = ""
            var chunks = 0
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("data: {") {
                chunks += 1
                let json = Data(line.dropFirst(6).utf8)
                if let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
                    let choices = object["choices"] as? [[String: Any]],
                    let delta = choices.first?["delta"] as? [String: Any], let content = delta["content"] as? String
                {
                    text += content
                }
            }
            return Outcome(text: text + "  [\(chunks) SSE chunks]", cache: cache, latency: latency)
        }
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let choices = object?["choices"] as? [[String: Any]]
        let content = (choices?.first?["message"] as? [String: Any])?["content"] as? String ?? ""
        return Outcome(text: content, cache: cache, latency: latency)
    }

    static func lastUserMessage(_ body: [UInt8]) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let messages = object["messages"] as? [[String: Any]], let last = messages.last
        else { return "?" }
        return last["content"] as? String ?? "?"
    }
}

/// Starting and stopping the `veil serve` child.
enum DemoProcess {
    static var executable: String {
        let path = CommandLine.arguments[0]
        if path.contains("/") { return URL(fileURLWithPath: path).standardizedFileURL.path }
        return "/proc/self/exe"
    }

    static func start(arguments: [String], log: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    static func runToEnd(arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return "exit \(process.terminationStatus)" + (text.isEmpty ? "" : "\n" + text)
    }

    /// A loopback port nothing listens on (the kernel picks it).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ValidationError("no socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw ValidationError("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A plain-text table that wraps long cells.
enum DemoTable {
    /// Terminal columns of a character: two for East Asian wide forms (CJK, Hangul, full-width), else one.
    static func width(of character: Character) -> Int {
        guard let value = character.unicodeScalars.first?.value else { return 1 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6:
            return 2
        default:
            return 1
        }
    }

    static func print(header: [String], rows: [[String]]) {
        let widths = [3, 7, 28, 44, 44, 13, 10]
        func wrap(_ text: String, _ limit: Int) -> [String] {
            var lines: [String] = []
            var current = ""
            for character in text {
                let characterWidth = DemoTable.width(of: character)
                if visualWidth(current) + characterWidth > limit {
                    lines.append(current)
                    current = ""
                }
                current.append(character)
            }
            lines.append(current)
            return lines
        }
        func visualWidth(_ text: String) -> Int { text.reduce(0) { $0 + DemoTable.width(of: $1) } }
        func line(_ cells: [String]) {
            let wrapped = cells.enumerated().map { wrap($0.element, widths[$0.offset]) }
            let height = wrapped.map(\.count).max() ?? 1
            for row in 0..<height {
                var text = ""
                for (column, lines) in wrapped.enumerated() {
                    let cell = row < lines.count ? lines[row] : ""
                    text += cell + String(repeating: " ", count: max(0, widths[column] - visualWidth(cell))) + " │ "
                }
                Swift.print(text)
            }
        }
        line(header)
        Swift.print(widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"))
        for row in rows {
            line(row)
            Swift.print(widths.map { String(repeating: "·", count: $0) }.joined(separator: " │ "))
        }
    }
}
