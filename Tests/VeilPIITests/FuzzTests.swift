import Testing

@testable import VeilPII

@Suite struct FuzzTests {
    /// Pieces that exercise every recognizer and the escape grammar when glued together at random.
    static let pieces = [
        "4111 1111 1111 1111", "１３８１２３４５６７８", "a@b.com", "@", "<EMAIL_1>", "[PHONE]", "<~", "<", "[", "~", "王", "先生",
        "我叫", "张伟", "：", " ", "-", ".", ":", "1", "22", "333", "4444", "+", "(", ")", "sk-", "abc123DEF456ghi789JKL0",
        "Dear ", "Sarah", "Müller", "é", "😀", "\n", "token=", "https://", "u:p@", "192.168.0.1", "::1", "fe80::",
        "DE89",
        "3704 0044 0532 0130 00", "11010519491231002X", "123-45-6789", "-----BEGIN RSA PRIVATE KEY-----",
    ]

    @Test func randomTextKeepsInvariantsAndRoundTrips() throws {
        var g = CorpusGenerator(seed: 99)
        let scanner = PIIScanner(configuration: PIIConfiguration())
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<g.int(1...12) { text += g.pick(Self.pieces) }
            let utf8 = Array(text.utf8)
            let found = scanner.scan(text)
            var last = 0
            for d in found {
                #expect(d.range.lowerBound >= last && d.range.upperBound <= utf8.count && !d.range.isEmpty)
                // Ranges fall on scalar boundaries (no continuation byte at either end).
                #expect(d.range.lowerBound == utf8.count || utf8[d.range.lowerBound] & 0xC0 != 0x80)
                #expect(d.range.upperBound == utf8.count || utf8[d.range.upperBound] & 0xC0 != 0x80)
                last = d.range.upperBound
            }
            let session = PseudonymSession(scanner: scanner, configuration: PIIConfiguration(), hasher: { _, _ in "" })
            let anonymized = try session.anonymize(text)
            #expect(session.makeRestorer().restore(anonymized) == text, "\(text)")
        }
    }
}
