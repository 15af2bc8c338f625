import Foundation
import VeilEmbedding

/// Embedding time per prompt (lexical; MiniLM with fp16 weights, and with f32 weights through OpenBLAS and through
/// the SIMD fallback, when the model is present) and flat-index search at 1k, 10k and 100k vectors of dimension
/// 384, float32 and int8.
///
/// The MiniLM folder comes from `VEIL_MINILM_DIR` or `models/all-MiniLM-L6-v2` under the working directory. Each
/// precision's resident memory is measured in a fresh child process (see ``miniLMResidentMemory(precision:)``).
func embeddingBenchmarks() throws -> [BenchmarkResult] {
    if let precision = ProcessInfo.processInfo.environment[miniLMMemoryProbe] {
        try reportMiniLMResidentMemory(precision: precision)
    }
    var results: [BenchmarkResult] = []
    let short = "How do I reset my password?"  // ~10 tokens with [CLS]/[SEP]
    let long =
        "Hello, I ordered a laptop from your online store last week and the tracking page still says the "
        + "package is being prepared. I paid for express shipping because I need it for work next Monday. "
        + "Could you check what is going on with my order and tell me when it will arrive?"  // ~60 tokens

    let lexical = LexicalEmbedder()
    results.append(
        measure(suite: "embedding", "lexical embed short", iterations: 2000, batch: 10) {
            _ = lexical.embed(short)
        })
    results.append(
        measure(suite: "embedding", "lexical embed long", iterations: 2000, batch: 10) {
            _ = lexical.embed(long)
        })

    let directory =
        ProcessInfo.processInfo.environment["VEIL_MINILM_DIR"]
        ?? FileManager.default.currentDirectoryPath + "/models/all-MiniLM-L6-v2"
    if FileManager.default.fileExists(atPath: directory + "/model.safetensors") {
        let memory = [
            MiniLMEmbedder.Precision.float16: miniLMResidentMemory(precision: "float16"),
            .float32: miniLMResidentMemory(precision: "float32"),
        ]
        let variants: [(MiniLMEmbedder.Precision, Bool)] = [(.float16, true), (.float32, true), (.float32, false)]
        var vectors: [String: [Float]] = [:]
        for (precision, preferBLAS) in variants {
            let model = try MiniLMEmbedder(modelDirectory: directory, precision: precision, preferBLAS: preferBLAS)
            let engine = precision == .float16 ? "fp16" : (model.usesBLAS ? "openblas" : "simd")
            for (label, text) in [("short", short), ("long", long)] {
                let tokens = model.tokenizer.encode(text).count
                var note = "tokens=\(tokens) kernel=\(model.linearKernel)"
                note += String(format: " weights=%.1f MB", Double(model.weightByteCount) / 1_048_576)
                if preferBLAS, let rss = memory[precision] ?? nil { note += " " + rss }
                let vector = try model.embed(text)
                if precision == .float16 {
                    vectors[label] = vector
                } else if let half = vectors[label] {
                    note += String(format: " cos(fp16)=%.6f", cosineSimilarity(half, vector))
                }
                results.append(
                    try measure(
                        suite: "embedding", "minilm embed \(label) (\(engine))", iterations: 60, warmup: 5,
                        note: note
                    ) {
                        _ = try model.embed(text)
                    })
            }
        }
    }

    var generator = SplitMix(seed: 42)
    let dimension = 384
    for count in [1_000, 10_000, 100_000] {
        var vectors: [[Float]] = []
        vectors.reserveCapacity(count)
        for _ in 0..<count { vectors.append(randomUnitVector(dimension, &generator)) }
        let query = randomUnitVector(dimension, &generator)
        for storage in FlatIndex.Storage.allCases {
            var index = FlatIndex(dimension: dimension, storage: storage)
            for (i, vector) in vectors.enumerated() { try index.add(id: UInt64(i), vector: vector) }
            let iterations = count >= 100_000 ? 50 : (count >= 10_000 ? 300 : 2000)
            let megabytes = Double(index.byteCount) / 1_048_576
            results.append(
                measure(
                    suite: "embedding", "flat search \(count) \(storage.rawValue) k=5", iterations: iterations,
                    warmup: 5, note: String(format: "index=%.1f MB", megabytes)
                ) {
                    _ = index.search(query, k: 5)
                })
        }
    }
    results += try graphBenchmarks()
    return results
}

/// The environment variable that turns a `veil-bench embedding` process into the memory probe of one precision.
private let miniLMMemoryProbe = "VEIL_BENCH_MINILM_RSS_PROBE"

/// Resident memory before and after loading MiniLM in `precision` (`float16` or `float32`), measured in a fresh
/// child process (this executable, run as the probe), since memory freed in this one need not return to the OS.
///
/// - Returns: A note like `rss=31.2→77.9 MB (+46.7, fresh process)`, or nil when the probe could not run.
private func miniLMResidentMemory(precision: String) -> String? {
    let process = Process()
    let executable =
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["embedding"]
    process.environment = ProcessInfo.processInfo.environment.merging([miniLMMemoryProbe: precision]) { $1 }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("rss ") }
    let fields = line?.split(separator: " ").compactMap { Double($0) } ?? []
    guard process.terminationStatus == 0, fields.count == 2 else { return nil }
    return String(format: "rss=%.1f→%.1f MB (+%.1f, fresh process)", fields[0], fields[1], fields[1] - fields[0])
}

/// The probe's side: prints `rss <before MB> <after MB>` around loading the model (and one embedding, so the
/// working buffers are counted too), then exits.
private func reportMiniLMResidentMemory(precision: String) throws -> Never {
    let directory =
        ProcessInfo.processInfo.environment["VEIL_MINILM_DIR"]
        ?? FileManager.default.currentDirectoryPath + "/models/all-MiniLM-L6-v2"
    let before = residentMegabytes()
    let model = try MiniLMEmbedder(
        modelDirectory: directory, precision: precision == "float32" ? .float32 : .float16)
    _ = try model.embed("How do I reset my password?")
    print("rss", String(format: "%.1f", before), String(format: "%.1f", residentMegabytes()))
    exit(0)
}

/// `VmRSS` of this process from `/proc/self/status`, in MB (0 where that file does not exist).
private func residentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
        let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
    else { return 0 }
    return kilobytes / 1024
}

/// The graph index over what a tenant's cache holds: lexical embeddings of many similar support questions.
/// Reports insert cost, lookup cost and recall@1 against the exact scan for reworded queries.
private func graphBenchmarks() throws -> [BenchmarkResult] {
    var results: [BenchmarkResult] = []
    let embedder = LexicalEmbedder()
    let verbs = ["fix", "check", "change", "cancel", "renew", "update", "export", "share", "delete", "restore"]
    let objects = [
        "invoice", "shipping address", "warranty claim", "refund", "login", "printer driver", "router password",
        "battery", "subscription", "delivery date", "order", "gift card", "account email", "phone number",
        "billing plan", "payment method", "tracking number", "return label", "support ticket", "profile photo",
    ]
    let frames = [
        "How do I %@ the %@ for order %d?", "Can you help me %@ my %@ (case %d)?",
        "What is the fastest way to %@ the %@ on account %d?", "I need to %@ the %@ of device %d today",
    ]
    func question(_ n: Int) -> String {
        let frame = frames[n % frames.count]
        let verb = verbs[(n / frames.count) % verbs.count]
        let object = objects[(n / (frames.count * verbs.count)) % objects.count]
        return String(format: frame, verb, object, n)
    }
    for count in [10_000, 100_000] {
        let vectors = (0..<count).map { embedder.embed(question($0)) }
        var graph = HNSWIndex(dimension: embedder.dimension)
        var exact = FlatIndex(dimension: embedder.dimension)
        let buildStart = nowNanoseconds()
        for (i, vector) in vectors.enumerated() { try graph.add(id: UInt64(i), vector: vector) }
        let insertMicroseconds = Double(nowNanoseconds() - buildStart) / Double(count) / 1000
        for (i, vector) in vectors.enumerated() { try exact.add(id: UInt64(i), vector: vector) }
        // Reworded repeats: "please" added and the question mark dropped.
        let probes = (0..<300).map { i in embedder.embed("please " + question((i * 7919) % count).dropLast()) }
        let truth = probes.map { exact.search($0, k: 1).first?.id }
        var probe = 0
        for ef in [48, 64, 128] {
            graph.efSearch = ef
            let agree = zip(probes, truth).filter { graph.search($0, k: 1).first?.id == $1 }.count
            results.append(
                measure(
                    suite: "embedding", "graph search \(count) lexical questions k=4 ef=\(ef)", iterations: 3000,
                    warmup: 20,
                    note: String(
                        format: "recall@1=%.3f insert=%.0f µs index=%.1f MB", Double(agree) / Double(probes.count),
                        insertMicroseconds, Double(graph.byteCount) / 1_048_576)
                ) {
                    probe = (probe + 1) % probes.count
                    _ = graph.search(probes[probe], k: 4)
                })
        }
        results.append(
            measure(suite: "embedding", "flat search \(count) lexical questions k=4", iterations: 50, warmup: 3) {
                probe = (probe + 1) % probes.count
                _ = exact.search(probes[probe], k: 4)
            })
    }
    return results
}

/// A tiny deterministic generator, so every run scans the same vectors.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> Float {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Float(z >> 40) / Float(1 << 24) * 2 - 1
    }
}

private func randomUnitVector(_ dimension: Int, _ generator: inout SplitMix) -> [Float] {
    var vector = (0..<dimension).map { _ in generator.next() }
    VectorMath.normalize(&vector)
    return vector
}
