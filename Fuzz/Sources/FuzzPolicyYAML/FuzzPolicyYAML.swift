import FuzzSupport

@testable import Veil

// The tenant policy loader on any text: it never crashes, it fails only with a PolicyError whose description is one
// line naming the inline file (and a line within the text), it is deterministic, and what it accepts is within
// the documented ranges.

/// libFuzzer's target: one input, checked against the invariants above; a violation aborts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let first = Result { try PolicyLoader.parse(text, file: "fuzz.yaml", defaultName: "fuzz") }
    let second = Result { try PolicyLoader.parse(text, file: "fuzz.yaml", defaultName: "fuzz") }
    switch (first, second) {
    case (.success(let a), .success(let b)):
        fuzzCheck(a == b, "two parses of the same text differ")
        checkRanges(a)
    case (.failure(let a), .failure(let b)):
        guard let error = a as? PolicyError, let again = b as? PolicyError else {
            fuzzFailure("not a PolicyError: \(type(of: a))")
        }
        fuzzCheck(error == again, "two parses fail differently: \(error) / \(again)")
        let description = error.description
        fuzzCheck(description.hasPrefix("fuzz.yaml"), "the error does not name the file: \(describe(description))")
        fuzzCheck(!description.contains("\n"), "the error is not one line: \(describe(description))")
        if let line = error.line {
            let lines = yamlLineCount(text)
            fuzzCheck(line >= 1 && line <= lines + 1, "line \(line) outside the text's \(lines) lines")
        }
    default:
        fuzzFailure("the same text parsed once and failed once")
    }
    return 0
}

/// Lines as YAML counts them (YAML 1.1, libyaml): a break is CR LF, a lone CR, LF, NEL, LS or PS. Found by this
/// target: a text of lone CRs has one line to `split(separator: "\n")` and hundreds to the loader, rightly.
private func yamlLineCount(_ text: String) -> Int {
    var lines = 1
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n" where previous == "\r": break
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": lines += 1
        default: break
        }
        previous = scalar
    }
    return lines
}

private func checkRanges(_ policy: Policy) {
    fuzzCheck((1...36_500).contains(policy.retentionDays), "retention_days \(policy.retentionDays)")
    fuzzCheck(
        policy.cache.ttlSeconds >= 1 && policy.cache.ttlSeconds <= policy.retentionDays * 86_400,
        "ttl_seconds \(policy.cache.ttlSeconds) with retention \(policy.retentionDays) days")
    fuzzCheck((0...2).contains(policy.cache.maxTemperature), "max_temperature \(policy.cache.maxTemperature)")
    if let threshold = policy.cache.semantic.threshold {
        fuzzCheck((0.5...1).contains(threshold), "threshold \(threshold)")
    }
    fuzzCheck(
        ["lexical", "minilm", "remote"].contains(policy.cache.semantic.embedder),
        "embedder \(policy.cache.semantic.embedder)")
    fuzzCheck((0...1).contains(policy.cache.semantic.feedback.falseHitBudget), "false_hit_budget")
    fuzzCheck(policy.quotas.concurrentRequests >= 1, "concurrent_requests")
    fuzzCheck(policy.quotas.requestsPerMinute >= 1, "requests_per_minute")
}

/// The executable's entry point (SwiftPM calls `<Module>_main`): hands over to libFuzzer's driver.
@_cdecl("FuzzPolicyYAML_main")
public func fuzzPolicyYAMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzz)
}
