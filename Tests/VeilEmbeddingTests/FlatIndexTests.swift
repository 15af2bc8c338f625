import Testing
import VeilEmbedding

private func unit(_ values: [Float]) -> [Float] {
    var v = values
    VectorMath.normalize(&v)
    return v
}

private func basis(_ i: Int, _ dimension: Int) -> [Float] {
    var v = [Float](repeating: 0, count: dimension)
    v[i] = 1
    return v
}

@Suite struct FlatIndexTests {
    @Test(arguments: FlatIndex.Storage.allCases)
    func searchReturnsBestMatchesFirst(storage: FlatIndex.Storage) throws {
        var index = FlatIndex(dimension: 40, storage: storage)
        for i in 0..<40 { try index.add(id: UInt64(100 + i), vector: basis(i, 40)) }
        var query = basis(7, 40)
        query[8] = 0.5
        let results = index.search(unit(query), k: 2)
        #expect(results.map(\.id) == [107, 108])
        #expect(abs(results[0].score - 0.894) < 0.01)
        #expect(index.count == 40)
    }

    @Test(arguments: FlatIndex.Storage.allCases)
    func removeDropsTheVectorAndKeepsTheOthersSearchable(storage: FlatIndex.Storage) throws {
        var index = FlatIndex(dimension: 20, storage: storage)
        for i in 0..<5 { try index.add(id: UInt64(i), vector: basis(i, 20)) }
        let removed = index.remove(id: 1)
        let removedAgain = index.remove(id: 1)
        #expect(removed)
        #expect(!removedAgain)
        #expect(!index.contains(id: 1))
        #expect(index.count == 4)
        #expect(index.search(basis(1, 20), k: 1).first?.score ?? 1 < 0.01)
        // id 4 was moved into the hole; it must still be found under its own id.
        #expect(index.search(basis(4, 20), k: 1).first?.id == 4)
    }

    @Test func addingAnExistingIdentifierReplacesItsVector() throws {
        var index = FlatIndex(dimension: 16)
        try index.add(id: 9, vector: basis(0, 16))
        try index.add(id: 9, vector: basis(3, 16))
        #expect(index.count == 1)
        #expect(index.search(basis(3, 16), k: 1).first?.id == 9)
    }

    @Test func wrongDimensionIsRejectedOnAddAndIgnoredOnSearch() throws {
        var index = FlatIndex(dimension: 16)
        var copy = index
        #expect(throws: EmbeddingError.dimensionMismatch) { try copy.add(id: 1, vector: [1, 0]) }
        try index.add(id: 1, vector: basis(0, 16))
        #expect(index.search([1, 0], k: 1).isEmpty)
        #expect(index.search(basis(0, 16), k: 0).isEmpty)
        #expect(FlatIndex(dimension: 16).search(basis(0, 16), k: 3).isEmpty)
    }

    @Test func kLargerThanCountReturnsEverything() throws {
        var index = FlatIndex(dimension: 16)
        for i in 0..<3 { try index.add(id: UInt64(i), vector: basis(i, 16)) }
        #expect(index.search(basis(0, 16), k: 10).count == 3)
    }

    @Test func int8ScoresStayCloseToFloat32AndUseAQuarterOfTheBytes() throws {
        let dimension = 384
        var exact = FlatIndex(dimension: dimension, storage: .float32)
        var quantized = FlatIndex(dimension: dimension, storage: .int8)
        var seed: UInt64 = 7
        func next() -> Float {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(Int64(bitPattern: seed) >> 40) / Float(1 << 23)
        }
        var vectors: [[Float]] = []
        for i in 0..<50 {
            let v = unit((0..<dimension).map { _ in next() })
            vectors.append(v)
            try exact.add(id: UInt64(i), vector: v)
            try quantized.add(id: UInt64(i), vector: v)
        }
        let query = vectors[17]
        let a = exact.search(query, k: 5)
        let b = quantized.search(query, k: 5)
        #expect(a.first?.id == 17)
        #expect(b.first?.id == 17)
        for (x, y) in zip(a, b) where x.id == y.id { #expect(abs(x.score - y.score) < 0.01) }
        #expect(quantized.byteCount * 2 < exact.byteCount)
    }
}
