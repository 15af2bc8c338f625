import Foundation

/// The weights and forward pass of a BERT encoder (post-LayerNorm, GELU, absolute positions), as used by
/// all-MiniLM-L6-v2.
///
/// Query, key and value weights are concatenated at load into one `[3H × H]` matrix, so each layer runs one
/// product for all three instead of three small ones. With `.float16` the word embeddings and every linear
/// weight are held in fp16 (rows widened on lookup, products through ``HalfPrecisionMatrix``); position and
/// token-type embeddings, biases and LayerNorm parameters stay f32 (under 1 MB together).
struct BertEncoder: Sendable {
    struct Configuration: Sendable, Equatable {
        var hiddenSize: Int
        var layers: Int
        var heads: Int
        var intermediateSize: Int
        var maxPositions: Int
        var vocabularySize: Int
        var typeVocabularySize: Int
        var layerNormEpsilon: Float
    }

    /// A linear layer's weight in the precision the encoder was loaded with.
    enum LinearWeight: Sendable {
        /// `[out × in]`, or `[in × out]` when ``BertEncoder/transposedWeights``.
        case float32([Float])
        case float16(HalfPrecisionMatrix)

        var byteCount: Int {
            switch self {
            case .float32(let w): w.count * MemoryLayout<Float>.stride
            case .float16(let m): m.byteCount
            }
        }
    }

    /// The word-embedding table, `[vocabulary × H]` row-major.
    enum EmbeddingTable: Sendable {
        case float32([Float])
        /// fp16 bit patterns, widened a row at a time on lookup.
        case float16([UInt16])

        var byteCount: Int {
            switch self {
            case .float32(let t): t.count * MemoryLayout<Float>.stride
            case .float16(let t): t.count * MemoryLayout<UInt16>.stride
            }
        }
    }

    struct Layer: Sendable {
        var qkvWeight: LinearWeight  // [3H, H]
        var qkvBias: [Float]  // [3H]
        var attentionOutWeight: LinearWeight  // [H, H]
        var attentionOutBias: [Float]
        var attentionNormWeight: [Float]
        var attentionNormBias: [Float]
        var intermediateWeight: LinearWeight  // [I, H]
        var intermediateBias: [Float]
        var outputWeight: LinearWeight  // [H, I]
        var outputBias: [Float]
        var outputNormWeight: [Float]
        var outputNormBias: [Float]
    }

    let configuration: Configuration
    /// Whether f32 linear weights are stored transposed (`[in × out]`), the layout OpenBLAS packs fastest; the
    /// SIMD kernels want the original `[out × in]` rows.
    let transposedWeights: Bool
    let wordEmbeddings: EmbeddingTable
    let positionEmbeddings: [Float]
    let tokenTypeEmbeddings: [Float]
    let embeddingNormWeight: [Float]
    let embeddingNormBias: [Float]
    let layers: [Layer]

    /// Loads the weights; `transposeWeights` applies to f32 linear weights only.
    init(
        configuration c: Configuration, tensors: SafeTensors, precision: MiniLMEmbedder.Precision,
        transposeWeights: Bool
    ) throws {
        let h = c.hiddenSize
        configuration = c
        transposedWeights = transposeWeights && precision == .float32
        let transposed = transposedWeights
        func layout(_ w: [Float], rows: Int, columns: Int) -> [Float] {
            guard transposed else { return w }
            var t = [Float](repeating: 0, count: w.count)
            for r in 0..<rows {
                for col in 0..<columns { t[col * rows + r] = w[r * columns + col] }
            }
            return t
        }
        /// The tensors `names`, each `[rows × columns]` (`[out × in]`), stacked into one linear weight.
        func linear(_ names: [String], rows: Int, columns: Int) throws -> LinearWeight {
            switch precision {
            case .float32:
                var w: [Float] = []
                for name in names { w += try tensors.floats(name, shape: [rows, columns]) }
                return .float32(layout(w, rows: names.count * rows, columns: columns))
            case .float16:
                var w: [UInt16] = []
                w.reserveCapacity(names.count * rows * columns)
                for name in names { w += try tensors.halves(name, shape: [rows, columns]) }
                return .float16(try HalfPrecisionMatrix(halves: w, outWidth: names.count * rows, inWidth: columns))
            }
        }
        let words = "embeddings.word_embeddings.weight"
        switch precision {
        case .float32: wordEmbeddings = .float32(try tensors.floats(words, shape: [c.vocabularySize, h]))
        case .float16: wordEmbeddings = .float16(try tensors.halves(words, shape: [c.vocabularySize, h]))
        }
        positionEmbeddings = try tensors.floats("embeddings.position_embeddings.weight", shape: [c.maxPositions, h])
        tokenTypeEmbeddings = try tensors.floats(
            "embeddings.token_type_embeddings.weight", shape: [c.typeVocabularySize, h])
        embeddingNormWeight = try tensors.floats("embeddings.LayerNorm.weight", shape: [h])
        embeddingNormBias = try tensors.floats("embeddings.LayerNorm.bias", shape: [h])
        var layers: [Layer] = []
        for index in 0..<c.layers {
            let p = "encoder.layer.\(index)."
            let qkvWeight = try linear(
                ["query", "key", "value"].map { p + "attention.self.\($0).weight" }, rows: h, columns: h)
            let qkvBias =
                try tensors.floats(p + "attention.self.query.bias", shape: [h])
                + tensors.floats(p + "attention.self.key.bias", shape: [h])
                + tensors.floats(p + "attention.self.value.bias", shape: [h])
            layers.append(
                Layer(
                    qkvWeight: qkvWeight,
                    qkvBias: qkvBias,
                    attentionOutWeight: try linear([p + "attention.output.dense.weight"], rows: h, columns: h),
                    attentionOutBias: try tensors.floats(p + "attention.output.dense.bias", shape: [h]),
                    attentionNormWeight: try tensors.floats(p + "attention.output.LayerNorm.weight", shape: [h]),
                    attentionNormBias: try tensors.floats(p + "attention.output.LayerNorm.bias", shape: [h]),
                    intermediateWeight: try linear(
                        [p + "intermediate.dense.weight"], rows: c.intermediateSize, columns: h),
                    intermediateBias: try tensors.floats(p + "intermediate.dense.bias", shape: [c.intermediateSize]),
                    outputWeight: try linear(
                        [p + "output.dense.weight"], rows: h, columns: c.intermediateSize),
                    outputBias: try tensors.floats(p + "output.dense.bias", shape: [h]),
                    outputNormWeight: try tensors.floats(p + "output.LayerNorm.weight", shape: [h]),
                    outputNormBias: try tensors.floats(p + "output.LayerNorm.bias", shape: [h])
                ))
        }
        self.layers = layers
    }

    /// The bytes held by all weights: the figure `.float16` halves (word embeddings and linear weights).
    var weightByteCount: Int {
        let float = MemoryLayout<Float>.stride
        var total =
            wordEmbeddings.byteCount
            + (positionEmbeddings.count + tokenTypeEmbeddings.count + embeddingNormWeight.count
                + embeddingNormBias.count) * float
        for layer in layers {
            total += layer.qkvWeight.byteCount + layer.attentionOutWeight.byteCount
            total += layer.intermediateWeight.byteCount + layer.outputWeight.byteCount
            let vectors = [
                layer.qkvBias, layer.attentionOutBias, layer.attentionNormWeight, layer.attentionNormBias,
                layer.intermediateBias, layer.outputBias, layer.outputNormWeight, layer.outputNormBias,
            ]
            total += vectors.reduce(0) { $0 + $1.count } * float
        }
        return total
    }

    /// Runs the encoder on `ids` and returns the mean of the last hidden states (attention mask all ones: one
    /// unpadded sequence), not yet normalized.
    func meanPooledOutput(ids: [Int32], multiplier: MatrixMultiplier) -> [Float] {
        let c = configuration
        let h = c.hiddenSize
        let seq = min(ids.count, c.maxPositions)
        guard seq > 0 else { return [Float](repeating: 0, count: h) }
        var x = [Float](repeating: 0, count: seq * h)
        var row = [Float](repeating: 0, count: h)
        for t in 0..<seq {
            let id = Int(ids[t])
            let token = (0..<c.vocabularySize).contains(id) ? id : 0
            switch wordEmbeddings {
            case .float32(let table):
                for d in 0..<h {
                    x[t * h + d] = table[token * h + d] + positionEmbeddings[t * h + d] + tokenTypeEmbeddings[d]
                }
            case .float16(let table):
                table.withUnsafeBufferPointer { halves in
                    row.withUnsafeMutableBufferPointer { floats in
                        guard let from = halves.baseAddress, let to = floats.baseAddress else { return }
                        HalfPrecisionMatrix.widen(from + token * h, count: h, into: to)
                    }
                }
                for d in 0..<h { x[t * h + d] = row[d] + positionEmbeddings[t * h + d] + tokenTypeEmbeddings[d] }
            }
        }
        Self.layerNorm(
            &x, rows: seq, width: h, weight: embeddingNormWeight, bias: embeddingNormBias,
            epsilon: c.layerNormEpsilon)

        var qkv = [Float](repeating: 0, count: seq * 3 * h)
        var context = [Float](repeating: 0, count: seq * h)
        var scores = [Float](repeating: 0, count: seq * seq)
        var projected = [Float](repeating: 0, count: seq * h)
        var intermediate = [Float](repeating: 0, count: seq * c.intermediateSize)
        let headSize = h / c.heads
        let scale = 1 / Float(headSize).squareRoot()

        for layer in layers {
            linear(
                x, rows: seq, inWidth: h, weight: layer.qkvWeight, bias: layer.qkvBias, outWidth: 3 * h,
                into: &qkv, multiplier: multiplier)
            qkv.withUnsafeBufferPointer { qkvBuffer in
                scores.withUnsafeMutableBufferPointer { scoreBuffer in
                    context.withUnsafeMutableBufferPointer { contextBuffer in
                        guard let q = qkvBuffer.baseAddress, let s = scoreBuffer.baseAddress,
                            let out = contextBuffer.baseAddress
                        else { return }
                        for head in 0..<c.heads {
                            let offset = head * headSize
                            multiplier.multiply(
                                m: seq, n: seq, k: headSize, alpha: scale, a: q + offset, lda: 3 * h,
                                b: q + h + offset, ldb: 3 * h, transposeB: true, c: s, ldc: seq)
                            Self.softmaxRows(s, rows: seq, width: seq)
                            multiplier.multiply(
                                m: seq, n: headSize, k: seq, a: s, lda: seq, b: q + 2 * h + offset, ldb: 3 * h,
                                transposeB: false, c: out + offset, ldc: h)
                        }
                    }
                }
            }
            linear(
                context, rows: seq, inWidth: h, weight: layer.attentionOutWeight,
                bias: layer.attentionOutBias, outWidth: h, into: &projected, multiplier: multiplier)
            for i in 0..<(seq * h) { x[i] += projected[i] }
            Self.layerNorm(
                &x, rows: seq, width: h, weight: layer.attentionNormWeight,
                bias: layer.attentionNormBias, epsilon: c.layerNormEpsilon)

            linear(
                x, rows: seq, inWidth: h, weight: layer.intermediateWeight, bias: layer.intermediateBias,
                outWidth: c.intermediateSize, into: &intermediate, multiplier: multiplier)
            for i in intermediate.indices {
                let v = intermediate[i]
                intermediate[i] = 0.5 * v * (1 + erff(v * 0.707_106_77))
            }
            linear(
                intermediate, rows: seq, inWidth: c.intermediateSize, weight: layer.outputWeight,
                bias: layer.outputBias, outWidth: h, into: &projected, multiplier: multiplier)
            for i in 0..<(seq * h) { x[i] += projected[i] }
            Self.layerNorm(
                &x, rows: seq, width: h, weight: layer.outputNormWeight, bias: layer.outputNormBias,
                epsilon: c.layerNormEpsilon)
        }

        var pooled = [Float](repeating: 0, count: h)
        for t in 0..<seq {
            for d in 0..<h { pooled[d] += x[t * h + d] }
        }
        let inverse = 1 / Float(seq)
        for d in 0..<h { pooled[d] *= inverse }
        return pooled
    }

    /// `out[rows × outWidth] = input · weightᵀ + bias`.
    private func linear(
        _ input: [Float], rows: Int, inWidth: Int, weight: LinearWeight, bias: [Float], outWidth: Int,
        into out: inout [Float], multiplier: MatrixMultiplier
    ) {
        switch weight {
        case .float32(let weight):
            linear(
                input, rows: rows, inWidth: inWidth, weight: weight, bias: bias, outWidth: outWidth, into: &out,
                multiplier: multiplier)
        case .float16(let matrix):
            input.withUnsafeBufferPointer { a in
                bias.withUnsafeBufferPointer { b in
                    out.withUnsafeMutableBufferPointer { o in
                        guard let pa = a.baseAddress, let po = o.baseAddress else { return }
                        matrix.apply(pa, rows: rows, bias: b.baseAddress, into: po)
                    }
                }
            }
        }
    }

    /// The f32 form of ``linear(_:rows:inWidth:weight:bias:outWidth:into:multiplier:)``, through `multiplier`.
    private func linear(
        _ input: [Float], rows: Int, inWidth: Int, weight: [Float], bias: [Float], outWidth: Int,
        into out: inout [Float], multiplier: MatrixMultiplier
    ) {
        input.withUnsafeBufferPointer { a in
            weight.withUnsafeBufferPointer { w in
                out.withUnsafeMutableBufferPointer { o in
                    guard let pa = a.baseAddress, let pw = w.baseAddress, let po = o.baseAddress else { return }
                    multiplier.multiply(
                        m: rows, n: outWidth, k: inWidth, a: pa, lda: inWidth, b: pw,
                        ldb: transposedWeights ? outWidth : inWidth, transposeB: !transposedWeights, c: po,
                        ldc: outWidth)
                    for r in 0..<rows {
                        let row = po + r * outWidth
                        for j in 0..<outWidth { row[j] += bias[j] }
                    }
                }
            }
        }
    }

    private static func softmaxRows(_ s: UnsafeMutablePointer<Float>, rows: Int, width: Int) {
        for r in 0..<rows {
            let row = s + r * width
            var maximum = -Float.infinity
            for j in 0..<width { maximum = max(maximum, row[j]) }
            var sum: Float = 0
            for j in 0..<width {
                let e = expf(row[j] - maximum)
                row[j] = e
                sum += e
            }
            let inverse = 1 / sum
            for j in 0..<width { row[j] *= inverse }
        }
    }

    private static func layerNorm(
        _ x: inout [Float], rows: Int, width: Int, weight: [Float], bias: [Float], epsilon: Float
    ) {
        for r in 0..<rows {
            let base = r * width
            var mean: Float = 0
            for d in 0..<width { mean += x[base + d] }
            mean /= Float(width)
            var variance: Float = 0
            for d in 0..<width {
                let v = x[base + d] - mean
                variance += v * v
            }
            variance /= Float(width)
            let inverse = 1 / (variance + epsilon).squareRoot()
            for d in 0..<width {
                x[base + d] = (x[base + d] - mean) * inverse * weight[d] + bias[d]
            }
        }
    }
}
