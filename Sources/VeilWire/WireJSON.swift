/// The JSON codec of the request path: a byte-level parser and writer behind the standard `Codable` conformances.
///
/// Every request decodes a body, and every miss encodes a request and decodes an answer, so JSON is a fixed cost of
/// each request. Foundation's coders cost 10–50 µs per OpenAI-sized payload (measured in `Benchmarks/`); this codec
/// parses bytes by hand into a ``JSONValue`` tree and runs the types' own `init(from:)`/`encode(to:)` over it, so
/// there is one definition of each wire type, unknown members round-trip as before, and a decoding failure is the
/// same `DecodingError` (with its coding path) that Foundation's decoder would raise.
///
/// ```swift
/// let request = try WireJSON.decode(ChatRequest.self, from: bytes)
/// let body: [UInt8] = try WireJSON.encode(completion)
/// ```
public enum WireJSON {
    /// Nesting beyond this depth is rejected (as Foundation does), so hostile input cannot exhaust the stack.
    static let maximumDepth = 512

    /// Decodes `type` from UTF-8 JSON bytes.
    ///
    /// - Throws: `DecodingError.dataCorrupted` with an empty coding path when the bytes are not JSON; any other
    ///   `DecodingError` when the JSON does not fit `type`.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: some Collection<UInt8>) throws -> T {
        let value = try parse(bytes)
        if let fast = T.self as? any FastWireDecodable.Type, let decoded = try? fast.init(fast: value) as? T {
            return decoded
        }
        return try TreeDecoder.decode(type, from: value, parent: .root, key: nil)
    }

    /// The `Codable` path alone (the fast path's reference in tests).
    static func decodeWithCodable<T: Decodable>(_ type: T.Type, from bytes: some Collection<UInt8>) throws -> T {
        try TreeDecoder.decode(type, from: try parse(bytes), parent: .root, key: nil)
    }

    /// The `Codable` path alone (the fast path's reference in tests).
    static func encodeWithCodable<T: Encodable>(_ value: T) throws -> [UInt8] {
        var output: [UInt8] = []
        try TreeEncoder.node(for: value, path: []).write(to: &output)
        return output
    }

    /// Writes a value; objects keep their keys sorted (a dictionary has no order of its own).
    static func write(_ value: JSONValue, to output: inout [UInt8]) throws {
        try EncodedNode.write(value, to: &output)
    }

    /// Parses UTF-8 JSON bytes into a ``JSONValue``.
    ///
    /// - Throws: `DecodingError.dataCorrupted` with an empty coding path when the bytes are not JSON.
    public static func parse(_ bytes: some Collection<UInt8>) throws -> JSONValue {
        let parsed = bytes.withContiguousStorageIfAvailable { buffer in
            Result {
                var parser = JSONParser(UnsafeRawBufferPointer(buffer))
                return try parser.document()
            }
        }
        if let parsed { return try parsed.get() }
        let copy = Array(bytes)
        return try copy.withUnsafeBytes { bytes in
            var parser = JSONParser(bytes)
            return try parser.document()
        }
    }

    /// Encodes `value` as compact JSON, members in the order the type encodes them.
    ///
    /// - Throws: `EncodingError.invalidValue` for a non-finite floating-point number.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(512)
        if let fast = value as? any FastWireEncodable {
            try fast.write(to: &output)
            return output
        }
        try TreeEncoder.node(for: value, path: []).write(to: &output)
        return output
    }
}

// MARK: - Parsing

/// A recursive-descent JSON parser over raw bytes (RFC 8259; strings must be valid UTF-8).
private struct JSONParser {
    let bytes: UnsafeRawBufferPointer
    var position = 0
    var depth = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    private func fail() -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The given data was not valid JSON."))
    }

    mutating func document() throws -> JSONValue {
        let value = try self.value()
        skipWhitespace()
        guard position == bytes.count else { throw fail() }
        return value
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position &+= 1
            default: return
            }
        }
    }

    private mutating func value() throws -> JSONValue {
        skipWhitespace()
        guard position < bytes.count else { throw fail() }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: return try number()
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw fail() }
        for i in 0..<count where bytes[position + i] != word.utf8Start[i] { throw fail() }
        position += count
        return value
    }

    private mutating func enter() throws {
        depth += 1
        guard depth <= WireJSON.maximumDepth else { throw fail() }
    }

    private mutating func object() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail() }
            let key = try string()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw fail() }
            position += 1
            members[key] = try value()
            skipWhitespace()
            guard position < bytes.count else { throw fail() }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            guard bytes[position] == UInt8(ascii: "}") else { throw fail() }
            position += 1
            return .object(members)
        }
    }

    private mutating func array() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            elements.append(try value())
            skipWhitespace()
            guard position < bytes.count else { throw fail() }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            guard bytes[position] == UInt8(ascii: "]") else { throw fail() }
            position += 1
            return .array(elements)
        }
    }

    /// A string literal; the common case (no escapes) is validated and copied in one step.
    private mutating func string() throws -> String {
        position += 1
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
                position += 1
                guard let text = String(validating: slice, as: UTF8.self) else { throw fail() }
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard byte >= 0x20 else { throw fail() }
            position += 1
        }
        throw fail()
    }

    private mutating func escapedString(from start: Int) throws -> String {
        var output: [UInt8] = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: output, as: UTF8.self) else { throw fail() }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { throw fail() }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): output.append(0x22)
                case UInt8(ascii: "\\"): output.append(0x5C)
                case UInt8(ascii: "/"): output.append(0x2F)
                case UInt8(ascii: "b"): output.append(0x08)
                case UInt8(ascii: "f"): output.append(0x0C)
                case UInt8(ascii: "n"): output.append(0x0A)
                case UInt8(ascii: "r"): output.append(0x0D)
                case UInt8(ascii: "t"): output.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A high surrogate must be followed by an escaped low surrogate.
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                            bytes[position + 1] == UInt8(ascii: "u")
                        else { throw fail() }
                        position += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw fail()
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw fail() }
                    output.append(contentsOf: UTF8.encode(unicode).map { Array($0) } ?? [])
                default: throw fail()
                }
            default:
                guard byte >= 0x20 else { throw fail() }
                output.append(byte)
                position += 1
            }
        }
        throw fail()
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail()
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    /// A number: integers that fit 64 bits stay integers, everything else is a double.
    private mutating func number() throws -> JSONValue {
        let start = position
        var negative = false
        if bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        let digitsStart = position
        var magnitude: UInt64 = 0
        var overflow = false
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(UInt64(bytes[position] - UInt8(ascii: "0")))
            overflow = overflow || o1 || o2
            magnitude = sum
            position += 1
        }
        let digitCount = position - digitsStart
        // No digits, or a leading zero followed by more digits, is not JSON.
        guard digitCount > 0, !(digitCount > 1 && bytes[digitsStart] == UInt8(ascii: "0")) else { throw fail() }
        var isInteger = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            let fractionStart = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            guard position > fractionStart else { throw fail() }
        }
        let mantissaEnd = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            let exponentStart = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            guard position > exponentStart else { throw fail() }
        }
        if isInteger && !overflow {
            if negative, magnitude <= UInt64(Int64.max) + 1 {
                return .int(magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude))
            }
            if !negative, magnitude <= UInt64(Int64.max) { return .int(Int64(magnitude)) }
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let double = Double(text), double.isFinite else { throw fail() }
        // A non-zero number too small for a Double ("1e-400") is rejected, as Foundation's decoder rejects it, rather
        // than read as 0: the two decoders must agree on what a request says.
        if double == 0,
            bytes[digitsStart..<mantissaEnd].contains(where: { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") })
        {
            throw fail()
        }
        return .double(double)
    }
}

// MARK: - Decoding

/// Where a value sits, as a parent chain: coding paths are built only when a decoder is asked for one (on an
/// error), since materializing `[any CodingKey]` for every field was most of the codec's cost.
private final class PathNode: @unchecked Sendable {
    let parent: PathNode?
    let key: (any CodingKey)?

    static let root = PathNode(parent: nil, key: nil)

    init(parent: PathNode?, key: (any CodingKey)?) {
        self.parent = parent
        self.key = key
    }

    func appending(_ key: any CodingKey) -> PathNode { PathNode(parent: self, key: key) }

    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node: PathNode? = self
        while let current = node, let key = current.key {
            keys.append(key)
            node = current.parent
        }
        return keys.reversed()
    }
}

/// An integer coding key, for array positions in coding paths.
private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

/// A `Decoder` over an already-parsed value.
private struct TreeDecoder: Decoder {
    let value: JSONValue
    let path: PathNode
    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw Self.mismatch([String: JSONValue].self, value, path.keys)
        }
        return KeyedDecodingContainer(TreeKeyedContainer<Key>(members: members, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw Self.mismatch([JSONValue].self, value, path.keys) }
        return TreeUnkeyedContainer(elements: elements, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TreeSingleValueContainer(value: value, path: path)
    }

    /// `valueNotFound` for null, `typeMismatch` otherwise, as Foundation reports them.
    static func mismatch(_ type: Any.Type, _ value: JSONValue, _ path: [any CodingKey]) -> DecodingError {
        let found: String
        switch value {
        case .null:
            return DecodingError.valueNotFound(
                type, .init(codingPath: path, debugDescription: "Expected \(type) value but found null instead."))
        case .bool: found = "a boolean"
        case .int, .double: found = "a number"
        case .string: found = "a string"
        case .array: found = "an array"
        case .object: found = "an object"
        }
        return DecodingError.typeMismatch(
            type, .init(codingPath: path, debugDescription: "Expected \(type) but found \(found) instead."))
    }

    /// The one conversion every container shares: a value to a concrete type, fast paths first. `parent` and
    /// `key` locate the value; they become a coding path only for an error or a nested decoder.
    static func decode<T: Decodable>(
        _ type: T.Type, from value: JSONValue, parent: PathNode, key: (any CodingKey)?
    ) throws -> T {
        // The metatype checks make each cast an identity; `unsafeBitCast` then costs nothing, where `as? T` would
        // box the value and run a dynamic cast on every field.
        if T.self == String.self {
            guard case .string(let text) = value else { throw mismatch(type, value, keys(parent, key)) }
            return unsafeBitCast(text, to: T.self)
        }
        if T.self == JSONValue.self { return unsafeBitCast(value, to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try integer(Int.self, value, parent, key), to: T.self) }
        if T.self == Int64.self { return unsafeBitCast(try integer(Int64.self, value, parent, key), to: T.self) }
        if T.self == Double.self {
            switch value {
            case .int(let number): return unsafeBitCast(Double(number), to: T.self)
            case .double(let number): return unsafeBitCast(number, to: T.self)
            default: throw mismatch(type, value, keys(parent, key))
            }
        }
        if T.self == Bool.self {
            guard case .bool(let flag) = value else { throw mismatch(type, value, keys(parent, key)) }
            return unsafeBitCast(flag, to: T.self)
        }
        return try T(from: TreeDecoder(value: value, path: key.map { parent.appending($0) } ?? parent))
    }

    static func keys(_ parent: PathNode, _ key: (any CodingKey)?) -> [any CodingKey] {
        parent.keys + (key.map { [$0] } ?? [])
    }

    static func integer<I: FixedWidthInteger>(
        _ type: I.Type, _ value: JSONValue, _ parent: PathNode, _ key: (any CodingKey)?
    ) throws -> I {
        let converted: I?
        switch value {
        case .int(let number): converted = I(exactly: number)
        case .double(let number): converted = I(exactly: number)
        default: throw mismatch(type, value, keys(parent, key))
        }
        guard let converted else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: keys(parent, key), debugDescription: "Number does not fit in \(type)."))
        }
        return converted
    }
}

private struct TreeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let path: PathNode
    var codingPath: [any CodingKey] { path.keys }

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func value(_ key: Key) throws -> JSONValue {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: path.keys, debugDescription: "No value for key \(key.stringValue)."))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try value(key) { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try TreeDecoder.decode(type, from: try value(key), parent: path, key: key)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = members[key.stringValue] else { return nil }
        if case .null = value { return nil }
        return try TreeDecoder.decode(type, from: value, parent: path, key: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try TreeDecoder(value: try value(key), path: path.appending(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(value: try value(key), path: path.appending(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        TreeDecoder(value: .object(members), path: path)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TreeDecoder(value: members[key.stringValue] ?? .null, path: path.appending(key))
    }
}

private struct TreeUnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let path: PathNode
    var codingPath: [any CodingKey] { path.keys }
    private(set) var currentIndex = 0

    init(elements: [JSONValue], path: PathNode) {
        self.elements = elements
        self.path = path
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private func next(_ type: Any.Type) throws -> JSONValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: path.keys + [IndexKey(currentIndex)], debugDescription: "No more elements."))
        }
        return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard case .null = try next(JSONValue.self) else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try TreeDecoder.decode(type, from: try next(type), parent: path, key: IndexKey(currentIndex))
        currentIndex += 1
        return value
    }

    private mutating func nextDecoder() throws -> TreeDecoder {
        let decoder = TreeDecoder(value: try next(JSONValue.self), path: path.appending(IndexKey(currentIndex)))
        currentIndex += 1
        return decoder
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try nextDecoder().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try nextDecoder().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try nextDecoder()
    }
}

private struct TreeSingleValueContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let path: PathNode
    var codingPath: [any CodingKey] { path.keys }

    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try TreeDecoder.decode(type, from: value, parent: path, key: nil)
    }
}

// MARK: - Encoding

/// One value being encoded; containers hand out references so that nested encoders can fill them in later.
private final class EncodedNode {
    enum Kind {
        case empty
        case scalar(JSONValue)
        case object([(String, EncodedNode)])
        case array([EncodedNode])
    }

    var kind: Kind = .empty

    init() {}

    init(_ value: JSONValue) {
        kind = .scalar(value)
    }

    func write(to output: inout [UInt8]) throws {
        switch kind {
        case .empty: output.append(contentsOf: "{}".utf8)
        case .scalar(let value): try Self.write(value, to: &output)
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, (key, node)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONValue.appendQuoted(key, to: &output)
                output.append(UInt8(ascii: ":"))
                try node.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, node) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                try node.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
    }

    /// Writes a value; objects keep their keys sorted (a dictionary has no order of its own).
    static func write(_ value: JSONValue, to output: inout [UInt8]) throws {
        switch value {
        case .double(let number):
            guard number.isFinite else {
                throw EncodingError.invalidValue(
                    number, .init(codingPath: [], debugDescription: "Non-finite numbers are not JSON."))
            }
            if number.rounded() == number, abs(number) < 1e15 {
                output.append(contentsOf: String(Int64(number)).utf8)
            } else {
                output.append(contentsOf: String(number).utf8)
            }
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                try write(element, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONValue.appendQuoted(key, to: &output)
                output.append(UInt8(ascii: ":"))
                if let member = members[key] { try write(member, to: &output) }
            }
            output.append(UInt8(ascii: "}"))
        case .null, .bool, .int, .string:
            value.appendCanonical(to: &output)
        }
    }

    func append(key: String, _ node: EncodedNode) {
        if case .object(var members) = kind {
            kind = .empty
            members.append((key, node))
            kind = .object(members)
        } else {
            kind = .object([(key, node)])
        }
    }

    func append(_ node: EncodedNode) {
        if case .array(var elements) = kind {
            kind = .empty
            elements.append(node)
            kind = .array(elements)
        } else {
            kind = .array([node])
        }
    }
}

private struct TreeEncoder: Encoder {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .empty = node.kind { node.kind = .object([]) }
        return KeyedEncodingContainer(TreeKeyedEncodingContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = node.kind { node.kind = .array([]) }
        return TreeUnkeyedEncodingContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TreeSingleValueEncodingContainer(node: node, codingPath: codingPath)
    }

    /// A value as a node, fast paths first.
    static func node<T: Encodable>(for value: T, path: [any CodingKey]) throws -> EncodedNode {
        if T.self == String.self { return EncodedNode(.string(unsafeBitCast(value, to: String.self))) }
        if T.self == Int.self { return EncodedNode(.int(Int64(unsafeBitCast(value, to: Int.self)))) }
        if T.self == Int64.self { return EncodedNode(.int(unsafeBitCast(value, to: Int64.self))) }
        if T.self == Bool.self { return EncodedNode(.bool(unsafeBitCast(value, to: Bool.self))) }
        if T.self == JSONValue.self { return EncodedNode(unsafeBitCast(value, to: JSONValue.self)) }
        if T.self == Double.self {
            let number = unsafeBitCast(value, to: Double.self)
            guard number.isFinite else {
                throw EncodingError.invalidValue(
                    number, .init(codingPath: path, debugDescription: "Non-finite numbers are not JSON."))
            }
            return EncodedNode(.double(number))
        }
        let node = EncodedNode()
        try value.encode(to: TreeEncoder(node: node, codingPath: path))
        return node
    }
}

private struct TreeKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        node.append(key: key.stringValue, EncodedNode(.null))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        node.append(key: key.stringValue, try TreeEncoder.node(for: value, path: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = EncodedNode()
        node.append(key: key.stringValue, child)
        return TreeEncoder(node: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = EncodedNode()
        node.append(key: key.stringValue, child)
        return TreeEncoder(node: child, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: node, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = EncodedNode()
        node.append(key: key.stringValue, child)
        return TreeEncoder(node: child, codingPath: codingPath + [key])
    }
}

private struct TreeUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    var count: Int {
        if case .array(let elements) = node.kind { return elements.count }
        return 0
    }

    mutating func encodeNil() throws {
        node.append(EncodedNode(.null))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        node.append(try TreeEncoder.node(for: value, path: codingPath + [IndexKey(count)]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = EncodedNode()
        let path = codingPath + [IndexKey(count)]
        node.append(child)
        return TreeEncoder(node: child, codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = EncodedNode()
        let path = codingPath + [IndexKey(count)]
        node.append(child)
        return TreeEncoder(node: child, codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = EncodedNode()
        let path = codingPath + [IndexKey(count)]
        node.append(child)
        return TreeEncoder(node: child, codingPath: path)
    }
}

private struct TreeSingleValueEncodingContainer: SingleValueEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        node.kind = .scalar(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        node.kind = try TreeEncoder.node(for: value, path: codingPath).kind
    }
}
