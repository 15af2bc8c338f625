/// Why the mock refused a request body: becomes a 400 in OpenAI's error shape.
///
/// Messages are fixed strings: like the gateway, the mock never echoes request text in an error.
struct MockRequestProblem: Error, Hashable {
    var message: String
    var param: String?

    static let malformedJSON = MockRequestProblem(
        message: "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your "
            + "HTTP library correctly. The OpenAI API expects a JSON payload.)"
    )
    static let notAnObject = MockRequestProblem(message: "The request body must be a JSON object.")
    static let missingModel = MockRequestProblem(message: "you must provide a model parameter", param: "model")
    static let missingMessages = MockRequestProblem(
        message: "'messages' must be a non-empty array of message objects.",
        param: "messages"
    )
    static let invalidMessage = MockRequestProblem(
        message: "Each message must be an object with a string 'role'.",
        param: "messages"
    )
    static let invalidStream = MockRequestProblem(message: "'stream' must be a boolean.", param: "stream")
    static let invalidMaxTokens = MockRequestProblem(
        message: "'max_tokens' must be a positive integer.",
        param: "max_tokens"
    )
    static let invalidInput = MockRequestProblem(
        message: "'input' must be a string, an array of strings, or an array of token arrays.",
        param: "input"
    )
    static let invalidDimensions = MockRequestProblem(
        message: "'dimensions' must be an integer in 1...4096.",
        param: "dimensions"
    )
    static let invalidEncodingFormat = MockRequestProblem(
        message: "'encoding_format' must be 'float' or 'base64'.",
        param: "encoding_format"
    )
}
