import Foundation
import Logging
import Testing
import VeilEmbedding
import VeilStorage
import VeilSync

@testable import Veil

/// A pipeline over a real sealed store with a counting model stand-in.
struct CacheHarness {
    let directory = TemporaryDirectory()
    let store: SealedLMDBStore
    let cache: ResponseCache
    let responder: CountingResponder
    let pipeline: ChatPipeline
    let clock: Recorder<Int64>

    init(responder: CountingResponder = CountingResponder(), clock start: Int64 = 1_800_000_000) throws {
        store = try StoreFixtures.store(directory)
        let clock = Recorder(start)
        self.clock = clock
        cache = ResponseCache(store: store, clock: { clock.withLock { $0 } })
        self.responder = responder
        pipeline = ChatPipeline(
            stages: [NormalizeMiddleware(), AnonymizeMiddleware(store: store), CacheMiddleware(cache: cache)],
            responder: responder
        )
    }

    /// Runs a request; streams are read to the end.
    func ask(
        _ messages: [(String, String)],
        tenant: Tenant = StoreFixtures.tenant("acme"),
        subject: String? = nil,
        cacheControl: CacheControl = CacheControl(),
        requestID: String = "req-1",
        configure: (inout ChatRequest) -> Void = { _ in }
    ) async throws -> (text: String, info: ResponseInfo) {
        var request = TestFixtures.request(messages)
        configure(&request)
        var context = TestFixtures.context()
        context.tenant = tenant
        context.subject = subject
        context.cacheControl = cacheControl
        context.requestID = requestID
        let response = try await pipeline.respond(to: request, context: context)
        let completion = try await response.completion()
        // Let the store write that follows a miss land before the next request.
        try await settle()
        return (completion.choices.first?.message.text ?? "", response.info)
    }

    /// Waits for the store write that follows a miss; a write that has not landed within 5 s fails the test
    /// (a later assertion would otherwise test a cache that silently holds less than the test thinks).
    func settle() async throws {
        // A miss's flight stays open until its answer is stored, so an idle set of flights means the write landed.
        for _ in 0..<5000 {
            if cache.flightsIdle { return }
            try await Task.sleep(for: .milliseconds(1))
        }
        Issue.record("a store write did not land within 5 s")
        throw CancellationError()
    }

    func advance(seconds: Int64) { clock.withLock { $0 += seconds } }
}

extension ResponseCache {
    /// No store write in progress (tests only).
    var flightsIdle: Bool { pendingStores == 0 }
}

@Suite("Response cache", .serialized)
struct CacheTests {
    @Test("a repeated question is answered from the exact tier without calling the model")
    func exactRepeatHits() async throws {
        let harness = try CacheHarness()
        let first = try await harness.ask([("user", "What are your opening hours?")])
        #expect(first.info.cacheStatus == .miss)
        let second = try await harness.ask([("user", "What are your opening hours?")])
        #expect(second.info.cacheStatus == .hitExact)
        #expect(second.text == first.text)
        #expect(harness.responder.count == 1)
        #expect(harness.cache.stats(tenant: TenantID("acme")!).exactHits == 1)
    }

    @Test("the same prompt from another tenant misses, at any threshold")
    func crossTenantMisses() async throws {
        let harness = try CacheHarness()
        var loose = Policy()
        loose.cache.semantic.threshold = 0.5
        loose.cache.semantic.verifier = .lenient
        _ = try await harness.ask(
            [("user", "What is the refund policy?")], tenant: StoreFixtures.tenant("acme", policy: loose))
        let other = try await harness.ask(
            [("user", "What is the refund policy?")],
            tenant: StoreFixtures.tenant("globex", policy: loose)
        )
        #expect(other.info.cacheStatus == .miss)
        #expect(harness.responder.count == 2)
    }

    @Test("the same last message in another conversation misses")
    func crossConversationMisses() async throws {
        let harness = try CacheHarness()
        _ = try await harness.ask([
            ("user", "Tell me about Alan Turing"), ("assistant", "He was..."), ("user", "How old was he?"),
        ])
        let other = try await harness.ask([
            ("user", "Tell me about Ada Lovelace"), ("assistant", "She was..."), ("user", "How old was he?"),
        ])
        #expect(other.info.cacheStatus == .miss)
        let system = try await harness.ask([("system", "Answer in French."), ("user", "How old was he?")])
        #expect(system.info.cacheStatus == .miss)
        #expect(harness.responder.count == 3)
    }

    @Test("scope user keeps one end user's answers from another")
    func scopeUserPartitions() async throws {
        let harness = try CacheHarness()
        var policy = Policy()
        policy.cache.scope = .user
        let tenant = StoreFixtures.tenant("acme", policy: policy)
        _ = try await harness.ask([("user", "Summarise my last order")], tenant: tenant, subject: "alice")
        let bob = try await harness.ask([("user", "Summarise my last order")], tenant: tenant, subject: "bob")
        #expect(bob.info.cacheStatus == .miss)
        let alice = try await harness.ask([("user", "Summarise my last order")], tenant: tenant, subject: "alice")
        #expect(alice.info.cacheStatus == .hitExact)
        let anonymous = try await harness.ask([("user", "Summarise my last order")], tenant: tenant)
        #expect(anonymous.info.cacheStatus == .bypass)
    }

    @Test("requests above the temperature limit are not cached unless seeded")
    func temperatureRule() async throws {
        let harness = try CacheHarness()
        var policy = Policy()
        policy.cache.maxTemperature = 0.5
        let tenant = StoreFixtures.tenant("acme", policy: policy)
        let hot = try await harness.ask([("user", "Write a poem")], tenant: tenant) { $0.temperature = 0.9 }
        #expect(hot.info.cacheStatus == .bypass)
        let hotAgain = try await harness.ask([("user", "Write a poem")], tenant: tenant) { $0.temperature = 0.9 }
        #expect(hotAgain.info.cacheStatus == .bypass)
        _ = try await harness.ask([("user", "Write a poem")], tenant: tenant) {
            $0.temperature = 0.9
            $0.seed = 7
        }
        let seeded = try await harness.ask([("user", "Write a poem")], tenant: tenant) {
            $0.temperature = 0.9
            $0.seed = 7
        }
        #expect(seeded.info.cacheStatus == .hitExact)
        #expect(harness.responder.count == 3)
    }

    @Test("no-store neither looks up nor stores; no-cache skips the lookup but stores")
    func cacheControlRules() async throws {
        let harness = try CacheHarness()
        let noStore = try await harness.ask([("user", "Ping")], cacheControl: CacheControl(noStore: true))
        #expect(noStore.info.cacheStatus == .bypass)
        let after = try await harness.ask([("user", "Ping")])
        #expect(after.info.cacheStatus == .miss)
        let noCache = try await harness.ask([("user", "Ping")], cacheControl: CacheControl(noCache: true))
        #expect(noCache.info.cacheStatus == .miss)
        #expect(harness.responder.count == 3)
        let hit = try await harness.ask([("user", "Ping")])
        #expect(hit.info.cacheStatus == .hitExact)
    }

    @Test("max-age and the TTL bound the age of a hit")
    func ageBounds() async throws {
        let harness = try CacheHarness()
        _ = try await harness.ask([("user", "What's new?")])
        harness.advance(seconds: 120)
        let young = try await harness.ask([("user", "What's new?")], cacheControl: CacheControl(maxAge: 60))
        #expect(young.info.cacheStatus == .miss)
        let aged = try await harness.ask([("user", "Anything else?")])
        #expect(aged.info.cacheStatus == .miss)
        harness.advance(seconds: 30)
        let hit = try await harness.ask([("user", "Anything else?")])
        #expect(hit.info.cacheStatus == .hitExact)
        #expect(hit.info.age == 30)
        harness.advance(seconds: 86_400)
        let expired = try await harness.ask([("user", "Anything else?")])
        #expect(expired.info.cacheStatus == .miss)
    }

    @Test("errors are never cached")
    func errorsNotCached() async throws {
        let failing = CountingResponder(answer: { _ in "unused" })
        let harness = try CacheHarness(responder: failing)
        let throwing = ChatPipeline(
            stages: [
                NormalizeMiddleware(), AnonymizeMiddleware(store: harness.store), CacheMiddleware(cache: harness.cache),
            ],
            responder: ClosureResponder { _, _ in throw VeilError.quotaExceeded("upstream", retryAfter: 3) }
        )
        await #expect(throws: VeilError.self) {
            _ = try await throwing.respond(to: TestFixtures.request([("user", "Hi")]), context: TestFixtures.context())
        }
        try await harness.settle()
        let next = try await harness.ask([("user", "Hi")])
        #expect(next.info.cacheStatus == .miss)
    }

    @Test("answers cut off by the length limit are not stored by default")
    func truncatedNotStored() async throws {
        let harness = try CacheHarness(responder: CountingResponder(finish: "length"))
        _ = try await harness.ask([("user", "Explain everything")])
        let again = try await harness.ask([("user", "Explain everything")])
        #expect(again.info.cacheStatus == .miss)
    }

    @Test("a streamed answer is stored and replays as a multi-chunk stream, or as JSON")
    func streamStoreAndReplay() async throws {
        let harness = try CacheHarness()
        let first = try await harness.ask([("user", "Stream me the weather report please")]) { $0.stream = true }
        #expect(first.info.cacheStatus == .miss)
        var request = TestFixtures.request([("user", "Stream me the weather report please")])
        request.stream = true
        request.streamOptions = StreamOptions(includeUsage: true)
        let response = try await harness.pipeline.respond(to: request, context: TestFixtures.context())
        #expect(response.info.cacheStatus == .hitExact)
        guard case .stream(let stream) = response.body else {
            Issue.record("a streaming client must get a stream")
            return
        }
        var chunks: [ChatCompletionChunk] = []
        for try await chunk in stream { chunks.append(chunk) }
        #expect(chunks.count > 4)
        #expect(chunks.first?.choices.first?.delta.role == "assistant")
        #expect(chunks.last?.usage != nil)
        let plain = try await harness.ask([("user", "Stream me the weather report please")])
        #expect(plain.info.cacheStatus == .hitExact)
        #expect(plain.text == first.text)
        #expect(harness.responder.count == 1)
    }

    @Test("a stream the client abandons halfway is not stored")
    func abandonedStreamNotStored() async throws {
        let harness = try CacheHarness()
        var request = TestFixtures.request([("user", "A long story about the sea, please")])
        request.stream = true
        do {
            // The client reads two chunks and goes away: the response and its stream are dropped.
            let response = try await harness.pipeline.respond(to: request, context: TestFixtures.context())
            guard case .stream(let stream) = response.body else {
                Issue.record("expected a stream")
                return
            }
            var iterator = stream.makeAsyncIterator()
            _ = try await iterator.next()
            _ = try await iterator.next()
        }
        try await harness.settle()
        let again = try await harness.ask([("user", "A long story about the sea, please")])
        #expect(again.info.cacheStatus == .miss)
        #expect(harness.responder.count == 2)
    }

    @Test("50 concurrent identical misses make one upstream call", arguments: [false, true])
    func singleFlight(streaming: Bool) async throws {
        let harness = try CacheHarness(responder: CountingResponder(delay: .milliseconds(300)))
        let texts = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await harness.ask([("user", "What is the capital of France?")]) { $0.stream = streaming }.text
                }
            }
            var texts: [String] = []
            for try await text in group { texts.append(text) }
            return texts
        }
        #expect(harness.responder.count == 1)
        #expect(Set(texts).count == 1)
        #expect(texts.count == 50)
    }

    @Test("eviction removes the record and its vector together")
    func evictionConsistency() async throws {
        let harness = try CacheHarness()
        var policy = Policy()
        policy.cache.maxEntries = 5
        let tenant = StoreFixtures.tenant("acme", policy: policy)
        for index in 0..<12 {
            _ = try await harness.ask([("user", "Question number \(index) about shipping zones")], tenant: tenant)
            harness.advance(seconds: 1)
        }
        let id = TenantID("acme")!
        let entries = try harness.store.keys(.cache, tenant: id, prefix: [])
        let vectors = try harness.store.keys(.vectors, tenant: id, prefix: [])
        #expect(entries.count <= 5)
        #expect(Set(entries) == Set(vectors))
        #expect(harness.cache.stats(tenant: id).entries == entries.count)
        // The most recent question is still served.
        let recent = try await harness.ask([("user", "Question number 11 about shipping zones")], tenant: tenant)
        #expect(recent.info.cacheStatus == .hitExact)
    }

    @Test("a tenant's first concurrent requests never build its index on the request path, and it is built once")
    func firstRequestsLoadTheIndexOnceOffThePath() async throws {
        let harness = try CacheHarness()
        for n in 0..<30 { _ = try await harness.ask([("user", "What is the delivery time to zone \(n)?")]) }
        let restarted = ResponseCache(store: harness.store, clock: { 1_800_000_000 })
        let pipeline = ChatPipeline(
            stages: [
                NormalizeMiddleware(), AnonymizeMiddleware(store: harness.store), CacheMiddleware(cache: restarted),
            ],
            responder: harness.responder
        )
        // Eight concurrent first requests (paraphrases of stored questions): answered (exact tier or model), and
        // the state is built once, by the background load.
        try await withThrowingTaskGroup(of: CacheStatus.self) { group in
            for n in 0..<8 {
                group.addTask {
                    let response = try await pipeline.respond(
                        to: TestFixtures.request([("user", "Hi! What is the delivery time to zone \(n)?")]),
                        context: TestFixtures.context())
                    _ = try await response.completion()
                    return response.info.cacheStatus
                }
            }
            for try await status in group { #expect(status != .bypass) }
        }
        for _ in 0..<500 where restarted.stateBuilds == 0 { try await Task.sleep(for: .milliseconds(2)) }
        _ = restarted.stats(tenant: TenantID("acme")!)
        #expect(restarted.stateBuilds == 1)
        let later = try await pipeline.respond(
            to: TestFixtures.request([("user", "Hello! What is the delivery time to zone 20?")]),
            context: TestFixtures.context())
        #expect(later.info.cacheStatus == .hitSemantic)
    }

    @Test("a restart rebuilds the semantic index from the store")
    func restartRebuildsIndex() async throws {
        let harness = try CacheHarness()
        _ = try await harness.ask([("user", "How do I reset my password?")])
        let restarted = ResponseCache(store: harness.store, clock: { 1_800_000_000 })
        let pipeline = ChatPipeline(
            stages: [
                NormalizeMiddleware(), AnonymizeMiddleware(store: harness.store), CacheMiddleware(cache: restarted),
            ],
            responder: harness.responder
        )
        let response = try await pipeline.respond(
            to: TestFixtures.request([("user", "How do I reset my password?")]),
            context: TestFixtures.context()
        )
        #expect(response.info.cacheStatus == .hitExact)
        // The first request started loading the tenant's state off the request path; it is built once.
        for _ in 0..<500 where restarted.stateBuilds == 0 { try await Task.sleep(for: .milliseconds(2)) }
        #expect(restarted.stats(tenant: TenantID("acme")!).entries == 1)
        #expect(restarted.stateBuilds == 1)
        let paraphrase = try await pipeline.respond(
            to: TestFixtures.request([("user", "How can I reset my password?")]),
            context: TestFixtures.context()
        )
        #expect(paraphrase.info.cacheStatus == .hitSemantic)
        #expect(harness.responder.count == 1)
    }

    @Test(
        "a paraphrase still hits among hundreds of cached answers, with either index",
        arguments: VectorIndexKind.allCases
    )
    func paraphraseHitsInALargePartition(kind: VectorIndexKind) async throws {
        let harness = try CacheHarness()
        var policy = Policy()
        policy.cache.semantic.index = kind
        let tenant = StoreFixtures.tenant("acme", policy: policy)
        let topics = [
            "invoice", "shipment", "warranty", "refund", "login", "printer", "router", "battery", "subscription",
            "profile", "newsletter", "voucher", "mailbox", "calendar", "firewall", "keyboard", "monitor", "tablet",
            "camera", "speaker", "headset", "charger", "scanner", "projector", "thermostat", "doorbell", "dishwasher",
        ]
        let verbs = [
            "fix", "inspect", "replace", "cancel", "renew", "upgrade", "export", "share", "archive", "print",
            "clean", "mount", "paint", "insure", "recycle", "register", "unlock", "calibrate", "sell", "rent",
        ]
        // Over 512 distinct questions with one verifier signature (no numbers, placeholders or negation), so they
        // share one partition, larger than the graph index scans exhaustively.
        for topic in topics {
            for verb in verbs {
                _ = try await harness.ask([("user", "How do I \(verb) the \(topic)?")], tenant: tenant)
            }
        }
        _ = try await harness.ask([("user", "How do I reset my password?")], tenant: tenant)
        #expect(harness.cache.stats(tenant: tenant.id).entries > 512)
        let paraphrase = try await harness.ask([("user", "How can I reset my password?")], tenant: tenant)
        #expect(paraphrase.info.cacheStatus == .hitSemantic)
        // A near neighbour with another number is still refused.
        let other = try await harness.ask([("user", "How do I reset my username?")], tenant: tenant)
        #expect(other.info.cacheStatus == .miss)
    }

    @Test("among hundreds of questions that differ only in a number, a rephrasing finds the one with its number")
    func rephrasingFindsItsNumberAmongNearDuplicates() async throws {
        let harness = try CacheHarness()
        for order in 0..<700 {
            _ = try await harness.ask([("user", "What is the status of order \(order)?")])
        }
        #expect(harness.responder.count == 700)
        let rephrased = try await harness.ask([("user", "what's the status of order 217")])
        #expect(rephrased.info.cacheStatus == .hitSemantic)
        #expect(rephrased.text == "You said: What is the status of order 217?")
        let unseen = try await harness.ask([("user", "What is the status of order 4000?")])
        #expect(unseen.info.cacheStatus == .miss)
    }

    @Test("stored vectors take a quarter of the bytes and come back within 1e-3 in cosine")
    func storedVectorsAreQuantized() throws {
        let vector = LexicalEmbedder().embed("How do I reset my password on the billing portal?")
        let record = EntryMetadata(
            contextID: [1], created: 1, lastHit: 1, hits: 0, bytes: 0, subjectMAC: [], embedder: "lexical-v1",
            vector: vector)
        let encoded = record.encoded()
        #expect(encoded.count < vector.count + 80)
        let decoded = try EntryMetadata(decoding: encoded)
        #expect(cosineSimilarity(decoded.vector, vector) > 0.999)
    }

    @Test("index records keep the verifier signature, and records written without one still load")
    func indexRecordSignatureRoundTrips() throws {
        let with = EntryMetadata(
            contextID: [1], created: 5, lastHit: 6, hits: 2, bytes: 100, subjectMAC: [], embedder: "lexical-v1",
            vector: [0.5, 0.5], signature: 0xDEAD_BEEF_0000_0001)
        #expect(try EntryMetadata(decoding: with.encoded()).signature == 0xDEAD_BEEF_0000_0001)
        var without = with
        without.signature = nil
        let decoded = try EntryMetadata(decoding: without.encoded())
        #expect(decoded.signature == nil)
        #expect(decoded.vector.count == 2 && decoded.vector.allSatisfy { abs($0 - 0.5) < 1e-3 })
        #expect(throws: StoreError.self) { try EntryMetadata(decoding: with.encoded() + [1, 2]) }
        // A record of the first format (float32 vector, no signature) still loads, exactly.
        var legacy = BinaryWriter(capacity: 64)
        legacy.u8(1)
        legacy.data([1])
        legacy.i64(5)
        legacy.i64(6)
        legacy.u32(2)
        legacy.u32(100)
        legacy.data([])
        legacy.string("lexical-v1")
        legacy.floats([0.6, -0.8])
        let old = try EntryMetadata(decoding: legacy.bytes)
        #expect(old.vector == [0.6, -0.8])
        #expect(old.signature == nil)
        #expect(old.created == 5)
    }

    @Test("the verifier keeps a similar but different question from hitting")
    func verifierRejectsSwappedWords() async throws {
        let harness = try CacheHarness()
        _ = try await harness.ask([("user", "How do I reset my password?")])
        let other = try await harness.ask([("user", "How do I reset my username?")])
        #expect(other.info.cacheStatus == .miss)
        let negated = try await harness.ask([("user", "Why can't I reset my password?")])
        #expect(negated.info.cacheStatus == .miss)
        let number = try await harness.ask([("user", "How do I reset my password in 2 steps?")])
        #expect(number.info.cacheStatus == .miss)
    }

    @Test("a corrupt record falls through to the model and is counted")
    func corruptRecordFallsThrough() async throws {
        let harness = try CacheHarness()
        _ = try await harness.ask([("user", "What does the warranty cover?")])
        let cache = try harness.store.environment.database(named: "cache")
        try harness.store.environment.write { txn in
            var keys: [[UInt8]] = []
            try txn.scan(in: cache, prefix: []) { key, _ in
                keys.append(Array(key))
                return true
            }
            for key in keys { try txn.put([0, 0, 0, 1] + Array(repeating: 0x5A, count: 64), forKey: key, in: cache) }
        }
        let again = try await harness.ask([("user", "What does the warranty cover?")])
        #expect(again.info.cacheStatus == .miss)
        #expect(again.text.hasPrefix("You said"))
        #expect(harness.responder.count == 2)
        #expect(harness.cache.stats(tenant: TenantID("acme")!).faults >= 1)
    }

    @Test("two users' different e-mails share one anonymized entry; each gets their own back")
    func anonymizedEntriesAreShared() async throws {
        let harness = try CacheHarness()
        let first = try await harness.ask([("user", "Send the invoice to alice@example.com please")])
        #expect(first.text.contains("alice@example.com"))
        let second = try await harness.ask([("user", "Send the invoice to bob@example.org please")])
        #expect(second.info.cacheStatus == .hitExact)
        #expect(second.text.contains("bob@example.org"))
        #expect(!second.text.contains("alice"))
        #expect(harness.responder.requests.allSatisfy { !$0.messages.last!.text.contains("@") })
        try harness.store.environment.sync(force: true)
        let file = try Data(contentsOf: URL(fileURLWithPath: harness.directory.path + "/data/data.mdb"))
        #expect(file.range(of: Data("alice@example.com".utf8)) == nil)
        #expect(file.range(of: Data("EMAIL_1".utf8)) == nil)
    }
}

@Suite("Single flight")
struct SingleFlightTests {
    @Test("a waiter cancelled before it starts waiting stops at once instead of waiting for the leader")
    func cancelledBeforeWaitingStopsAtOnce() async throws {
        let flight = Flight()
        let waiter = Task { () async throws -> FlightResult in
            // Cancelled before `wait` registers anything: the cancellation handler runs first.
            while !Task.isCancelled { await Task.yield() }
            return try await flight.wait()
        }
        waiter.cancel()
        let outcome = await withTaskGroup(of: String.self) { group in
            group.addTask {
                do {
                    _ = try await waiter.value
                    return "result"
                } catch {
                    return error is CancellationError ? "cancelled" : "other"
                }
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(2))
                return "still waiting"
            }
            let first = await group.next() ?? ""
            group.cancelAll()
            return first
        }
        // Before the fix the waiter hung until the leader resolved (here: never).
        flight.resolve(.failed(CancellationError()))
        #expect(outcome == "cancelled")
    }

    @Test("a waiter that registered gets the leader's result")
    func registeredWaiterGetsTheResult() async throws {
        let flight = Flight()
        let waiter = Task { try await flight.wait() }
        try await Task.sleep(for: .milliseconds(50))
        flight.resolve(.complete(TestFixtures.completion("shared"), ResponseInfo(cacheStatus: .miss)))
        guard case .complete(let completion, _) = try await waiter.value else {
            Issue.record("expected the shared completion")
            return
        }
        #expect(completion.choices.first?.message.text == "shared")
    }
}
