@testable import VeilPII

/// The person names the default scanner finds in `text`, in order: what the name tests compare, one definition for
/// every suite so that they all read the scanner the same way.
///
/// `today` is the scanner's date (`yyyymmdd`; it bounds resident-ID birth dates); name rules do not depend on it.
func personNames(_ text: String, today: Int = 2026_12_07) -> [String] {
    let scanner = PIIScanner(configuration: PIIConfiguration(), today: today)
    let bytes = Array(text.utf8)
    return scanner.scan(text).filter { $0.type == .person }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
}
