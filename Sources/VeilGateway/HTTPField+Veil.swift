import HTTPTypes

extension HTTPField.Name {
    /// `X-Veil-Cache`: how the cache treated the request.
    static let veilCache = HTTPField.Name("X-Veil-Cache")!
    /// `X-Veil-Redactions`: PII detections per entity type, e.g. `EMAIL=2,PERSON=1`.
    static let veilRedactions = HTTPField.Name("X-Veil-Redactions")!
    /// `X-Veil-Subject`: the end user, when the body has no `user` field.
    static let veilSubject = HTTPField.Name("X-Veil-Subject")!
    /// `X-Request-Id`: propagated or generated.
    static let requestID = HTTPField.Name("X-Request-Id")!
}
