import Foundation
import Testing
import VeilEmbedding

/// An embedder that always fails, to check that errors surface instead of becoming misses or hits.
private struct FailingEmbedder: Embedder {
    let identifier = "failing"
    let dimension = 4
    func embed(_ text: String) throws -> [Float] { throw EmbeddingError.fileUnreadable }
}

@Suite struct SimilarityDecisionTests {
    let lexical = SimilarityDecision(
        embedder: LexicalEmbedder(), threshold: SimilarityDefaults.threshold(for: "lexical-v1"),
        verifier: SemanticVerifier(strictness: SimilarityDefaults.strictness))

    @Test func identicalQuestionIsAHit() async throws {
        let result = try await lexical.decide(stored: "Where is my order?", query: "Where is my order?")
        #expect(result.hit)
        #expect(abs(result.score - 1) < 1e-4)
    }

    @Test func unrelatedQuestionIsAMiss() async throws {
        let result = try await lexical.decide(stored: "Where is my order?", query: "What is the capital of France?")
        #expect(!result.hit)
        #expect(result.score < lexical.threshold)
    }

    @Test func verifierVetoesAHighScore() async throws {
        let result = try await lexical.decide(stored: "Do you deliver to Spain?", query: "Do you deliver from Spain?")
        #expect(result.score >= lexical.threshold)
        #expect(!result.hit)
    }

    @Test func embedderFailureIsThrown() async {
        let decision = SimilarityDecision(
            embedder: FailingEmbedder(), threshold: 0.5, verifier: SemanticVerifier(strictness: .standard))
        await #expect(throws: EmbeddingError.fileUnreadable) { try await decision.decide(stored: "a", query: "a") }
    }

    @Test func defaultsAreDefinedForEveryEmbedder() {
        #expect(SimilarityDefaults.threshold(for: "lexical-v1") > 0)
        #expect(SimilarityDefaults.threshold(for: "minilm-l6-v2") > 0)
        #expect(SimilarityDefaults.threshold(for: "something-else") >= 0.9)
        #expect(SimilarityDefaults.strictness == .standard)
        #expect(SimilarityDefaults.synonymBars(for: "lexical-v1").word > 1)
        #expect(SimilarityDefaults.synonymBars(for: "minilm-l6-v2").word <= 1)
    }

    @Test func calibrationPicksTheLowestThresholdThatKeepsTheTargetPrecision() async throws {
        let pairs = [
            LabelledPair(a: "How do I reset my password?", b: "how do i reset my password", label: true),
            LabelledPair(a: "What time do you open on Sundays?", b: "On Sundays, what time do you open?", label: true),
            LabelledPair(a: "Do you deliver to Spain?", b: "Do you deliver from Spain?", label: false),
            LabelledPair(a: "Where is my order?", b: "What is the capital of France?", label: false),
        ]
        let result = try await SimilarityCalibration(pairs: pairs, decision: lexical, targetPrecision: 0.99)
        let threshold = try #require(result.threshold)
        #expect(result.evaluation.precision == 1)
        #expect(result.evaluation.recall == 1)
        #expect(threshold <= 1)
        // No hit can reach the target when every accepted pair is wrong.
        let wrong = [LabelledPair(a: "Where is my order?", b: "where is my order", label: false)]
        let none = try await SimilarityCalibration(pairs: wrong, decision: lexical, targetPrecision: 0.99)
        #expect(none.threshold == nil)
        #expect(none.evaluation.truePositives + none.evaluation.falsePositives == 0)
    }
}

/// The labelled pair sets under `Benchmarks/data/cache-pairs/`, and the default policy's figures on them.
@Suite struct SimilarityEvaluationTests {
    static let dataDirectory = packageRoot.appendingPathComponent("Benchmarks/data/cache-pairs").path
    static let present = FileManager.default.fileExists(atPath: dataDirectory + "/en-hard.jsonl")

    @Test func figuresCountHitsAndMissesByLabel() {
        let pairs = [
            LabelledPair(a: "x", b: "x", label: true), LabelledPair(a: "x", b: "y", label: true),
            LabelledPair(a: "x", b: "z", label: false), LabelledPair(a: "x", b: "w", label: false),
        ]
        let e = SimilarityEvaluation(outcomes: [
            (pairs[0], true), (pairs[1], false), (pairs[2], true), (pairs[3], false),
        ])
        #expect(e.precision == 0.5)
        #expect(e.recall == 0.5)
        #expect(e.falseHitRate == 0.5)
        #expect(e.wrongHits == [pairs[2]])
    }

    @Test func missingPairFileIsReported() {
        #expect(throws: EmbeddingError.fileUnreadable) { try LabelledPair.load(jsonl: "/nonexistent.jsonl") }
    }

    @Test func pairFilesDecodeClassesAndGroups() throws {
        let line =
            #"{"a":"x","b":"y","label":false,"lang":"zh","class":"direction","domain":"travel","group":"zh-001","split":"test"}"#
        let pair = try JSONDecoder().decode(LabelledPair.self, from: Data(line.utf8))
        #expect(pair.kind == "direction")
        #expect(pair.group == "zh-001")
        #expect(pair.split == "test")
        let old = try JSONDecoder().decode(
            LabelledPair.self, from: Data(#"{"a":"x","b":"y","label":true,"kind":"k"}"#.utf8))
        #expect(old.kind == "k")
        #expect(old.lang == "en")
    }

    /// The lexical default policy's precision on both splits of every set (the test split is only reported and
    /// asserted, never tuned on). MiniLM's figures come from the release build (`scripts/cache-pairs-eval.py`).
    ///
    /// The bars differ on purpose: dev holds the issue's 0.98; the test split measures 0.952 (5 wrong hits in 105)
    /// and its bar is that floor, a guard against regressions, not the target — the target (0.98) is not met there.
    @Test(.enabled(if: present, "Benchmarks/data/cache-pairs not found"))
    func lexicalDefaultPolicyKeepsPrecisionOnBothSplits() async throws {
        var all: [LabelledPair] = []
        for file in ["en-hard.jsonl", "zh.jsonl", "ordinary.jsonl"] {
            all += try LabelledPair.load(jsonl: Self.dataDirectory + "/" + file)
        }
        #expect(all.count >= 1200)
        #expect(all.filter { $0.lang == "zh" }.count >= 300)
        for split in ["dev", "test"] {
            let e = try await SimilarityEvaluation(pairs: all.filter { $0.split == split }, decision: defaultDecision())
            print("lexical-v1 cache-pairs \(split): \(e)")
            #expect(e.precision >= (split == "dev" ? 0.98 : 0.95), "\(split)")
            #expect(e.recall >= 0.2, "\(split)")
        }
    }

    private func defaultDecision() -> SimilarityDecision {
        SimilarityDecision(
            embedder: LexicalEmbedder(), threshold: SimilarityDefaults.threshold(for: "lexical-v1"),
            verifier: SemanticVerifier(strictness: SimilarityDefaults.strictness))
    }
}
