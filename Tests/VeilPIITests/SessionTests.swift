import Testing

@testable import VeilPII

private func session(_ config: PIIConfiguration = PIIConfiguration()) -> PseudonymSession {
    PseudonymSession(
        scanner: PIIScanner(configuration: config), configuration: config,
        hasher: { type, value in
            type == .email && value == "a@example.com" ? "abcdef0123456789ffff" : "0011223344556677"
        })
}

@Suite struct SessionTests {
    @Test func placeholdersAreNumberedAcrossMessagesBySameValue() throws {
        let s = session()
        #expect(try s.anonymize("mail a@example.com or b@example.com") == "mail <EMAIL_1> or <EMAIL_2>")
        #expect(try s.anonymize("again A@EXAMPLE.com and c@example.com") == "again <EMAIL_1> and <EMAIL_3>")
        #expect(s.counts[.email] == 4)
        #expect(s.makeRestorer().restore("to <EMAIL_2> and <EMAIL_1>") == "to b@example.com and a@example.com")
    }

    @Test func namesFoundByACueAreCaughtLater() throws {
        let s = session()
        _ = try s.anonymize("Hi, my name is Zorblat Quux.")
        #expect(try s.anonymize("Zorblat Quux here again") == "<PERSON_1> here again")
    }

    @Test func userTypedPlaceholdersAreEscapedAndRestoredExactly() throws {
        let s = session()
        let input = "literal <EMAIL_1> and [PHONE] and <~EMAIL_2> plus a@example.com"
        let out = try s.anonymize(input)
        #expect(out == "literal <~EMAIL_1> and [~PHONE] and <~~EMAIL_2> plus <EMAIL_1>")
        #expect(s.makeRestorer().restore(out) == "literal <EMAIL_1> and [PHONE] and <~EMAIL_2> plus a@example.com")
    }

    @Test func inventedPlaceholdersAreLeftAlone() throws {
        let s = session()
        _ = try s.anonymize("a@example.com")
        #expect(s.makeRestorer().restore("<EMAIL_7> <PERSON_1> <EMAIL_1>") == "<EMAIL_7> <PERSON_1> a@example.com")
    }

    @Test func actions() throws {
        let config = PIIConfiguration(
            actions: [.email: .mask, .creditCard: .mask, .phone: .redact, .usSSN: .allow, .cnMobile: .mask],
            defaultAction: .hash)
        let s = session(config)
        let out = try s.anonymize(
            "j.doe@example.com 4111 1111 1111 1111 (415) 555-2671 SSN 123-45-6789 手机13812345678 1.2.3.9")
        #expect(
            out
                == "j***@e***.com **** **** **** 1111 [PHONE] SSN 123-45-6789 手机*******5678 <IP_ADDRESS_HASH_0011223344556677>"
        )
        #expect(s.counts[.usSSN] == nil)
    }

    @Test func blockThrowsNamingTheTypeOnly() throws {
        let s = session(PIIConfiguration(actions: [.creditCard: .block]))
        #expect(throws: PIIBlockedError(entityType: .creditCard)) { try s.anonymize("card 4111111111111111") }
        #expect(PIIBlockedError(entityType: .creditCard).description.contains("CREDIT_CARD"))
        #expect(!PIIBlockedError(entityType: .creditCard).description.contains("4111"))
        #expect(try s.anonymize("no card") == "no card")
    }

    @Test func toolCallArgumentsGetJSONEscapedValues() throws {
        let s = session(PIIConfiguration(personDenyList: ["Anna \"Q\" Lee"]))
        _ = try s.anonymize("Anna \"Q\" Lee")
        #expect(
            s.makeRestorer().restoreInJSONString("{\\\"to\\\":\\\"<PERSON_1>\\\"}")
                == "{\\\"to\\\":\\\"Anna \\\"Q\\\" Lee\\\"}")
    }

    @Test func streamSplitAtEveryBytePositionMatchesOneShot() throws {
        let s = session()
        _ = try s.anonymize("a@example.com and Dear Grace")
        let restorer = s.makeRestorer()
        let answer = "Hi <PERSON_1>, mail <EMAIL_1>! <~EMAIL_1> <EMAIL_9> [~EMAIL] <"
        let expected = restorer.restore(answer)
        let bytes = Array(answer.utf8)
        for i in 0...bytes.count {
            for j in i...bytes.count {
                var stream = restorer.makeStreamRestorer()
                var out = stream.feed(String(decoding: bytes[..<i], as: UTF8.self))
                out += stream.feed(String(decoding: bytes[i..<j], as: UTF8.self))
                out += stream.feed(String(decoding: bytes[j...], as: UTF8.self))
                out += stream.finish()
                #expect(out == expected, "split at \(i), \(j)")
            }
        }
    }

    @Test func streamHoldsBackOnlyAPossiblePlaceholder() {
        var stream = Restorer(originals: ["<EMAIL_1>": "a@b.com"]).makeStreamRestorer()
        #expect(stream.feed("Hello") == "Hello")
        #expect(stream.feed(" <") == " ")
        #expect(stream.heldBackCount == 1)
        #expect(stream.feed("EMAIL_1") == "")
        #expect(stream.feed("> <x") == "a@b.com <x")
        #expect(stream.finish() == "")
    }
}
