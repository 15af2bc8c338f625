/// Names the scan must treat specially: known names (found earlier in the conversation, or on the tenant's
/// deny list) match wherever they occur; allow-listed names are never reported.
struct NameIndex: Sendable {
    /// Known names bucketed by first byte, longest first.
    private var byFirstByte: [UInt8: [[UInt8]]] = [:]
    private(set) var allow: Set<[UInt8]> = []

    init(known: Set<String>, allow: Set<String>) {
        for name in known {
            let bytes = Array(name.utf8)
            guard bytes.count >= 2, !allow.contains(name) else { continue }
            byFirstByte[bytes[0], default: []].append(bytes)
        }
        for key in byFirstByte.keys { byFirstByte[key]?.sort { $0.count > $1.count } }
        self.allow = Set(allow.map { Array($0.utf8) })
    }

    var hasKnownNames: Bool { !byFirstByte.isEmpty }

    /// The end of the longest known name starting at `i` in `b`, if any. ASCII names must end at a word boundary.
    ///
    /// Takes the scan's bytes rather than the scan: a copy of the scan passed from a mutating method kept its list of
    /// detections shared, and the next detection appended then copied the whole list.
    func match(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i >= 0 && i < b.count, let candidates = byFirstByte[b[i]] else { return nil }
        for name in candidates where i + name.count <= b.count {
            var k = 0
            while k < name.count && b[i + k] == name[k] { k += 1 }
            guard k == name.count else { continue }
            let end = i + name.count
            if name[name.count - 1] < 0x80 && end < b.count && ByteClass.isAlnum(b[end]) { continue }
            return end
        }
        return nil
    }

    func isAllowed(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard !allow.isEmpty else { return false }
        return allow.contains(Array(b[start..<end]))
    }
}
