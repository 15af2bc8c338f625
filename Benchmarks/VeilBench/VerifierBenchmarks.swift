import VeilEmbedding

/// What the semantic cache's verifier costs per candidate: analysing the query once, screening a candidate from
/// the sketch held in memory (a refusal never reads or decrypts the entry), and verifying from the stored text.
func verifierBenchmarks() async throws -> [BenchmarkResult] {
    let verifier = SemanticVerifier(strictness: .standard)
    // Stored question, query: refused by roles, operators, a qualifier, the question asked; and paraphrases.
    let pairs: [(String, String)] = [
        ("Do you deliver to Spain?", "Do you deliver from Spain?"),
        ("How do I convert pounds to kilograms in Python?", "How do I convert kilograms to pounds in Python?"),
        ("Solve x^2 - 4 = 0 for x", "Solve x^2 + 4 = 0 for x"),
        ("What is your refund policy?", "What is your refund policy for digital items?"),
        ("Where is the team meeting today?", "When is the team meeting today?"),
        ("What time do you open on Sundays?", "On Sundays, what time do you open?"),
        ("How do I cancel my subscription?", "Could you please tell me how to cancel my subscription?"),
        ("人民币换美元的汇率是多少", "美元换人民币的汇率是多少"),
        ("请问怎么修改收货地址？", "收货地址怎么修改"),
        (
            "I ordered a laptop last week and paid for express shipping. When will my order arrive at my office?",
            "I paid for express shipping on the laptop I ordered last week. When will it arrive at my office?"
        ),
    ]
    let sketches = pairs.map { verifier.sketch(of: $0.0) }
    let queries = pairs.map { verifier.prepare($0.1) }
    var results: [BenchmarkResult] = []
    var index = 0
    results.append(
        measure(suite: "verifier", "prepare query (analysis, once per lookup)", iterations: 5000) {
            _ = verifier.prepare(pairs[index % pairs.count].1)
            index += 1
        })
    index = 0
    results.append(
        measure(suite: "verifier", "screen candidate from its sketch (in memory)", iterations: 20000) {
            let k = index % pairs.count
            _ = verifier.screen(sketches[k], query: queries[k], canRelateWords: false)
            index += 1
        })
    let refused = pairs.indices.filter {
        if case .refuse = verifier.screen(sketches[$0], query: queries[$0], canRelateWords: false) { return true }
        return false
    }
    index = 0
    results.append(
        measure(
            suite: "verifier", "refusal from the sketch (no read, no decrypt)", iterations: 20000,
            note: "refused=\(refused.count)/\(pairs.count)"
        ) {
            let k = refused[index % refused.count]
            _ = verifier.screen(sketches[k], query: queries[k], canRelateWords: false)
            index += 1
        })
    index = 0
    results.append(
        measure(suite: "verifier", "verify from the stored text (after a read)", iterations: 5000) {
            let k = index % pairs.count
            _ = verifier.verify(stored: pairs[k].0, query: pairs[k].1)
            index += 1
        })
    return results
}
