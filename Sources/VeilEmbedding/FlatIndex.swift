/// An exhaustive-scan vector index: every query is scored against every vector with SIMD dot products.
///
/// Vectors are held contiguously, either as float32 or int8-quantized with one scale per vector (value =
/// scale × int8). The int8 form scans a quarter of the bytes, which is what bounds a flat scan, at a cosine error
/// around 1e-3 — far below any useful threshold gap. Removal swaps the last vector into the hole, so storage
/// stays dense. For unit vectors the score is the cosine similarity.
///
/// ```swift
/// var index = FlatIndex(dimension: 384, storage: .int8)
/// try index.add(id: 42, vector: embedding)
/// let best = index.search(query, k: 1)   // [(id: 42, score: 0.97)]
/// ```
public struct FlatIndex: VectorIndex {
    /// How vectors are held in memory.
    public enum Storage: String, Sendable, Codable, CaseIterable {
        /// Four bytes per dimension, exact scores.
        case float32
        /// One byte per dimension plus a float scale per vector; scores within about 1e-3.
        case int8
    }

    /// The length of every vector.
    public let dimension: Int
    /// How vectors are held.
    public let storage: Storage
    private var ids: [UInt64] = []
    private var positions: [UInt64: Int] = [:]
    private var floats: [Float] = []
    private var bytes: [Int8] = []
    private var scales: [Float] = []

    /// Creates an empty index.
    ///
    /// - Parameters:
    ///   - dimension: The vector length (384 for MiniLM, 512 for the lexical embedder).
    ///   - storage: float32 or int8.
    public init(dimension: Int, storage: Storage = .float32) {
        self.dimension = max(1, dimension)
        self.storage = storage
    }

    /// The number of vectors held.
    public var count: Int { ids.count }

    /// Vector bytes plus scales, identifiers and the position table (an estimate of its buckets).
    public var byteCount: Int {
        let vectorBytes = storage == .float32 ? floats.count * 4 : bytes.count + scales.count * 4
        return vectorBytes + ids.count * 8 + positions.count * 24
    }

    /// Whether a vector is stored under `id`.
    public func contains(id: UInt64) -> Bool { positions[id] != nil }

    /// Adds or replaces the vector stored under `id`.
    ///
    /// - Throws: ``EmbeddingError/dimensionMismatch`` when `vector.count != dimension`.
    public mutating func add(id: UInt64, vector: [Float]) throws {
        guard vector.count == dimension else { throw EmbeddingError.dimensionMismatch }
        if let position = positions[id] {
            write(vector, at: position)
            return
        }
        positions[id] = ids.count
        ids.append(id)
        switch storage {
        case .float32:
            floats.append(contentsOf: vector)
        case .int8:
            bytes.append(contentsOf: repeatElement(0, count: dimension))
            scales.append(0)
        }
        write(vector, at: ids.count - 1)
    }

    /// Removes the vector stored under `id`.
    @discardableResult
    public mutating func remove(id: UInt64) -> Bool {
        guard let position = positions.removeValue(forKey: id) else { return false }
        let last = ids.count - 1
        if position != last {
            let moved = ids[last]
            ids[position] = moved
            positions[moved] = position
            switch storage {
            case .float32:
                for d in 0..<dimension { floats[position * dimension + d] = floats[last * dimension + d] }
            case .int8:
                for d in 0..<dimension { bytes[position * dimension + d] = bytes[last * dimension + d] }
                scales[position] = scales[last]
            }
        }
        ids.removeLast()
        switch storage {
        case .float32: floats.removeLast(dimension)
        case .int8:
            bytes.removeLast(dimension)
            scales.removeLast()
        }
        return true
    }

    /// The `k` best vectors for `query` by inner product, best first.
    public func search(_ query: [Float], k: Int) -> [(id: UInt64, score: Float)] {
        guard query.count == dimension, k > 0, !ids.isEmpty else { return [] }
        var top = ScoredHeap(order: .minimumOnTop)
        let limit = min(k, ids.count)
        switch storage {
        case .float32:
            query.withUnsafeBufferPointer { q in
                floats.withUnsafeBufferPointer { f in
                    guard let qp = q.baseAddress, let fp = f.baseAddress else { return }
                    for i in 0..<ids.count {
                        top.push(VectorMath.dot(qp, fp + i * dimension, count: dimension), Int32(i), limit: limit)
                    }
                }
            }
        case .int8:
            // The query is quantized to 16-bit integers held in int32 lanes, so the scan is integer
            // multiply-adds on widened int8 (exact within int32: 32767 × 127 × 384 < 2³¹), 1.4× faster than
            // converting every int8 lane to float on baseline x86-64.
            var maximum: Float = 0
            for v in query where v.isFinite { maximum = max(maximum, abs(v)) }
            guard maximum > 0 else { break }
            let queryScale = maximum / 32767
            let quantized = query.map { Int32(($0.isFinite ? $0 / queryScale : 0).rounded()) }
            quantized.withUnsafeBufferPointer { q in
                bytes.withUnsafeBufferPointer { b in
                    guard let qp = q.baseAddress, let bp = b.baseAddress else { return }
                    for i in 0..<ids.count {
                        let dot = Self.dotInt8(qp, bp + i * dimension, dimension)
                        top.push(scales[i] * queryScale * Float(dot), Int32(i), limit: limit)
                    }
                }
            }
        }
        return top.sortedDescending().map { (id: ids[Int($0.slot)], score: $0.score) }
    }

    private mutating func write(_ vector: [Float], at position: Int) {
        let base = position * dimension
        switch storage {
        case .float32:
            for d in 0..<dimension { floats[base + d] = vector[d] }
        case .int8:
            let (values, scale) = VectorMath.quantizeInt8(vector)
            for d in 0..<dimension { bytes[base + d] = values[d] }
            scales[position] = scale
        }
    }

    /// Integer dot product of a 16-bit-quantized query (in int32 lanes) and an int8 vector.
    @inline(__always)
    private static func dotInt8(_ q: UnsafePointer<Int32>, _ v: UnsafePointer<Int8>, _ count: Int) -> Int32 {
        var acc0 = SIMD16<Int32>()
        var acc1 = SIMD16<Int32>()
        let rq = UnsafeRawPointer(q)
        let rv = UnsafeRawPointer(v)
        var i = 0
        while i + 32 <= count {
            acc0 &+=
                rq.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Int32>.self)
                &* SIMD16<Int32>(truncatingIfNeeded: rv.loadUnaligned(fromByteOffset: i, as: SIMD16<Int8>.self))
            acc1 &+=
                rq.loadUnaligned(fromByteOffset: (i &+ 16) &* 4, as: SIMD16<Int32>.self)
                &* SIMD16<Int32>(truncatingIfNeeded: rv.loadUnaligned(fromByteOffset: i &+ 16, as: SIMD16<Int8>.self))
            i &+= 32
        }
        while i + 16 <= count {
            acc0 &+=
                rq.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Int32>.self)
                &* SIMD16<Int32>(truncatingIfNeeded: rv.loadUnaligned(fromByteOffset: i, as: SIMD16<Int8>.self))
            i &+= 16
        }
        var sum = (acc0 &+ acc1).wrappedSum()
        while i < count {
            sum &+= q[i] &* Int32(v[i])
            i &+= 1
        }
        return sum
    }
}
