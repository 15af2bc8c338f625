import Logging

/// The cache stage: answers repeats from the tenant's cache, sends misses on (once per identical request in
/// flight), and stores answers that may be reused.
///
/// It sits inside the anonymizer, so everything it sees, keys on and stores is placeholder text. What is never
/// cached: errors of any kind, requests above the policy's temperature limit (unless seeded and allowed),
/// `Cache-Control: no-store`, streams that did not end normally, and (by default) answers cut off by the length
/// limit. `no-cache` skips the lookup but stores the fresh answer; `max-age` bounds the age of a hit.
package struct CacheMiddleware: ChatMiddleware {
    let cache: ResponseCache
    let flights: SingleFlight

    /// Creates the stage over `cache`.
    package init(cache: ResponseCache) {
        self.cache = cache
        self.flights = SingleFlight()
    }

    /// Looks up, or forwards and stores.
    package func handle(
        _ request: ChatRequest,
        context: ChatContext,
        next: (ChatRequest, ChatContext) async throws -> ChatResponse
    ) async throws -> ChatResponse {
        let policy = context.tenant.policy.cache
        guard Self.isCacheable(request, policy: policy, control: context.cacheControl),
            policy.scope == .tenant || context.subject != nil
        else {
            var response = try await next(request, context)
            response.info.cacheStatus = .bypass
            return response
        }
        let tenant = context.tenant.id
        let material = CacheKeyMaterial(request: request, ignoreEarlierTurns: policy.semantic.ignoreEarlierTurns)
        let keys: CacheKeys
        let lookup: ResponseCache.Lookup
        do {
            keys = try CacheKeys(
                material: material,
                tenant: tenant,
                subject: context.subject,
                scope: policy.scope,
                store: cache.store
            )
            lookup = try await cache.lookup(
                keys: keys,
                material: material,
                tenant: tenant,
                policy: policy,
                maxAge: context.cacheControl.maxAge,
                skipLookup: context.cacheControl.noCache,
                requestID: context.requestID
            )
        } catch let error as VeilError {
            throw error
        } catch let error as StoreError where error.isErasure {
            throw VeilError.tenantErased
        } catch {
            context.logger.warning("cache unavailable; forwarding", metadata: ["error": "\(error)"])
            var response = try await next(request, context)
            response.info.cacheStatus = .bypass
            response.info.cacheFault = true
            return response
        }
        if let hit = lookup.hit {
            let info = ResponseInfo(cacheStatus: hit.status, age: max(0, hit.age))
            if request.isStreaming {
                let chunks = hit.entry.replayChunks(includeUsage: request.streamOptions?.includeUsage ?? false)
                return .stream(ChatCompletionStream(chunks: chunks), info: info)
            }
            return .complete(hit.entry.completion, info: info)
        }
        return try await forward(request, context: context, keys: keys, material: material, lookup: lookup, next: next)
    }

    /// Whether the policy and the client allow caching this request at all.
    static func isCacheable(_ request: ChatRequest, policy: CachePolicy, control: CacheControl) -> Bool {
        guard policy.enabled, !control.noStore else { return false }
        let temperature = request.temperature ?? 1.0
        if temperature > policy.maxTemperature && !(policy.cacheSeeded && request.seed != nil) { return false }
        return true
    }

    private func forward(
        _ request: ChatRequest,
        context: ChatContext,
        keys: CacheKeys,
        material: CacheKeyMaterial,
        lookup: ResponseCache.Lookup,
        next: (ChatRequest, ChatContext) async throws -> ChatResponse
    ) async throws -> ChatResponse {
        let flightKey = Array(context.tenant.id.rawValue.utf8) + [0] + keys.exact
        // A joiner whose leader was cancelled (its client went away) tries again, possibly as the new leader.
        for _ in 0..<3 {
            let (flight, isLeader) = flights.join(flightKey)
            if isLeader {
                return try await lead(
                    flight,
                    key: flightKey,
                    request,
                    context: context,
                    keys: keys,
                    material: material,
                    lookup: lookup,
                    next: next
                )
            }
            let result = try await flight.wait()
            cache.countIfLoaded(tenant: context.tenant.id) { $0.singleFlightJoins += 1 }
            switch result {
            case .complete(let completion, var info):
                info.joinedInFlight = true
                if request.isStreaming {
                    let chunks = completion.chunks(includeUsage: request.streamOptions?.includeUsage ?? false)
                    return .stream(ChatCompletionStream(chunks: chunks), info: info)
                }
                return .complete(completion, info: info)
            case .stream(let fanout, var info):
                info.joinedInFlight = true
                let stream = fanout.subscribe()
                if request.isStreaming { return .stream(stream, info: info) }
                return .complete(try await stream.collect(), info: info)
            case .failed(let error):
                if error is CancellationError || error as? VeilError == .cancelled { continue }
                throw error
            }
        }
        var response = try await next(request, context)
        response.info.cacheStatus = .miss
        return response
    }

    private func lead(
        _ flight: Flight,
        key flightKey: [UInt8],
        _ request: ChatRequest,
        context: ChatContext,
        keys: CacheKeys,
        material: CacheKeyMaterial,
        lookup: ResponseCache.Lookup,
        next: (ChatRequest, ChatContext) async throws -> ChatResponse
    ) async throws -> ChatResponse {
        var response: ChatResponse
        do {
            response = try await next(request, context)
        } catch {
            flight.resolve(.failed(Task.isCancelled ? CancellationError() : error))
            flights.end(flightKey, flight)
            throw error
        }
        response.info.cacheStatus = .miss
        let cache = self.cache
        let flights = self.flights
        let policy = context.tenant.policy.cache
        let tenant = context.tenant.id
        let logger = context.logger
        cache.beginStore()
        let store: @Sendable (ChatCompletion, [String]) async -> Void = { completion, pieces in
            defer {
                flights.end(flightKey, flight)
                cache.endStore()
            }
            guard Self.mayStore(completion, policy: policy) else { return }
            do {
                try await cache.store(
                    completion: completion,
                    pieces: pieces,
                    keys: keys,
                    material: material,
                    vector: lookup.vector,
                    embedder: lookup.embedder,
                    signature: lookup.signature,
                    sketch: lookup.sketch,
                    tenant: tenant,
                    policy: policy
                )
            } catch {
                logger.warning("answer not cached", metadata: ["error": "\(error)"])
                if let state = try? cache.state(for: tenant) { state.count { $0.faults += 1 } }
            }
        }
        switch response.body {
        case .complete(let completion):
            flight.resolve(.complete(completion, response.info))
            // The flight stays joinable until the answer is committed, so a repeat arriving in between is served
            // from memory instead of going upstream again.
            Task(executorPreference: BackgroundExecutor.shared) { await store(completion, []) }
            return response
        case .stream(let upstream):
            let info = response.info
            let fanout = StreamFanout(source: upstream) { end, chunks in
                guard end == .finished else {
                    flights.end(flightKey, flight)
                    cache.endStore()
                    return
                }
                var assembler = CompletionAssembler()
                var pieces: [String] = []
                for chunk in chunks {
                    assembler.add(chunk)
                    for choice in chunk.choices where choice.index == 0 {
                        if let content = choice.delta.content, !content.isEmpty { pieces.append(content) }
                    }
                }
                guard assembler.isFinished else {
                    flights.end(flightKey, flight)
                    cache.endStore()
                    return
                }
                let completion = assembler.completion
                Task(executorPreference: BackgroundExecutor.shared) { await store(completion, pieces) }
            }
            let stream = fanout.subscribe()
            fanout.start()
            flight.resolve(.stream(fanout, info))
            response.body = .stream(stream)
            return response
        }
    }

    /// Whether an answer may be reused: every choice ended normally (or by length, if the policy allows).
    static func mayStore(_ completion: ChatCompletion, policy: CachePolicy) -> Bool {
        guard !completion.choices.isEmpty else { return false }
        return completion.choices.allSatisfy { choice in
            switch choice.finishReason {
            case "stop", "tool_calls": true
            case "length": policy.storeTruncated
            default: false
            }
        }
    }
}
