import Foundation
import Testing

@testable import Veil

@Suite("OpenAI wire types")
struct WireTests {
    @Test("a request round-trips with vendor fields it does not model")
    func requestRoundTripKeepsUnknownFields() throws {
        let json = """
            {"model":"gpt-4o","messages":[{"role":"system","content":"Be brief."},
            {"role":"user","content":[{"type":"text","text":"What is this?"},
            {"type":"image_url","image_url":{"url":"https://example.com/a.png","detail":"low"}}],"x_vendor_tag":7}],
            "temperature":0.2,"seed":42,"stop":["\\n"],"stream":true,"stream_options":{"include_usage":true},
            "tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}],
            "response_format":{"type":"json_object"},"user":"u-1","logit_bias":{"50256":-100},"x_provider":{"a":[1,2.5,null]}}
            """
        let request = try JSONDecoder().decode(ChatRequest.self, from: Data(json.utf8))
        #expect(request.model == "gpt-4o")
        #expect(request.seed == 42)
        #expect(request.isStreaming)
        #expect(request.streamOptions?.includeUsage == true)
        #expect(request.extra["logit_bias"] == .object(["50256": .int(-100)]))
        #expect(request.messages[1].extra["x_vendor_tag"] == .int(7))
        let encoded = try JSONEncoder().encode(request)
        let again = try JSONDecoder().decode(ChatRequest.self, from: encoded)
        #expect(again == request)
        let original = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
        let roundTripped = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
        #expect(original == roundTripped)
    }

    @Test("a request without messages fails to decode")
    func requestWithoutMessagesFails() {
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(ChatRequest.self, from: Data(#"{"model":"m"}"#.utf8))
        }
    }

    @Test("a wrongly typed field fails to decode")
    func wronglyTypedFieldFails() {
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(
                ChatRequest.self,
                from: Data(#"{"model":"m","messages":[],"temperature":"hot"}"#.utf8)
            )
        }
    }

    @Test("streamed chunks assemble into the completion they describe, tool calls included")
    func assemblerRebuildsCompletion() {
        var assembler = CompletionAssembler()
        let chunks: [ChatCompletionChunk] = [
            .init(id: "c1", created: 1, model: "m", choices: [.init(index: 0, delta: .init(role: "assistant"))]),
            .init(id: "c1", created: 1, model: "m", choices: [.init(index: 0, delta: .init(content: "Hello "))]),
            .init(id: "c1", created: 1, model: "m", choices: [.init(index: 0, delta: .init(content: "world"))]),
            .init(
                id: "c1",
                created: 1,
                model: "m",
                choices: [
                    .init(
                        index: 0,
                        delta: .init(toolCalls: [
                            ToolCall(id: "t1", function: FunctionCall(name: "lookup", arguments: "{\"q\":"), index: 0)
                        ])
                    )
                ]
            ),
            .init(
                id: "c1",
                created: 1,
                model: "m",
                choices: [
                    .init(
                        index: 0,
                        delta: .init(toolCalls: [
                            ToolCall(type: nil, function: FunctionCall(arguments: "\"x\"}"), index: 0)
                        ])
                    )
                ]
            ),
            .init(id: "c1", created: 1, model: "m", choices: [.init(index: 0, delta: .init(), finishReason: "stop")]),
            .init(id: "c1", created: 1, model: "m", choices: [], usage: Usage(promptTokens: 3, completionTokens: 2)),
        ]
        for chunk in chunks { assembler.add(chunk) }
        let completion = assembler.completion
        #expect(assembler.isFinished)
        #expect(completion.choices.count == 1)
        #expect(completion.choices[0].message.text == "Hello world")
        #expect(completion.choices[0].message.toolCalls?.first?.function?.arguments == "{\"q\":\"x\"}")
        #expect(completion.choices[0].message.toolCalls?.first?.function?.name == "lookup")
        #expect(completion.usage?.totalTokens == 5)
    }

    @Test("a completion replays as a multi-chunk stream that reassembles to the same answer")
    func completionReplaysAsChunks() {
        let text = String(repeating: "All work and no play makes a dull answer. ", count: 5)
        let completion = ChatCompletion(
            id: "c2",
            created: 9,
            model: "m",
            choices: [.init(index: 0, message: ChatMessage(role: "assistant", text: text), finishReason: "stop")],
            usage: Usage(promptTokens: 10, completionTokens: 40)
        )
        let chunks = completion.chunks(includeUsage: true)
        #expect(chunks.count > 4)
        #expect(chunks.first?.choices.first?.delta.role == "assistant")
        #expect(chunks.last?.usage?.totalTokens == 50)
        var assembler = CompletionAssembler()
        for chunk in chunks { assembler.add(chunk) }
        #expect(assembler.completion.choices[0].message.text == text)
        #expect(assembler.completion.choices[0].finishReason == "stop")
    }

    @Test("Cache-Control directives parse, unknown ones ignored")
    func cacheControlParses() {
        let control = CacheControl(header: "No-Cache, max-age=30, private")
        #expect(control.noCache)
        #expect(!control.noStore)
        #expect(control.maxAge == 30)
        #expect(CacheControl(header: "no-store").noStore)
    }
}
