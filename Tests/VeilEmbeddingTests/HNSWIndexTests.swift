import Testing
import VeilEmbedding

/// Deterministic unit vectors: `clusters` centres, each point a centre plus noise, so the data has the
/// near-duplicate structure cached prompts have.
private struct ClusteredVectors {
    var state: UInt64

    mutating func uniform() -> Float {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Float(z >> 40) / Float(1 << 24) * 2 - 1
    }

    mutating func vector(_ dimension: Int) -> [Float] {
        var v = (0..<dimension).map { _ in uniform() }
        VectorMath.normalize(&v)
        return v
    }

    mutating func perturbed(_ centre: [Float], noise: Float) -> [Float] {
        var v = centre.map { $0 + noise * uniform() }
        VectorMath.normalize(&v)
        return v
    }

    mutating func dataset(count: Int, clusters: Int, dimension: Int) -> [[Float]] {
        let centres = (0..<clusters).map { _ in vector(dimension) }
        return (0..<count).map { perturbed(centres[$0 % clusters], noise: 0.12) }
    }
}

/// Serialized: these are long synchronous loops, and several at once would hold every cooperative thread,
/// starving the timing-sensitive async tests that run beside them.
@Suite(.serialized) struct HNSWIndexTests {
    private let parameters = HNSWIndex.Parameters(exactBelow: 64)

    /// Recall@1 of the graph against the exhaustive scan over `queries`.
    private func recall(_ graph: HNSWIndex, _ flat: FlatIndex, _ queries: [[Float]]) -> Double {
        var agree = 0
        for query in queries where graph.search(query, k: 1).first?.id == flat.search(query, k: 1).first?.id {
            agree += 1
        }
        return Double(agree) / Double(queries.count)
    }

    @Test func graphSearchFindsTheSameBestMatchAsAnExhaustiveScan() throws {
        var generator = ClusteredVectors(state: 7)
        let data = generator.dataset(count: 2000, clusters: 40, dimension: 48)
        var graph = HNSWIndex(dimension: 48, parameters: parameters)
        var flat = FlatIndex(dimension: 48)
        for (i, vector) in data.enumerated() {
            try graph.add(id: UInt64(i), vector: vector)
            try flat.add(id: UInt64(i), vector: vector)
        }
        let queries = (0..<250).map { generator.perturbed(data[$0 * 7], noise: 0.05) }
        #expect(recall(graph, flat, queries) >= 0.97)
        // A stored vector is its own best match.
        #expect(graph.search(data[1234], k: 1).first?.id == 1234)
        #expect(graph.count == 2000)
    }

    @Test func anOutlierAddedAfterATightClusterStaysReachable() throws {
        var generator = ClusteredVectors(state: 13)
        let centre = generator.vector(32)
        var graph = HNSWIndex(dimension: 32, parameters: parameters)
        for i in 0..<1500 { try graph.add(id: UInt64(i), vector: generator.perturbed(centre, noise: 0.05)) }
        // Outliers share a little of the cluster's direction, as an odd question shares "how do I" with the rest.
        var outliers: [[Float]] = []
        for i in 0..<20 {
            let outlier = generator.perturbed(centre.map { $0 * 0.3 }, noise: 0.4)
            outliers.append(outlier)
            try graph.add(id: UInt64(10_000 + i), vector: outlier)
        }
        for (i, outlier) in outliers.enumerated() {
            let query = generator.perturbed(outlier, noise: 0.01)
            #expect(graph.search(query, k: 1).first?.id == UInt64(10_000 + i))
        }
    }

    @Test func smallIndexIsScannedExactly() throws {
        var generator = ClusteredVectors(state: 11)
        var graph = HNSWIndex(dimension: 16, parameters: parameters)
        var flat = FlatIndex(dimension: 16)
        for i in 0..<50 {
            let vector = generator.vector(16)
            try graph.add(id: UInt64(i), vector: vector)
            try flat.add(id: UInt64(i), vector: vector)
        }
        for _ in 0..<20 {
            let query = generator.vector(16)
            #expect(graph.search(query, k: 4).map(\.id) == flat.search(query, k: 4).map(\.id))
        }
    }

    @Test func removedVectorsAreNeverReturnedAndTheirSlotsAreReused() throws {
        var generator = ClusteredVectors(state: 3)
        let data = generator.dataset(count: 1000, clusters: 20, dimension: 32)
        var graph = HNSWIndex(dimension: 32, parameters: parameters)
        for (i, vector) in data.enumerated() { try graph.add(id: UInt64(i), vector: vector) }
        let bytesBefore = graph.byteCount
        var removed = 0
        for i in stride(from: 0, to: 1000, by: 3) where graph.remove(id: UInt64(i)) { removed += 1 }
        let removedAgain = graph.remove(id: 0)
        #expect(removed == 334)
        #expect(!removedAgain)
        #expect(!graph.contains(id: 3))
        for i in stride(from: 0, to: 1000, by: 3) {
            #expect(graph.search(data[i], k: 4).allSatisfy { $0.id % 3 != 0 })
        }
        // Churn: as many new entries as were removed, in the same memory.
        for i in stride(from: 0, to: 1000, by: 3) {
            try graph.add(id: UInt64(10_000 + i), vector: generator.perturbed(data[i], noise: 0.01))
        }
        #expect(graph.count == 1000)
        #expect(graph.byteCount <= bytesBefore + 1024)
        var found = 0
        for i in stride(from: 0, to: 1000, by: 3) where graph.search(data[i], k: 1).first?.id == UInt64(10_000 + i) {
            found += 1
        }
        #expect(found >= 330)  // of 334
    }

    @Test func massRemovalRebuildsAndKeepsRecall() throws {
        var generator = ClusteredVectors(state: 5)
        let data = generator.dataset(count: 2000, clusters: 40, dimension: 32)
        var graph = HNSWIndex(dimension: 32, parameters: parameters)
        var flat = FlatIndex(dimension: 32)
        for (i, vector) in data.enumerated() {
            try graph.add(id: UInt64(i), vector: vector)
            try flat.add(id: UInt64(i), vector: vector)
        }
        let bytesFull = graph.byteCount
        for i in 0..<2000 where i % 4 != 0 {
            graph.remove(id: UInt64(i))
            flat.remove(id: UInt64(i))
        }
        #expect(graph.count == 500)
        // Rebuilt once tombstones outnumbered the live entries: the memory of the removed half is returned.
        #expect(graph.byteCount < bytesFull * 6 / 10)
        let queries = (0..<200).map { generator.perturbed(data[$0 * 9], noise: 0.05) }
        #expect(recall(graph, flat, queries) >= 0.97)
    }

    @Test func aLargeGraphKeepsServingAfterMassRemovalWithoutARebuild() throws {
        var generator = ClusteredVectors(state: 17)
        let small = HNSWIndex.Parameters(exactBelow: 64, rebuildLimit: 400)
        let data = generator.dataset(count: small.rebuildLimit * 2 + 1000, clusters: 40, dimension: 8)
        var graph = HNSWIndex(dimension: 8, parameters: small)
        var flat = FlatIndex(dimension: 8)
        for (i, vector) in data.enumerated() { try graph.add(id: UInt64(i), vector: vector) }
        let bytesFull = graph.byteCount
        // Remove a little over half: tombstones outnumber live entries, but too many stay live to rebuild.
        for i in 0..<data.count where i % 2 == 0 || i < 400 { graph.remove(id: UInt64(i)) }
        for (i, vector) in data.enumerated() where !(i % 2 == 0 || i < 400) {
            try flat.add(id: UInt64(i), vector: vector)
        }
        #expect(graph.count == flat.count)
        #expect(graph.count > small.rebuildLimit)
        #expect(graph.byteCount > bytesFull * 9 / 10)  // not rebuilt: the tombstones keep their slots
        let queries = (0..<200).map { generator.perturbed(data[($0 * 37 + 1) % data.count], noise: 0.02) }
        #expect(queries.allSatisfy { graph.search($0, k: 4).allSatisfy { $0.id % 2 == 1 && $0.id >= 400 } })
        #expect(recall(graph, flat, queries) >= 0.9)
    }

    @Test func replacingAVectorMovesTheEntry() throws {
        var generator = ClusteredVectors(state: 9)
        let data = generator.dataset(count: 400, clusters: 10, dimension: 24)
        var graph = HNSWIndex(dimension: 24, parameters: parameters)
        for (i, vector) in data.enumerated() { try graph.add(id: UInt64(i), vector: vector) }
        let elsewhere = generator.vector(24)
        try graph.add(id: 5, vector: elsewhere)
        #expect(graph.count == 400)
        #expect(graph.search(elsewhere, k: 1).first?.id == 5)
        #expect(graph.search(data[5], k: 1).first?.id != 5)
    }

    @Test func wrongDimensionAndEmptyIndexAreHandled() throws {
        var graph = HNSWIndex(dimension: 8)
        #expect(graph.search([Float](repeating: 0.1, count: 8), k: 3).isEmpty)
        var copy = graph
        #expect(throws: EmbeddingError.dimensionMismatch) { try copy.add(id: 1, vector: [1, 0]) }
        try graph.add(id: 1, vector: [1, 0, 0, 0, 0, 0, 0, 0])
        #expect(graph.search([1, 0], k: 1).isEmpty)
        #expect(graph.search([1, 0, 0, 0, 0, 0, 0, 0], k: 0).isEmpty)
        graph.remove(id: 1)
        #expect(graph.count == 0)
        #expect(graph.byteCount == 0)
        #expect(graph.search([1, 0, 0, 0, 0, 0, 0, 0], k: 1).isEmpty)
    }
}
