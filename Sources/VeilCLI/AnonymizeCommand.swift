import ArgumentParser
import Foundation
import Veil
import VeilCrypto
import VeilPII

extension VeilCommand {
    /// `veil anonymize`: the privacy stage on its own, for checking a policy against real text.
    struct Anonymize: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace PII in text with placeholders, as the gateway would before the model sees it.",
            discussion: """
                Plain mode reads all of standard input and writes the anonymized text. With --jsonl, each input \
                line is a JSON object with a "text" field; each output line has "text" (anonymized) and \
                "entities" (type and placeholder of each, never the value), in the same order. A bad line \
                (invalid UTF-8, malformed JSON, no "text") gets an {"error": …} line and the rest continue.
                """
        )

        @OptionGroup var policyOptions: PolicyOptions

        @Flag(name: .long, help: "Read and write JSON lines.")
        var jsonl = false

        func run() async throws {
            let policy = try policyOptions.load()
            // The `hash` action needs a key; offline there is no tenant, so a per-run random key keeps hashes
            // stable within this run and unlinkable to anything else.
            let key = try SecretKey.random()
            let hasher: @Sendable (EntityType, String) -> String = { type, value in
                HMAC.sha256(key: key, Array((type.rawValue + "\u{0}" + value).utf8)).prefix(8)
                    .map { String(format: "%02x", $0) }.joined()
            }
            let anonymizer = LineAnonymizer(configuration: policy.privacy.configuration, hasher: hasher)
            let input = FileHandle.standardInput.readDataToEndOfFile()
            var output = [UInt8]()
            if jsonl {
                var lineNumber = 0
                for line in input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                    lineNumber += 1
                    var bytes = [UInt8](line)
                    if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                    if bytes.isEmpty { continue }
                    output += anonymizer.process(line: bytes, lineNumber: lineNumber)
                    output.append(UInt8(ascii: "\n"))
                }
            } else {
                guard let text = String(validating: [UInt8](input), as: UTF8.self) else {
                    throw ValidationError("standard input is not valid UTF-8")
                }
                let session = PseudonymSession(
                    scanner: PIIScanner(configuration: policy.privacy.configuration),
                    configuration: policy.privacy.configuration,
                    hasher: hasher
                )
                do {
                    output += Array(try session.anonymize(text).utf8)
                } catch let error as PIIBlockedError {
                    throw ValidationError(error.description)
                }
            }
            FileHandle.standardOutput.write(Data(output))
        }
    }
}
