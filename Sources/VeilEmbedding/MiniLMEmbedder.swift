import Foundation

/// all-MiniLM-L6-v2 (sentence-transformers) in pure Swift: WordPiece tokenizer, 6-layer BERT encoder, mean
/// pooling over the attention mask and L2 normalization — the same vectors as sentence-transformers (cosine
/// ≥ 0.999 on the project's reference sentences, identical token ids).
///
/// Loads a standard sentence-transformers folder (`model.safetensors`, `vocab.txt`, `config.json`; `make models`
/// fetches one). By default the weights are held in fp16 (``Precision/float16``: 45 instead of 90 MB, cosine
/// ≥ 0.999 against the f32 vectors) and the linear layers run through an AVX2/F16C kernel with a portable C
/// fallback; ``Precision/float32`` keeps f32 weights, with products through OpenBLAS when `libopenblas.so.0` can
/// be opened at run time, else through SIMD kernels. The weights are immutable after loading, so one instance
/// serves all threads.
///
/// ```swift
/// let embedder = try MiniLMEmbedder(modelDirectory: "models/all-MiniLM-L6-v2")
/// let vector = try embedder.embed("How do I reset my password?")   // 384 floats, unit length
/// ```
public final class MiniLMEmbedder: Embedder {
    /// The precision the weights are held in after loading.
    ///
    /// Whatever the file stores (F32, F16 or BF16), activations are always computed in f32; only the storage of
    /// the large matrices changes, which is what sets the memory footprint and the bytes streamed per embedding.
    public enum Precision: Sendable, Hashable {
        /// Word embeddings and linear-layer weights in IEEE fp16: half the memory, vectors within cosine 0.999 of
        /// f32 (biases, LayerNorm and position embeddings stay f32: they are under 1 MB).
        case float16
        /// Every weight in f32, products through OpenBLAS or the SIMD fallback: the reference path.
        case float32
    }

    /// `"minilm-l6-v2"`.
    public let identifier = "minilm-l6-v2"
    /// 384 for all-MiniLM-L6-v2 (the model's hidden size).
    public let dimension: Int
    /// The most token ids fed to the encoder, as sentence-transformers' `max_seq_length` (256).
    public let maxTokens: Int
    /// The tokenizer, exposed so callers can count tokens.
    public let tokenizer: WordPieceTokenizer
    /// The precision the weights are held in.
    public let precision: Precision
    /// Whether f32 matrix products go through OpenBLAS (false: the SIMD fallback). With ``Precision/float16``
    /// those are only the attention products; the linear layers run through the fp16 kernel.
    public var usesBLAS: Bool { multiplier.usesBLAS }
    /// What runs the linear layers: `fp16-avx2`, `fp16-portable`, `openblas` or `simd` (for benchmark labels).
    package var linearKernel: String {
        switch precision {
        case .float16: HalfPrecisionMatrix.usesVectorKernel ? "fp16-avx2" : "fp16-portable"
        case .float32: multiplier.usesBLAS ? "openblas" : "simd"
        }
    }
    /// The bytes held by the model's weights (about 45 MB in fp16 and 90 MB in f32 for all-MiniLM-L6-v2).
    package var weightByteCount: Int { encoder.weightByteCount }

    private let encoder: BertEncoder
    private let multiplier: MatrixMultiplier

    /// Loads the model from a sentence-transformers folder.
    ///
    /// - Parameters:
    ///   - modelDirectory: The folder holding `model.safetensors`, `vocab.txt` and `config.json` (the
    ///     safetensors file may also sit in a `model/` subfolder).
    ///   - precision: How the weights are held: fp16 (the default, half the memory) or f32 (the reference).
    ///   - preferBLAS: Use OpenBLAS for f32 products when it loads; false forces the SIMD kernels (for comparison).
    ///   - maxTokens: The truncation length including `[CLS]` and `[SEP]`.
    /// - Throws: ``EmbeddingError`` when a file is missing or malformed, or the model is not a BERT encoder.
    public init(
        modelDirectory: String, precision: Precision = .float16, preferBLAS: Bool = true, maxTokens: Int = 256
    ) throws {
        let directory = URL(fileURLWithPath: modelDirectory)
        func locate(_ name: String) -> String {
            let direct = directory.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: direct) { return direct }
            return directory.appendingPathComponent("model").appendingPathComponent(name).path
        }
        tokenizer = try WordPieceTokenizer(vocabularyFile: locate("vocab.txt"))
        guard let configData = FileManager.default.contents(atPath: locate("config.json")) else {
            throw EmbeddingError.fileUnreadable
        }
        let configuration = try Self.parseConfiguration(configData)
        guard configuration.vocabularySize >= tokenizer.vocabularySize else { throw EmbeddingError.malformedModel }
        let tensors = try SafeTensors(path: locate("model.safetensors"))
        let multiplier = MatrixMultiplier(preferBLAS: preferBLAS)
        encoder = try BertEncoder(
            configuration: configuration, tensors: tensors, precision: precision,
            transposeWeights: multiplier.usesBLAS)
        self.precision = precision
        dimension = configuration.hiddenSize
        self.maxTokens = max(2, min(maxTokens, configuration.maxPositions))
        self.multiplier = multiplier
    }

    /// Embeds one text (truncated to ``maxTokens`` tokens).
    ///
    /// - Parameter text: Any text.
    /// - Returns: The L2-normalized mean-pooled sentence embedding.
    public func embed(_ text: String) throws -> [Float] {
        let ids = tokenizer.encode(text, maxLength: maxTokens)
        var pooled = encoder.meanPooledOutput(ids: ids, multiplier: multiplier)
        VectorMath.normalize(&pooled)
        return pooled
    }

    private static func parseConfiguration(_ data: Data) throws -> BertEncoder.Configuration {
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw EmbeddingError.malformedModel
        }
        func int(_ key: String, _ fallback: Int? = nil) throws -> Int {
            if let value = json[key] as? Int { return value }
            if let fallback { return fallback }
            throw EmbeddingError.malformedModel
        }
        if let type = json["model_type"] as? String, type != "bert" { throw EmbeddingError.unsupportedModel }
        if let act = json["hidden_act"] as? String, act != "gelu" { throw EmbeddingError.unsupportedModel }
        if let position = json["position_embedding_type"] as? String, position != "absolute" {
            throw EmbeddingError.unsupportedModel
        }
        let configuration = BertEncoder.Configuration(
            hiddenSize: try int("hidden_size"),
            layers: try int("num_hidden_layers"),
            heads: try int("num_attention_heads"),
            intermediateSize: try int("intermediate_size"),
            maxPositions: try int("max_position_embeddings"),
            vocabularySize: try int("vocab_size"),
            typeVocabularySize: try int("type_vocab_size", 2),
            layerNormEpsilon: Float((json["layer_norm_eps"] as? Double) ?? 1e-12)
        )
        // Bounds keep every tensor size computation far from overflow on a hostile config.json.
        guard (1...8192).contains(configuration.hiddenSize), (1...256).contains(configuration.heads),
            configuration.hiddenSize % configuration.heads == 0, (1...128).contains(configuration.layers),
            (1...65536).contains(configuration.intermediateSize), (1...65536).contains(configuration.maxPositions),
            (1...(1 << 21)).contains(configuration.vocabularySize), (1...16).contains(configuration.typeVocabularySize)
        else { throw EmbeddingError.malformedModel }
        return configuration
    }
}
