import Foundation
import Veil
import VeilDataRights
import VeilSync

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Erasure progress on standard error: a redrawn bar on a terminal, a plain line per step and per 10% otherwise
/// (log files and CI output stay readable).
final class ProgressLine: Sendable {
    private struct State {
        var phase: ErasureProgress.Phase?
        var decile = -1
    }

    private let terminal: Bool
    private let state = Locked(State())

    init(terminal: Bool = isatty(STDERR_FILENO) != 0) {
        self.terminal = terminal
    }

    func report(_ progress: ErasureProgress) {
        let fraction = progress.total > 0 ? min(1, Double(progress.deleted) / Double(progress.total)) : 1
        let line: String? = state.withLock { state in
            let newPhase = state.phase != progress.phase
            state.phase = progress.phase
            if terminal {
                let width = 30
                let filled = Int(fraction * Double(width))
                let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                let percent = Int(fraction * 100)
                let end = progress.phase == .done ? "\n" : ""
                return
                    "\r[\(bar)] \(percent)% \(progress.deleted)/\(progress.total) \(progress.phase.rawValue)\u{1B}[K\(end)"
            }
            let decile = Int(fraction * 10)
            guard newPhase || (progress.phase == .deleting && decile != state.decile) else { return nil }
            state.decile = decile
            return "erase: \(progress.phase.rawValue) \(progress.deleted)/\(progress.total)\n"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }
}
