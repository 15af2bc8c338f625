import HTTPTypes
import Hummingbird
import Logging
import Veil

/// Gives every response an `X-Request-Id` and every error OpenAI's JSON shape.
///
/// It runs first: it propagates the client's `X-Request-Id` (when it is short and printable) or generates one, writes
/// it into the request so handlers see the same id, and turns anything thrown below — ``VeilError``, Hummingbird's
/// `HTTPError` (unknown route, wrong method), or an unexpected error — into `{"error":{…}}` with the right status. An
/// unexpected error is logged by type only and answered as a 500 without details.
public struct OpenAIErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Creates the middleware.
    public init() {}

    /// Assigns the request id, calls the rest of the stack, and maps errors.
    public func handle(
        _ input: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let requestID = RequestIdentifier.resolve(input.headers[.requestID])
        var head = input.head
        head.headerFields[.requestID] = requestID
        let request = Request(head: head, body: input.body)
        do {
            var response = try await next(request, context)
            response.headers[.requestID] = requestID
            return response
        } catch let error as VeilError {
            return OpenAIErrorResponse(error, requestID: requestID).response(requestID: requestID)
        } catch let error as OpenAIErrorResponse {
            return error.response(requestID: requestID)
        } catch let error as HTTPError {
            return OpenAIErrorResponse(Self.veilError(status: error.status), requestID: requestID)
                .response(requestID: requestID)
        } catch let error as PolicyError {
            // A policy file on this server does not parse: the operator's to fix, so the log names file, line and
            // key (never request data); the client learns only that the server failed.
            context.logger.error("policy file invalid", metadata: ["error": "\(error)"])
            return OpenAIErrorResponse(.internalError, requestID: requestID).response(requestID: requestID)
        } catch {
            context.logger.error("unexpected error", metadata: ["error.type": "\(type(of: error))"])
            return OpenAIErrorResponse(.internalError, requestID: requestID).response(requestID: requestID)
        }
    }

    static func veilError(status: HTTPResponse.Status) -> VeilError {
        switch status.code {
        case 404, 405: .notFound
        case 413: .payloadTooLarge
        case 415: .unsupportedMediaType
        case 401: .unauthorized
        case 400..<500: .invalidRequest("request")
        default: .internalError
        }
    }
}
