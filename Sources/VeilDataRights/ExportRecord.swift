import Veil

/// One line of an export (`veil export`, Articles 15 and 20): one cached answer, as stored.
///
/// The query and the answer are the anonymized texts Veil keeps (placeholders such as `<PERSON_1>` where the
/// original had personal data); Veil never stores the originals, so it cannot export them.
public struct ExportRecord: Sendable, Hashable, Codable {
    /// A short id of the entry (hex of the first 8 bytes of its lookup key).
    public var entry: String
    /// When the answer was stored (ISO 8601, UTC).
    public var created: String
    /// The model that gave the answer.
    public var model: String
    /// The anonymized question (the last message of the request).
    public var query: String
    /// The anonymized answer (choice 0's text; tool calls as their JSON arguments are not included).
    public var answer: String
    /// Why the model stopped.
    public var finishReason: String?
    /// Prompt tokens, if the model reported them.
    public var promptTokens: Int?
    /// Completion tokens, if the model reported them.
    public var completionTokens: Int?

    enum CodingKeys: String, CodingKey {
        case entry, created, model, query, answer
        case finishReason = "finish_reason"
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }
}
