import Foundation
import Logging
import Testing
import VeilCrypto
import VeilKeyring
import VeilStorage
import VeilSync

@testable import Veil

/// A fresh data directory under /tmp, removed when the test's scope ends.
final class TemporaryDirectory: Sendable {
    let path: String

    init() {
        let path = NSTemporaryDirectory() + "veil-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        self.path = path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

enum StoreFixtures {
    static let masterKey = Keyring.MasterKeySource.base64(Data(repeating: 7, count: 32).base64EncodedString())

    static func store(_ directory: TemporaryDirectory) throws -> SealedLMDBStore {
        try SealedLMDBStore(directory: directory.path, masterKey: masterKey, durability: .noSync)
    }

    static func tenant(_ name: String, policy: Policy = Policy()) -> Tenant {
        Tenant(id: TenantID(name) ?? TenantID("fallback")!, policy: policy)
    }
}

/// A responder that counts calls and answers with a fixed text (or echoes the last message).
final class CountingResponder: ChatResponder {
    let calls = Locked(0)
    let seen = Locked<[ChatRequest]>([])
    let answer: @Sendable (ChatRequest) -> String
    let finish: String
    let delay: Duration

    init(
        finish: String = "stop",
        delay: Duration = .zero,
        answer: @escaping @Sendable (ChatRequest) -> String = { "You said: " + ($0.messages.last?.text ?? "") }
    ) {
        self.answer = answer
        self.finish = finish
        self.delay = delay
    }

    var count: Int { calls.withLock { $0 } }
    var requests: [ChatRequest] { seen.withLock { $0 } }

    func respond(to request: ChatRequest, context: ChatContext) async throws -> ChatResponse {
        calls.withLock { $0 += 1 }
        seen.withLock { $0.append(request) }
        if delay > .zero { try await Task.sleep(for: delay) }
        var completion = TestFixtures.completion(answer(request), finish: finish)
        completion.usage = Usage(promptTokens: 10, completionTokens: 20)
        if request.isStreaming {
            return .stream(ChatCompletionStream(chunks: completion.chunks(includeUsage: true, piece: 6)))
        }
        return .complete(completion)
    }
}
