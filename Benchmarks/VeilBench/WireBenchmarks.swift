import Foundation
import Veil

/// Cost of the OpenAI wire format: decoding a typical request and encoding a typical answer.
func wireBenchmarks() throws -> [BenchmarkResult] {
    let request = Data(
        #"{"model":"gpt-4o-mini","temperature":0.2,"user":"u-1","messages":[{"role":"system","content":"You are a helpful support agent."},{"role":"user","content":"What is the boiling point of water at sea level? My order is 12345."}]}"#
            .utf8
    )
    let completion = ChatCompletion(
        id: "chatcmpl-123",
        created: 1_800_000_000,
        model: "gpt-4o-mini",
        choices: [
            .init(
                index: 0,
                message: ChatMessage(role: "assistant", text: String(repeating: "Water boils at 100 °C. ", count: 20)),
                finishReason: "stop"
            )
        ],
        usage: Usage(promptTokens: 30, completionTokens: 120)
    )
    let upstream = Data(
        (#"{"id":"chatcmpl-1","object":"chat.completion","created":1800000000,"model":"gpt-4o-mini","#
            + #""system_fingerprint":"fp_1","choices":[{"index":0,"message":{"role":"assistant","content":""#
            + String(repeating: "Water boils at 100 °C. ", count: 16)
            + #"","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],"usage":{"#
            + #""prompt_tokens":30,"completion_tokens":120,"total_tokens":150,"prompt_tokens_details":{"#
            + #""cached_tokens":0}}}"#).utf8)
    let decoder = JSONDecoder()
    let encoder = JSONEncoder()
    return [
        try measure(suite: "wire", "decode ChatRequest (230 B)", iterations: 20000) {
            _ = try decoder.decode(ChatRequest.self, from: request)
        },
        try measure(suite: "wire", "encode ChatCompletion (500 B)", iterations: 20000) {
            _ = try encoder.encode(completion)
        },
        try measure(suite: "wire", "WireJSON decode ChatRequest (230 B)", iterations: 20000) {
            _ = try WireJSON.decode(ChatRequest.self, from: request)
        },
        try measure(suite: "wire", "WireJSON encode ChatCompletion (500 B)", iterations: 20000) {
            _ = try WireJSON.encode(completion)
        },
        try measure(suite: "wire", "decode upstream ChatCompletion (600 B, vendor fields)", iterations: 20000) {
            _ = try decoder.decode(ChatCompletion.self, from: upstream)
        },
        try measure(suite: "wire", "WireJSON decode upstream ChatCompletion (600 B)", iterations: 20000) {
            _ = try WireJSON.decode(ChatCompletion.self, from: upstream)
        },
    ]
}
