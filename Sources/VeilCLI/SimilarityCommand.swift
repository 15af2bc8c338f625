import ArgumentParser
import Foundation
import Veil
import VeilEmbedding

extension VeilCommand {
    /// `veil similarity`: the semantic tier's decision for pairs of questions, and threshold calibration.
    struct Similarity: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score pairs of questions and say whether the cache would serve one for the other.",
            discussion: """
                Reads lines {"a": …, "b": …} on standard input and writes {"score": s, "hit": true|false} per \
                line: the decision the semantic cache makes for query b against a stored a in the same \
                conversation, with the policy's threshold and verifier. A bad line gets {"error": …} and the rest \
                continue.

                With --calibrate --pairs FILE.jsonl (labelled lines {"a", "b", "label"}), prints for each embedder \
                the lowest threshold whose hits reach --target-precision on that file, with precision, recall and \
                F1 at it; set it as cache.semantic.threshold in a policy.
                """
        )

        @OptionGroup var policyOptions: PolicyOptions

        @Option(name: .long, help: "lexical or minilm (default: the policy's embedder; with --calibrate: both).")
        var embedder: String?

        @Option(name: .long, help: "all-MiniLM-L6-v2 folder (default: $VEIL_MINILM_DIR or ./models/all-MiniLM-L6-v2).")
        var modelDir: String?

        @Option(name: .long, help: "Override the policy's threshold.")
        var threshold: Float?

        @Flag(name: .long, help: "Read and write JSON lines (the scoring mode).")
        var jsonl = false

        @Flag(name: .long, help: "Also write the verifier's verdict on every pair (accept or the refusal reason).")
        var explain = false

        @Flag(name: .long, help: "Choose thresholds on a labelled pair file instead of scoring standard input.")
        var calibrate = false

        @Option(name: .long, help: "The labelled pairs for --calibrate (JSON lines with a, b, label).")
        var pairs: String?

        @Option(name: .long, help: "The precision the chosen threshold must reach (default 0.99).")
        var targetPrecision: Double = 0.99

        func validate() throws {
            if calibrate && pairs == nil { throw ValidationError("--calibrate needs --pairs FILE.jsonl") }
            if !(0.5...1).contains(targetPrecision) {
                throw ValidationError("--target-precision must be between 0.5 and 1")
            }
        }

        func run() async throws {
            let policy = try policyOptions.load()
            if calibrate, let pairs {
                try await runCalibration(policy: policy, file: pairs)
                return
            }
            let chosen = try load(embedder ?? policy.cache.semantic.embedder)
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
                    let (score, hit) = try await decision.decide(stored: a, query: b)
                    output += "{\"score\":\(String(format: "%.6f", score)),\"hit\":\(hit)"
                    if explain {
                        let verdict: String
                        switch try await decision.alignment(stored: a, query: b, score: score) {
                        case .accept: verdict = "accept"
                        case .reject(let reason): verdict = reason.rawValue
                        }
                        output += ",\"verdict\":\"\(verdict)\""
                        if let (left, right) = decision.verifier.unpairedWords(stored: a, query: b) {
                            output += ",\"unpaired\":[\(Self.jsonArray(left)),\(Self.jsonArray(right))]"
                        }
                    }
                    output += "}\n"
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

        private func runCalibration(policy: Policy, file: String) async throws {
            let labelled: [LabelledPair]
            do {
                labelled = try LabelledPair.load(jsonl: file)
            } catch {
                throw ValidationError("cannot read labelled pairs from \(file) (JSON lines with a, b and label)")
            }
            guard labelled.contains(where: \.label), labelled.contains(where: { !$0.label }) else {
                throw ValidationError("\(file) needs pairs of both labels")
            }
            let names = embedder.map { [$0] } ?? ["lexical", "minilm"]
            var report = "embedder      threshold  precision  recall  f1     hits (right/wrong)  pairs\n"
            for name in names {
                let chosen: any Embedder
                do {
                    chosen = try load(name)
                } catch  where embedder == nil {
                    report +=
                        "\(name.padding(toLength: 13, withPad: " ", startingAt: 0)) (model not found; run make models)\n"
                    continue
                }
                let decision = SimilarityDecision(
                    embedder: chosen, threshold: 0,
                    verifier: SemanticVerifier(strictness: policy.cache.semantic.verifier))
                let result = try await SimilarityCalibration(
                    pairs: labelled, decision: decision, targetPrecision: targetPrecision)
                let e = result.evaluation
                let threshold = result.threshold.map { String(format: "%.4f", $0) } ?? "none"
                report += name.padding(toLength: 14, withPad: " ", startingAt: 0)
                report += threshold.padding(toLength: 11, withPad: " ", startingAt: 0)
                report += String(format: "%-11.3f%-8.3f%-7.3f", e.precision, e.recall, e.f1)
                report += "\(e.truePositives)/\(e.falsePositives)".padding(toLength: 19, withPad: " ", startingAt: 0)
                report += "\(labelled.count)\n"
            }
            report += "target precision \(targetPrecision); set the threshold as cache.semantic.threshold in a policy\n"
            FileHandle.standardOutput.write(Data(report.utf8))
        }

        private static func jsonArray(_ words: [String]) -> String {
            let data = (try? JSONSerialization.data(withJSONObject: words)) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self)
        }

        private func load(_ name: String) throws -> any Embedder {
            switch name {
            case "lexical":
                return LexicalEmbedder()
            case "minilm":
                let directory =
                    modelDir ?? ProcessInfo.processInfo.environment["VEIL_MINILM_DIR"]
                    ?? ResourceLocator.locate("models/all-MiniLM-L6-v2")
                do {
                    return try MiniLMEmbedder(modelDirectory: directory)
                } catch {
                    throw ValidationError("cannot load the MiniLM model from \(directory) (run `make models`)")
                }
            default:
                throw ValidationError("embedder must be lexical or minilm for offline scoring")
            }
        }
    }
}
