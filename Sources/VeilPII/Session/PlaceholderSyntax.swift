/// The grammar of Veil's tags and the escape that keeps user-typed look-alikes apart from them.
///
/// Tags Veil writes into text sent upstream:
/// - placeholder `<TYPE_n>` (reversible), e.g. `<EMAIL_1>`;
/// - hash tag `<TYPE_HASH_hex>` (keyed hash, not reversed);
/// - redaction tag `[TYPE]` (not reversed).
///
/// **Escape scheme.** If the user's own text contains something with this shape (a TYPE from
/// ``EntityType``), Veil inserts one `~` after the opening bracket: `<EMAIL_1>` → `<~EMAIL_1>`,
/// `[EMAIL]` → `[~EMAIL]`, and an already tilde-escaped form gains one more (`<~EMAIL_1>` → `<~~EMAIL_1>`), so
/// the mapping is reversible. Restoration removes exactly one `~` from every tilde form and never treats a
/// tilde form as a placeholder, so the user gets back exactly what they typed and no user text can ever be
/// restored into someone's value.
enum PlaceholderSyntax {
    enum Token: Equatable {
        /// A complete token ending at `end`; `tildes` escape marks; `number` for placeholders.
        case placeholder(type: EntityType, number: Int, tildes: Int, end: Int)
        case hashTag(tildes: Int, end: Int)
        case redaction(tildes: Int, end: Int)
        /// The input ended while the bytes could still become a token.
        case incomplete
        case none
    }

    static let maxTildes = 16
    static let typeNames: [(EntityType, [UInt8])] = EntityType.allCases.map { ($0, Array($0.rawValue.utf8)) }

    /// Parses a token starting at `p` (which holds `<` or `[`), looking at no more than ~110 bytes.
    static func parse(_ s: UnsafeBufferPointer<UInt8>, at p: Int) -> Token {
        let n = s.count
        let open = s[p]
        var k = p + 1
        var tildes = 0
        while k < n && s[k] == 0x7E {
            tildes += 1
            if tildes > maxTildes { return .none }
            k += 1
        }
        if k >= n { return .incomplete }
        // Type name: the input must agree with at least one name; remember if it ran out mid-name.
        var matched: (EntityType, Int)?
        var couldContinue = false
        for (type, name) in typeNames {
            var j = 0
            while j < name.count && k + j < n && s[k + j] == name[j] { j += 1 }
            if j == name.count {
                let after = k + j
                if after >= n {
                    couldContinue = true
                } else if (open == 0x3C && s[after] == 0x5F) || (open == 0x5B && s[after] == 0x5D) {
                    // Prefer the longest name (CN_MOBILE vs no clash today, but keep it robust).
                    if matched == nil || name.count > (matched?.1 ?? 0) { matched = (type, after) }
                }
            } else if k + j >= n {
                couldContinue = true
            }
        }
        guard let (type, after) = matched else { return couldContinue ? .incomplete : .none }
        if open == 0x5B { return .redaction(tildes: tildes, end: after + 1) }
        // After '_': digits '>' or HASH_ alnum '>'.
        var j = after + 1
        if j >= n { return .incomplete }
        if ByteClass.isDigit(s[j]) {
            var number = 0
            var digits = 0
            while j < n && ByteClass.isDigit(s[j]) {
                digits += 1
                if digits > 9 { return .none }
                number = number * 10 + Int(s[j] - 0x30)
                j += 1
            }
            if j >= n { return .incomplete }
            guard s[j] == 0x3E, s[after + 1] != 0x30 else { return .none }
            return .placeholder(type: type, number: number, tildes: tildes, end: j + 1)
        }
        let hash: [UInt8] = Array("HASH_".utf8)
        var h = 0
        while h < hash.count && j < n && s[j] == hash[h] {
            h += 1
            j += 1
        }
        if h < hash.count { return j >= n ? .incomplete : .none }
        var count = 0
        while j < n && ByteClass.isAlnum(s[j]) {
            count += 1
            if count > 64 { return .none }
            j += 1
        }
        if j >= n { return .incomplete }
        guard s[j] == 0x3E, count > 0 else { return .none }
        return .hashTag(tildes: tildes, end: j + 1)
    }

    /// Appends `segment` to `out`, escaping every tag look-alike in it.
    static func appendEscaped(_ segment: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var i = 0
        var copied = 0
        let n = segment.count
        while i < n {
            let c = segment[i]
            if c == 0x3C || c == 0x5B {
                switch parse(segment, at: i) {
                case .placeholder(_, _, _, let end), .hashTag(_, let end), .redaction(_, let end):
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: segment[copied...i]))
                    out.append(0x7E)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: segment[(i + 1)..<end]))
                    i = end
                    copied = end
                    continue
                case .incomplete, .none:
                    break
                }
            }
            i += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: segment[copied..<n]))
    }

    /// The text that JSON string content `escaped` stands for, or nil if it is not whole (an escape cut off, a lone
    /// surrogate): found in JSON text, a value keeps its escapes; put into plain text, it must lose them.
    static func jsonUnescaped(_ escaped: [UInt8]) -> [UInt8]? {
        guard escaped.contains(0x5C) else { return escaped }
        var out: [UInt8] = []
        out.reserveCapacity(escaped.count)
        var i = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= escaped.count else { return nil }
            var value: UInt32 = 0
            for byte in escaped[at..<at + 4] {
                guard let digit = UInt32(String(UnicodeScalar(byte)), radix: 16) else { return nil }
                value = value << 4 | digit
            }
            return value
        }
        while i < escaped.count {
            let c = escaped[i]
            guard c == 0x5C else {
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < escaped.count else { return nil }
            let e = escaped[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard var scalar = hex4(i) else { return nil }
                i += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    guard i + 1 < escaped.count, escaped[i] == 0x5C, escaped[i + 1] == 0x75, let low = hex4(i + 2),
                        (0xDC00..<0xE000).contains(low)
                    else { return nil }
                    i += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { return nil }
                out += Array(String(Character(unicode)).utf8)
            default: return nil
            }
        }
        return out
    }

    /// Appends `value` as JSON string content (quotes, backslashes and control characters escaped).
    static func appendJSONEscaped(_ value: some Sequence<UInt8>, to out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for c in value {
            switch c {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x00..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]]
            default: out.append(c)
            }
        }
    }
}
