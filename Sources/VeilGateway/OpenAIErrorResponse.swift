import HTTPTypes
import Hummingbird
import NIOCore
import Veil

/// Turns a ``VeilError`` into OpenAI's error JSON: `{"error":{"message","type","param","code"}}`.
///
/// The message is the error's fixed description, so nothing the client sent (prompt text, PII, keys) can come back
/// in it, and no stack trace ever does.
struct OpenAIErrorResponse: HTTPResponseError {
    let error: VeilError
    let requestID: String?

    init(_ error: VeilError, requestID: String? = nil) {
        self.error = error
        self.requestID = requestID
    }

    var status: HTTPResponse.Status { HTTPResponse.Status(code: self.error.status) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        self.response(requestID: self.requestID ?? request.headers[.requestID])
    }

    func response(requestID: String?) -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let retryAfter = self.error.retryAfter { headers[.retryAfter] = String(retryAfter) }
        if let requestID { headers[.requestID] = requestID }
        if self.error.status == 401 { headers[.wwwAuthenticate] = "Bearer" }
        return Response(
            status: self.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: Self.json(self.error))))
    }

    /// The error JSON as bytes; also used for an error event in a stream that already started.
    static func json(_ error: VeilError) -> [UInt8] {
        var text = #"{"error":{"message":"#
        JSONText.appendString(error.description, to: &text)
        text += #","type":"#
        JSONText.appendString(error.type, to: &text)
        text += #","param":null,"code":"#
        JSONText.appendString(error.errorCode, to: &text)
        text += "}}"
        return Array(text.utf8)
    }
}
