/// One scan of one text: the single forward pass over the folded UTF-8 bytes.
///
/// The loop looks at the byte at hand and dispatches to the recognizers that can start there (digits to the
/// number family, letters to keys/IBAN/hex/names, `@` to e-mail, CJK lead bytes to Chinese name cues). Every
/// recognizer reads a bounded window (at most a few hundred bytes, PEM blocks 16 KiB) and, when it fails at a
/// word start, the loop skips the whole alphanumeric run, so the pass stays linear on any input.
struct Scan {
    /// A detection in folded coordinates.
    struct Found {
        var type: EntityType
        var start: Int
        var end: Int
    }

    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    /// Today's date as `yyyymmdd`, for rejecting resident IDs born in the future.
    let today: Int
    let names: NameIndex
    var found: [Found] = []
    /// Detections before this offset may not be replaced by a backtracking recognizer (e-mail).
    var hardFloor = 0
    /// No `-----END ` occurs in `pemSearchFrom..<pemSearchedUpTo` (a failed search is not repeated, which
    /// keeps a run of BEGIN headers without END lines linear).
    /// A colon-separated hex chain too long to be an IPv6 address ends here; no address starts inside it.
    var hexChainEnd = 0
    var pemSearchFrom = 0
    var pemSearchedUpTo = 0
    /// Person names found by cues in this scan, as ranges of the folded bytes (a copy of each name's bytes was an
    /// allocation per person found).
    var newNames: [Range<Int>] = []
    /// Buffers and answers reused between the recognizers of this scan.
    let scratch = ScanScratch()

    init(bytes: UnsafeBufferPointer<UInt8>, today: Int, names: NameIndex) {
        self.b = bytes
        self.n = bytes.count
        self.today = today
        self.names = names
    }

    @inline(__always) func at(_ i: Int) -> UInt8 { i >= 0 && i < n ? b[i] : 0 }

    /// ``NameLexicon/flags(_:)`` from the scan's own reference to the table.
    @inline(__always) func wordFlags(_ hash: UInt64) -> NameLexicon.Flags {
        NameLexicon.Flags(rawValue: scratch.wordTable.lookup(hash))
    }

    /// ``NameLexicon/flagsWithNicknames(_:)`` from the scan's own references to the tables.
    @inline(__always) func wordFlagsWithNicknames(_ hash: UInt64) -> NameLexicon.Flags {
        let f = wordFlags(hash)
        let surnameBits = NameLexicon.Flags.surname.rawValue | NameLexicon.Flags.wordSurname.rawValue
        if f.rawValue & ~surnameBits == 0, scratch.nicknames.contains(hash) {
            return NameLexicon.Flags(rawValue: f.rawValue | NameLexicon.Flags.given.rawValue)
        }
        return f
    }

    /// ``NameLexicon/ideograph(_:)`` from the scan's own reference to the table.
    @inline(__always) func ideograph(_ u: UInt32) -> UInt16 {
        u >= 0x4E00 && u < 0xA000 ? scratch.ideographFlags[Int(u - 0x4E00)] : 0
    }

    @inline(__always) func isBoundary(_ i: Int) -> Bool { !ByteClass.isAlnum(at(i)) }

    /// Whether a currency sign or word stands right before `start` or right after `end` (one space allowed).
    func amountAround(_ start: Int, _ end: Int) -> Bool {
        var a = end
        if at(a) == 0x20 { a += 1 }
        for unit in Scan.currencyAfter where matches(unit, at: a) {
            return unit[0] < 0x61 || !ByteClass.isLetter(at(a + unit.count))
        }
        var z = start
        if at(z - 1) == 0x20 { z -= 1 }
        for sign in Scan.currencyBefore where matches(sign, at: z - sign.count) {
            if sign[0] < 0x61 || !ByteClass.isLetter(at(z - sign.count - 1)) { return true }
        }
        return false
    }

    /// Currencies written after an amount (lower-case ASCII is matched in any case).
    static let currencyAfter: [[UInt8]] = [
        "元", "块", "円", "€", "$", "£", "¥", "美元", "欧元", "日元", "港币", "英镑", "万", "eur", "usd", "chf", "gbp", "rmb",
        "yuan", "euro", "dollar",
    ].map { Array($0.utf8) }

    /// Currencies written before an amount.
    static let currencyBefore: [[UInt8]] = ["€", "$", "£", "¥", "人民币", "eur", "usd", "chf", "gbp", "rmb"].map {
        Array($0.utf8)
    }

    /// Whether a two-byte Latin letter ends right before `i`: "cris" in "Écris" and "rich" in "Zürich" are the rest
    /// of a word, not words of their own (× and ÷ are the only non-letters in that range).
    @inline(__always) func latinLetterBefore(_ i: Int) -> Bool {
        let lead = at(i - 2)
        let tail = at(i - 1)
        guard lead >= 0xC3 && lead <= 0xC5, tail & 0xC0 == 0x80 else { return false }
        return !(lead == 0xC3 && (tail == 0x97 || tail == 0xB7))
    }

    /// Whether a number may start at `i`: not glued to ASCII alphanumerics, and not the continuation of a
    /// dotted/dashed number (so `1.2.3.4.5` is not read again from its second field).
    func numberStart(_ i: Int) -> Bool {
        let p = at(i - 1)
        if ByteClass.isAlnum(p) { return false }
        if p == 0x2E || p == 0x2D || p == 0x2C || p == 0x2F || p == 0x3A {
            // "138…/189…": after a slash that ends a phone number, a second one may start.
            if p == 0x2F, let last = found.last, last.end == i - 1, last.type == .phone || last.type == .cnMobile {
                return true
            }
            return !ByteClass.isDigit(at(i - 2))
        }
        return true
    }

    mutating func emit(_ type: EntityType, _ start: Int, _ end: Int, hard: Bool = false) {
        guard end > start else { return }
        // A number with a currency next to it is an amount, whatever its digits look like: 原价36083.50元, € 2 949 00.
        if type == .phone && amountAround(start, end) { return }
        while let last = found.last, last.end > start, last.start >= hardFloor {
            found.removeLast()
        }
        if let last = found.last, last.end > start { return }
        found.append(Found(type: type, start: start, end: end))
        if hard { hardFloor = end }
    }

    /// Skips the ASCII alphanumeric run starting at `i`.
    @inline(__always) func skipAlnum(_ i: Int) -> Int {
        var j = i
        while j < n && ByteClass.isAlnum(b[j]) { j += 1 }
        return j
    }

    mutating func run() {
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if ByteClass.isDigit(c) {
                    if numberStart(i), let end = scanAtDigit(i) {
                        i = end
                        continue
                    }
                    i = max(skipAlnum(i), i + 1)
                    continue
                }
                if ByteClass.isLetter(c) {
                    if isBoundary(i - 1), !latinLetterBefore(i), let end = scanAtLetter(i) {
                        i = end
                        continue
                    }
                    i = max(skipAlnum(i), i + 1)
                    continue
                }
                switch c {
                case 0x40:  // @
                    if let end = scanEmail(at: i) {
                        i = end
                        continue
                    }
                case 0x2B:  // +
                    if let end = scanInternationalPhone(at: i) {
                        i = end
                        continue
                    }
                case 0x28:  // (
                    if let end = scanParenthesizedPhone(at: i) {
                        i = end
                        continue
                    }
                case 0x2D:  // -
                    if let end = scanPEM(at: i) {
                        i = end
                        continue
                    }
                case 0x3A:  // :
                    if at(i + 1) == 0x3A, isBoundary(i - 1), let end = scanIPv6(at: i) {
                        i = end
                        continue
                    }
                default:
                    break
                }
                i += 1
            } else {
                // 《…》 holds a title (《江雪》, 《甄嬛传》, 《曹刿论战》): its words are no one's name.
                if c == 0xE3, at(i + 1) == 0x80, at(i + 2) == 0x8A, let close = titleEnd(after: i + 3) {
                    i = close
                    continue
                }
                if c >= 0xE4 && c <= 0xE9, let end = scanChinese(at: i) {
                    i = end
                    continue
                }
                // A name that starts with a Latin capital outside ASCII: Émile, Łukasz, Örjan.
                if c >= 0xC3 && c <= 0xC5, NameLexicon.isUpperLatin(c, at(i + 1)),
                    i == 0 || (at(i - 1) < 0x80 && !ByteClass.isAlnum(at(i - 1))), let end = scanPerson(at: i)
                {
                    i = end
                    continue
                }
                i += ByteClass.sequenceLength(c)
            }
        }
    }

    /// The end of a book title whose text starts at `k` (the byte after 《): right after its 》 within 30 characters
    /// on the same line, or nil. Digits inside are skipped too: 《2026年报》 is a title, not a number to read.
    func titleEnd(after k: Int) -> Int? {
        var j = k
        while j < n && j < k + 90 {
            let c = b[j]
            if c == 0x0A || c == 0x40 { return nil }
            if c == 0xE3 && at(j + 1) == 0x80 && at(j + 2) == 0x8B { return j > k ? j + 3 : nil }
            j += 1
        }
        return nil
    }

    /// Case-insensitive test that the bytes at `i` spell `word` (given in lowercase ASCII or raw UTF-8).
    @inline(__always) func matches(_ word: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= n else { return false }
        var k = 0
        while k < word.count {
            if ByteClass.lower(b[i + k]) != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether any of `words` occurs in the `window` bytes before `i` (bounded, for context cues).
    func contextBefore(_ i: Int, window: Int, words: ContextWords) -> Bool {
        contextDistance(i, window: window, words: words) != nil
    }

    /// How far before `i` the nearest of `words` ends (ASCII words must start at a word boundary, so "ver"
    /// is not found inside "server"; with `wholeWord`, also end at one), or nil.
    func contextDistance(_ i: Int, window: Int, words: ContextWords, wholeWord: Bool = false) -> Int? {
        let lo = max(0, i - window)
        return words.endPairs.withUnsafeBufferPointer { pairs -> Int? in
            var j = i - 1
            // The byte at `j`, lower-cased; the one before it becomes the next position's.
            var c = j >= lo ? ByteClass.lower(b[j]) : 0
            while j >= lo {
                // One bit test rules out almost every position: the last two bytes of every word at least two bytes
                // long (a word at `j` starts at or after `lo`, so `j - 1` is inside the window when `j > lo`).
                let before = j > lo ? ByteClass.lower(b[j - 1]) : 0
                let pair = Int(before) << 8 | Int(c)
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                    for w in words.byLastByte[Int(c)] where j - w.count + 1 >= lo && matches(w, at: j - w.count + 1) {
                        let start = j - w.count + 1
                        if w[0] < 0x80 && ByteClass.isLetter(at(start - 1)) { continue }
                        if wholeWord && w[w.count - 1] < 0x80 && ByteClass.isLetter(at(j + 1)) { continue }
                        return i - 1 - j
                    }
                }
                c = before
                j -= 1
            }
            return nil
        }
    }
}

/// What one scan keeps between recognizers, in a class so that the non-mutating readers can update it.
///
/// The arrays of ``Scan/DigitGroups`` and ``Scan/PhoneGroups`` are kept from one read to the next: every number is
/// read by several recognizers, and four or five fresh arrays per read were most of a scan's allocations. A reader
/// takes the arrays out (so they stay uniquely owned and are refilled in place) and its caller hands them back when
/// done; a second read while the first is out (an international number read in two parts) simply gets new arrays.
final class ScanScratch {
    private var digitGroups = Scan.DigitGroups()
    private var phoneGroups = Scan.PhoneGroups()

    /// Empty digit groups whose arrays keep the capacity of earlier reads.
    func takeDigitGroups() -> Scan.DigitGroups {
        var g = Scan.DigitGroups()
        swap(&g, &digitGroups)
        g.digits.removeAll(keepingCapacity: true)
        g.lengths.removeAll(keepingCapacity: true)
        g.ends.removeAll(keepingCapacity: true)
        g.separators.removeAll(keepingCapacity: true)
        g.overflow = false
        return g
    }

    /// Takes back groups handed out earlier, by swapping (an assignment retained each array once more).
    func recycle(_ g: inout Scan.DigitGroups) { swap(&g, &digitGroups) }

    /// Empty phone groups whose arrays keep the capacity of earlier reads.
    func takePhoneGroups() -> Scan.PhoneGroups {
        var g = Scan.PhoneGroups()
        swap(&g, &phoneGroups)
        g.digits.removeAll(keepingCapacity: true)
        g.counts.removeAll(keepingCapacity: true)
        g.ends.removeAll(keepingCapacity: true)
        g.cuttable.removeAll(keepingCapacity: true)
        g.parenthesized.removeAll(keepingCapacity: true)
        g.droppedTrunk = false
        return g
    }

    /// Takes back groups handed out earlier, by swapping (an assignment retained each array once more).
    func recycle(_ g: inout Scan.PhoneGroups) { swap(&g, &phoneGroups) }

    /// The lexicon tables read for nearly every word or ideograph, fetched once per scan: every read of a global
    /// table passes its lazy initializer's check (a call to `swift_once` on Linux). They live here rather than in
    /// ``Scan``, whose copies would grow by their size.
    let wordTable = NameLexicon.english
    let nicknames = NameLexicon.nicknames
    let namedPhrases = NameLexicon.namedPhrases
    let ideographFlags = NameLexicon.ideographFlags

    /// The last answer of ``Scan/negativeContext(_:)`` and of the phone-label search in ``Scan/phoneContext(_:)``,
    /// by start: both depend only on the bytes before the start, and the recognizers of one number ask them again
    /// and again (each reading of its groups, each recognizer).
    var negativeStart = -1
    var negativeAnswer = false
    var phoneLabelStart = -1
    var phoneLabelAnswer: Int?
}

@available(*, unavailable)
extension ScanScratch: Sendable {}
