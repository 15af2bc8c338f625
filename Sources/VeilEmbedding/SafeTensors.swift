import CVeilKernels
import Foundation

/// A reader of the `safetensors` format: an 8-byte little-endian header length, a JSON header mapping tensor
/// names to dtype, shape and byte offsets, then the raw little-endian tensor bytes.
///
/// Parsed by hand (a few lines) rather than through a package, so that the library keeps no dependencies.
struct SafeTensors {
    struct Entry {
        var dtype: String
        var shape: [Int]
        var start: Int
        var end: Int
    }

    private let data: Data
    private let dataStart: Int
    private(set) var entries: [String: Entry] = [:]

    init(path: String) throws {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw EmbeddingError.fileUnreadable
        }
        try self.init(data: data)
    }

    init(data: Data) throws {
        guard data.count >= 8 else { throw EmbeddingError.malformedModel }
        var headerLength: UInt64 = 0
        for i in 0..<8 { headerLength |= UInt64(data[data.startIndex + i]) << (8 * UInt64(i)) }
        guard headerLength <= UInt64(data.count - 8) else { throw EmbeddingError.malformedModel }
        let headerStart = data.startIndex + 8
        let header = data[headerStart..<(headerStart + Int(headerLength))]
        guard let json = try? JSONSerialization.jsonObject(with: header) as? [String: Any] else {
            throw EmbeddingError.malformedModel
        }
        self.data = data
        self.dataStart = headerStart + Int(headerLength)
        let available = data.endIndex - dataStart
        for (name, value) in json where name != "__metadata__" {
            guard let info = value as? [String: Any], let dtype = info["dtype"] as? String,
                let shape = info["shape"] as? [Int], let offsets = info["data_offsets"] as? [Int],
                offsets.count == 2, offsets[0] >= 0, offsets[0] <= offsets[1], offsets[1] <= available
            else { throw EmbeddingError.malformedModel }
            entries[name] = Entry(dtype: dtype, shape: shape, start: offsets[0], end: offsets[1])
        }
    }

    /// The tensor `name` as floats, checked against `shape`; F32, F16 and BF16 are accepted.
    func floats(_ name: String, shape: [Int]) throws -> [Float] {
        let (dtype, count, bytes) = try tensor(name, shape: shape)
        var result = [Float](repeating: 0, count: count)
        bytes.withUnsafeBytes { raw in
            result.withUnsafeMutableBufferPointer { out in
                for i in 0..<count {
                    switch dtype {
                    case .f32:
                        out[i] = Float(
                            bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
                    case .f16:
                        let bits = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))
                        out[i] = HalfPrecisionMatrix.portableFloat(fromHalf: bits)
                    case .bf16:
                        let bits = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))
                        out[i] = Float(bitPattern: UInt32(bits) << 16)
                    }
                }
            }
        }
        return result
    }

    /// The tensor `name` as IEEE fp16 bit patterns, checked against `shape`: F16 is copied, F32 and BF16 are
    /// rounded to nearest (ties to even) without a float copy of the whole tensor.
    func halves(_ name: String, shape: [Int]) throws -> [UInt16] {
        let (dtype, count, bytes) = try tensor(name, shape: shape)
        #if _endian(little)
            guard dtype != .bf16 else { return HalfPrecisionMatrix.halves(try floats(name, shape: shape)) }
            var result = [UInt16](repeating: 0, count: count)
            bytes.withUnsafeBytes { raw in
                result.withUnsafeMutableBytes { out in
                    guard let from = raw.baseAddress, let to = out.baseAddress else { return }
                    if dtype == .f16 {
                        to.copyMemory(from: from, byteCount: count * 2)
                    } else {
                        veil_f32_to_f16(from, to.assumingMemoryBound(to: UInt16.self), count)
                    }
                }
            }
            return result
        #else
            return HalfPrecisionMatrix.halves(try floats(name, shape: shape))
        #endif
    }

    private enum DType {
        case f32, f16, bf16
    }

    /// The entry `name` (or `bert.name`), checked against `shape`, with its element count and bytes.
    private func tensor(_ name: String, shape: [Int]) throws -> (DType, Int, Data) {
        guard let entry = entries[name] ?? entries["bert." + name], entry.shape == shape else {
            throw EmbeddingError.malformedModel
        }
        let count = shape.reduce(1, *)
        let dtype: DType
        switch entry.dtype {
        case "F32": dtype = .f32
        case "F16": dtype = .f16
        case "BF16": dtype = .bf16
        default: throw EmbeddingError.unsupportedModel
        }
        let width = dtype == .f32 ? 4 : 2
        guard entry.end - entry.start == count * width else { throw EmbeddingError.malformedModel }
        let lower = dataStart + entry.start
        return (dtype, count, data[lower..<(lower + count * width)])
    }
}

@available(*, unavailable)
extension SafeTensors: Sendable {}
