import Foundation
import NIOCore
import NIOPosix
import Testing
import VeilSync
import VeilTesting

/// The mock upstream, driven over real sockets by a raw HTTP/1.1 client (below), so that keep-alive, pipelining,
/// split and chunked bodies, cut answers and closed connections are all seen as a client sees them.
@Suite("MockUpstream")
struct MockUpstreamTests {
    // MARK: Chat completions

    @Test func nonStreamingCompletionHasTheOpenAIShape() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "alpha")) { upstream in
            let response = try await upstream.post(
                "/v1/chat/completions",
                #"{"model":"gpt-test","messages":[{"role":"system","content":"Be brief."},"#
                    + #"{"role":"user","content":"Hello there"}]}"#
            )
            #expect(response.status == 200)
            #expect(response.header("content-type") == "application/json")
            #expect(response.header("x-mock-upstream") == "alpha")
            let json = try response.jsonObject()
            #expect((json["id"] as? String)?.hasPrefix("chatcmpl-") == true)
            #expect(json["object"] as? String == "chat.completion")
            #expect((json["created"] as? Int).map { $0 > 1_600_000_000 } == true)
            #expect(json["model"] as? String == "gpt-test")
            let choices = try #require(json["choices"] as? [[String: Any]])
            #expect(choices.count == 1)
            let message = try #require(choices[0]["message"] as? [String: Any])
            #expect(message["role"] as? String == "assistant")
            #expect(message["content"] as? String == "[alpha] You said: Hello there")
            #expect(choices[0]["finish_reason"] as? String == "stop")
            let usage = try #require(json["usage"] as? [String: Int])
            let prompt = try #require(usage["prompt_tokens"])
            let completion = try #require(usage["completion_tokens"])
            #expect(prompt > 0)
            #expect(completion > 0)
            #expect(usage["total_tokens"] == prompt + completion)
        }
    }

    @Test func answerEchoesTheLastUserMessageVerbatim() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "b")) { upstream in
            let body = """
                {"model":"m","messages":[{"role":"user","content":"first"},{"role":"assistant","content":"ok"},
                {"role":"user","content":"Mail <EMAIL_1> \\"quoted\\" \\\\ tab\\t 你好 \\ud83d\\ude00 \\u00e9"}]}
                """
            let response = try await upstream.post("/v1/chat/completions", body)
            let content = try response.firstMessageContent()
            #expect(content == "[b] You said: Mail <EMAIL_1> \"quoted\" \\ tab\t 你好 😀 é")
        }
    }

    @Test func contentPartsAreJoinedAsTheUserText() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "c")) { upstream in
            let response = try await upstream.post(
                "/v1/chat/completions",
                #"{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"one"},"#
                    + #"{"type":"image_url","image_url":{"url":"x"}},{"type":"text","text":"two"}]}]}"#
            )
            #expect(try response.firstMessageContent() == "[c] You said: one\ntwo")
        }
    }

    @Test func streamingSendsRoleFirstThenWordDeltasThenStopThenDone() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "s")) { upstream in
            let response = try await upstream.post(
                "/v1/chat/completions",
                #"{"model":"m","stream":true,"messages":[{"role":"user","content":"please stream <PERSON_1> back"}]}"#
            )
            #expect(response.status == 200)
            #expect(response.header("content-type") == "text/event-stream")
            #expect(response.header("transfer-encoding") == "chunked")
            let events = try response.serverSentEvents()
            #expect(events.last == "[DONE]")
            let chunks = try events.dropLast().map(Self.parse)
            #expect(chunks.count >= 5)
            for chunk in chunks {
                #expect(chunk["object"] as? String == "chat.completion.chunk")
                #expect((chunk["id"] as? String)?.hasPrefix("chatcmpl-") == true)
                #expect(chunk["model"] as? String == "m")
            }
            #expect(Set(chunks.compactMap { $0["id"] as? String }).count == 1)
            let deltas = chunks.map(Self.delta)
            #expect(deltas.first?["role"] as? String == "assistant")
            #expect(deltas.dropFirst().allSatisfy { $0["role"] == nil })
            let pieces = deltas.compactMap { $0["content"] as? String }.filter { !$0.isEmpty }
            #expect(pieces.count >= 4)
            #expect(pieces.joined() == "[s] You said: please stream <PERSON_1> back")
            #expect(pieces.contains("<PERSON_1> "))
            let finishes = chunks.map(Self.finishReason)
            #expect(finishes.last == "stop")
            #expect(finishes.dropLast().allSatisfy { $0 == nil })
            #expect(chunks.allSatisfy { $0["usage"] == nil })
        }
    }

    @Test func streamingSendsAUsageChunkWhenAsked() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "u")) { upstream in
            let response = try await upstream.post(
                "/v1/chat/completions",
                #"{"model":"m","stream":true,"stream_options":{"include_usage":true},"#
                    + #""messages":[{"role":"user","content":"count these words"}]}"#
            )
            let events = try response.serverSentEvents()
            #expect(events.last == "[DONE]")
            let chunks = try events.dropLast().map(Self.parse)
            let usageChunk = try #require(chunks.last)
            #expect((usageChunk["choices"] as? [Any])?.isEmpty == true)
            let usage = try #require(usageChunk["usage"] as? [String: Int])
            let contentDeltas = chunks.dropLast().map(Self.delta).compactMap { $0["content"] as? String }
            #expect(usage["completion_tokens"] == contentDeltas.filter { !$0.isEmpty }.count)
            #expect(usage["total_tokens"] == (usage["prompt_tokens"] ?? 0) + (usage["completion_tokens"] ?? 0))
            // Every other chunk says `"usage": null`, as OpenAI's do.
            #expect(chunks.dropLast().allSatisfy { $0["usage"] is NSNull })
            #expect(Self.finishReason(chunks[chunks.count - 2]) == "stop")
        }
    }

    @Test func splitInstructionCutsPlaceholdersAcrossDeltas() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "t")) { upstream in
            let response = try await upstream.post(
                "/v1/chat/completions",
                ##"{"model":"m","stream":true,"messages":[{"role":"user","content":"#split <EMAIL_1> 北京"}]}"##
            )
            let chunks = try response.serverSentEvents().dropLast().map(Self.parse)
            let pieces = chunks.map(Self.delta).compactMap { $0["content"] as? String }.filter { !$0.isEmpty }
            #expect(pieces.joined() == "[t] You said: #split <EMAIL_1> 北京")
            #expect(pieces.allSatisfy { $0.utf8.count <= 3 })
            #expect(!pieces.contains { $0.contains("<EMAIL_1>") })
        }
    }

    @Test func toolInstructionReturnsAToolCallCarryingTheUserText() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "tool")) { upstream in
            let request =
                ##"{"model":"m",STREAM"messages":[{"role":"user","content":"#tool find <EMAIL_1> \"now\""}],"##
                + #""tools":[{"type":"function","function":{"name":"lookup","parameters":{}}}]}"#
            let whole = try await upstream.post(
                "/v1/chat/completions", request.replacingOccurrences(of: "STREAM", with: ""))
            let json = try whole.jsonObject()
            let choice = try #require((json["choices"] as? [[String: Any]])?.first)
            #expect(choice["finish_reason"] as? String == "tool_calls")
            let message = try #require(choice["message"] as? [String: Any])
            #expect(message["content"] is NSNull)
            let call = try #require((message["tool_calls"] as? [[String: Any]])?.first)
            #expect(call["type"] as? String == "function")
            #expect((call["id"] as? String)?.isEmpty == false)
            let function = try #require(call["function"] as? [String: Any])
            #expect(function["name"] as? String == "lookup")
            let arguments = try #require(function["arguments"] as? String)
            let decoded = try #require(try Self.parse(arguments)["text"] as? String)
            #expect(decoded == "#tool find <EMAIL_1> \"now\"")

            let streamed = try await upstream.post(
                "/v1/chat/completions",
                request.replacingOccurrences(of: "STREAM", with: #""stream":true,"#)
            )
            let chunks = try streamed.serverSentEvents().dropLast().map(Self.parse)
            let calls = chunks.map(Self.delta).compactMap { ($0["tool_calls"] as? [[String: Any]])?.first }
            #expect((calls.first?["function"] as? [String: Any])?["name"] as? String == "lookup")
            let streamedArguments = calls.compactMap { ($0["function"] as? [String: Any])?["arguments"] as? String }
            #expect(streamedArguments.count > 2)
            #expect(streamedArguments.joined() == arguments)
            #expect(chunks.map(Self.finishReason).last == "tool_calls")
        }
    }

    @Test func lengthInstructionAndMaxTokensFinishWithLength() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "l")) { upstream in
            let instructed = try await upstream.post(
                "/v1/chat/completions",
                #"{"model":"m","messages":[{"role":"user","content":"stop early #length"}]}"#
            )
            let first = try #require((try instructed.jsonObject()["choices"] as? [[String: Any]])?.first)
            #expect(first["finish_reason"] as? String == "length")

            let limited = try await upstream.post(
                "/v1/chat/completions",
                #"{"model":"m","max_tokens":2,"messages":[{"role":"user","content":"one two three four"}]}"#
            )
            let json = try limited.jsonObject()
            #expect(try limited.firstMessageContent() == "[l] You ")
            let choice = try #require((json["choices"] as? [[String: Any]])?.first)
            #expect(choice["finish_reason"] as? String == "length")
            #expect((json["usage"] as? [String: Int])?["completion_tokens"] == 2)
        }
    }

    // MARK: Other endpoints

    @Test func modelsListsTheConfiguredModels() async throws {
        var configuration = MockUpstreamConfiguration(name: "owner")
        configuration.models = ["model-a", "model-b"]
        try await MockUpstream.withRunning(configuration) { upstream in
            let response = try await upstream.request("GET", "/v1/models")
            #expect(response.status == 200)
            let json = try response.jsonObject()
            #expect(json["object"] as? String == "list")
            let data = try #require(json["data"] as? [[String: Any]])
            #expect(data.compactMap { $0["id"] as? String } == ["model-a", "model-b"])
            #expect(data.allSatisfy { $0["object"] as? String == "model" && $0["owned_by"] as? String == "owner" })
            #expect(upstream.modelsRequestCount == 1)
            #expect(upstream.requestCount == 0)
        }
    }

    @Test func healthzAnswersOK() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            let response = try await upstream.request("GET", "/healthz")
            #expect(response.status == 200)
            #expect(try response.jsonObject()["status"] as? String == "ok")
        }
    }

    @Test func embeddingsAreDeterministicUnitVectors() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            let body = #"{"model":"embed","input":["the cat sat","The cat sat","a dog ran"],"dimensions":32}"#
            let first = try await upstream.post("/v1/embeddings", body)
            let second = try await upstream.post("/v1/embeddings", body)
            #expect(first.status == 200)
            let json = try first.jsonObject()
            #expect(json["object"] as? String == "list")
            #expect(json["model"] as? String == "embed")
            #expect(((json["usage"] as? [String: Int])?["prompt_tokens"] ?? 0) > 0)
            let vectors = try Self.vectors(of: json)
            #expect(vectors.count == 3)
            #expect(vectors.allSatisfy { $0.count == 32 })
            for vector in vectors {
                let norm = vector.reduce(0) { $0 + $1 * $1 }
                #expect(abs(norm - 1) < 1e-4)
            }
            #expect(vectors[0] == vectors[1])  // case folds
            #expect(vectors[0] != vectors[2])
            #expect(try Self.vectors(of: second.jsonObject()) == vectors)
        }
    }

    @Test func embeddingsSpeakBase64AndTokenInputs() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            let plain = try await upstream.post("/v1/embeddings", #"{"model":"e","input":"hello world"}"#)
            let floats = try Self.vectors(of: plain.jsonObject())
            let encoded = try await upstream.post(
                "/v1/embeddings",
                #"{"model":"e","input":"hello world","encoding_format":"base64"}"#
            )
            let item = try #require((try encoded.jsonObject()["data"] as? [[String: Any]])?.first)
            let text = try #require(item["embedding"] as? String)
            let data = try #require(Data(base64Encoded: text))
            let decoded = stride(from: 0, to: data.count, by: 4).map { offset in
                Float(bitPattern: data[offset..<offset + 4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
            }
            #expect(decoded == floats.first)

            let tokens = try await upstream.post("/v1/embeddings", #"{"model":"e","input":[[1,2,3],[4,5]]}"#)
            #expect(tokens.status == 200)
            #expect(try Self.vectors(of: tokens.jsonObject()).count == 2)
        }
    }

    // MARK: Errors

    @Test func unknownPathIs404AndWrongMethodIs405() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            let missing = try await upstream.request("GET", "/v1/nothing-here")
            #expect(missing.status == 404)
            #expect((try missing.jsonObject()["error"] as? [String: Any])?["message"] is String)
            let wrongMethod = try await upstream.request("GET", "/v1/chat/completions")
            #expect(wrongMethod.status == 405)
            #expect(try wrongMethod.jsonObject()["error"] is [String: Any])
        }
    }

    @Test(
        "malformed or invalid bodies get an OpenAI-style 400",
        arguments: [
            #"{"model":"m","messages":[{"role":"user","content":"hi"}]"#,
            #"{"model":"m","messages":[]} trailing"#,
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"raw \u{01} control\"}]}",
            "[1,2,3]",
            "",
            #"{"messages":[{"role":"user","content":"no model"}]}"#,
            #"{"model":"m"}"#,
            #"{"model":"m","messages":[{"content":"no role"}]}"#,
            #"{"model":"m","stream":"yes","messages":[{"role":"user","content":"x"}]}"#,
            #"{"model":"m","max_tokens":0,"messages":[{"role":"user","content":"x"}]}"#,
            #"{"model":"m","messages":[{"role":"user","content":"x"}],"n":01}"#,
            String(repeating: #"{"a":["#, count: 100_000),  // deep nesting must not overflow the stack
        ]
    )
    func invalidBodiesGetAnOpenAIError(body: String) async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            let response = try await upstream.post("/v1/chat/completions", body)
            #expect(response.status == 400)
            let error = try #require(try response.jsonObject()["error"] as? [String: Any])
            #expect(error["type"] as? String == "invalid_request_error")
            #expect((error["message"] as? String)?.isEmpty == false)
            #expect(upstream.requestCount == 1)
        }
    }

    @Test func invalidEmbeddingsRequestsGet400() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            for body in [
                #"{"model":"e","input":[]}"#, #"{"model":"e","input":3}"#, #"{"model":"e","input":"x","dimensions":0}"#,
                #"{"model":"e","input":"x","encoding_format":"hex"}"#, #"{"input":"x"}"#,
            ] {
                let response = try await upstream.post("/v1/embeddings", body)
                #expect(response.status == 400)
            }
        }
    }

    @Test func oversizedBodyIs413AndClosesTheConnection() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.maximumBodySize = 64
        try await MockUpstream.withRunning(configuration) { upstream in
            try await RawConnection.with(port: upstream.port) { connection in
                let body =
                    #"{"model":"m","messages":[{"role":"user","content":""#
                    + String(repeating: "x", count: 200) + #""}]}"#
                try await connection.send(RawConnection.request("POST", "/v1/chat/completions", body: body))
                let response = try #require(try await connection.readResponse())
                #expect(response.status == 413)
                #expect(try await connection.readResponse() == nil)
            }
        }
    }

    @Test func configuredAPIKeyIsRequired() async throws {
        var configuration = MockUpstreamConfiguration(name: "key")
        configuration.apiKey = "sk-mock"
        try await MockUpstream.withRunning(configuration) { upstream in
            let missing = try await upstream.post("/v1/chat/completions", Self.chat("x"))
            #expect(missing.status == 401)
            let error = try #require(try missing.jsonObject()["error"] as? [String: Any])
            #expect(error["code"] as? String == "invalid_api_key")
            let wrong = try await MockUpstream.request(
                port: upstream.port,
                "GET",
                "/v1/models",
                body: nil,
                extraHeaders: "Authorization: Bearer sk-other\r\n"
            )
            #expect(wrong.status == 401)
            let right = try await MockUpstream.request(
                port: upstream.port,
                "POST",
                "/v1/chat/completions",
                body: Self.chat("x"),
                extraHeaders: "Authorization: Bearer sk-mock\r\n"
            )
            #expect(right.status == 200)
            let health = try await upstream.request("GET", "/healthz")
            #expect(health.status == 200)
            #expect(upstream.requestCount == 1)
        }
    }

    // MARK: Latency and pacing

    @Test func latencyDelaysTheFirstByte() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.latency = .milliseconds(120)
        try await MockUpstream.withRunning(configuration) { upstream in
            let clock = ContinuousClock()
            let start = clock.now
            let response = try await upstream.post("/v1/chat/completions", Self.chat("hi"))
            #expect(response.status == 200)
            #expect(clock.now - start >= .milliseconds(120))
        }
    }

    @Test func tokenRatePacesTheStream() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.tokensPerSecond = 50  // 20 ms a token
        try await MockUpstream.withRunning(configuration) { upstream in
            let clock = ContinuousClock()
            let start = clock.now
            let response = try await upstream.post("/v1/chat/completions", Self.chat("a b c d e f", stream: true))
            let elapsed = clock.now - start
            let pieces = try response.serverSentEvents().dropLast().map(Self.parse).map(Self.delta)
                .compactMap { $0["content"] as? String }.filter { !$0.isEmpty }
            #expect(pieces.count >= 8)
            #expect(elapsed >= .milliseconds(20 * pieces.count))
        }
    }

    @Test func tokenRateDelaysAWholeAnswerByItsGenerationTime() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.tokensPerSecond = 100  // 10 ms a token
        try await MockUpstream.withRunning(configuration) { upstream in
            let clock = ContinuousClock()
            let start = clock.now
            let response = try await upstream.post("/v1/chat/completions", Self.chat("a b c d e f g h"))
            let elapsed = clock.now - start
            let tokens = try #require((try response.jsonObject()["usage"] as? [String: Int])?["completion_tokens"])
            #expect(tokens >= 10)
            #expect(elapsed >= .milliseconds(10 * tokens))
        }
    }

    // MARK: Failure injection

    @Test func statusFailureAnswersWithThatStatus() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.failure = .status(500)
        try await MockUpstream.withRunning(configuration) { upstream in
            let response = try await upstream.post("/v1/chat/completions", Self.chat("hi"))
            #expect(response.status == 500)
            #expect((try response.jsonObject()["error"] as? [String: Any])?["type"] as? String == "server_error")

            upstream.setFailure(.status(429))
            let limited = try await upstream.post("/v1/chat/completions", Self.chat("hi"))
            #expect(limited.status == 429)
            #expect(limited.header("retry-after") == "1")

            upstream.setFailure(.status(503))
            #expect(try await upstream.request("GET", "/v1/models").status == 503)
            #expect(try await upstream.request("GET", "/healthz").status == 200)

            upstream.setFailure(.never)
            #expect(try await upstream.post("/v1/chat/completions", Self.chat("hi")).status == 200)
        }
    }

    @Test func everyNthAndFirstRequestsTriggersCountFromWhenSet() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            upstream.setFailure(.status(502, when: .everyNth(3)))
            var statuses: [Int] = []
            for _ in 0..<6 {
                statuses.append(try await upstream.post("/v1/chat/completions", Self.chat("x")).status)
            }
            #expect(statuses == [200, 200, 502, 200, 200, 502])

            upstream.setFailure(.status(503, when: .firstRequests(2)))
            statuses = []
            for _ in 0..<4 {
                statuses.append(try await upstream.post("/v1/chat/completions", Self.chat("x")).status)
            }
            #expect(statuses == [503, 503, 200, 200])
        }
    }

    @Test func probabilityTriggerFailsSomeRequestsReproducibly() async throws {
        func run() async throws -> [Int] {
            var configuration = MockUpstreamConfiguration()
            configuration.failure = .status(500, probability: 0.5)
            return try await MockUpstream.withRunning(configuration) { upstream in
                var statuses: [Int] = []
                for _ in 0..<40 {
                    statuses.append(try await upstream.post("/v1/chat/completions", Self.chat("x")).status)
                }
                return statuses
            }
        }
        let first = try await run()
        #expect(first.contains(500))
        #expect(first.contains(200))
        #expect(try await run() == first)
    }

    @Test func failureScopeLeavesOtherEndpointsAlone() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            upstream.setFailure(FailureInjection(.status(500), endpoints: .chatCompletions))
            let models = try await upstream.request("GET", "/v1/models")
            let embeddings = try await upstream.post("/v1/embeddings", #"{"model":"e","input":"x"}"#)
            let chat = try await upstream.post("/v1/chat/completions", Self.chat("x"))
            #expect(models.status == 200)
            #expect(embeddings.status == 200)
            #expect(chat.status == 500)
        }
    }

    @Test func closeConnectionFailureSendsNothing() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.failure = .closeConnection()
        try await MockUpstream.withRunning(configuration) { upstream in
            try await RawConnection.with(port: upstream.port) { connection in
                try await connection.send(RawConnection.request("POST", "/v1/chat/completions", body: Self.chat("x")))
                #expect(try await connection.readResponse() == nil)
            }
            #expect(upstream.requestCount == 1)
        }
    }

    @Test func hangFailureNeverAnswersUntilShutdown() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.failure = .hang()
        let upstream = try await MockUpstream.start(configuration)
        let answered = Flag()
        let port = upstream.port
        let request = RawConnection.request("POST", "/v1/chat/completions", body: Self.chat("x"))
        let client = Task {
            try await RawConnection.with(port: port) { connection in
                try await connection.send(request)
                let response = try await connection.readResponse()
                answered.set()
                return response
            }
        }
        for _ in 0..<2000 where upstream.requestCount == 0 {
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(upstream.requestCount == 1)
        try await Task.sleep(for: .milliseconds(300))
        #expect(!answered.isSet)
        try await upstream.shutdown()
        #expect(try await client.value == nil)
    }

    @Test func cutStreamStopsMidStreamWithoutDone() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.failure = .cutStream(afterChunks: 3)
        try await MockUpstream.withRunning(configuration) { upstream in
            try await RawConnection.with(port: upstream.port) { connection in
                let body = Self.chat("a long enough answer to cut", stream: true)
                try await connection.send(RawConnection.request("POST", "/v1/chat/completions", body: body))
                let response = try #require(try await connection.readResponse())
                #expect(response.status == 200)
                #expect(!response.isComplete)
                let text = String(decoding: response.body, as: UTF8.self)
                #expect(text.components(separatedBy: "\n\n").filter { $0.hasPrefix("data: ") }.count == 3)
                #expect(!text.contains("[DONE]"))
            }
        }
    }

    @Test func cutNonStreamingAnswerIsShorterThanItsContentLength() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.failure = .cutStream()
        try await MockUpstream.withRunning(configuration) { upstream in
            try await RawConnection.with(port: upstream.port) { connection in
                try await connection.send(RawConnection.request("POST", "/v1/chat/completions", body: Self.chat("x")))
                let response = try #require(try await connection.readResponse())
                #expect(!response.isComplete)
                let promised = try #require(response.header("content-length").flatMap { Int($0) })
                #expect(response.body.count < promised)
                #expect(response.body.count > 0)
            }
        }
    }

    @Test func failureInjectionReadsAndPrintsTheCommandLineForm() {
        #expect(FailureInjection("503@0.1") == .status(503, probability: 0.1))
        #expect(FailureInjection("429/3") == .status(429, when: .everyNth(3)))
        #expect(FailureInjection("close^2") == .closeConnection(when: .firstRequests(2)))
        #expect(FailureInjection("hang") == .hang())
        #expect(FailureInjection("cut:4@0.5") == .cutStream(afterChunks: 4, when: .probability(0.5)))
        #expect(FailureInjection("none") == .never)
        for text in ["503@0.1", "429/3", "close^2", "hang", "cut:4@0.5", "none", "500"] {
            #expect(FailureInjection(text)?.description == text)
        }
        for bad in ["", "200", "boom", "500@2", "500/0", "cut:x", "500@", "close^-1"] {
            #expect(FailureInjection(bad) == nil)
        }
    }

    // MARK: Recording

    @Test func recordsTheLatestBodiesNewestLast() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.recordRequests = 3
        try await MockUpstream.withRunning(configuration) { upstream in
            var bodies: [String] = []
            for index in 0..<5 {
                let body = Self.chat("message \(index)")
                bodies.append(body)
                _ = try await upstream.post("/v1/chat/completions", body)
            }
            _ = try await upstream.request("GET", "/v1/models")
            let embedding = #"{"model":"e","input":"vector please"}"#
            _ = try await upstream.post("/v1/embeddings", embedding)
            #expect(upstream.requestCount == 6)
            let recorded = upstream.recordedRequests().map { String(decoding: $0, as: UTF8.self) }
            #expect(recorded == [bodies[3], bodies[4], embedding])

            upstream.resetRecording()
            #expect(upstream.recordedRequests().isEmpty)
            #expect(upstream.requestCount == 0)
        }
    }

    @Test func recordingCanBeTurnedOff() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.recordRequests = 0
        try await MockUpstream.withRunning(configuration) { upstream in
            _ = try await upstream.post("/v1/chat/completions", Self.chat("x"))
            #expect(upstream.recordedRequests().isEmpty)
            #expect(upstream.requestCount == 1)
        }
    }

    // MARK: Connections

    @Test func manySequentialRequestsShareOneKeptAliveConnection() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "k")) { upstream in
            try await RawConnection.with(port: upstream.port) { connection in
                for index in 0..<200 {
                    let request = RawConnection.request("POST", "/v1/chat/completions", body: Self.chat("n\(index)"))
                    try await connection.send(request)
                    let response = try #require(try await connection.readResponse())
                    #expect(response.status == 200)
                    #expect(try response.firstMessageContent() == "[k] You said: n\(index)")
                }
            }
            #expect(upstream.requestCount == 200)
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        var configuration = MockUpstreamConfiguration(name: "p")
        configuration.latency = .milliseconds(5)
        try await MockUpstream.withRunning(configuration) { upstream in
            try await RawConnection.with(port: upstream.port) { connection in
                var batch = ""
                for index in 0..<10 {
                    let stream = index % 2 == 1
                    batch += RawConnection.request(
                        "POST", "/v1/chat/completions", body: Self.chat("p\(index)", stream: stream))
                }
                try await connection.send(batch)
                for index in 0..<10 {
                    let response = try #require(try await connection.readResponse())
                    if index % 2 == 1 {
                        let text = String(decoding: response.body, as: UTF8.self)
                        #expect(text.contains("\"p\(index)\""))
                        #expect(text.hasSuffix("data: [DONE]\n\n"))
                    } else {
                        #expect(try response.firstMessageContent() == "[p] You said: p\(index)")
                    }
                }
            }
        }
    }

    @Test func bodySplitAcrossWritesAndChunkedBodiesAreRead() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "w")) { upstream in
            try await RawConnection.with(port: upstream.port) { connection in
                let body = Self.chat("split across packets")
                let utf8 = Array(body.utf8)
                try await connection.send(
                    "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: \(utf8.count)\r\n\r\n"
                )
                for start in stride(from: 0, to: utf8.count, by: 7) {
                    try await connection.send(Array(utf8[start..<min(start + 7, utf8.count)]))
                    try await Task.sleep(for: .milliseconds(1))
                }
                let first = try #require(try await connection.readResponse())
                #expect(try first.firstMessageContent() == "[w] You said: split across packets")

                var chunked = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                let chunkedBody = Array(Self.chat("sent in chunks").utf8)
                for start in stride(from: 0, to: chunkedBody.count, by: 10) {
                    let piece = chunkedBody[start..<min(start + 10, chunkedBody.count)]
                    chunked += String(piece.count, radix: 16) + "\r\n" + String(decoding: piece, as: UTF8.self) + "\r\n"
                }
                chunked += "0\r\n\r\n"
                try await connection.send(chunked)
                let second = try #require(try await connection.readResponse())
                #expect(try second.firstMessageContent() == "[w] You said: sent in chunks")
            }
        }
    }

    @Test func expectContinueGetsAnInterimAnswer() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration(name: "e")) { upstream in
            try await RawConnection.with(port: upstream.port) { connection in
                let body = Self.chat("after continue")
                try await connection.send(
                    "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                        + "Content-Length: \(body.utf8.count)\r\n\r\n"
                )
                let interim = try #require(try await connection.readResponse())
                #expect(interim.status == 100)
                try await connection.send(body)
                let response = try #require(try await connection.readResponse())
                #expect(try response.firstMessageContent() == "[e] You said: after continue")
            }
        }
    }

    @Test func connectionCloseIsHonoured() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            try await RawConnection.with(port: upstream.port) { connection in
                let request = RawConnection.request(
                    "POST",
                    "/v1/chat/completions",
                    body: Self.chat("bye"),
                    extraHeaders: "Connection: close\r\n"
                )
                try await connection.send(request)
                let response = try #require(try await connection.readResponse())
                #expect(response.status == 200)
                #expect(response.header("connection") == "close")
                #expect(try await connection.readResponse() == nil)
            }
        }
    }

    // MARK: Lifecycle

    @Test func reportsItsPortAndBaseURL() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            #expect(upstream.port > 0)
            #expect(upstream.baseURL == "http://127.0.0.1:\(upstream.port)/v1")
        }
    }

    @Test func invalidConfigurationIsRefused() async throws {
        var configuration = MockUpstreamConfiguration()
        configuration.tokensPerSecond = 0
        await #expect(throws: MockUpstreamError.invalidTokensPerSecond) {
            try await MockUpstream.start(configuration)
        }
        configuration = MockUpstreamConfiguration(port: 70_000)
        await #expect(throws: MockUpstreamError.invalidPort) {
            try await MockUpstream.start(configuration)
        }
    }

    @Test func portInUseFailsToStart() async throws {
        try await MockUpstream.withRunning(MockUpstreamConfiguration()) { upstream in
            await #expect(throws: (any Error).self) {
                try await MockUpstream.start(MockUpstreamConfiguration(port: upstream.port))
            }
        }
    }

    @Test func shutdownIsIdempotentAndStopsListening() async throws {
        let name = "shutdown-\(UUID().uuidString)"
        let upstream = try await MockUpstream.start(MockUpstreamConfiguration(name: name))
        let port = upstream.port
        #expect(await Self.isServing(port: port, name: name))
        try await upstream.shutdown()
        try await upstream.shutdown()
        #expect(await !Self.isServing(port: port, name: name))
    }

    @Test func runServesUntilCancelled() async throws {
        let name = "run-\(UUID().uuidString)"
        let started = AsyncStream.makeStream(of: Int.self)
        let server = Task {
            try await MockUpstream.run(configuration: MockUpstreamConfiguration(name: name)) { upstream in
                started.continuation.yield(upstream.port)
            }
        }
        var iterator = started.stream.makeAsyncIterator()
        let port = try #require(await iterator.next())
        #expect(await Self.isServing(port: port, name: name))
        server.cancel()
        try await server.value
        #expect(await !Self.isServing(port: port, name: name))
    }

    // MARK: Helpers

    /// Whether the mock called `name` answers on `port`. Checking the name, not just the port, keeps the test
    /// right when a parallel test's server happens to be handed the freed port.
    private static func isServing(port: Int, name: String) async -> Bool {
        guard let response = try? await MockUpstream.request(port: port, "GET", "/healthz", body: nil),
            let json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        else { return false }
        return json["name"] as? String == name
    }

    private static func chat(_ text: String, stream: Bool = false) -> String {
        let streamField = stream ? #""stream":true,"# : ""
        return #"{"model":"mock-gpt","# + streamField + #""messages":[{"role":"user","content":""# + text + #""}]}"#
    }

    private static func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private static func delta(_ chunk: [String: Any]) -> [String: Any] {
        ((chunk["choices"] as? [[String: Any]])?.first?["delta"] as? [String: Any]) ?? [:]
    }

    private static func finishReason(_ chunk: [String: Any]) -> String? {
        (chunk["choices"] as? [[String: Any]])?.first?["finish_reason"] as? String
    }

    private static func vectors(of json: [String: Any]) throws -> [[Float]] {
        let data = try #require(json["data"] as? [[String: Any]])
        return try data.map { item in
            try #require(item["embedding"] as? [Double]).map { Float($0) }
        }
    }
}

extension MockUpstream {
    /// One request on a fresh connection.
    fileprivate func request(_ method: String, _ path: String, body: String? = nil) async throws -> RawResponse {
        try await Self.request(port: port, method, path, body: body)
    }

    /// A POST on a fresh connection.
    fileprivate func post(_ path: String, _ body: String) async throws -> RawResponse {
        try await request("POST", path, body: body)
    }

    fileprivate static func request(
        port: Int,
        _ method: String,
        _ path: String,
        body: String?,
        extraHeaders: String = ""
    ) async throws -> RawResponse {
        try await RawConnection.with(port: port) { connection in
            try await connection.send(RawConnection.request(method, path, body: body, extraHeaders: extraHeaders))
            return try #require(try await connection.readResponse())
        }
    }
}

/// A response as read off the wire.
private struct RawResponse: Equatable, Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// False when the connection closed before the promised body (or the last chunk) arrived.
    var isComplete: Bool

    static func == (lhs: RawResponse, rhs: RawResponse) -> Bool {
        lhs.status == rhs.status && lhs.body == rhs.body && lhs.isComplete == rhs.isComplete
    }

    func header(_ name: String) -> String? {
        headers.last { $0.name.lowercased() == name }?.value
    }

    func jsonObject() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
    }

    func firstMessageContent() throws -> String? {
        let choices = try #require(try jsonObject()["choices"] as? [[String: Any]])
        return (choices.first?["message"] as? [String: Any])?["content"] as? String
    }

    /// The `data:` payloads of a server-sent event stream.
    func serverSentEvents() throws -> [String] {
        let text = String(decoding: body, as: UTF8.self)
        #expect(text.hasSuffix("\n\n"))
        return text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { event in
            #expect(event.hasPrefix("data: "))
            return String(event.dropFirst("data: ".count))
        }
    }
}

private struct RawClientError: Error {}

/// A flag set from one task and read from another.
private final class Flag: Sendable {
    private let value = Locked(false)

    func set() {
        value.withLock { $0 = true }
    }

    var isSet: Bool {
        value.withLock { $0 }
    }
}

/// A raw HTTP/1.1 client over one TCP connection: writes bytes as given and parses responses by hand
/// (Content-Length, chunked, or until close), so tests control exactly what goes over the wire.
private struct RawConnection {
    private var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private var pending: [UInt8] = []
    private var closed = false

    static func with<Result>(
        port: Int,
        _ body: (inout RawConnection) async throws -> Result
    ) async throws -> Result {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            var connection = RawConnection(inbound: inbound.makeAsyncIterator(), outbound: outbound)
            return try await body(&connection)
        }
    }

    private init(
        inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    ) {
        self.inbound = inbound
        self.outbound = outbound
    }

    static func request(_ method: String, _ path: String, body: String?, extraHeaders: String = "") -> String {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders
        if let body {
            text += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
        } else {
            text += "\r\n"
        }
        return text
    }

    func send(_ text: String) async throws {
        try await outbound.write(ByteBuffer(string: text))
    }

    func send(_ bytes: [UInt8]) async throws {
        try await outbound.write(ByteBuffer(bytes: bytes))
    }

    /// Reads one response; `nil` when the connection closed before any byte of it arrived.
    mutating func readResponse() async throws -> RawResponse? {
        var headEnd: Int?
        while true {
            if let end = Self.find([13, 10, 13, 10], in: pending) {
                headEnd = end
                break
            }
            guard try await fill() else { break }
        }
        guard let headEnd else {
            if pending.isEmpty { return nil }
            throw RawClientError()
        }
        let headLines = String(decoding: pending[..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        pending.removeFirst(headEnd + 4)
        let statusParts = headLines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw RawClientError() }
        var headers: [(name: String, value: String)] = []
        for line in headLines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { throw RawClientError() }
            headers.append(
                (String(line[..<colon]), String(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
            )
        }
        var response = RawResponse(status: status, headers: headers, body: [], isComplete: true)
        if (100..<200).contains(status) {
            return response  // interim answers have no body
        } else if let length = response.header("content-length").flatMap({ Int($0) }) {
            while pending.count < length, try await fill() {}
            let available = min(length, pending.count)
            response.body = Array(pending[..<available])
            pending.removeFirst(available)
            response.isComplete = available == length
        } else if response.header("transfer-encoding") == "chunked" {
            response.isComplete = try await readChunks(into: &response.body)
        } else {
            while try await fill() {}
            response.body = pending
            pending = []
        }
        return response
    }

    /// Reads a chunked body; false when the connection closed before the last chunk.
    private mutating func readChunks(into body: inout [UInt8]) async throws -> Bool {
        while true {
            var lineEnd = Self.find([13, 10], in: pending)
            while lineEnd == nil {
                guard try await fill() else {
                    body += pending
                    return false
                }
                lineEnd = Self.find([13, 10], in: pending)
            }
            guard let end = lineEnd, let size = Int(String(decoding: pending[..<end], as: UTF8.self), radix: 16)
            else { throw RawClientError() }
            while pending.count < end + 2 + size + 2 {
                guard try await fill() else {
                    body += pending.dropFirst(end + 2)
                    return false
                }
            }
            body += pending[(end + 2)..<(end + 2 + size)]
            pending.removeFirst(end + 2 + size + 2)
            if size == 0 { return true }
        }
    }

    private mutating func fill() async throws -> Bool {
        guard !closed else { return false }
        do {
            guard let buffer = try await inbound.next() else {
                closed = true
                return false
            }
            pending += buffer.readableBytesView
            return true
        } catch {
            // A reset counts as a close: the tests look at what arrived before it.
            closed = true
            return false
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
