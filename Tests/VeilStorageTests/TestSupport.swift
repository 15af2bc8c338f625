import Foundation
import Synchronization
import Testing

@testable import VeilStorage

/// UTF-8 bytes of a string, for readable keys in tests.
func bytes(_ string: String) -> [UInt8] {
    Array(string.utf8)
}

/// A deterministic value of `count` bytes derived from `seed`, so tests can check contents without storing them.
///
/// Word by word: byte by byte, a debug build spent seconds on the tens of megabytes some tests write, on a
/// cooperative thread the timing-sensitive tests beside them were waiting for.
func pattern(_ seed: Int, count: Int) -> [UInt8] {
    var state = UInt64(bitPattern: Int64(seed)) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    var words = [UInt64](repeating: 0, count: (count + 7) / 8)
    for index in words.indices {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        words[index] = (state ^ (state >> 29)).littleEndian
    }
    return words.withUnsafeBytes { Array($0.prefix(count)) }
}

/// A fresh directory under the system temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init(_ name: String = #function) throws {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        path = NSTemporaryDirectory() + "veil-storage-\(safe)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A configuration for an environment in a subdirectory, with small maps so that growth happens.
    func configuration(_ sub: String = "env", initialMapSize: Int = 1 << 20) -> EnvironmentConfiguration {
        var configuration = EnvironmentConfiguration(path: path + "/" + sub)
        configuration.initialMapSize = initialMapSize
        return configuration
    }
}

/// Whether the file at `path` contains `needle` anywhere (a raw byte scan, as a forensic check would do).
func fileContains(_ path: String, _ needle: [UInt8]) throws -> Bool {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return data.range(of: Data(needle)) != nil
}

/// Whether any regular file in `directory` contains `needle`.
func anyFileContains(in directory: String, _ needle: [UInt8]) throws -> Bool {
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
        var isDirectory: ObjCBool = false
        let path = directory + "/" + name
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            continue
        }
        if try fileContains(path, needle) { return true }
    }
    return false
}

/// Polls until `condition` holds or `seconds` pass; returns whether it held. A bound, not a timing assertion.
func waitUntil(seconds: Double = 60, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(2_000)
    }
    return try condition()
}

/// The async form of ``waitUntil(seconds:_:)``: suspends instead of blocking one of the few cooperative threads.
func waitUntil(seconds: Double = 60, _ condition: () throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        try? await Task.sleep(for: .milliseconds(2))
    }
    return try condition()
}

/// A child process running this test binary with one role of ``ChildProcessEntry``.
///
/// Swift Testing runs every test in one process, so a second process is this same binary re-executed with a
/// filter selecting the child entry point and the role in the environment. It exercises the real `Environment`
/// code (including the compaction protocol), which a helper written in C could not.
struct ChildProcess {
    static let roleVariable = "VEIL_STORAGE_CHILD_ROLE"

    let process: Process
    let logPath: String

    /// Starts the child with `role` on environment directory `directory`.
    static func start(role: String, directory: String, extra: [String: String] = [:], log: String) throws
        -> ChildProcess
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--testing-library", "swift-testing", "--filter", "childProcessEntryPoint"]
        var environment = ProcessInfo.processInfo.environment
        environment[roleVariable] = role
        environment["VEIL_STORAGE_CHILD_DIR"] = directory
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return ChildProcess(process: process, logPath: log)
    }

    /// Waits for the child to exit and returns its exit status.
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Waits for the child to exit without blocking a cooperative thread; returns its exit status.
    func exit() async -> Int32 {
        while process.isRunning { try? await Task.sleep(for: .milliseconds(5)) }
        return process.terminationStatus
    }

    /// Kills the child with `SIGKILL` (no cleanup of any kind runs) and reaps it.
    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The child's output, for failure messages.
    var output: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }
}

/// A marker error thrown by test closures.
struct PlannedFailure: Error, Equatable {}

/// A shared counter for tasks and threads (an `Atomic` in a class, since `Atomic` itself cannot be captured).
final class Counter: Sendable {
    private let storage = Atomic<Int>(0)

    var value: Int { storage.load(ordering: .relaxed) }

    func increment() {
        storage.add(1, ordering: .relaxed)
    }

    func set(_ newValue: Int) {
        storage.store(newValue, ordering: .relaxed)
    }
}
