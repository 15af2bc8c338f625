/// The byte form of a ``SemanticVerifier/Sketch``: fixed-width little-endian fields behind a version byte, so a
/// record written by another version is recognised and skipped instead of misread.
enum SketchCoding {
    // 3: "how" / 怎么 became a question kind of their own (manner); a sketch of 2 would let them meet "where".
    static let version: UInt8 = 3

    static func encode(_ shape: QuestionShape) -> [UInt8] {
        var bytes: [UInt8] = [version]
        bytes.reserveCapacity(
            16 + shape.tokens.count * 11
                + (shape.expressions.count + shape.entities.count
                    + shape.words.count + shape.polar.count) * 8)
        func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        func u16(_ value: Int) {
            withUnsafeBytes(of: UInt16(clamping: value).littleEndian) { bytes.append(contentsOf: $0) }
        }
        func list(_ values: [UInt64]) {
            u16(values.count)
            for value in values.prefix(Int(UInt16.max)) { u64(value) }
        }
        u64(shape.signature)
        u16(Int(shape.questionKinds))
        u16(shape.tokens.count)
        for token in shape.tokens.prefix(Int(UInt16.max)) {
            u64(token.canon)
            bytes.append(token.role.rawValue)
            bytes.append(token.flags)
            bytes.append(token.clause)
        }
        list(shape.expressions)
        list(shape.entities)
        list(shape.words)
        list(shape.polar)
        list(shape.possessions.flatMap { [$0.owner, $0.owned] })
        return bytes
    }

    static func decode(_ bytes: [UInt8]) -> QuestionShape? {
        var offset = 0
        func u8() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }
        func u16() -> Int? {
            guard offset + 2 <= bytes.count else { return nil }
            defer { offset += 2 }
            return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
        }
        func u64() -> UInt64? {
            guard offset + 8 <= bytes.count else { return nil }
            var value: UInt64 = 0
            for k in 0..<8 { value |= UInt64(bytes[offset + k]) << (8 * k) }
            offset += 8
            return value
        }
        func list() -> [UInt64]? {
            guard let count = u16(), offset + count * 8 <= bytes.count else { return nil }
            var values: [UInt64] = []
            values.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = u64() else { return nil }
                values.append(value)
            }
            return values
        }
        guard u8() == version, let signature = u64(), let kinds = u16(), let count = u16(),
            offset + count * 11 <= bytes.count
        else { return nil }
        var tokens: [QuestionShape.Token] = []
        tokens.reserveCapacity(count)
        for _ in 0..<count {
            guard let canon = u64(), let roleByte = u8(), let role = QuestionLexicon.Role(rawValue: roleByte),
                let flags = u8(), let clause = u8()
            else { return nil }
            tokens.append(QuestionShape.Token(canon: canon, role: role, flags: flags, clause: clause))
        }
        guard let expressions = list(), let entities = list(), let words = list(), let polar = list(),
            let owners = list(), owners.count % 2 == 0, offset == bytes.count
        else { return nil }
        var shape = QuestionShape(
            tokens: tokens, expressions: expressions, questionKinds: UInt16(kinds), entities: entities,
            words: words, polar: polar, signature: signature)
        shape.possessions = stride(from: 0, to: owners.count, by: 2).map {
            QuestionShape.Possession(owner: owners[$0], owned: owners[$0 + 1])
        }
        return shape
    }
}
