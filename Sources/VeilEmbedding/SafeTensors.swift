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
        guard let entry = entries[name] ?? entries["bert." + name], entry.shape == shape else {
            throw EmbeddingError.malformedModel
        }
        let count = shape.reduce(1, *)
        let width: Int
        switch entry.dtype {
        case "F32": width = 4
        case "F16", "BF16": width = 2
        default: throw EmbeddingError.unsupportedModel
        }
        guard entry.end - entry.start == count * width else { throw EmbeddingError.malformedModel }
        let lower = dataStart + entry.start
        let bytes = data[lower..<(lower + count * width)]
        var result = [Float](repeating: 0, count: count)
        bytes.withUnsafeBytes { raw in
            result.withUnsafeMutableBufferPointer { out in
                for i in 0..<count {
                    switch entry.dtype {
                    case "F32":
                        out[i] = Float(
                            bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
                    case "F16":
                        let bits = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))
                        out[i] = Self.halfToFloat(bits)
                    default:
                        let bits = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))
                        out[i] = Float(bitPattern: UInt32(bits) << 16)
                    }
                }
            }
        }
        return result
    }

    /// IEEE 754 half to single precision, by hand: `Float16` is unavailable on some x86-64 toolchains.
    static func halfToFloat(_ bits: UInt16) -> Float {
        let sign = UInt32(bits >> 15) << 31
        let exponent = Int((bits >> 10) & 0x1F)
        let mantissa = UInt32(bits & 0x3FF)
        if exponent == 0 {
            let value = Float(mantissa) * Float(sign == 0 ? 1 : -1) / Float(1 << 24)
            return value
        }
        if exponent == 31 {
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
        }
        return Float(bitPattern: sign | (UInt32(exponent - 15 + 127) << 23) | (mantissa << 13))
    }
}

@available(*, unavailable)
extension SafeTensors: Sendable {}
