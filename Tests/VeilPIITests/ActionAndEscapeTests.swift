import Testing

@testable import VeilPII

@Suite struct ActionAndEscapeTests {
    private func anonymize(_ text: String, _ action: PIIAction, key: String = "k1") throws -> String {
        let config = PIIConfiguration(defaultAction: action)
        let session = PseudonymSession(
            scanner: PIIScanner(configuration: config), configuration: config,
            hasher: { type, value in
                // A stand-in keyed hash: differs per key, stable per value.
                var h: UInt64 = 1469598103934665603
                for b in (key + type.rawValue + value).utf8 { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
                return String(h, radix: 16)
            })
        return try session.anonymize(text)
    }

    @Test func maskKeepsOnlyARecognizablePart() throws {
        #expect(try anonymize("mail jane@example.com", .mask) == "mail j***@e***.com")
        #expect(try anonymize("card 4111-1111-1111-1111", .mask) == "card **** **** **** 1111")
        #expect(try anonymize("tel (415) 555-2671", .mask) == "tel (***) ***-2671")
        #expect(try anonymize("SSN 123-45-6789", .mask) == "SSN ***-**-6789")
        #expect(try anonymize("身份证11010519491231002X", .mask) == "身份证**************002X")
        #expect(try anonymize("IBAN DE89 3704 0044 0532 0130 00", .mask) == "IBAN DE** **** **** **** **30 00")
        #expect(try anonymize("ip 10.1.2.3", .mask) == "ip 10.*.*.*")
        #expect(try anonymize("mac 00:1A:2B:3C:4D:5E", .mask) == "mac **:**:**:**:**:5E")
        #expect(try anonymize("My name is Zorro Quux", .mask) == "My name is Z***")
    }

    @Test func redactTagsAreDistinctFromPlaceholders() throws {
        #expect(try anonymize("mail jane@example.com and 13812345678", .redact) == "mail [EMAIL] and [CN_MOBILE]")
    }

    @Test func hashTagsAreStableInATenantAndDifferAcrossTenants() throws {
        let a1 = try anonymize("jane@example.com", .hash, key: "tenant-a")
        let a2 = try anonymize("JANE@example.com", .hash, key: "tenant-a")
        let b = try anonymize("jane@example.com", .hash, key: "tenant-b")
        #expect(a1 == a2)
        #expect(a1 != b)
        #expect(a1.hasPrefix("<EMAIL_HASH_") && a1.hasSuffix(">"))
        #expect(!a1.contains("jane"))
    }

    @Test func allowLeavesValuesAndIsNotCounted() throws {
        let config = PIIConfiguration(actions: [.email: .allow])
        let session = PseudonymSession(
            scanner: PIIScanner(configuration: config), configuration: config, hasher: { _, _ in "" })
        #expect(try session.anonymize("jane@example.com 13812345678") == "jane@example.com <CN_MOBILE_1>")
        #expect(session.counts == [.cnMobile: 1])
    }

    @Test func fullWidthValuesAreReplacedExactlyAsTyped() throws {
        let session = PseudonymSession(
            scanner: PIIScanner(configuration: PIIConfiguration()), configuration: PIIConfiguration(),
            hasher: { _, _ in "" })
        let out = try session.anonymize("手机：１３８１２３４５６７８，好")
        #expect(out == "手机：<CN_MOBILE_1>，好")
        // Same number in ASCII digits later: same placeholder (canonical comparison).
        #expect(try session.anonymize("13812345678") == "<CN_MOBILE_1>")
        #expect(session.makeRestorer().restore("<CN_MOBILE_1>") == "１３８１２３４５６７８")
    }

    @Test func hashAndRedactionLookalikesTypedByTheUserAreEscaped() throws {
        let session = PseudonymSession(
            scanner: PIIScanner(configuration: PIIConfiguration()), configuration: PIIConfiguration(),
            hasher: { _, _ in "" })
        let typed = "tags <EMAIL_HASH_abc123> [CN_MOBILE] <NOT_A_TYPE_1> <EMAIL_01> <EMAIL_>"
        let out = try session.anonymize(typed)
        #expect(out == "tags <~EMAIL_HASH_abc123> [~CN_MOBILE] <NOT_A_TYPE_1> <EMAIL_01> <EMAIL_>")
        #expect(session.makeRestorer().restore(out) == typed)
    }

    @Test func chineseNamesAreRememberedAcrossMessages() throws {
        let session = PseudonymSession(
            scanner: PIIScanner(configuration: PIIConfiguration()), configuration: PIIConfiguration(),
            hasher: { _, _ in "" })
        #expect(try session.anonymize("我叫欧阳娜娜。") == "我叫<PERSON_1>。")
        #expect(try session.anonymize("欧阳娜娜明天来") == "<PERSON_1>明天来")
    }

    @Test func streamInJSONModeEscapesInsertedValues() {
        let restorer = Restorer(originals: ["<PERSON_1>": "A \"B\"\n"])
        var stream = restorer.makeStreamRestorer(jsonEscaped: true)
        var out = stream.feed("{\\\"n\\\":\\\"<PER")
        out += stream.feed("SON_1>\\\"}")
        out += stream.finish()
        #expect(out == "{\\\"n\\\":\\\"A \\\"B\\\"\\n\\\"}")
    }

    @Test func streamFlushesNonPlaceholderTextAtOnce() {
        var stream = Restorer(originals: [:]).makeStreamRestorer()
        #expect(stream.feed("a < b and [x]") == "a < b and [x]")
        #expect(stream.feed("[EM") == "")
        #expect(stream.feed("AIL") == "")
        #expect(stream.feed("]") == "[EMAIL]")
        #expect(stream.feed("<~") == "")
        #expect(stream.finish() == "<~")
    }
}
