/// SIMD kernels shared by the index, the encoder and the embedders.
///
/// Written with `SIMD16` and `acc += a * b` over four accumulators: Swift does not auto-vectorize a scalar
/// float loop, and `addingProduct` lowers to a libm `fmaf` call per lane on baseline x86-64 (measured 5×
/// slower), while this form compiles to packed multiplies and adds without special flags.
public enum VectorMath {
    /// The dot product of the first `count` floats of `a` and `b`.
    @inlinable
    public static func dot(_ a: UnsafeBufferPointer<Float>, _ b: UnsafeBufferPointer<Float>, count: Int) -> Float {
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
        return dot(pa, pb, count: count)
    }

    /// The dot product of `count` floats at `a` and `b`.
    @inlinable
    public static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
        var acc0 = SIMD16<Float>()
        var acc1 = SIMD16<Float>()
        var acc2 = SIMD16<Float>()
        var acc3 = SIMD16<Float>()
        var i = 0
        let rawA = UnsafeRawPointer(a)
        let rawB = UnsafeRawPointer(b)
        while i + 64 <= count {
            let o = i &* 4
            acc0 +=
                rawA.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
            acc1 +=
                rawA.loadUnaligned(fromByteOffset: o &+ 64, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: o &+ 64, as: SIMD16<Float>.self)
            acc2 +=
                rawA.loadUnaligned(fromByteOffset: o &+ 128, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: o &+ 128, as: SIMD16<Float>.self)
            acc3 +=
                rawA.loadUnaligned(fromByteOffset: o &+ 192, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: o &+ 192, as: SIMD16<Float>.self)
            i &+= 64
        }
        while i + 16 <= count {
            let o = i &* 4
            acc0 +=
                rawA.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
            i &+= 16
        }
        var sum = ((acc0 + acc1) + (acc2 + acc3)).sum()
        while i < count {
            sum += a[i] * b[i]
            i &+= 1
        }
        return sum
    }

    /// Quantizes to int8 with one scale per vector (value ≈ scale × int8, scale = max |value| / 127); non-finite
    /// values become 0. Shared by the int8 flat index and the store's vector records, so both round the same way.
    public static func quantizeInt8(_ vector: [Float]) -> (values: [Int8], scale: Float) {
        var maximum: Float = 0
        for v in vector where v.isFinite { maximum = max(maximum, abs(v)) }
        guard maximum > 0 else { return ([Int8](repeating: 0, count: vector.count), 0) }
        let inverse = 127 / maximum
        let values = vector.map { v -> Int8 in
            guard v.isFinite else { return 0 }
            return Int8(max(-127, min(127, (v * inverse).rounded())))
        }
        return (values, maximum / 127)
    }

    /// Scales `vector` in place to unit L2 norm; a zero vector stays zero.
    @inlinable
    public static func normalize(_ vector: inout [Float]) {
        let norm = vector.withUnsafeBufferPointer { dot($0, $0, count: $0.count) }.squareRoot()
        guard norm > 0, norm.isFinite else { return }
        let inverse = 1 / norm
        for i in vector.indices { vector[i] *= inverse }
    }
}
