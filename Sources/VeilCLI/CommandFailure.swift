import ArgumentParser
import Foundation
import Veil

/// A one-line error and an exit code, for the data-rights commands.
///
/// Exit codes (also in docs/DATA-RIGHTS.md): 0 done; 1 failed (storage, keys, files); 2 refused (not confirmed, or
/// no `--yes` off a terminal); 3 verification failed (receipt or audit chain); 4 tenant not found; 64 usage error.
struct CommandFailure: Error, CustomStringConvertible {
    static let failed: Int32 = 1
    static let refused: Int32 = 2
    static let verificationFailed: Int32 = 3
    static let notFound: Int32 = 4

    let message: String
    let code: Int32

    init(_ message: String, code: Int32) {
        self.message = message
        self.code = code
    }

    var description: String { message }

    /// Prints `veil: <message>` on standard error and returns the exit code to throw.
    func exit() -> ExitCode {
        FileHandle.standardError.write(Data("veil: \(message)\n".utf8))
        return ExitCode(code)
    }

    /// Maps library errors (whose descriptions never carry content) onto a message and exit code.
    static func from(_ error: any Error) -> CommandFailure {
        if let failure = error as? CommandFailure { return failure }
        if let error = error as? DataRightsError {
            switch error {
            case .tenantNotFound: return CommandFailure(error.description, code: notFound)
            case .receiptInvalid, .receiptMalformed: return CommandFailure(error.description, code: verificationFailed)
            default:
                let text = error.description
                return CommandFailure(text, code: text.hasPrefix("audit") ? verificationFailed : failed)
            }
        }
        return CommandFailure("\(error)", code: failed)
    }

    /// Runs `body`, turning any error into a printed line and an exit code.
    @discardableResult
    static func wrapAsync<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw from(error).exit()
        }
    }

    /// Runs `body`, turning any error into a printed line and an exit code.
    @discardableResult
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw from(error).exit()
        }
    }
}
