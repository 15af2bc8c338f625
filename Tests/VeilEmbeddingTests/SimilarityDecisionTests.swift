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

    @Test func identicalQuestionIsAHit() throws {
        let result = try lexical.decide(stored: "Where is my order?", query: "Where is my order?")
        #expect(result.hit)
        #expect(abs(result.score - 1) < 1e-4)
    }

    @Test func unrelatedQuestionIsAMiss() throws {
        let result = try lexical.decide(stored: "Where is my order?", query: "What is the capital of France?")
        #expect(!result.hit)
        #expect(result.score < lexical.threshold)
    }

    @Test func verifierVetoesAHighScore() throws {
        let result = try lexical.decide(stored: "Book a table for 4 people", query: "Book a table for 5 people")
        #expect(result.score >= lexical.threshold)
        #expect(!result.hit)
    }

    @Test func embedderFailureIsThrown() {
        let decision = SimilarityDecision(
            embedder: FailingEmbedder(), threshold: 0.5, verifier: SemanticVerifier(strictness: .standard))
        #expect(throws: EmbeddingError.fileUnreadable) { try decision.decide(stored: "a", query: "a") }
    }

    @Test func defaultsAreDefinedForEveryEmbedder() {
        #expect(SimilarityDefaults.threshold(for: "lexical-v1") > 0)
        #expect(SimilarityDefaults.threshold(for: "minilm-l6-v2") > 0)
        #expect(SimilarityDefaults.threshold(for: "something-else") >= 0.9)
        #expect(SimilarityDefaults.strictness == .standard)
    }
}

/// The labelled pair sets under `Benchmarks/data/`, and the default policy's figures on them.
@Suite struct SimilarityEvaluationTests {
    static let dataDirectory = packageRoot.appendingPathComponent("Benchmarks/data").path
    static let present = FileManager.default.fileExists(atPath: dataDirectory + "/similarity-pairs.jsonl")

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

    @Test(.enabled(if: present, "Benchmarks/data not found"))
    func lexicalDefaultPolicyKeepsPrecisionAt95OnBothSets() throws {
        for file in ["similarity-pairs.jsonl", "paraphrase-public-style.jsonl"] {
            let pairs = try LabelledPair.load(jsonl: Self.dataDirectory + "/" + file)
            #expect(pairs.count >= 100)
            for split in ["calibration", "heldout"] {
                let e = try SimilarityEvaluation(pairs: pairs.filter { $0.split == split }, decision: defaultDecision())
                print("lexical-v1 \(file) \(split): \(e)")
                #expect(e.precision >= 0.95, "\(file) \(split)")
            }
        }
    }

    @Test(
        .enabled(if: present && miniLMPresent, "model or data absent"),
        .enabled(
            if: ProcessInfo.processInfo.environment["VEIL_SLOW_TESTS"] != nil, "set VEIL_SLOW_TESTS=1 (slow in debug)")
    )
    func miniLMDefaultPolicyMeetsTheIssueBars() throws {
        let embedder = try #require(sharedMiniLM)
        let decision = SimilarityDecision(
            embedder: embedder, threshold: SimilarityDefaults.threshold(for: embedder.identifier),
            verifier: SemanticVerifier(strictness: SimilarityDefaults.strictness))
        let hard = try LabelledPair.load(jsonl: Self.dataDirectory + "/similarity-pairs.jsonl")
        let hardFigures = try SimilarityEvaluation(pairs: hard, decision: decision)
        print("minilm-l6-v2 hard: \(hardFigures)")
        #expect(hardFigures.precision >= 0.95)
        #expect(hardFigures.recall >= 0.5)
        let publicSet = try LabelledPair.load(jsonl: Self.dataDirectory + "/paraphrase-public-style.jsonl")
        let publicFigures = try SimilarityEvaluation(pairs: publicSet, decision: decision)
        print("minilm-l6-v2 public-style: \(publicFigures)")
        #expect(publicFigures.precision >= 0.99)
        #expect(publicFigures.recall >= 0.85)
    }

    private func defaultDecision() -> SimilarityDecision {
        SimilarityDecision(
            embedder: LexicalEmbedder(), threshold: SimilarityDefaults.threshold(for: "lexical-v1"),
            verifier: SemanticVerifier(strictness: SimilarityDefaults.strictness))
    }
}
