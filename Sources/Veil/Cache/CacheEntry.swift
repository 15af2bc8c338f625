import Foundation
import VeilEmbedding

/// One cached answer, as sealed in the `cache` table.
///
/// Holds only anonymized text: the query with placeholders, and the answer with placeholders. The end user is kept
/// as an HMAC (for erasure by subject), never as given.
package struct CacheEntry: Sendable, Hashable {
    /// The anonymized, normalized last message.
    package var query: String
    /// MAC of the context (model, system prompt, earlier turns, parameters) the answer was given in.
    var contextID: [UInt8]
    /// The answer.
    package var completion: ChatCompletion
    /// Content pieces of choice 0 as streamed, so a replay has the original chunking.
    var pieces: [String]
    /// Unix seconds when stored.
    package var created: Int64
    /// HMAC of the end-user subject, or empty.
    package var subjectMAC: [UInt8]
    /// The embedder the vector was made with (empty when there is none).
    var embedder: String

    private static let format: UInt8 = 1

    func encoded() throws -> [UInt8] {
        var writer = BinaryWriter(capacity: 512 + query.utf8.count * 2)
        writer.u8(Self.format)
        writer.string(query)
        writer.data(contextID)
        writer.i64(created)
        writer.data(subjectMAC)
        writer.string(embedder)
        writer.string(completion.id)
        writer.i64(completion.created)
        writer.string(completion.model)
        writer.data(try Self.encodeExtra(completion.extra))
        if let usage = completion.usage {
            writer.u8(1)
            writer.u32(UInt32(clamping: usage.promptTokens))
            writer.u32(UInt32(clamping: usage.completionTokens))
            writer.u32(UInt32(clamping: usage.totalTokens))
            writer.data(try Self.encodeExtra(usage.extra))
        } else {
            writer.u8(0)
        }
        writer.u32(UInt32(completion.choices.count))
        for choice in completion.choices {
            writer.u32(UInt32(clamping: choice.index))
            writer.optionalString(choice.finishReason)
            writer.data(try Self.encodeExtra(choice.extra))
            let message = choice.message
            if case .text(let text)? = message.content, message.name == nil, message.toolCalls == nil,
                message.toolCallID == nil, message.extra.isEmpty
            {
                writer.u8(0)
                writer.string(message.role)
                writer.string(text)
            } else {
                writer.u8(1)
                writer.data(try WireJSON.encode(message))
            }
        }
        writer.u32(UInt32(pieces.count))
        for piece in pieces { writer.string(piece) }
        return writer.bytes
    }

    init(
        query: String,
        contextID: [UInt8],
        completion: ChatCompletion,
        pieces: [String],
        created: Int64,
        subjectMAC: [UInt8],
        embedder: String
    ) {
        self.query = query
        self.contextID = contextID
        self.completion = completion
        self.pieces = pieces
        self.created = created
        self.subjectMAC = subjectMAC
        self.embedder = embedder
    }

    /// The fields a semantic candidate is checked on, read without decoding the answer (most candidates are
    /// rejected, so decoding their answers would be wasted).
    struct Header {
        var query: String
        var contextID: [UInt8]
        var created: Int64
    }

    static func header(decoding bytes: [UInt8]) throws -> Header {
        var reader = BinaryReader(bytes)
        guard try reader.u8() == Self.format else { throw StoreError.malformedRecord }
        return Header(query: try reader.string(), contextID: try reader.data(), created: try reader.i64())
    }

    package init(decoding bytes: [UInt8]) throws {
        var reader = BinaryReader(bytes)
        guard try reader.u8() == Self.format else { throw StoreError.malformedRecord }
        query = try reader.string()
        contextID = try reader.data()
        created = try reader.i64()
        subjectMAC = try reader.data()
        embedder = try reader.string()
        let id = try reader.string()
        let completionCreated = try reader.i64()
        let model = try reader.string()
        let extra = try Self.decodeExtra(try reader.data())
        var usage: Usage?
        if try reader.u8() == 1 {
            let prompt = Int(try reader.u32())
            let completionTokens = Int(try reader.u32())
            let total = Int(try reader.u32())
            usage = Usage(
                promptTokens: prompt,
                completionTokens: completionTokens,
                totalTokens: total,
                extra: try Self.decodeExtra(try reader.data())
            )
        }
        let choiceCount = Int(try reader.u32())
        guard choiceCount <= 128 else { throw StoreError.malformedRecord }
        var choices: [ChatCompletion.Choice] = []
        for _ in 0..<choiceCount {
            let index = Int(try reader.u32())
            let finish = try reader.optionalString()
            let choiceExtra = try Self.decodeExtra(try reader.data())
            let message: ChatMessage
            if try reader.u8() == 0 {
                let role = try reader.string()
                message = ChatMessage(role: role, text: try reader.string())
            } else {
                message = try Self.decodeMessage(try reader.data())
            }
            choices.append(.init(index: index, message: message, finishReason: finish, extra: choiceExtra))
        }
        let pieceCount = Int(try reader.u32())
        var pieces: [String] = []
        pieces.reserveCapacity(pieceCount)
        for _ in 0..<pieceCount { pieces.append(try reader.string()) }
        self.pieces = pieces
        completion = ChatCompletion(
            id: id,
            created: completionCreated,
            model: model,
            choices: choices,
            usage: usage,
            extra: extra
        )
    }

    /// Messages with tool calls, refusals or vendor fields are stored as JSON; plain text ones as role + text.
    private static func decodeMessage(_ bytes: [UInt8]) throws -> ChatMessage {
        do {
            return try WireJSON.decode(ChatMessage.self, from: bytes)
        } catch {
            throw StoreError.malformedRecord
        }
    }

    private static func encodeExtra(_ extra: [String: JSONValue]) throws -> [UInt8] {
        guard !extra.isEmpty else { return [] }
        var output: [UInt8] = []
        JSONValue.object(extra).appendCanonical(to: &output)
        return output
    }

    private static func decodeExtra(_ bytes: [UInt8]) throws -> [String: JSONValue] {
        guard !bytes.isEmpty else { return [:] }
        do {
            guard case .object(let members) = try WireJSON.parse(bytes) else { throw StoreError.malformedRecord }
            return members
        } catch {
            throw StoreError.malformedRecord
        }
    }

    /// The answer as a stream of chunks, using the original chunking when it was recorded.
    func replayChunks(includeUsage: Bool) -> [ChatCompletionChunk] {
        completion.chunks(includeUsage: includeUsage, recorded: pieces)
    }
}

/// The per-entry record in the `vectors` table: what the in-memory index and eviction need, without opening the
/// (larger) entry itself. Rebuilding the index at start reads only these.
package struct EntryMetadata: Sendable, Hashable {
    var contextID: [UInt8]
    var created: Int64
    var lastHit: Int64
    var hits: UInt32
    var bytes: Int
    package var subjectMAC: [UInt8]
    var embedder: String
    var vector: [Float]
    /// The query's verifier signature (``SemanticVerifier/signature(of:)``); absent in records written before it.
    var signature: UInt64?
    /// The query's alignment sketch (``SemanticVerifier/Sketch``), so that a wrong candidate is refused from memory
    /// after a restart too; absent in older records (those are verified from their text).
    var sketch: [UInt8]?

    /// Format 1 held the vector as float32; format 2 holds it as int8 with one scale, a quarter of the bytes on disk
    /// and in the mapped store (the vector is most of the record). The cosine error is about 1e-3 and only matters
    /// for vectors read back at start: the running index keeps the exact ones.
    private static let format: UInt8 = 2

    func encoded() -> [UInt8] {
        var writer = BinaryWriter(capacity: 72 + vector.count)
        writer.u8(Self.format)
        writer.data(contextID)
        writer.i64(created)
        writer.i64(lastHit)
        writer.u32(hits)
        writer.u32(UInt32(clamping: bytes))
        writer.data(subjectMAC)
        writer.string(embedder)
        let (values, scale) = VectorMath.quantizeInt8(vector)
        writer.u32(scale.bitPattern)
        writer.data(values.map { UInt8(bitPattern: $0) })
        // Appended last, so that older readers stop before them and older records simply lack them.
        if let signature {
            writer.i64(Int64(bitPattern: signature))
            if let sketch { writer.data(sketch) }
        }
        return writer.bytes
    }

    init(
        contextID: [UInt8],
        created: Int64,
        lastHit: Int64,
        hits: UInt32,
        bytes: Int,
        subjectMAC: [UInt8],
        embedder: String,
        vector: [Float],
        signature: UInt64? = nil,
        sketch: [UInt8]? = nil
    ) {
        self.signature = signature
        self.sketch = sketch
        self.contextID = contextID
        self.created = created
        self.lastHit = lastHit
        self.hits = hits
        self.bytes = bytes
        self.subjectMAC = subjectMAC
        self.embedder = embedder
        self.vector = vector
    }

    package init(decoding bytes: [UInt8]) throws {
        var reader = BinaryReader(bytes)
        let format = try reader.u8()
        guard format == 1 || format == Self.format else { throw StoreError.malformedRecord }
        contextID = try reader.data()
        created = try reader.i64()
        lastHit = try reader.i64()
        hits = try reader.u32()
        self.bytes = Int(try reader.u32())
        subjectMAC = try reader.data()
        embedder = try reader.string()
        if format == 1 {
            vector = try reader.floats()
        } else {
            let scale = Float(bitPattern: try reader.u32())
            guard scale.isFinite, scale >= 0 else { throw StoreError.malformedRecord }
            vector = try reader.data().map { Float(Int8(bitPattern: $0)) * scale }
        }
        signature = reader.isAtEnd ? nil : UInt64(bitPattern: try reader.i64())
        sketch = reader.isAtEnd ? nil : try reader.data()
        guard reader.isAtEnd else { throw StoreError.malformedRecord }
    }
}

extension Data {
    var asBytes: [UInt8] { [UInt8](self) }
}
