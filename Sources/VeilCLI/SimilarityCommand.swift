import ArgumentParser
import Foundation
import Veil

extension VeilCommand {
    /// `veil similarity`: the semantic tier's decision for pairs of questions, for calibrating thresholds.
    struct Similarity: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score pairs of questions and say whether the cache would serve one for the other.",
            discussion: """
                Reads lines {"a": …, "b": …} and writes {"score": s, "hit": true|false} per line: the decision \
                the semantic cache makes for query b against a stored a in the same conversation, with the \
                policy's threshold and verifier. A bad line gets {"error": …} and the rest continue.
                """
        )

        @OptionGroup var policyOptions: PolicyOptions

        @Option(name: .long, help: "lexical, minilm or remote (default: the policy's embedder).")
        var embedder: String?

        @Option(name: .long, help: "all-MiniLM-L6-v2 folder (default: $VEIL_MINILM_DIR or ./models/all-MiniLM-L6-v2).")
        var modelDir: String?

        @Option(name: .long, help: "Override the policy's threshold.")
        var threshold: Float?

        @Flag(name: .long, help: "Read and write JSON lines (the only mode).")
        var jsonl = false

        func run() async throws {
            let policy = try policyOptions.load()
            let name = embedder ?? policy.cache.semantic.embedder
            let chosen: any Embedder
            switch name {
            case "lexical":
                chosen = LexicalEmbedder()
            case "minilm":
                let directory =
                    modelDir ?? ProcessInfo.processInfo.environment["VEIL_MINILM_DIR"]
                    ?? ResourceLocator.locate("models/all-MiniLM-L6-v2")
                do {
                    chosen = try MiniLMEmbedder(modelDirectory: directory)
                } catch {
                    throw ValidationError("cannot load the MiniLM model from \(directory) (run `make models`)")
                }
            default:
                throw ValidationError("embedder must be lexical or minilm for offline scoring")
            }
            let decision = SimilarityDecision(
                embedder: chosen,
                threshold: threshold ?? policy.cache.semantic.threshold
                    ?? SimilarityDefaults.threshold(for: chosen.identifier),
                verifier: SemanticVerifier(strictness: policy.cache.semantic.verifier)
            )
            let input = FileHandle.standardInput.readDataToEndOfFile()
            var output = ""
            var lineNumber = 0
            for line in input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                lineNumber += 1
                guard !line.isEmpty else { continue }
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                    let a = object["a"] as? String, let b = object["b"] as? String
                else {
                    output += "{\"error\":\"line \(lineNumber): expected a JSON object with string fields a and b\"}\n"
                    continue
                }
                do {
                    let (score, hit) = try decision.decide(stored: a, query: b)
                    output += "{\"score\":\(String(format: "%.6f", score)),\"hit\":\(hit)}\n"
                } catch {
                    output += "{\"error\":\"line \(lineNumber): embedding failed\"}\n"
                }
                if output.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(output.utf8))
                    output = ""
                }
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }
}
