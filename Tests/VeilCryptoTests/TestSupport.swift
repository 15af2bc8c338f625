import VeilCrypto

/// Parses hex (spaces allowed) for test vectors; test-only, so malformed input is a test bug.
func hex(_ text: String) -> [UInt8] {
    let digits = text.utf8.filter { $0 != UInt8(ascii: " ") }
    var bytes = [UInt8]()
    bytes.reserveCapacity(digits.count / 2)
    var index = digits.startIndex
    while index < digits.endIndex {
        let next = digits.index(index, offsetBy: 2)
        bytes.append(UInt8(String(decoding: digits[index..<next], as: UTF8.self), radix: 16) ?? 0)
        index = next
    }
    return bytes
}

/// Lower-case hex of `bytes`, for readable expectation failures.
func hexString(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}
