import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOPosix
import Synchronization
import VeilCrypto
import VeilKeyring
import VeilStorage
import VeilUpstream

/// How an embedded or daemon Veil is set up.
public struct VeilConfiguration: Sendable {
    /// Where the sealed store (`data/`) and the keyring (`keyring/`) live.
    public var dataDirectory: String
    /// Where the master key comes from (`VEIL_MASTER_KEY`, or a key file created on first start).
    public var masterKey: Keyring.MasterKeySource
    /// The folder of policy YAML files.
    public var policyDirectory: String
    /// The policy new tenants get.
    public var defaultPolicy: String
    /// Model upstreams; `nil` when the caller passes its own responder.
    public var upstream: UpstreamPoolConfiguration?
    /// A sentence-transformers folder with all-MiniLM-L6-v2, for policies that name `minilm`.
    public var minilmDirectory: String?
    /// An OpenAI-compatible embeddings endpoint, for policies that name `remote`.
    public var remoteEmbedding: RemoteEmbedder.Configuration?
    /// fsync policy of the data store. Cache writes are never on a response's path, so `.sync` costs no latency.
    public var durability: EnvironmentConfiguration.Durability
    /// Where operational logs go; records never contain prompt text or PII.
    public var logger: Logger
    /// A store the caller opened (a shared PostgreSQL store from `VeilPostgres`); `nil` opens the embedded LMDB store
    /// in ``dataDirectory``. Veil closes it in ``Veil/shutdown()``.
    package var store: (any VeilStore)? = nil

    /// A configuration with defaults: master key from `VEIL_MASTER_KEY` or `<dataDirectory>/master.key`.
    public init(
        dataDirectory: String,
        masterKey: Keyring.MasterKeySource? = nil,
        policyDirectory: String = "policies",
        defaultPolicy: String = "default",
        upstream: UpstreamPoolConfiguration? = nil,
        minilmDirectory: String? = nil,
        remoteEmbedding: RemoteEmbedder.Configuration? = nil,
        durability: EnvironmentConfiguration.Durability = .sync,
        logger: Logger = Logger(label: "veil")
    ) {
        self.dataDirectory = dataDirectory
        self.masterKey =
            masterKey
            ?? Keyring.MasterKeySource.resolve(
                environment: ProcessEnvironment.variables,
                defaultFile: dataDirectory + "/master.key"
            )
        self.policyDirectory = policyDirectory
        self.defaultPolicy = defaultPolicy
        self.upstream = upstream
        self.minilmDirectory = minilmDirectory
        self.remoteEmbedding = remoteEmbedding
        self.durability = durability
        self.logger = logger
    }
}

/// Per-request facts from the caller (the gateway or an embedding chat server).
public struct RequestOptions: Sendable {
    /// The end user, for `scope: user` and erasure by subject.
    public var subject: String?
    /// The request id to log under.
    public var requestID: String
    /// The client's cache directives.
    public var cacheControl: CacheControl
    /// The logger to use (metadata is added for the tenant and request id).
    public var logger: Logger

    /// Creates options.
    public init(
        subject: String? = nil,
        requestID: String = RequestOptions.makeRequestID(),
        cacheControl: CacheControl = CacheControl(),
        logger: Logger = Logger(label: "veil.request")
    ) {
        self.subject = subject
        self.requestID = requestID
        self.cacheControl = cacheControl
        self.logger = logger
    }

    /// A new request id: `req_` and 32 hex digits, unique within the process and unpredictable across processes.
    ///
    /// Request ids correlate log lines; they grant nothing, so they need uniqueness, not secrecy. Each one is a
    /// counter and a per-process random seed through SplitMix64 (a bijection, so ids never repeat in a process),
    /// instead of two `getrandom` system calls and several string allocations per request.
    public static func makeRequestID() -> String {
        RequestIDGenerator.next()
    }
}

/// The state behind ``RequestOptions/makeRequestID()``.
enum RequestIDGenerator {
    private static let seed: UInt64 = {
        var generator = SystemRandomNumberGenerator()
        return generator.next()
    }()
    private static let counter = Atomic<UInt64>(0)

    static func next() -> String {
        let count = counter.add(1, ordering: .relaxed).newValue
        let high = mix(seed ^ count)
        let low = mix(high &+ seed)
        return String(unsafeUninitializedCapacity: 36) { buffer in
            let digits: StaticString = "0123456789abcdef"
            buffer[0] = UInt8(ascii: "r")
            buffer[1] = UInt8(ascii: "e")
            buffer[2] = UInt8(ascii: "q")
            buffer[3] = UInt8(ascii: "_")
            digits.withUTF8Buffer { digits in
                for index in 0..<16 {
                    let shift = UInt64(60 - 4 * index)
                    buffer[4 + index] = digits[Int((high >> shift) & 0xF)]
                    buffer[20 + index] = digits[Int((low >> shift) & 0xF)]
                }
            }
            return 36
        }
    }

    /// SplitMix64's finalizer.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Veil in process: the full pipeline (normalize → anonymize → cache → upstream) over a sealed store, for chat
/// servers that would rather embed it than run the daemon.
///
/// ```swift
/// let veil = try await Veil(configuration: VeilConfiguration(dataDirectory: "/var/lib/veil", upstream: upstreams))
/// let (tenant, apiKey) = try await veil.tenants.create(id: TenantID("acme")!, policy: "default")
/// let response = try await veil.complete(request, tenant: tenant)
/// for try await chunk in response.stream(includeUsage: false) { ... }
/// try await veil.shutdown()
/// ```
public final class Veil: Sendable {
    /// The sealed store: ``SealedLMDBStore``, or the store passed in ``VeilConfiguration/store``.
    package let store: any VeilStore
    /// The response cache.
    package let cache: ResponseCache
    /// Tenants, keys and policies.
    public let tenants: TenantDirectory
    /// The upstream pool, when configured.
    public let upstreamPool: UpstreamPool?
    /// The composed pipeline.
    package let pipeline: ChatPipeline
    private let ownedHTTPClients: [HTTPClient]
    private let embeddingClient: (client: HTTPClient, group: MultiThreadedEventLoopGroup)?
    private let logger: Logger

    /// Opens the store and builds the pipeline.
    ///
    /// - Parameters:
    ///   - configuration: the setup.
    ///   - responder: answers cache misses instead of the configured upstreams (tests, custom model clients).
    ///   - httpClient: the client for upstreams; one is created (and shut down by ``shutdown()``) if `nil`.
    ///   - userStages: stages of the app's own (audit, moderation, routing), run after the prompt is normalized and
    ///     before it is anonymized, so they see the request as the user wrote it (with its personal data: handle it
    ///     as such). The order normalize → user stages → anonymize → cache → upstream is fixed here, so that no
    ///     stage of the app can sit between the anonymizer and the cache or the model.
    /// - Throws: ``PolicyError`` if the default policy is missing or does not parse; store and keyring errors.
    public init(
        configuration: VeilConfiguration,
        responder: (any ChatResponder)? = nil,
        httpClient: HTTPClient? = nil,
        @ChatPipelineBuilder userStages: () -> [any ChatMiddleware] = { [] }
    ) async throws {
        logger = configuration.logger
        // A default policy that is missing or does not parse fails here, naming file, line and key, rather than at
        // the first tenant created with it.
        _ = try PolicyLoader.load(named: configuration.defaultPolicy, directory: configuration.policyDirectory)
        store =
            try configuration.store
            ?? SealedLMDBStore(
                directory: configuration.dataDirectory,
                masterKey: configuration.masterKey,
                durability: configuration.durability,
                logger: configuration.logger
            )
        var owned: [HTTPClient] = []
        var client = httpClient
        var loopBound: [HTTPClient] = []
        if client == nil && responder == nil, let upstream = configuration.upstream {
            let clientConfiguration = upstream.makeHTTPClientConfiguration()
            let created = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
            // One more client per event loop of the same group, so that a request handled on a loop (in `veil
            // serve` every request is) talks to the upstream over a connection on that loop.
            loopBound = MultiThreadedEventLoopGroup.singleton.makeIterator().map { loop in
                HTTPClient(eventLoopGroup: loop, configuration: clientConfiguration)
            }
            owned = [created] + loopBound
            client = created
        }
        // The remote embedder gets a client on an event loop of its own: `embed` blocks its caller until the
        // answer arrives (the embedder protocol is synchronous), and the caller may itself be an event loop (NIO is
        // the global executor in `veil serve`); an answer due on the blocked loop would never be read.
        var embedding: (client: HTTPClient, group: MultiThreadedEventLoopGroup)?
        if configuration.remoteEmbedding != nil {
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            embedding = (HTTPClient(eventLoopGroupProvider: .shared(group)), group)
        }
        embeddingClient = embedding
        let remote = configuration.remoteEmbedding.flatMap { remote in
            embedding.map { RemoteEmbedder(configuration: remote, client: $0.client) }
        }
        let embedders = EmbedderRegistry.load(
            minilmDirectory: configuration.minilmDirectory,
            remote: remote,
            logger: configuration.logger
        )
        cache = ResponseCache(store: store, embedders: embedders, logger: configuration.logger)
        tenants = TenantDirectory(store: store, policies: PolicyLibrary(directory: configuration.policyDirectory))
        var pool: UpstreamPool?
        let finalResponder: any ChatResponder
        if let responder {
            finalResponder = responder
        } else if let upstream = configuration.upstream, let client {
            let created = UpstreamPool(
                configuration: upstream,
                httpClient: client,
                loopBoundClients: loopBound,
                logger: configuration.logger
            )
            pool = created
            finalResponder = UpstreamResponder(pool: created)
        } else {
            finalResponder = ClosureResponder { _, _ in throw VeilError.upstreamFailed }
        }
        upstreamPool = pool
        ownedHTTPClients = owned
        // Changes other hosts of a shared store made: drop what this process holds of them (Veil+Replication.swift).
        store.observeChanges(Self.replicationHandler(store: store, cache: cache, tenants: tenants))
        pipeline = ChatPipeline(
            stages: [NormalizeMiddleware()] + userStages() + [
                AnonymizeMiddleware(store: store), CacheMiddleware(cache: cache),
            ],
            responder: finalResponder
        )
    }

    /// Runs a request through the pipeline for `tenant`.
    ///
    /// - Throws: ``VeilError`` (with an HTTP status and OpenAI error type) for anything the client should see.
    public func complete(_ request: ChatRequest, tenant: Tenant, options: RequestOptions = RequestOptions())
        async throws
        -> ChatResponse
    {
        guard tenant.policy.allows(model: request.model) else { throw VeilError.unknownModel }
        var logger = options.logger
        logger[metadataKey: "tenant"] = "\(tenant.id)"
        logger[metadataKey: "request_id"] = "\(options.requestID)"
        let context = ChatContext(
            tenant: tenant,
            subject: options.subject ?? request.user,
            requestID: options.requestID,
            logger: logger,
            cacheControl: options.cacheControl
        )
        do {
            return try await pipeline.respond(to: request, context: context)
        } catch let error as VeilError {
            throw error
        } catch is CancellationError {
            throw VeilError.cancelled
        } catch let error as StoreError where error.isErasure {
            throw VeilError.tenantErased
        } catch {
            logger.error("request failed", metadata: ["error": "\(type(of: error))"])
            throw VeilError.internalError
        }
    }

    /// Applies a user's verdict on an answer Veil served to `tenant` under `requestID` (the response's request id).
    ///
    /// "wrong" on a semantic hit evicts the entry, records the pair so that it never hits again, raises the
    /// threshold of its conversation context, and counts against the tenant's false-hit budget
    /// (``FeedbackPolicy``); "wrong" on an exact hit evicts the entry; "good" is counted.
    ///
    /// - Throws: ``VeilError/notFound`` when no recent answer of this tenant has that request id.
    public func feedback(requestID: String, verdict: FeedbackVerdict, tenant: Tenant) async throws -> FeedbackOutcome {
        do {
            guard
                let outcome = try await cache.feedback(
                    requestID: requestID, verdict: verdict, tenant: tenant.id, policy: tenant.policy.cache)
            else { throw VeilError.notFound }
            logger.info(
                "feedback",
                metadata: [
                    "tenant": "\(tenant.id)", "verdict": "\(verdict.rawValue)",
                    "semantic_hit": "\(outcome.semanticHit)", "evicted": "\(outcome.evicted)",
                ])
            return outcome
        } catch let error as VeilError {
            throw error
        } catch let error as StoreError where error.isErasure {
            throw VeilError.tenantErased
        } catch {
            logger.error("feedback failed", metadata: ["tenant": "\(tenant.id)", "error": "\(type(of: error))"])
            throw VeilError.internalError
        }
    }

    /// Resumes a tenant's semantic tier after its false-hit budget suspended it.
    ///
    /// - Returns: Whether it was suspended.
    @discardableResult
    public func resumeSemanticCache(tenant: TenantID) async throws -> Bool {
        try await cache.resumeSemantic(tenant: tenant)
    }

    /// The tenant an API key belongs to, or `nil`.
    public func authenticate(apiKey: String) -> Tenant? {
        tenants.authenticate(apiKey: apiKey)
    }

    /// Model names the tenant may use, from the upstreams (configured or reported by them).
    public func models(for tenant: Tenant) async -> [String] {
        (await upstreamPool?.models() ?? []).filter { tenant.policy.allows(model: $0) }
    }

    /// Whether the store can vouch for what it serves (a shared store that cannot reach its database is degraded).
    public var storeHealth: StoreHealth { store.health }

    /// Whether the store is usable and how many upstream endpoints are healthy.
    public func readiness() -> (storeOpen: Bool, healthyUpstreams: Int) {
        let storeOpen = (try? store.tenantIDs()) != nil
        let healthy = upstreamPool?.snapshot().filter(\.healthy).count ?? 1
        return (storeOpen, healthy)
    }

    /// Flushes cache statistics and shuts down the HTTP clients Veil created.
    public func shutdown() async throws {
        await cache.flushHitStatistics()
        try? await store.close()
        // Every client is shut down even if one fails (a client dropped without a shutdown traps in debug builds);
        // the first failure is reported.
        var failure: (any Error)?
        for client in ownedHTTPClients + [embeddingClient?.client].compactMap({ $0 }) {
            do { try await client.shutdown() } catch { failure = failure ?? error }
        }
        if let embeddingClient {
            do { try await embeddingClient.group.shutdownGracefully() } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }
}

/// The process environment as it is when asked: read on every use, so a setting made after start-up is seen.
enum ProcessEnvironment {
    static var variables: [String: String] { ProcessInfo.processInfo.environment }
}
