import Foundation
import NIOCore
import NIOPosix
import VeilRuntime
import VeilUpstream

// `veil-bench [suite …]`: runs the named suites (all when none are named) and prints one line per figure.
// Build in release for meaningful numbers: `make bench`.
let requested = Set(CommandLine.arguments.dropFirst())
func wanted(_ suite: String) -> Bool { requested.isEmpty || requested.contains(suite) }

// As in `veil serve`: async code runs on the event loops, so the figures include the same thread hops.
if EventLoopExecutor.install() == .unavailable { print("warning: event loops are not Swift's global executor") }
var results: [BenchmarkResult] = []
do {
    if wanted("crypto") { results += try cryptoBenchmarks() }
    if wanted("storage") { results += try storageBenchmarks() }
    if wanted("pipeline") { results += try await pipelineBenchmarks() }
    if wanted("pii") { results += piiBenchmarks() }
    if wanted("wire") { results += try wireBenchmarks() }
    if wanted("embedding") { results += try embeddingBenchmarks() }
    if wanted("verifier") { results += try await verifierBenchmarks() }
    if wanted("erasure") { results += try erasureBenchmarks() }
    if wanted("upstream") { results += try await upstreamBenchmarks() }
} catch {
    print("benchmark failed: \(error)")
    exit(1)
}
for result in results { print(result.line) }
