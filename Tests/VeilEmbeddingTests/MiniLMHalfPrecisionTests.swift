import Foundation
import Testing
import VeilEmbedding

/// The fp16 weights: the C kernel and conversions against plain arithmetic, a small synthetic BERT loaded both
/// ways, and the real model against the reference fixture and against its own f32 vectors.
@Suite struct MiniLMHalfPrecisionTests {
    // MARK: - Kernel and conversions (no model needed)

    /// Both kernels against a product computed in Double from the same fp16 weights, on sizes that leave partial
    /// register blocks (rows 1…9) and partial 16-column panels (k and n not multiples of 8); 13 and 25 rows also
    /// take the path that widens each panel once for several row blocks.
    @Test(arguments: [HalfPrecisionMatrix.Kernel.automatic, .portable])
    func kernelMatchesNaiveProductOnOddSizes(kernel: HalfPrecisionMatrix.Kernel) throws {
        var random = SplitMix(seed: 7)
        let shapes = [(k: 1, n: 1), (k: 3, n: 7), (k: 9, n: 17), (k: 20, n: 33), (k: 37, n: 5), (k: 101, n: 47)]
        for (k, n) in shapes {
            let weights = (0..<(n * k)).map { _ in random.next() }
            let matrix = try HalfPrecisionMatrix(weights: weights, outWidth: n, inWidth: k)
            let widened = HalfPrecisionMatrix.halves(weights).map { HalfPrecisionMatrix.portableFloat(fromHalf: $0) }
            for rows in Array(1...9) + [13, 25] {
                let x = (0..<(rows * k)).map { _ in random.next() * 4 }
                let bias = rows.isMultiple(of: 2) ? (0..<n).map { _ in random.next() } : []
                let y = matrix.apply(x, rows: rows, bias: bias, kernel: kernel)
                for r in 0..<rows {
                    for j in 0..<n {
                        var exact = bias.isEmpty ? 0 : Double(bias[j])
                        var magnitude = abs(exact)
                        for p in 0..<k {
                            let term = Double(x[r * k + p]) * Double(widened[j * k + p])
                            exact += term
                            magnitude += abs(term)
                        }
                        let error = abs(Double(y[r * n + j]) - exact)
                        #expect(error <= 1e-5 * magnitude + 1e-30, "k=\(k) n=\(n) rows=\(rows) [\(r), \(j)]")
                    }
                }
            }
        }
    }

    @Test func packingRejectsACountThatDoesNotMatchTheSizes() {
        #expect(throws: EmbeddingError.malformedModel) {
            try HalfPrecisionMatrix(halves: [1, 2, 3], outWidth: 2, inWidth: 2)
        }
        #expect(throws: EmbeddingError.malformedModel) {
            try HalfPrecisionMatrix(halves: [], outWidth: 0, inWidth: 4)
        }
    }

    #if !(os(macOS) && arch(x86_64))  // Float16 is unavailable there
        /// Every one of the 65,536 bit patterns widens as Swift widens it, bit for bit (signalling NaNs become quiet
        /// with their payload kept).
        @Test func portableWideningMatchesSwiftForEveryHalf() {
            var mismatches = 0
            for bits in 0...UInt16.max {
                let expected = Float(Float16(bitPattern: bits))
                let widened = HalfPrecisionMatrix.portableFloat(fromHalf: bits)
                if widened.bitPattern != expected.bitPattern { mismatches += 1 }
            }
            #expect(mismatches == 0)
        }

        /// The dispatched widening (F16C when the CPU has it) gives the same bits too.
        @Test func dispatchedWideningMatchesSwiftForEveryHalf() {
            let all = (0...UInt16.max).map { $0 }
            var widened = [Float](repeating: 0, count: all.count)
            all.withUnsafeBufferPointer { halves in
                widened.withUnsafeMutableBufferPointer { floats in
                    guard let from = halves.baseAddress, let to = floats.baseAddress else { return }
                    HalfPrecisionMatrix.widen(from, count: all.count, into: to)
                }
            }
            let mismatches = zip(all, widened).filter { bits, value in
                value.bitPattern != Float(Float16(bitPattern: bits)).bitPattern
            }
            #expect(mismatches.isEmpty)
        }

        /// Rounding to fp16 (nearest, ties to even) as Swift's `Float16(_:)` rounds, at the edges and across the
        /// whole range of f32 bit patterns.
        @Test func portableRoundingMatchesSwift() {
            var values: [Float] = [
                0, -0, 1, -1, 65504, 65519.996, 65520, -65520, .infinity, -.infinity, .greatestFiniteMagnitude,
                .leastNonzeroMagnitude, 0x1p-24, 0x1p-25, 0x1.000002p-25, 0x1.fffffep-26, 0x1.8p-24, 0x1.4p-23,
                0x1p-14, 0x1.ffcp-15, 0x1.ffep-15, 1 + 0x1p-11, 1 + 0x1.8p-10, 1 + 0x1p-10 + 0x1p-11,
            ]
            for bits in stride(from: UInt32(0), to: UInt32.max - 40_009, by: 40_009) {
                values.append(Float(bitPattern: bits))
            }
            var mismatches: [Float] = []
            for value in values {
                let rounded = HalfPrecisionMatrix.portableHalf(from: value)
                let expected = Float16(value)
                let same =
                    expected.isNaN
                    ? Float16(bitPattern: rounded).isNaN : rounded == expected.bitPattern
                if !same { mismatches.append(value) }
            }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        }
    #endif

    // MARK: - A synthetic BERT (no model needed)

    @Test func halfAndFloatWeightsAgreeOnASyntheticModel() throws {
        let folder = try SyntheticBERT().folder(dtype: .f32)
        let half = try MiniLMEmbedder(modelDirectory: folder.path, precision: .float16)
        let float = try MiniLMEmbedder(modelDirectory: folder.path, precision: .float32)
        #expect(half.precision == .float16 && float.precision == .float32)
        for text in SyntheticBERT.texts {
            let cosine = cosineSimilarity(try half.embed(text), try float.embed(text))
            #expect(cosine >= 0.999, "\(text.prefix(20)): \(cosine)")
        }
        // Mostly f32 vectors and panel padding at this size; the real model's figure is checked below.
        #expect(half.weightByteCount < float.weightByteCount)
    }

    /// An F16 file is copied as is; an F32 file holding the same (fp16-representable) values rounds to the same
    /// bits, so both give identical vectors. The f32 precision also reads F16 files.
    @Test func halfFileAndFloatFileGiveIdenticalVectors() throws {
        let model = SyntheticBERT()
        let halfFolder = try model.folder(dtype: .f16)
        let floatFolder = try model.folder(dtype: .f32, representableInHalf: true)
        let fromHalfFile = try MiniLMEmbedder(modelDirectory: halfFolder.path, precision: .float16)
        let fromFloatFile = try MiniLMEmbedder(modelDirectory: floatFolder.path, precision: .float16)
        let floatFromHalfFile = try MiniLMEmbedder(modelDirectory: halfFolder.path, precision: .float32)
        for text in SyntheticBERT.texts {
            let vector = try fromHalfFile.embed(text)
            #expect(vector == (try fromFloatFile.embed(text)))
            #expect(cosineSimilarity(vector, try floatFromHalfFile.embed(text)) >= 0.9999)
        }
    }

    @Test(arguments: [MiniLMEmbedder.Precision.float16, .float32])
    func shortHalfTensorIsMalformed(precision: MiniLMEmbedder.Precision) throws {
        let folder = try SyntheticBERT().folder(dtype: .f16, truncating: "encoder.layer.1.intermediate.dense.weight")
        #expect(throws: EmbeddingError.malformedModel) {
            try MiniLMEmbedder(modelDirectory: folder.path, precision: precision)
        }
    }

    @Test(arguments: [MiniLMEmbedder.Precision.float16, .float32])
    func integerWeightIsUnsupported(precision: MiniLMEmbedder.Precision) throws {
        let folder = try SyntheticBERT().folder(dtype: .f32, integer: "embeddings.word_embeddings.weight")
        #expect(throws: EmbeddingError.unsupportedModel) {
            try MiniLMEmbedder(modelDirectory: folder.path, precision: precision)
        }
    }

    // MARK: - all-MiniLM-L6-v2

    @Suite(
        "MiniLM fp16 matches sentence-transformers and f32",
        .enabled(if: miniLMPresent, "model absent: run `make models` or set VEIL_MINILM_DIR"))
    struct Reference {
        @Test func halfPrecisionReachesCosine0999OnEveryReferenceSentence() throws {
            let vectors = try #require(halfReferenceVectors)
            let reference = try loadReference()
            #expect(vectors.count == reference.count)
            for (sentence, vector) in zip(reference, vectors) {
                let cosine = cosineSimilarity(vector, sentence.embedding)
                #expect(cosine >= 0.999, "\(sentence.text.prefix(40)): \(cosine)")
            }
        }

        @Test func halfPrecisionMatchesFloatPrecisionOnTheSameTexts() throws {
            let half = try #require(halfReferenceVectors)
            let float = try #require(floatReferenceVectors)
            for (index, (a, b)) in zip(half, float).enumerated() {
                let cosine = cosineSimilarity(a, b)
                #expect(cosine >= 0.999, "sentence \(index): \(cosine)")
            }
        }

        /// The f32 path is unchanged (the default is now fp16, so the older reference tests run fp16).
        @Test func floatPrecisionStillReachesCosine0999() throws {
            let vectors = try #require(floatReferenceVectors)
            for (sentence, vector) in zip(try loadReference(), vectors) {
                let cosine = cosineSimilarity(vector, sentence.embedding)
                #expect(cosine >= 0.999, "\(sentence.text.prefix(40)): \(cosine)")
            }
        }

        @Test func halfPrecisionHoldsHalfTheWeightBytes() throws {
            let half = try #require(sharedHalfMiniLM)
            let float = try #require(sharedFloatMiniLM)
            #expect(half.precision == .float16)
            #expect(float.precision == .float32)
            // Word embeddings and linear weights halve; under 1 MB of f32 vectors remains.
            #expect(Double(half.weightByteCount) < 0.51 * Double(float.weightByteCount))
        }
    }
}

/// Loaded once each: about 45 MB (fp16) and 90 MB (f32) of weights.
let sharedHalfMiniLM: MiniLMEmbedder? = try? MiniLMEmbedder(modelDirectory: miniLMDirectory, precision: .float16)
let sharedFloatMiniLM: MiniLMEmbedder? = try? MiniLMEmbedder(modelDirectory: miniLMDirectory, precision: .float32)

/// The reference sentences embedded once per precision (a debug build runs the fp16 kernel unoptimized).
let halfReferenceVectors: [[Float]]? = sharedHalfMiniLM.flatMap { model in
    try? loadReference().map { try model.embed($0.text) }
}
let floatReferenceVectors: [[Float]]? = sharedFloatMiniLM.flatMap { model in
    try? loadReference().map { try model.embed($0.text) }
}

/// A deterministic generator of floats in [-1, 1).
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

/// A two-layer BERT with random weights and sizes that are not multiples of 8 (hidden 20, intermediate 44), written
/// as a sentence-transformers folder.
private struct SyntheticBERT {
    enum DType {
        case f32, f16
    }

    static let texts = ["hello", "hello world", "world hello hello world hello", ""]
    static let hidden = 20
    static let intermediate = 44
    static let config = """
        {"model_type": "bert", "hidden_act": "gelu", "hidden_size": \(hidden), "num_hidden_layers": 2,
         "num_attention_heads": 2, "intermediate_size": \(intermediate), "max_position_embeddings": 16,
         "vocab_size": 6, "type_vocab_size": 2}
        """

    /// Name, shape and values of every tensor, in file order.
    let tensors: [(name: String, shape: [Int], values: [Float])]

    init() {
        var random = SplitMix(seed: 11)
        let h = Self.hidden
        let i = Self.intermediate
        var tensors: [(name: String, shape: [Int], values: [Float])] = []
        func add(_ name: String, _ shape: [Int], scale: Float = 0.3, offset: Float = 0) {
            let count = shape.reduce(1, *)
            tensors.append((name, shape, (0..<count).map { _ in offset + scale * random.next() }))
        }
        add("embeddings.word_embeddings.weight", [6, h])
        add("embeddings.position_embeddings.weight", [16, h])
        add("embeddings.token_type_embeddings.weight", [2, h])
        add("embeddings.LayerNorm.weight", [h], scale: 0.1, offset: 1)
        add("embeddings.LayerNorm.bias", [h], scale: 0.1)
        for layer in 0..<2 {
            let p = "encoder.layer.\(layer)."
            for part in ["query", "key", "value"] {
                add(p + "attention.self.\(part).weight", [h, h])
                add(p + "attention.self.\(part).bias", [h], scale: 0.1)
            }
            add(p + "attention.output.dense.weight", [h, h])
            add(p + "attention.output.dense.bias", [h], scale: 0.1)
            add(p + "attention.output.LayerNorm.weight", [h], scale: 0.1, offset: 1)
            add(p + "attention.output.LayerNorm.bias", [h], scale: 0.1)
            add(p + "intermediate.dense.weight", [i, h])
            add(p + "intermediate.dense.bias", [i], scale: 0.1)
            add(p + "output.dense.weight", [h, i])
            add(p + "output.dense.bias", [h], scale: 0.1)
            add(p + "output.LayerNorm.weight", [h], scale: 0.1, offset: 1)
            add(p + "output.LayerNorm.bias", [h], scale: 0.1)
        }
        self.tensors = tensors
    }

    /// Writes the model folder.
    ///
    /// - Parameters:
    ///   - dtype: How every tensor is stored.
    ///   - representableInHalf: Round the values to fp16 first (so F32 and F16 files hold the same numbers).
    ///   - truncating: A tensor whose bytes are one element short.
    ///   - integer: A tensor declared `I32`.
    func folder(
        dtype: DType, representableInHalf: Bool = false, truncating: String? = nil, integer: String? = nil
    ) throws -> TemporaryFolder {
        var header: [String] = []
        var body = Data()
        for tensor in tensors {
            var values = tensor.values
            if representableInHalf || dtype == .f16 {
                values = HalfPrecisionMatrix.halves(values).map { HalfPrecisionMatrix.portableFloat(fromHalf: $0) }
            }
            var bytes = Data()
            for value in values {
                switch dtype {
                case .f32: withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
                case .f16:
                    let half = HalfPrecisionMatrix.halves([value])[0]
                    withUnsafeBytes(of: half.littleEndian) { bytes.append(contentsOf: $0) }
                }
            }
            if tensor.name == truncating { bytes.removeLast(dtype == .f32 ? 4 : 2) }
            let declared = tensor.name == integer ? "I32" : (dtype == .f32 ? "F32" : "F16")
            let shape = tensor.shape.map(String.init).joined(separator: ", ")
            header.append(
                #""\#(tensor.name)": {"dtype": "\#(declared)", "shape": [\#(shape)], "#
                    + #""data_offsets": [\#(body.count), \#(body.count + bytes.count)]}"#)
            body.append(bytes)
        }
        let json = Data(("{" + header.joined(separator: ", ") + "}").utf8)
        var file = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { file.append(contentsOf: $0) }
        file.append(json)
        file.append(body)

        let folder = try TemporaryFolder(prefix: "veil-bert")
        try folder.write(Data("[PAD]\n[UNK]\n[CLS]\n[SEP]\nhello\nworld\n".utf8), to: "vocab.txt")
        try folder.write(Data(Self.config.utf8), to: "config.json")
        try folder.write(file, to: "model.safetensors")
        return folder
    }
}
