import Foundation

/// Finds the project's resource folders (`policies/`, `models/…`) when `veil` is run from another directory.
///
/// A relative path is tried against the working directory first, then against the folders above the executable
/// (`.build/debug/veil` lives three levels below the checkout), so `veil anonymize` and `veil similarity` work from
/// anywhere without flags.
enum ResourceLocator {
    static func locate(_ relative: String) -> String {
        if relative.hasPrefix("/") || FileManager.default.fileExists(atPath: relative) { return relative }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return relative
    }
}
