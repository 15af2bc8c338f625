#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Row-major single-precision matrix products: OpenBLAS's `cblas_sgemm` when the shared library can be opened
/// at run time, otherwise hand-written SIMD kernels.
///
/// OpenBLAS is loaded with `dlopen` so that the library never link-depends on it: a host without
/// `libopenblas.so.0` still runs, only slower. Debian's OpenBLAS detects many CPUs as "Prescott" and falls back
/// to generic kernels (3× slower measured), so `OPENBLAS_CORETYPE=Haswell` is set before loading when the CPU
/// has AVX2 and the operator has not chosen a core type; one BLAS thread keeps each request on its own core.
struct MatrixMultiplier: Sendable {
    /// `cblas_sgemm(order, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)`.
    typealias Sgemm =
        @convention(c) (
            Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
            UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
        ) -> Void

    private struct Library: @unchecked Sendable {
        // Safe: an immutable C function pointer into a library that is never closed; cblas_sgemm is reentrant
        // with OpenBLAS built for threads (Debian's pthread build) and runs single-threaded here.
        let sgemm: Sgemm
    }

    private let library: Library?

    /// Whether products go through OpenBLAS.
    var usesBLAS: Bool { library != nil }

    /// A multiplier using OpenBLAS when `preferBLAS` is true and the library loads, SIMD otherwise.
    init(preferBLAS: Bool) {
        library = preferBLAS ? Self.shared : nil
    }

    private static let shared: Library? = loadOpenBLAS()

    private static func loadOpenBLAS() -> Library? {
        #if os(Linux)
            if getenv("OPENBLAS_CORETYPE") == nil, cpuHasAVX2() {
                setenv("OPENBLAS_CORETYPE", "Haswell", 0)
            }
            guard let handle = dlopen("libopenblas.so.0", RTLD_NOW | RTLD_LOCAL),
                let symbol = dlsym(handle, "cblas_sgemm")
            else { return nil }
            if let threads = dlsym(handle, "openblas_set_num_threads") {
                typealias SetThreads = @convention(c) (Int32) -> Void
                unsafeBitCast(threads, to: SetThreads.self)(1)
            }
            return Library(sgemm: unsafeBitCast(symbol, to: Sgemm.self))
        #else
            return nil
        #endif
    }

    /// Reads the CPU flags once; only `avx2` matters, for OpenBLAS's core type.
    private static func cpuHasAVX2() -> Bool {
        guard let file = fopen("/proc/cpuinfo", "r") else { return false }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 8192)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix("flags") {
                return text.split(separator: " ").contains { $0 == "avx2" || $0 == "avx2\n" }
            }
        }
        return false
    }

    /// `C[m×n] = alpha · A[m×k] · op(B) + beta · C`, row-major with leading dimensions; `op(B)` is `Bᵀ` when
    /// `transposeB` (B stored n×k, as linear-layer weights are) and `B` (stored k×n) otherwise.
    func multiply(
        m: Int, n: Int, k: Int, alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
        beta: Float = 0,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        if let library {
            library.sgemm(
                101, 111, transposeB ? 112 : 111, Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b,
                Int32(ldb), beta, c, Int32(ldc))
            return
        }
        if transposeB {
            // Four rows of B at a time share each load of A's row.
            for i in 0..<m {
                let rowA = a + i * lda
                let rowC = c + i * ldc
                var j = 0
                while j + 4 <= n {
                    let d = Self.dot4(rowA, b + j * ldb, ldb, k)
                    for t in 0..<4 {
                        rowC[j + t] = alpha * d[t] + (beta == 0 ? 0 : beta * rowC[j + t])
                    }
                    j += 4
                }
                while j < n {
                    let d = VectorMath.dot(rowA, b + j * ldb, count: k)
                    rowC[j] = alpha * d + (beta == 0 ? 0 : beta * rowC[j])
                    j += 1
                }
            }
        } else {
            for i in 0..<m {
                let rowC = c + i * ldc
                if beta == 0 {
                    rowC.update(repeating: 0, count: n)
                } else if beta != 1 {
                    for j in 0..<n { rowC[j] *= beta }
                }
                for p in 0..<k {
                    Self.axpy(alpha * a[i * lda + p], b + p * ldb, rowC, n)
                }
            }
        }
    }

    /// Four dot products of `x` with consecutive rows of `rows` (stride `stride`).
    @inline(__always)
    private static func dot4(
        _ x: UnsafePointer<Float>, _ rows: UnsafePointer<Float>, _ stride: Int, _ count: Int
    ) -> SIMD4<Float> {
        var a0 = SIMD16<Float>()
        var a1 = SIMD16<Float>()
        var a2 = SIMD16<Float>()
        var a3 = SIMD16<Float>()
        let rx = UnsafeRawPointer(x)
        let r0 = UnsafeRawPointer(rows)
        let r1 = UnsafeRawPointer(rows + stride)
        let r2 = UnsafeRawPointer(rows + 2 * stride)
        let r3 = UnsafeRawPointer(rows + 3 * stride)
        var i = 0
        while i + 16 <= count {
            let o = i &* 4
            let v = rx.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
            a0 += v * r0.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
            a1 += v * r1.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
            a2 += v * r2.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
            a3 += v * r3.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
            i &+= 16
        }
        var result = SIMD4<Float>(a0.sum(), a1.sum(), a2.sum(), a3.sum())
        while i < count {
            let v = x[i]
            result += SIMD4(v * rows[i], v * rows[stride + i], v * rows[2 * stride + i], v * rows[3 * stride + i])
            i &+= 1
        }
        return result
    }

    /// `y += alpha · x` over `count` floats.
    @inline(__always)
    private static func axpy(_ alpha: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ count: Int)
    {
        let rx = UnsafeRawPointer(x)
        let ry = UnsafeMutableRawPointer(y)
        let s = SIMD16<Float>(repeating: alpha)
        var i = 0
        while i + 16 <= count {
            let o = i &* 4
            let updated =
                ry.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
                + s * rx.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self)
            ry.storeBytes(of: updated, toByteOffset: o, as: SIMD16<Float>.self)
            i &+= 16
        }
        while i < count {
            y[i] += alpha * x[i]
            i &+= 1
        }
    }
}
