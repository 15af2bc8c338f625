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
    let decoder = JSONDecoder()
    let encoder = JSONEncoder()
    return [
        try measure(suite: "wire", "decode ChatRequest (230 B)", iterations: 20000) {
            _ = try decoder.decode(ChatRequest.self, from: request)
        },
        try measure(suite: "wire", "encode ChatCompletion (500 B)", iterations: 20000) {
            _ = try encoder.encode(completion)
        },
    ]
}
