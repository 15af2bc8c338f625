import Foundation
import VeilPII

/// PII scanning benchmarks: latency per 1 KiB prompt (English, Chinese), throughput, and a 10 MB adversarial
/// input. Targets (issue 3): p99 ≤ 200 µs per 1 KiB, ≥ 20 MB/s per core.
func piiBenchmarks() -> [BenchmarkResult] {
    let scanner = PIIScanner(configuration: PIIConfiguration())
    let english = piiPrompt(
        """
        Hi team, my name is Sarah Johnson and I need help with my account. You can reach me at \
        sarah.johnson@example.com or call (415) 555-2671. My order #20240115 for $1,299.00 shipped on 2024-01-15 \
        with tracking 1Z999AA10123456784. The server at 192.168.1.20 runs version 1.2.3.4 of the agent. \
        Please charge card 4111 1111 1111 1111 and do not share it. Thanks, and May I ask Will about the bill? \
        Best regards,\nSarah
        """)
    let chinese = piiPrompt(
        """
        您好，我叫张伟，是销售部的经理。我的手机号是13812345678，邮箱zhangwei@163.com，身份证11010519491231002X。\
        订单号202401150001，总价¥3,500，请在2024年1月15日前发货。我的卡号是6212345678901265谢谢。\
        联系人：欧阳娜娜，王先生明天会来拿合同。服务器地址10.0.0.8，版本v2.10.3，我们都很高兴合作。
        """)
    var results: [BenchmarkResult] = []
    for (name, text) in [("english-1KiB", english), ("chinese-1KiB", chinese)] {
        let bytes = Double(text.utf8.count)
        var sink = 0
        var r = measure(suite: "pii", "scan-\(name)", iterations: 5000, warmup: 500) {
            sink &+= scanner.scan(text).count
        }
        r.note = String(format: "MB/s=%.1f detections=%d", bytes * r.opsPerSecond / 1e6, sink / (5500))
        results.append(r)
        let config = PIIConfiguration()
        var a = measure(suite: "pii", "anonymize-\(name)", iterations: 3000, warmup: 300) {
            let session = PseudonymSession(scanner: scanner, configuration: config, hasher: { _, v in v })
            sink &+= ((try? session.anonymize(text)) ?? "").utf8.count
        }
        a.note = String(format: "MB/s=%.1f", bytes * a.opsPerSecond / 1e6)
        results.append(a)
    }
    // Throughput on a larger mixed document (1 MiB).
    let big = String(repeating: english + "\n" + chinese + "\n", count: 512)
    var t = measure(suite: "pii", "scan-mixed-1MiB", iterations: 10, warmup: 2) { _ = scanner.scan(big) }
    t.note = String(format: "MB/s=%.1f", Double(big.utf8.count) * t.opsPerSecond / 1e6)
    results.append(t)
    // Adversarial 10 MB inputs.
    let tenMB = 10_000_000
    let adversarial: [(String, String)] = [
        ("digits", String(repeating: "1", count: tenMB)),
        ("spaced-digits", String(repeating: "1 ", count: tenMB / 2)),
        ("at-signs", String(repeating: "@", count: tenMB)),
        ("local-at", String(repeating: "a.b@", count: tenMB / 4)),
        ("brackets", String(repeating: "([{<", count: tenMB / 4)),
        ("placeholder-like", String(repeating: "<EMAIL_", count: tenMB / 7)),
        ("hex-colons", String(repeating: "ab:", count: tenMB / 3)),
        ("cjk-surname-honorific", String(repeating: "王先", count: tenMB / 6)),
        ("name-cues", String(repeating: "My name is ", count: tenMB / 11)),
        ("pem-headers", String(repeating: "-----BEGIN RSA PRIVATE KEY-----", count: tenMB / 31)),
        ("query-tokens", String(repeating: "token=", count: tenMB / 6)),
        ("dotted-digits", String(repeating: "1.", count: tenMB / 2)),
    ]
    for (name, text) in adversarial {
        var r = measure(suite: "pii", "adversarial-10MB-\(name)", iterations: 1, warmup: 0) { _ = scanner.scan(text) }
        r.note = String(format: "MB/s=%.1f", Double(text.utf8.count) * r.opsPerSecond / 1e6)
        results.append(r)
    }
    return results
}

/// Repeats `paragraph` to exactly 1 KiB of UTF-8 (cut at a character boundary).
private func piiPrompt(_ paragraph: String) -> String {
    var text = ""
    while text.utf8.count < 1024 { text += paragraph + " " }
    var out = ""
    for ch in text {
        if out.utf8.count + String(ch).utf8.count > 1024 { break }
        out.append(ch)
    }
    return out
}
