#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads structured choices from the front of a fuzz input and leaves the rest as payload, in the manner of LLVM's
/// `FuzzedDataProvider`: every input is valid, a short one simply runs out of choices (they read as 0).
public struct FuzzInput {
    private let bytes: [UInt8]
    private var front = 0
    private var back: Int

    /// Reads the `size` bytes at `data` (libFuzzer's input; copied).
    public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        self.bytes = Array(UnsafeBufferPointer(start: data, count: size))
        self.back = size
    }

    /// Reads `bytes`.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.back = bytes.count
    }

    /// One byte taken from the end of the input (so that the payload at the front stays readable in seeds).
    public mutating func byte() -> UInt8 {
        guard back > front else { return 0 }
        back -= 1
        return bytes[back]
    }

    /// A number in `0..<bound` taken from the end of the input.
    public mutating func int(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        var value = 0
        var range = 1
        while range < bound && back > front {
            value = value << 8 | Int(byte())
            range <<= 8
        }
        return value % bound
    }

    /// Whatever the choices did not consume.
    public var payload: ArraySlice<UInt8> { bytes[front..<back] }

    /// The whole input.
    public var all: [UInt8] { bytes }
}

/// Stops the fuzzer with a finding: prints what broke and aborts, so libFuzzer saves the input as a crash.
public func fuzzFailure(_ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) -> Never
{
    let text = "FUZZ FINDING \(file):\(line): \(message())\n"
    _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    abort()
}

/// Checks an invariant of the code under test.
public func fuzzCheck(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID,
    line: UInt = #line
) {
    if !condition() { fuzzFailure(message(), file: file, line: line) }
}

/// Splits `text` into pieces at scalar boundaries chosen by `input` (at most `maxCuts` cuts).
public func splitText(_ text: String, using input: inout FuzzInput, maxCuts: Int) -> [String] {
    let scalars = Array(text.unicodeScalars)
    guard !scalars.isEmpty else { return [text] }
    var cuts = Set<Int>()
    for _ in 0..<input.int(below: maxCuts + 1) { cuts.insert(input.int(below: scalars.count + 1)) }
    var pieces: [String] = []
    var start = 0
    for cut in cuts.sorted() where cut > start {
        var piece = String.UnicodeScalarView()
        piece.append(contentsOf: scalars[start..<cut])
        pieces.append(String(piece))
        start = cut
    }
    var last = String.UnicodeScalarView()
    last.append(contentsOf: scalars[start...])
    pieces.append(String(last))
    return pieces
}

/// A readable rendering of bytes for findings: printable ASCII as is, everything else escaped.
public func describe(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x20..<0x7F where scalar != "\"" && scalar != "\\": out.unicodeScalars.append(scalar)
        default: out += "\\u{\(String(scalar.value, radix: 16))}"
        }
    }
    return out + "\""
}
