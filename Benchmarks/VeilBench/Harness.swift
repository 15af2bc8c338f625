import Foundation

/// One measured figure set of a benchmark: per-operation latency percentiles and throughput.
struct BenchmarkResult: Sendable {
    var suite: String
    var name: String
    var iterations: Int
    var p50Nanoseconds: Double
    var p99Nanoseconds: Double
    var opsPerSecond: Double
    /// Free-form extra figure, e.g. "MB/s=41.2".
    var note: String = ""

    var line: String {
        func fmt(_ ns: Double) -> String {
            ns >= 1_000_000 ? String(format: "%.2f ms", ns / 1e6) : String(format: "%.2f µs", ns / 1e3)
        }
        let ops = String(format: "%.0f", opsPerSecond)
        return "\(suite)/\(name): p50 \(fmt(p50Nanoseconds))  p99 \(fmt(p99Nanoseconds))  \(ops) ops/s  n=\(iterations)"
            + (note.isEmpty ? "" : "  \(note)")
    }
}

/// Monotonic nanoseconds, for timing single operations.
@inline(__always)
func nowNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Runs `body` repeatedly (after a warm-up) and reports per-call latency percentiles.
///
/// Each sample times `batch` calls so that sub-microsecond operations are not drowned by clock overhead;
/// the per-call figure is the batch time divided by `batch`.
func measure(
    suite: String,
    _ name: String,
    iterations: Int = 2000,
    batch: Int = 1,
    warmup: Int = 100,
    note: String = "",
    _ body: () throws -> Void
) rethrows -> BenchmarkResult {
    for _ in 0..<warmup { try body() }
    var samples = [Double]()
    samples.reserveCapacity(iterations)
    let start = nowNanoseconds()
    for _ in 0..<iterations {
        let t0 = nowNanoseconds()
        for _ in 0..<batch { try body() }
        samples.append(Double(nowNanoseconds() - t0) / Double(batch))
    }
    let total = Double(nowNanoseconds() - start)
    samples.sort()
    let p50 = samples[samples.count / 2]
    let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
    return BenchmarkResult(
        suite: suite,
        name: name,
        iterations: iterations * batch,
        p50Nanoseconds: p50,
        p99Nanoseconds: p99,
        opsPerSecond: Double(iterations * batch) / (total / 1e9),
        note: note
    )
}
