/// The tables of ``ChineseContextData`` decoded once into arrays the scanning loop reads without allocating.
///
/// A Chinese name written without a cue is recognised by adding up evidence in steps of 1/8 logit (see
/// ``Scan/scoredChineseName(at:)``): the surname, each given-name character, the class of the word before and
/// after (jieba's parts of speech: verb, preposition, conjunction, particle, noun …) and whether the run or its edges
/// belong to an ordinary word. Memory: four tables of one byte per ideograph (84 KB), the two-character words as
/// offsets, second characters and tags (about 100 KB) and the three-character words as sorted keys (55 KB).
enum ChineseScore {
    /// Boundary classes (no word): indices into ``ChineseContextData/left`` and ``ChineseContextData/right``.
    static let other: UInt8 = 0
    static let start: UInt8 = 1
    static let punctuation: UInt8 = 2
    static let space: UInt8 = 3
    static let latin: UInt8 = 4
    /// The first word class; word tags count from here.
    static let firstWordClass: UInt8 = 5
    static let noun: UInt8 = 16
    static let properName: UInt8 = 19
    static let place: UInt8 = 17
    static let organization: UInt8 = 18
    static let honorific: UInt8 = 21

    /// The value of one letter of the generated alphabet (printable ASCII from `#`, without `\`).
    @inline(__always) static func letter(_ b: UInt8) -> Int {
        Int(b) - 0x23 - (b > 0x5C ? 1 : 0)
    }

    static func table(_ s: String, offset: Int) -> [Int8] {
        var out = [Int8](repeating: 0, count: 0xA000 - 0x4E00)
        var k = 0
        for b in s.utf8 where b != 0x0A && k < out.count {
            out[k] = Int8(truncatingIfNeeded: letter(b) - offset)
            k += 1
        }
        // A traditional character is its simplified one written otherwise: the fit, made on mostly simplified
        // text, knows the simplified one (價 scores as 价, not as a character never seen outside a name).
        for (t, s) in zip(TraditionalChinese.traditional.unicodeScalars, TraditionalChinese.simplified.unicodeScalars) {
            out[Int(t.value - 0x4E00)] = out[Int(s.value - 0x4E00)]
        }
        return out
    }

    /// Per ideograph: the surname's evidence, or `Int8.min` when it starts no name.
    static let surname: [Int8] = {
        var out = table(ChineseContextData.surnameScore, offset: 46)
        for k in out.indices where out[k] == -46 { out[k] = Int8.min }
        return out
    }()
    static let firstGiven: [Int8] = table(ChineseContextData.firstGivenScore, offset: 46)
    static let secondGiven: [Int8] = table(ChineseContextData.secondGivenScore, offset: 46)
    static let singleClass: [Int8] = table(ChineseContextData.singleClass, offset: 0)

    /// Two-character words grouped by first character: `wordStart[c]..<wordStart[c + 1]` index `wordSecond` (second
    /// character minus U+4E00, ascending) and `wordTag` (class × 8 + frequency bucket, class counted from
    /// ``firstWordClass``). Each word is also entered in its traditional spellings (金价 as 金價), so that text in
    /// traditional characters finds the simplified dictionary's words at no cost per lookup.
    static let words: (start: [UInt32], second: [UInt16], tag: [UInt8]) = {
        var entries: [(first: UInt16, second: UInt16, tag: UInt8)] = []
        entries.reserveCapacity(40_000)
        var pending: [UInt32] = []
        for u in ChineseContextData.words.unicodeScalars where u.value != 0x0A {
            pending.append(u.value)
            guard pending.count == 3 else { continue }
            let (u1, u2) = (pending[0], pending[1])
            if u1 >= 0x4E00 && u1 < 0xA000 && u2 >= 0x4E00 && u2 < 0xA000 {
                let v = letter(UInt8(truncatingIfNeeded: pending[2]))
                entries.append((UInt16(u1 - 0x4E00), UInt16(u2 - 0x4E00), UInt8((v / 5) << 3 | (v % 5))))
            }
            pending.removeAll(keepingCapacity: true)
        }
        // The traditional spellings of each word; a spelling that is itself a word keeps its own entry.
        var traditionalOf = [[UInt16]](repeating: [], count: 0xA000 - 0x4E00)
        for (t, s) in zip(TraditionalChinese.traditional.unicodeScalars, TraditionalChinese.simplified.unicodeScalars) {
            traditionalOf[Int(s.value - 0x4E00)].append(UInt16(t.value - 0x4E00))
        }
        var known = Set<UInt32>(entries.map { UInt32($0.first) << 16 | UInt32($0.second) })
        for (first, second, tag) in entries {
            let firsts = [first] + traditionalOf[Int(first)]
            let seconds = [second] + traditionalOf[Int(second)]
            for f in firsts {
                for s in seconds where known.insert(UInt32(f) << 16 | UInt32(s)).inserted {
                    entries.append((f, s, tag))
                }
            }
        }
        entries.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        var start = [UInt32](repeating: 0, count: 0xA000 - 0x4E00 + 1)
        for e in entries { start[Int(e.first) + 1] += 1 }
        for k in 1..<start.count { start[k] += start[k - 1] }
        return (start, entries.map(\.second), entries.map(\.tag))
    }()

    /// The tag of the two-character word `u1 u2` (class × 8 + bucket), or nil; in simplified or traditional
    /// characters (金价, 金價).
    @inline(__always) static func word(_ u1: UInt32, _ u2: UInt32) -> UInt8? {
        guard u1 >= 0x4E00 && u1 < 0xA000 && u2 >= 0x4E00 && u2 < 0xA000 else { return nil }
        let c1 = Int(u1 - 0x4E00)
        let second = UInt16(u2 - 0x4E00)
        let (lo, hi) = (Int(words.start[c1]), Int(words.start[c1 + 1]))
        var a = lo
        var b = hi
        while a < b {
            let m = (a + b) >> 1
            let s = words.second[m]
            if s == second { return words.tag[m] }
            if s < second { a = m + 1 } else { b = m }
        }
        return nil
    }

    /// Whether a word tag is that of a person's name in the dictionary (老张, 小王).
    @inline(__always) static func isPersonWord(_ tag: UInt8) -> Bool { wordClass(tag) == properName }

    /// The class of a word tag (an index into the weight tables).
    @inline(__always) static func wordClass(_ tag: UInt8) -> UInt8 { (tag >> 3) + firstWordClass }

    /// The frequency bucket of a word tag plus one (0 for no word): 1 below 150 occurrences … 5 for 10,000+.
    @inline(__always) static func weight(_ tag: UInt8?) -> Int { tag.map { Int($0 & 7) + 1 } ?? 0 }

    /// Three-character words and places beginning with a surname, as `u1 << 42 | u2 << 21 | u3`, sorted.
    static let surnameWords: [UInt64] = {
        var out: [UInt64] = []
        var key: UInt64 = 0
        var count = 0
        for u in ChineseContextData.surnameWords.unicodeScalars where u.value != 0x0A {
            key = key << 21 | UInt64(u.value)
            count += 1
            if count == 3 {
                out.append(key)
                key = 0
                count = 0
            }
        }
        // The generator writes them sorted, and the key keeps that order.
        return out
    }()

    /// ``surnameWords`` as a hashed set: asked at nearly every surname character, where the binary search took
    /// a dozen steps.
    static let surnameWordSet = KeySet(surnameWords)

    static func isSurnameWord(_ u1: UInt32, _ u2: UInt32, _ u3: UInt32) -> Bool {
        surnameWordSet.contains(UInt64(u1) << 42 | UInt64(u2) << 21 | UInt64(u3))
    }

    /// Whether 周 followed by `u` is a day of the week (周一 … 周日, 周天, 周末).
    @inline(__always) static func isWeekday(_ u: UInt32) -> Bool {
        switch u {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x65E5, 0x5929, 0x672B: return true
        default: return false
        }
    }

    @inline(__always) static func surnameEvidence(_ u: UInt32) -> Int8 {
        u >= 0x4E00 && u < 0xA000 ? surname[Int(u - 0x4E00)] : Int8.min
    }

    @inline(__always) static func single(_ u: UInt32) -> UInt8 {
        u >= 0x4E00 && u < 0xA000 ? UInt8(truncatingIfNeeded: singleClass[Int(u - 0x4E00)]) & 31 : other
    }

    /// Whether `u` is typical enough of given names that two such characters may be a name on their own (婉清).
    @inline(__always) static func typicalGiven(_ u: UInt32) -> Bool {
        u >= 0x4E00 && u < 0xA000 && singleClass[Int(u - 0x4E00)] & 32 != 0
    }
}
