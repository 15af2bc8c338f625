import Testing

@testable import Veil

/// `veil anonymize --jsonl`: one line in, one line out, through the wire codec.
@Suite struct LineAnonymizerTests {
    let line = LineAnonymizer(configuration: PIIConfiguration(), hasher: { _, _ in "00" })

    func run(_ s: String, _ n: Int = 1) -> String {
        String(decoding: line.process(line: Array(s.utf8), lineNumber: n), as: UTF8.self)
    }

    @Test func anonymizesTextAndListsEntitiesWithoutValues() {
        let out = run(#"{"id":3,"text":"mail a@example.com, 手机13812345678","x":[1,{"y":null}]}"#)
        #expect(
            out
                == #"{"text":"mail <EMAIL_1>, 手机<CN_MOBILE_1>","entities":[{"type":"EMAIL","placeholder":"<EMAIL_1>"},{"type":"CN_MOBILE","placeholder":"<CN_MOBILE_1>"}]}"#
        )
        #expect(!out.contains("a@example.com"))
    }

    @Test func badLinesGetAnErrorObject() {
        #expect(
            String(decoding: line.process(line: [0x7B, 0xFF, 0x7D], lineNumber: 2), as: UTF8.self)
                == #"{"error":"invalid UTF-8","line":2}"#)
        #expect(run("{\"text\": \"a\"", 3) == #"{"error":"malformed JSON","line":3}"#)
        #expect(run("{\"txt\": \"a\"}", 4) == #"{"error":"missing \"text\" string field","line":4}"#)
        #expect(run("[1]", 5) == #"{"error":"line is not a JSON object","line":5}"#)
        #expect(run(String(repeating: "[", count: 100_000), 6).contains("error"))
        #expect(run(#"{"text":"a\u00e9\ud83d\ude00"}"#) == #"{"text":"aé😀","entities":[]}"#)
    }

    @Test func lineAnonymizerReportsBlockWithoutTheValue() {
        let line = LineAnonymizer(configuration: PIIConfiguration(actions: [.secret: .block]), hasher: { _, _ in "" })
        let out = String(
            decoding: line.process(line: Array(#"{"text":"key AKIAIOSFODNN7EXAMPLE"}"#.utf8), lineNumber: 9),
            as: UTF8.self)
        #expect(out == #"{"error":"blocked by policy","entity_type":"SECRET","line":9}"#)
    }
}
