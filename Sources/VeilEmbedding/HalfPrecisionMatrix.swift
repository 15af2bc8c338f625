import CVeilKernels

/// A linear layer's weight matrix held in IEEE fp16 and packed for the `CVeilKernels` product, so it takes half
/// the memory of f32 and a product streams half the bytes.
///
/// Built from the `[out × in]` layout of a PyTorch `Linear` weight. A product computes `input · weightᵀ + bias`
/// entirely in f32 (each half widens exactly), so the only precision lost is each weight's rounding to 11
/// significant bits at load. The kernel is chosen at run time: AVX2 + FMA + F16C when the CPU has all three,
/// portable C otherwise.
package struct HalfPrecisionMatrix: Sendable {
    /// Which implementation runs a product.
    package enum Kernel: Sendable {
        /// The fastest the CPU supports.
        case automatic
        /// The portable C kernel, whatever the CPU (to test it on CPUs that would pick the vector one).
        case portable
    }

    /// The number of inputs (columns of the `[out × in]` weight).
    package let inWidth: Int
    /// The number of outputs (rows of the `[out × in]` weight).
    package let outWidth: Int
    private let packed: [UInt16]

    /// Packs `halves`, `outWidth` rows of `inWidth` fp16 bit patterns.
    ///
    /// - Throws: ``EmbeddingError/malformedModel`` when the count does not match the sizes or a size is out of range.
    package init(halves: [UInt16], outWidth: Int, inWidth: Int) throws {
        let product = outWidth.multipliedReportingOverflow(by: inWidth)
        guard (1...Int(Int32.max)).contains(outWidth), (1...Int(Int32.max)).contains(inWidth), !product.overflow,
            product.partialValue == halves.count
        else { throw EmbeddingError.malformedModel }
        let count = veil_f16_packed_count(Int32(inWidth), Int32(outWidth))
        var packed = [UInt16](repeating: 0, count: count)
        halves.withUnsafeBufferPointer { source in
            packed.withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return }
                veil_f16_pack(from, Int32(outWidth), Int32(inWidth), to)
            }
        }
        self.packed = packed
        self.inWidth = inWidth
        self.outWidth = outWidth
    }

    /// Rounds `weights` (`outWidth` rows of `inWidth` floats) to fp16 and packs them.
    ///
    /// - Throws: ``EmbeddingError/malformedModel`` when the count does not match the sizes.
    package init(weights: [Float], outWidth: Int, inWidth: Int) throws {
        try self.init(halves: Self.halves(weights), outWidth: outWidth, inWidth: inWidth)
    }

    /// The bytes the packed weights occupy (padding to whole 16-column panels included).
    package var byteCount: Int { packed.count * MemoryLayout<UInt16>.stride }

    /// `output[rows × outWidth] = input[rows × inWidth] · weightᵀ + bias`, all row-major and contiguous.
    ///
    /// - Parameters:
    ///   - input: `rows × inWidth` floats.
    ///   - rows: The number of input rows (tokens).
    ///   - bias: `outWidth` floats, or nil for none.
    ///   - output: Room for `rows × outWidth` floats; every one is written.
    ///   - kernel: The implementation; `.automatic` unless testing.
    package func apply(
        _ input: UnsafePointer<Float>, rows: Int, bias: UnsafePointer<Float>?,
        into output: UnsafeMutablePointer<Float>, kernel: Kernel = .automatic
    ) {
        guard rows > 0 else { return }
        packed.withUnsafeBufferPointer { weights in
            guard let w = weights.baseAddress else { return }
            switch kernel {
            case .automatic:
                veil_gemm_f32_f16(input, w, bias, output, Int32(rows), Int32(inWidth), Int32(outWidth))
            case .portable:
                veil_gemm_f32_f16_portable(input, w, bias, output, Int32(rows), Int32(inWidth), Int32(outWidth))
            }
        }
    }

    /// The array form of ``apply(_:rows:bias:into:kernel:)``: `input` holds `rows × inWidth` floats, `bias` is
    /// empty or `outWidth` floats.
    package func apply(_ input: [Float], rows: Int, bias: [Float] = [], kernel: Kernel = .automatic) -> [Float] {
        precondition(input.count == rows * inWidth && (bias.isEmpty || bias.count == outWidth))
        var output = [Float](repeating: 0, count: rows * outWidth)
        input.withUnsafeBufferPointer { x in
            bias.withUnsafeBufferPointer { b in
                output.withUnsafeMutableBufferPointer { y in
                    guard let px = x.baseAddress, let py = y.baseAddress else { return }
                    apply(px, rows: rows, bias: bias.isEmpty ? nil : b.baseAddress, into: py, kernel: kernel)
                }
            }
        }
        return output
    }

    /// Whether products on this CPU run the AVX2 + FMA + F16C kernel.
    package static var usesVectorKernel: Bool { veil_f16_kernel_is_avx2() != 0 }

    /// `values` rounded to fp16 bit patterns (nearest, ties to even).
    package static func halves(_ values: [Float]) -> [UInt16] {
        var result = [UInt16](repeating: 0, count: values.count)
        values.withUnsafeBytes { source in
            result.withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return }
                veil_f32_to_f16(from, to, values.count)
            }
        }
        return result
    }

    /// Widens `count` fp16 values at `halves` into `floats` (exact), with F16C when the CPU has it.
    package static func widen(_ halves: UnsafePointer<UInt16>, count: Int, into floats: UnsafeMutablePointer<Float>) {
        veil_f16_to_f32(halves, floats, count)
    }

    /// One fp16 bit pattern as a float, by the portable C conversion (exact, subnormals included).
    package static func portableFloat(fromHalf bits: UInt16) -> Float {
        veil_f16_to_f32_portable(bits)
    }

    /// One float rounded to an fp16 bit pattern by the portable C conversion (nearest, ties to even).
    package static func portableHalf(from value: Float) -> UInt16 {
        veil_f32_to_f16_portable(value)
    }
}
