import Foundation
import Testing
import VeilEmbedding

/// The model folder, from `VEIL_MINILM_DIR` or the `make models` default under the package root.
let miniLMDirectory: String = {
    if let path = ProcessInfo.processInfo.environment["VEIL_MINILM_DIR"], !path.isEmpty { return path }
    return packageRoot.appendingPathComponent("models/all-MiniLM-L6-v2").path
}()

/// The package root, found from this file's path (Tests/VeilEmbeddingTests/<file>).
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

let miniLMPresent: Bool = FileManager.default.fileExists(
    atPath: URL(fileURLWithPath: miniLMDirectory).appendingPathComponent("model.safetensors").path)

/// One reference line: a text, the Hugging Face token ids, and the sentence-transformers embedding.
struct ReferenceSentence: Decodable {
    var text: String
    var inputIDs: [Int32]
    var embedding: [Float]

    enum CodingKeys: String, CodingKey {
        case text
        case inputIDs = "input_ids"
        case embedding
    }
}

func loadReference() throws -> [ReferenceSentence] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/minilm-reference", withExtension: "jsonl"))
    let text = try String(contentsOf: url, encoding: .utf8)
    return try text.split(separator: "\n").map { try JSONDecoder().decode(ReferenceSentence.self, from: Data($0.utf8)) }
}

/// Loaded once: 90 MB of weights.
let sharedMiniLM: MiniLMEmbedder? = try? MiniLMEmbedder(modelDirectory: miniLMDirectory)

@Suite(
    "MiniLM matches sentence-transformers",
    .enabled(if: miniLMPresent, "model absent: run `make models` or set VEIL_MINILM_DIR"))
struct MiniLMReferenceTests {
    @Test func tokenizerReproducesHuggingFaceIDsForEveryReferenceSentence() throws {
        let tokenizer = try WordPieceTokenizer(vocabularyFile: miniLMDirectory + "/vocab.txt")
        let reference = try loadReference()
        #expect(reference.count == 24)
        for sentence in reference {
            #expect(tokenizer.encode(sentence.text) == sentence.inputIDs, "\(sentence.text.prefix(40))")
        }
    }

    @Test func embeddingsReachCosineAtLeast0999ThroughBLASOrSIMD() throws {
        let embedder = try #require(sharedMiniLM)
        #expect(embedder.dimension == 384)
        #expect(embedder.identifier == "minilm-l6-v2")
        for sentence in try loadReference() {
            let vector = try embedder.embed(sentence.text)
            let cosine = cosineSimilarity(vector, sentence.embedding)
            #expect(cosine >= 0.999, "\(sentence.text.prefix(40)): \(cosine)")
        }
    }

    /// The SIMD kernels must give the same vectors as OpenBLAS. Only the shortest sentences: unoptimized SIMD
    /// code in a debug build is about a hundred times slower than in release.
    @Test func simdFallbackMatchesReferenceOnShortSentences() throws {
        let embedder = try MiniLMEmbedder(modelDirectory: miniLMDirectory, preferBLAS: false)
        #expect(!embedder.usesBLAS)
        let shortest = try loadReference().sorted { $0.inputIDs.count < $1.inputIDs.count }.prefix(3)
        for sentence in shortest {
            let cosine = cosineSimilarity(try embedder.embed(sentence.text), sentence.embedding)
            #expect(cosine >= 0.999, "\(sentence.text.prefix(40)): \(cosine)")
        }
    }

    @Test func missingModelFolderThrowsFileUnreadable() {
        #expect(throws: EmbeddingError.fileUnreadable) {
            try MiniLMEmbedder(modelDirectory: "/nonexistent/veil-model")
        }
    }
}
