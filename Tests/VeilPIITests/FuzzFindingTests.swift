import Testing

@testable import VeilPII

/// Regression tests for what the libFuzzer targets (Fuzz/, issue 16) found.
@Suite struct FuzzFindingTests {
    private func session() -> PseudonymSession {
        let configuration = PIIConfiguration()
        return PseudonymSession(
            scanner: PIIScanner(configuration: configuration, today: 2025_06_15), configuration: configuration,
            hasher: { _, _ in "0" })
    }

    /// FuzzPII: a value found in tool-call arguments (JSON text) was the text as written there, escapes included,
    /// and restoreInJSONString escaped it again (`\u0000` came back as `\\u0000`, a different string).
    @Test func valuesFoundInJSONTextComeBackAsWritten() throws {
        let session = session()
        let arguments = #"{"q":"token=\u0000ready, \"Tobias Sullivan-Hart\" at a\/b token=x\\y\"z"}"#
        let anonymized = try session.anonymizeJSON(arguments)
        #expect(anonymized.contains("<URL_CREDENTIAL_1>"))
        let restorer = session.makeRestorer()
        #expect(restorer.restoreInJSONString(anonymized) == arguments)
        // Streamed, cut anywhere (the text is ASCII, so every cut is a valid string).
        let bytes = Array(anonymized.utf8)
        for cut in 0...bytes.count {
            var stream = restorer.makeStreamRestorer(jsonEscaped: true)
            let joined =
                stream.feed(String(decoding: bytes[..<cut], as: UTF8.self))
                + stream.feed(String(decoding: bytes[cut...], as: UTF8.self)) + stream.finish()
            #expect(joined == arguments, "cut at \(cut)")
        }
        // The same value put into plain text by the model loses its JSON escapes.
        #expect(restorer.restore("it was <URL_CREDENTIAL_1>") == "it was \u{0}ready")
    }

    /// FuzzPII: a value the policy allows was copied as it was, so a tag look-alike inside it (`<~~PERSON_1>` in
    /// something read as a secret) was not escaped, and restoring the answer removed a `~` the user had typed.
    @Test func tagLookAlikesInsideAllowedValuesAreEscaped() throws {
        let configuration = PIIConfiguration(defaultAction: .allow)
        let session = PseudonymSession(
            scanner: PIIScanner(configuration: configuration, today: 2025_06_15), configuration: configuration,
            hasher: { _, _ in "0" })
        let text = "mail a<~~PERSON_1>b@example.com or x<EMAIL_1>y@example.org, call <EMAIL_1>"
        let anonymized = try session.anonymize(text)
        #expect(!anonymized.contains("<EMAIL_1>"))
        #expect(session.makeRestorer().restore(anonymized) == text)
    }

    /// FuzzPII: two spellings of one value share a placeholder by design (canonical forms: digits only for phones),
    /// and that placeholder restores to the first spelling, so a round trip gives the text back with each value as
    /// first written (the fuzz target's rule since). Found in tool-call arguments: `\u0000+1 415 555 0132` reads as
    /// `…0000+1 415 555 0132` in JSON text, where the number is taken without its `+`; the placeholder of the same
    /// number in the message before puts it back with its `+`, JSON-escaped, and the arguments stay JSON.
    @Test func twoSpellingsOfOneValueRestoreAsTheFirst() throws {
        let session = session()
        let message = "call +1 415 555 0132 now"
        let masked = try session.anonymize(message)
        #expect(masked == "call <PHONE_1> now")
        let arguments = #"{"q":"\u0000+1 415 555 0132 or 415-555-0133"}"#
        let maskedArguments = try session.anonymizeJSON(arguments)
        #expect(maskedArguments == #"{"q":"\u0000+<PHONE_1> or <PHONE_2>"}"#)
        let restorer = session.makeRestorer()
        #expect(restorer.restore(masked) == message)
        #expect(restorer.restoreInJSONString(maskedArguments) == #"{"q":"\u0000++1 415 555 0132 or 415-555-0133"}"#)
        // Different values never share a placeholder, whatever their spelling.
        #expect(try session.anonymize("+1 415 555 0134, 1 415 555 0132") == "<PHONE_3>, <PHONE_1>")
    }

    /// FuzzPII: an allowed value was escaped on its own, so a tag look-alike that began inside it and ended after it
    /// (`token=[~PHONE` read as a secret, then `]`) was not escaped, and restoring removed the `~` the user typed.
    @Test func tagLookAlikesAcrossAllowedValuesAreEscaped() throws {
        let configuration = PIIConfiguration(actions: [.person: .pseudonymize], defaultAction: .allow)
        let scanner = PIIScanner(configuration: configuration, today: 2025_06_15)
        let session = PseudonymSession(scanner: scanner, configuration: configuration, hasher: { _, _ in "0" })
        for text in ["Ingo Oberhuber: stoken=[~PHONE]r", "token=[~EMAIL]x"] {
            let tag = try #require(Array(text.utf8).firstIndex(of: UInt8(ascii: "~")))
            // The case in point: a detection (left in place) ends inside the look-alike.
            #expect(scanner.scan(text).contains { $0.range.contains(tag) && !$0.range.contains(tag + 6) }, "\(text)")
            let anonymized = try session.anonymize(text)
            #expect(anonymized.contains("~~"))
            #expect(session.makeRestorer().restore(anonymized) == text)
        }
    }

    /// A fragment that is not whole JSON string content (an escape cut off) is put back as written.
    @Test func unescapingKeepsWhatIsNotWhole() {
        #expect(PlaceholderSyntax.jsonUnescaped(Array(#"a\"b\u00e9\ud83d\ude00\/"#.utf8)) == Array("a\"bé😀/".utf8))
        #expect(PlaceholderSyntax.jsonUnescaped(Array(#"abc\"#.utf8)) == nil)
        #expect(PlaceholderSyntax.jsonUnescaped(Array(#"\u00"#.utf8)) == nil)
        #expect(PlaceholderSyntax.jsonUnescaped(Array(#"\ud83d"#.utf8)) == nil)
        #expect(PlaceholderSyntax.jsonUnescaped(Array("plain".utf8)) == Array("plain".utf8))
    }
}
