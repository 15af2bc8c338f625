import NIOCore
import VeilWire

/// The parts of an embeddings request the mock needs: the inputs, the model to echo, and the output shape.
///
/// Vectors are deterministic: each word (or token id) adds ±1 to a hashed coordinate, and the sum is normalized.
/// Inputs that share words therefore point in similar directions, which is enough for semantic-cache tests.
struct MockEmbeddingsRequest {
    /// One input: its text or its token ids.
    enum Input {
        case text(String)
        case tokens([Int])
    }

    static let defaultDimensions = 16

    var model: String
    var inputs: [Input]
    var dimensions: Int
    var base64: Bool

    init(body: ByteBuffer) throws(MockRequestProblem) {
        guard let json = JSONValue.parse(body) else { throw .malformedJSON }
        guard json.isObject else { throw .notAnObject }
        guard let model = json["model"]?.stringValue else { throw .missingModel }
        self.model = model
        switch json["input"] {
        case .string(let text)?:
            inputs = [.text(text)]
        case .array(let elements)? where !elements.isEmpty:
            inputs = try Self.inputs(from: elements)
        default:
            throw .invalidInput
        }
        switch json["dimensions"] {
        case nil, .null?:
            dimensions = Self.defaultDimensions
        case let value?:
            guard let count = value.intValue, (1...4096).contains(count) else { throw .invalidDimensions }
            dimensions = count
        }
        switch json["encoding_format"] {
        case nil, .null?, .string("float")?: base64 = false
        case .string("base64")?: base64 = true
        default: throw .invalidEncodingFormat
        }
    }

    private static func inputs(from elements: [JSONValue]) throws(MockRequestProblem) -> [Input] {
        if elements[0].isNumber {
            return [.tokens(try tokens(from: elements))]
        }
        var inputs: [Input] = []
        inputs.reserveCapacity(elements.count)
        for element in elements {
            switch element {
            case .string(let text): inputs.append(.text(text))
            case .array(let tokenElements): inputs.append(.tokens(try tokens(from: tokenElements)))
            default: throw .invalidInput
            }
        }
        return inputs
    }

    private static func tokens(from elements: [JSONValue]) throws(MockRequestProblem) -> [Int] {
        var tokens: [Int] = []
        tokens.reserveCapacity(elements.count)
        for element in elements {
            guard let token = element.intValue else { throw .invalidInput }
            tokens.append(token)
        }
        return tokens
    }

    /// Rough usage: four bytes of text, or one id, a token.
    var promptTokens: Int {
        var total = 0
        for input in inputs {
            switch input {
            case .text(let text): total += (text.utf8.count + 3) / 4
            case .tokens(let tokens): total += tokens.count
            }
        }
        return max(1, total)
    }

    /// The deterministic unit vector for one input.
    func vector(for input: Input) -> [Float] {
        var vector = [Float](repeating: 0, count: dimensions)
        switch input {
        case .text(let text):
            var hash: UInt64 = Self.offsetBasis
            var inWord = false
            for byte in text.utf8 {
                let isWordByte =
                    byte >= 0x80 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                if isWordByte {
                    // ASCII letters fold to lower case so that "Paris" and "paris" land together.
                    let folded =
                        byte < 0x80 && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                    hash = (hash ^ UInt64(folded)) &* Self.prime
                    inWord = true
                } else if inWord {
                    add(hash, to: &vector)
                    hash = Self.offsetBasis
                    inWord = false
                }
            }
            if inWord { add(hash, to: &vector) }
        case .tokens(let tokens):
            for token in tokens {
                add((Self.offsetBasis ^ UInt64(bitPattern: Int64(token))) &* Self.prime, to: &vector)
            }
        }
        var norm: Float = 0
        for value in vector { norm += value * value }
        guard norm > 0 else {
            vector[0] = 1
            return vector
        }
        let scale = 1 / norm.squareRoot()
        for index in vector.indices { vector[index] *= scale }
        return vector
    }

    private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    private func add(_ hash: UInt64, to vector: inout [Float]) {
        let mixed = hash ^ (hash >> 29)
        let index = Int(mixed % UInt64(dimensions))
        vector[index] += mixed & (1 << 40) == 0 ? 1 : -1
    }
}

@available(*, unavailable) extension MockEmbeddingsRequest: Sendable {}
