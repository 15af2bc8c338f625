#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds personal data and secrets in English, German, French and Chinese text in one linear pass over its UTF-8
/// bytes.
///
/// Every recognizer validates what it matches (checksums, TLDs, dates, libphonenumber's numbering plans, name
/// lexicons with their everyday-word guards), and boundaries are
/// "not an ASCII letter or digit", so values glued to Chinese text (`我的卡号是4111111111111111谢谢`) and
/// full-width digits are found. No regular expressions are used; the cost is linear in the input length
/// even for adversarial text.
///
/// ```swift
/// let scanner = PIIScanner(configuration: PIIConfiguration())
/// let found = scanner.scan("mail me at jane@example.com")   // [Detection(type: .email, range: 11..<27)]
/// ```
public struct PIIScanner: Sendable {
    /// The policy: only the person allow/deny lists matter to scanning.
    public let configuration: PIIConfiguration
    private let today: Int

    /// Creates a scanner for a tenant's configuration.
    public init(configuration: PIIConfiguration) {
        self.init(configuration: configuration, today: PIIScanner.currentDate())
    }

    /// Creates a scanner with a fixed "today" (`yyyymmdd`), which bounds resident-ID birth dates; for tests.
    public init(configuration: PIIConfiguration, today: Int) {
        self.configuration = configuration
        self.today = today
    }

    /// Finds the entities in `text`.
    ///
    /// - Parameters:
    ///   - text: the text to scan.
    ///   - knownNames: person names already found in this conversation; every occurrence is reported.
    /// - Returns: non-overlapping detections sorted by position, in UTF-8 byte offsets into `text`.
    public func scan(_ text: String, knownNames: Set<String> = []) -> [Detection] {
        scanFindingNames(text, knownNames: knownNames).detections
    }

    /// Like ``scan(_:knownNames:)``, also returning the person names found by cues (for the session to keep).
    func scanReportingNames(_ text: String, knownNames: Set<String>) -> (detections: [Detection], names: [String]) {
        let (detections, names) = scanFindingNames(text, knownNames: knownNames)
        return (detections, Array(names))
    }

    /// The detections and the names found by cues, as a set: ``scan(_:knownNames:)`` drops the names, and makes no
    /// array of them.
    private func scanFindingNames(
        _ text: String, knownNames: Set<String>
    ) -> (detections: [Detection], names: Set<String>) {
        let folded = FoldedText(text)
        var known = knownNames
        known.formUnion(configuration.personDenyList)
        let index = NameIndex(known: known, allow: configuration.personAllowList)
        var (found, newNames) = runScan(folded.bytes, index: index)
        // A name introduced by a cue ("… my name is Li Lei") may also occur elsewhere in the same text:
        // one search for those few names instead of a second scan.
        // A name comes once per cue that found it: the few distinct ones are decoded and hashed once each.
        let bytes = folded.bytes
        var distinct: [Range<Int>] = []
        if newNames.count <= 64 {
            for name in newNames where !distinct.contains(where: { bytes[$0] == bytes[name] }) { distinct.append(name) }
        } else {
            distinct = newNames
        }
        var fresh = Set(distinct.map { String(decoding: bytes[$0], as: UTF8.self) }.filter(PIIScanner.isRememberable))
        if !known.isEmpty { fresh.subtract(known) }
        if !fresh.isEmpty {
            var extra = PIIScanner.expandNames(fresh)
            if !known.isEmpty { extra.subtract(known) }
            if !configuration.personAllowList.isEmpty { extra.subtract(configuration.personAllowList) }
            found = PIIScanner.addOccurrences(of: extra, in: folded.bytes, to: found)
        }
        var cursor = 0
        let detections = found.map { f -> Detection in
            let start = folded.originalOffset(f.start, cursor: &cursor)
            let end = folded.originalOffset(f.end, cursor: &cursor)
            return Detection(type: f.type, range: start..<end)
        }
        return (detections, fresh)
    }

    /// Adds every boundary-delimited occurrence of `names` that does not overlap an existing detection.
    static func addOccurrences(of names: Set<String>, in bytes: [UInt8], to found: [Scan.Found]) -> [Scan.Found] {
        // Longest first, so that where several names start at one position the longest is taken.
        let needles = names.filter { $0.utf8.count >= 2 }.sorted { $0.utf8.count > $1.utf8.count }
        guard !needles.isEmpty else { return found }
        // One pass for all names. The needles sit end to end in one buffer (no array of arrays to retain per
        // position), and a table of the names' first and second bytes (bits 1 and 2) skips almost every position: in
        // Chinese text a name's lead byte (0xE4–0xE9) starts nearly every character, its second byte far fewer.
        var flat: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(needles.count + 1)
        var edges = [UInt8](repeating: 0, count: 256)
        // The distinct first two bytes of the needles, each repeated across a word, in pairs.
        var pairs: [UInt64] = []
        for needle in needles {
            let s = flat.count
            starts.append(s)
            flat.append(contentsOf: needle.utf8)
            edges[Int(flat[s])] |= 1
            edges[Int(flat[s + 1])] |= 2
            let first = ByteClass.repeated(flat[s])
            let second = ByteClass.repeated(flat[s + 1])
            var seen = false
            for k in stride(from: 0, to: pairs.count, by: 2) where pairs[k] == first && pairs[k + 1] == second {
                seen = true
            }
            if !seen {
                pairs.append(first)
                pairs.append(second)
            }
        }
        starts.append(flat.count)
        // With a few names, eight positions are tested at once for the start of one (the byte table cost a tenth of a
        // scan, a test per byte); with many, the word tests would cost more than the table.
        if pairs.count > 16 { pairs = [] }
        var extra = bytes.withUnsafeBufferPointer { hay in
            flat.withUnsafeBufferPointer { flat in
                starts.withUnsafeBufferPointer { starts in
                    edges.withUnsafeBufferPointer { edges in
                        pairs.withUnsafeBufferPointer { pairs in
                            occurrences(in: hay, flat: flat, starts: starts, edges: edges, pairs: pairs)
                        }
                    }
                }
            }
        }
        guard !extra.isEmpty else { return found }
        extra.sort { $0.start < $1.start || ($0.start == $1.start && $0.end > $1.end) }
        // Linear merge of two sorted lists, dropping extras that overlap anything already kept.
        var merged: [Scan.Found] = []
        merged.reserveCapacity(found.count + extra.count)
        var a = 0
        var b = 0
        while a < found.count || b < extra.count {
            if b >= extra.count || (a < found.count && found[a].start <= extra[b].start) {
                let f = found[a]
                a += 1
                merged.append(f)
            } else {
                let e = extra[b]
                b += 1
                if let last = merged.last, last.end > e.start { continue }
                if a < found.count && found[a].start < e.end { continue }
                merged.append(e)
            }
        }
        return merged
    }

    /// The occurrences for ``addOccurrences(of:in:to:)``, left to right, longest first at each position: `flat` holds
    /// the needles end to end from `starts`, `edges` their first (bit 1) and second (bit 2) bytes, and `pairs` (empty
    /// when there are too many) their distinct first two bytes as repeated words.
    private static func occurrences(
        in hay: UnsafeBufferPointer<UInt8>, flat: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int>,
        edges: UnsafeBufferPointer<UInt8>, pairs: UnsafeBufferPointer<UInt64>
    ) -> [Scan.Found] {
        var extra: [Scan.Found] = []
        guard let base = hay.baseAddress else { return extra }
        let n = hay.count
        let needleCount = starts.count - 1
        var i = 0
        outer: while i + 1 < n {
            if !pairs.isEmpty && i + 9 <= n {
                let x = ByteClass.word(at: base + i)
                let y = ByteClass.word(at: base + i + 1)
                var hits: UInt64 = 0
                var k = 0
                while k < pairs.count {
                    // A byte of the union is zero where both bytes match.
                    hits |= ByteClass.zeroBytes((x ^ pairs[k]) | (y ^ pairs[k + 1]))
                    k += 2
                }
                guard hits != 0 else {
                    i += 8
                    continue
                }
                // The first position where a name's first two bytes stand.
                i += hits.trailingZeroBitCount >> 3
            }
            let c0 = hay[i]
            guard edges[Int(c0)] & 1 != 0, edges[Int(hay[i + 1])] & 2 != 0 else {
                i += 1
                continue
            }
            for k in 0..<needleCount where flat[starts[k]] == c0 {
                let s = starts[k]
                let m = starts[k + 1] - s
                guard i + m <= n else { continue }
                var j = 1
                while j < m && hay[i + j] == flat[s + j] { j += 1 }
                guard j == m else { continue }
                let end = i + m
                if c0 < 0x80 {
                    let before = i > 0 ? hay[i - 1] : 0
                    let after = end < n ? hay[end] : 0
                    guard !ByteClass.isAlnum(before) && !ByteClass.isAlnum(after) else { continue }
                }
                extra.append(Scan.Found(type: .person, start: i, end: end))
                i = end
                continue outer
            }
            i += 1
        }
        return extra
    }

    private func runScan(_ bytes: [UInt8], index: NameIndex) -> ([Scan.Found], [Range<Int>]) {
        bytes.withUnsafeBufferPointer { buffer in
            var scan = Scan(bytes: buffer, today: today, names: index)
            scan.run()
            scan.joinListedNames()
            return (scan.found, scan.newNames)
        }
    }

    /// Whether a found name is specific enough to be matched everywhere later: at least two characters
    /// (a lone surname from 王先生 would otherwise turn every 王 into a name) and three letters in Latin script.
    static func isRememberable(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard let first = scalars.first else { return false }
        return first.value < 0x80 ? scalars.count >= 3 : scalars.count >= 2
    }

    /// A full English name also makes its parts known ("John Smith" → "John", "Smith"), except short or
    /// ambiguous parts that are ordinary words.
    static func expandNames(_ names: Set<String>) -> Set<String> {
        var out = names
        for name in names where name.utf8.first.map({ $0 < 0x80 }) ?? false {
            if name.utf8.withContiguousStorageIfAvailable({ expandASCII($0, into: &out) }) == true { continue }
            for part in name.split(separator: " ") where part.count >= 3 {
                let f = NameLexicon.flags(NameLexicon.hash(part))
                if !f.contains(.ambiguous) && !f.contains(.stop) && part.first?.isUppercase == true {
                    out.insert(String(part))
                }
            }
        }
        return out
    }

    /// ``expandNames(_:)`` for one name read as bytes, when it is ASCII without a carriage return: then every byte is
    /// one character (a CR LF pair would be one), the parts are its runs between spaces, and a capital is A–Z.
    /// Returns false, having added nothing, for any other name.
    private static func expandASCII(_ name: UnsafeBufferPointer<UInt8>, into out: inout Set<String>) -> Bool {
        for c in name where c >= 0x80 || c == 0x0D { return false }
        var s = 0
        while s < name.count {
            var e = s
            while e < name.count && name[e] != 0x20 { e += 1 }
            if e - s >= 3 {
                let part = UnsafeBufferPointer(rebasing: name[s..<e])
                let f = NameLexicon.flags(NameLexicon.hash(bytes: part))
                if !f.contains(.ambiguous) && !f.contains(.stop) && ByteClass.isUpper(name[s]) {
                    out.insert(String(decoding: part, as: UTF8.self))
                }
            }
            s = e + 1
        }
        return true
    }

    /// Today as `yyyymmdd` in UTC, from the system clock (days-from-civil inverse, Howard Hinnant).
    static func currentDate() -> Int {
        let seconds = Int(time(nil))
        let z = seconds / 86400 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return y * 10000 + m * 100 + d
    }
}
