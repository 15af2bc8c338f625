import Foundation
import Logging

/// Writes one JSON object per log line to standard error: time, level, label, message and metadata.
///
/// The gateway's request lines carry only counts, labels and timings, so this handler never sees prompt text; it
/// escapes whatever it is given all the same.
public struct JSONLogHandler: LogHandler {
    /// The logger label.
    public let label: String
    /// The minimum level written.
    public var logLevel: Logger.Level
    /// Metadata added to every line.
    public var metadata: Logger.Metadata = [:]

    /// Creates a handler; use with `LoggingSystem.bootstrap { JSONLogHandler(label: $0, level: .info) }`.
    ///
    /// - Parameters:
    ///   - label: The logger label.
    ///   - level: The minimum level.
    public init(label: String, level: Logger.Level = .info) {
        self.label = label
        self.logLevel = level
    }

    /// Reads or writes one metadata value.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    /// Writes one line.
    public func log(event: LogEvent) {
        var text = #"{"time":"#
        JSONText.appendString(Self.timestamp(), to: &text)
        text += #","level":"#
        JSONText.appendString(event.level.rawValue, to: &text)
        text += #","label":"#
        JSONText.appendString(self.label, to: &text)
        text += #","message":"#
        JSONText.appendString(event.message.description, to: &text)
        var merged = self.metadata
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        for key in merged.keys.sorted() {
            guard let value = merged[key] else { continue }
            text += ","
            JSONText.appendString(key, to: &text)
            text += ":"
            Self.append(value, to: &text)
        }
        text += "}\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func append(_ value: Logger.Metadata.Value, to text: inout String) {
        switch value {
        case .string(let string):
            if let number = Double(string), string.first != "+", !string.isEmpty, number.isFinite,
                string.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
            {
                text += string
            } else if string == "true" || string == "false" {
                text += string
            } else {
                JSONText.appendString(string, to: &text)
            }
        case .stringConvertible(let convertible):
            append(.string(convertible.description), to: &text)
        case .array(let values):
            text += "["
            for (index, element) in values.enumerated() {
                if index > 0 { text += "," }
                append(element, to: &text)
            }
            text += "]"
        case .dictionary(let values):
            text += "{"
            for (index, key) in values.keys.sorted().enumerated() {
                if index > 0 { text += "," }
                JSONText.appendString(key, to: &text)
                text += ":"
                if let element = values[key] { append(element, to: &text) }
            }
            text += "}"
        }
    }

    static func timestamp() -> String {
        Date().formatted(.iso8601)
    }
}
