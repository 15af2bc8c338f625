import Foundation
import Testing
import VeilEmbedding

/// Loading failures that need no real weights: each bad folder must throw its own error, never trap.
@Suite struct MiniLMLoadingTests {
    private static let config = """
        {"model_type": "bert", "hidden_act": "gelu", "hidden_size": 8, "num_hidden_layers": 1,
         "num_attention_heads": 2, "intermediate_size": 16, "max_position_embeddings": 16, "vocab_size": 8,
         "type_vocab_size": 2}
        """

    private func folder(config: String, safetensors: Data) throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "veil-minilm")
        try folder.write(Data("[PAD]\n[UNK]\n[CLS]\n[SEP]\nhello\n".utf8), to: "vocab.txt")
        try folder.write(Data(config.utf8), to: "config.json")
        try folder.write(safetensors, to: "model.safetensors")
        return folder
    }

    private func safetensors(header: String) -> Data {
        var data = Data()
        var length = UInt64(header.utf8.count).littleEndian
        withUnsafeBytes(of: &length) { data.append(contentsOf: $0) }
        data.append(contentsOf: Array(header.utf8))
        return data
    }

    @Test func truncatedSafetensorsIsMalformed() throws {
        let folder = try folder(config: Self.config, safetensors: Data([1, 2, 3]))
        #expect(throws: EmbeddingError.malformedModel) { try MiniLMEmbedder(modelDirectory: folder.path) }
    }

    @Test func headerLongerThanTheFileIsMalformed() throws {
        var data = safetensors(header: "{}")
        data[0] = 0xFF
        let folder = try folder(config: Self.config, safetensors: data)
        #expect(throws: EmbeddingError.malformedModel) { try MiniLMEmbedder(modelDirectory: folder.path) }
    }

    @Test func missingTensorIsMalformed() throws {
        let folder = try folder(config: Self.config, safetensors: safetensors(header: #"{"__metadata__": {}}"#))
        #expect(throws: EmbeddingError.malformedModel) { try MiniLMEmbedder(modelDirectory: folder.path) }
    }

    @Test func tensorOffsetsOutsideTheFileAreMalformed() throws {
        let header =
            #"{"embeddings.word_embeddings.weight": {"dtype": "F32", "shape": [8, 8], "data_offsets": [0, 256]}}"#
        let folder = try folder(config: Self.config, safetensors: safetensors(header: header))
        #expect(throws: EmbeddingError.malformedModel) { try MiniLMEmbedder(modelDirectory: folder.path) }
    }

    @Test func nonBertModelIsUnsupported() throws {
        let config = Self.config.replacingOccurrences(of: "\"bert\"", with: "\"gpt2\"")
        let folder = try folder(config: config, safetensors: safetensors(header: "{}"))
        #expect(throws: EmbeddingError.unsupportedModel) { try MiniLMEmbedder(modelDirectory: folder.path) }
    }

    @Test func absurdSizesInConfigAreMalformed() throws {
        let config = Self.config.replacingOccurrences(
            of: "\"hidden_size\": 8", with: "\"hidden_size\": 9223372036854775807")
        let folder = try folder(config: config, safetensors: safetensors(header: "{}"))
        #expect(throws: EmbeddingError.malformedModel) { try MiniLMEmbedder(modelDirectory: folder.path) }
    }
}
