/// An incremental parser for `text/event-stream` bodies, as OpenAI-compatible servers stream chat completions.
///
/// Bytes arrive in buffers cut at arbitrary points — inside a line, between `\r` and `\n`, inside a UTF-8 sequence —
/// so the parser keeps the unfinished line and the event's data between calls and yields only whole events. It
/// follows the WHATWG rules Veil needs: lines end in `\n`, `\r\n` or `\r`; a blank line dispatches the event; lines
/// starting with `:` are comments (keep-alives); `data:` lines (one optional space after the colon) are joined with
/// `\n`; other fields (`event`, `id`, `retry`) are ignored. An event is the raw bytes of its data, not yet decoded.
///
/// Not Sendable: one parser belongs to the one task that reads the body.
package struct SSEParser {
    /// Upper bound on one event's data, so a server that never sends a blank line cannot fill memory.
    package static let maximumEventBytes = 4 << 20

    private var line: [UInt8] = []
    private var data: [UInt8] = []
    private var hasData = false
    private var skipLineFeed = false

    package init() {}

    /// Feeds bytes as they arrived and returns the data of every event they completed, in order. The bytes are
    /// taken as raw memory (a `ByteBuffer`'s readable bytes, an array's storage), so the module needs no NIO.
    ///
    /// - Throws: ``SSEParser/TooLarge`` when one event grows past ``maximumEventBytes``.
    package mutating func feed(_ bytes: UnsafeRawBufferPointer) throws -> [[UInt8]] {
        var events: [[UInt8]] = []
        for byte in bytes {
            if self.skipLineFeed {
                self.skipLineFeed = false
                if byte == UInt8(ascii: "\n") { continue }
            }
            switch byte {
            case UInt8(ascii: "\n"):
                if let event = self.endLine() { events.append(event) }
            case UInt8(ascii: "\r"):
                self.skipLineFeed = true
                if let event = self.endLine() { events.append(event) }
            default:
                self.line.append(byte)
                if self.line.count + self.data.count > Self.maximumEventBytes { throw TooLarge() }
            }
        }
        return events
    }

    /// Feeds an array of bytes, as ``feed(_:)-(UnsafeRawBufferPointer)`` does.
    package mutating func feed(_ bytes: [UInt8]) throws -> [[UInt8]] {
        try bytes.withUnsafeBytes { try feed($0) }
    }

    /// Ends the body: an event whose blank line never came is still delivered, as browsers do not but as lenient
    /// servers need (some close the connection right after the last `data:` line).
    package mutating func finish() -> [UInt8]? {
        var event: [UInt8]?
        if !self.line.isEmpty { event = self.endLine() }
        if event == nil, self.hasData { event = self.dispatch() }
        return event
    }

    /// Handles one complete line; returns an event when the line was blank and data was pending.
    private mutating func endLine() -> [UInt8]? {
        defer { self.line.removeAll(keepingCapacity: true) }
        if self.line.isEmpty {
            return self.hasData ? self.dispatch() : nil
        }
        if self.line[0] == UInt8(ascii: ":") { return nil }
        let colon = self.line.firstIndex(of: UInt8(ascii: ":")) ?? self.line.endIndex
        guard self.line[..<colon].elementsEqual("data".utf8) else { return nil }
        var start = colon < self.line.endIndex ? colon + 1 : colon
        if start < self.line.endIndex, self.line[start] == UInt8(ascii: " ") { start += 1 }
        if self.hasData { self.data.append(UInt8(ascii: "\n")) }
        self.data.append(contentsOf: self.line[start...])
        self.hasData = true
        return nil
    }

    private mutating func dispatch() -> [UInt8] {
        let event = self.data
        self.data.removeAll(keepingCapacity: true)
        self.hasData = false
        return event
    }

    /// One event was larger than ``SSEParser/maximumEventBytes``.
    package struct TooLarge: Error {}
}

@available(*, unavailable)
extension SSEParser: Sendable {}
