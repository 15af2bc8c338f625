// swift-tools-version:6.2
import PackageDescription

/// One settings array for every target, as Hummingbird does, so every module is checked the same way.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// How the `veil` executable is linked on Linux, so that it touches fewer pages at start (with `make release`, which
/// also links the Swift runtime statically, the idle gateway went from 43 to 34 MB; docs/ARCHITECTURE.md, "Memory"):
/// - lld packs the position-independent executable's relative relocations (RELR), so the relocation table read at
///   every start shrinks from megabytes to kilobytes (the executable stays position-independent: ASLR applies);
/// - the executable exports no symbols (Swift on Linux exports all of them by default, for no use here), so the
///   loader no longer consults a large symbol table on every lookup.
let daemonLinkerSettings: [LinkerSetting] = [
    .unsafeFlags(
        [
            "-use-ld=lld",
            "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
            "-Xlinker", "--no-export-dynamic",
        ],
        .when(platforms: [.linux])
    )
]

let package = Package(
    name: "veil",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Veil", targets: ["Veil"]),
        // The wire types and their codec alone, for a client or tool that speaks the protocol without the pipeline
        // (and the wire fuzz target, which then builds in seconds).
        .library(name: "VeilWire", targets: ["VeilWire"]),
        // The PII recognizers, placeholder sessions and restorers alone, for a log scrubber or a tool that needs no
        // store (and for the stream fuzz target); `Veil` re-exports only the entity types and actions a policy names.
        .library(name: "VeilPII", targets: ["VeilPII"]),
        .library(name: "VeilDataRights", targets: ["VeilDataRights"]),
        .library(name: "VeilGateway", targets: ["VeilGateway"]),
        .library(name: "VeilTesting", targets: ["VeilTesting"]),
        .executable(name: "veil", targets: ["VeilCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.7.3"),
        // The shared PostgreSQL backend (VeilPostgres); only the `veil` executable links it.
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        // C libraries from Debian: liblmdb-dev and libssl-dev.
        .systemLibrary(name: "CLMDB", pkgConfig: "lmdb", providers: [.apt(["liblmdb-dev"])]),
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // The one lock type of every target (`Locked`, a pthread mutex): ThreadSanitizer cannot see the hand-over of
        // Synchronization.Mutex on Linux (docs/ARCHITECTURE.md, "Targets"). No dependencies.
        .target(name: "VeilSync", swiftSettings: swiftSettings),
        .target(
            name: "VeilStorage",
            dependencies: ["CLMDB", "VeilSync", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        // The primitives (AES-256-GCM, HKDF, HMAC, SHA-256, CSPRNG, constant-time compare) over libcrypto, with no
        // storage: anything that seals or MACs bytes can use them without linking LMDB.
        .target(
            name: "VeilCrypto",
            dependencies: ["CLibCrypto", "VeilSync"],
            swiftSettings: swiftSettings
        ),
        // Envelope encryption: the tenants' wrapped data keys in an LMDB environment of their own, and the master
        // key's sources; the one part of the key handling that needs storage (docs/ARCHITECTURE.md, "Targets").
        .target(
            name: "VeilKeyring",
            dependencies: ["VeilCrypto", "VeilStorage", "VeilSync", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        // No dependencies outside the project: the PII recognizers and the embedders compile and test on their own
        // (see docs/ARCHITECTURE.md, "Targets"); the embedders use one C kernel of the project's own and its lock.
        .target(name: "VeilPII", swiftSettings: swiftSettings),
        // The OpenAI wire types and their JSON codec, with no dependencies: what the library, the gateway and the
        // mock model all speak (docs/ARCHITECTURE.md, "Targets").
        .target(name: "VeilWire", swiftSettings: swiftSettings),
        .target(name: "VeilEmbedding", dependencies: ["CVeilKernels", "VeilSync"], swiftSettings: swiftSettings),
        // The fp16 × f32 matrix product of the MiniLM embedder: AVX2/F16C chosen at run time, portable C otherwise.
        .target(name: "CVeilKernels"),
        .target(
            name: "VeilUpstream",
            dependencies: [
                "VeilSync",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Veil",
            dependencies: [
                "VeilStorage", "VeilCrypto", "VeilKeyring", "VeilPII", "VeilEmbedding", "VeilUpstream", "VeilSync",
                "VeilWire",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        // The mock OpenAI-compatible model (SwiftNIO): a module of its own because `veil mock-upstream`, `veil demo`
        // and the benchmarks serve it, and an executable should not link the test-support module.
        .target(
            name: "VeilMockUpstream",
            dependencies: [
                "VeilWire", "VeilSync",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // What tests import: the mock upstream's types, re-exported one by one (docs/ARCHITECTURE.md, "Targets").
        .target(name: "VeilTesting", dependencies: ["VeilMockUpstream"], swiftSettings: swiftSettings),
        // The data-rights services (erasure, export, receipts, the audit log, retention) over Veil's store: off the
        // request path, so a target of its own above Veil (docs/ARCHITECTURE.md, "Targets").
        .target(
            name: "VeilDataRights",
            dependencies: [
                "Veil", "VeilCrypto", "VeilStorage", "VeilSync", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "VeilGateway",
            dependencies: [
                "Veil", "VeilDataRights", "VeilUpstream", "VeilCrypto", "VeilKeyring", "VeilSync",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // The Swift runtime's global-enqueue hook, resolved by the linker (see CVeilRuntime.h).
        .target(name: "CVeilRuntime"),
        // SwiftNIO's event loops as Swift's global executor: for programs (`veil`, the benchmarks), never for the
        // library, whose host app decides how its tasks run (docs/ARCHITECTURE.md, "Targets").
        .target(
            name: "VeilRuntime",
            dependencies: [
                "CVeilRuntime", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // Several `veil serve` hosts sharing tenants, keys, cache and erasure through PostgreSQL (issue 15). A target
        // of its own so that the Veil library, and apps embedding it, do not depend on postgres-nio.
        .target(
            name: "VeilPostgres",
            dependencies: [
                "Veil", "VeilCrypto", "VeilKeyring", "VeilSync",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "VeilCLI",
            dependencies: [
                "VeilRuntime",
                "Veil", "VeilDataRights", "VeilGateway", "VeilMockUpstream", "VeilUpstream", "VeilCrypto",
                "VeilKeyring", "VeilPostgres",
                "VeilSync", "VeilPII", "VeilEmbedding",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings,
            linkerSettings: daemonLinkerSettings
        ),
        // In-process use of Veil inside a Hummingbird chat server; built in CI so the example never rots.
        .executableTarget(
            name: "EmbeddedChatServer",
            dependencies: [
                "Veil", "VeilGateway", "VeilUpstream",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            path: "Examples/EmbeddedChatServer",
            swiftSettings: swiftSettings
        ),
        // An example of a user stage (issue 17): an audit trail added with `Veil(configuration:) { … }`; tested in
        // VeilTests so the example never rots.
        .target(
            name: "VeilExampleStages",
            dependencies: ["Veil"],
            path: "Examples/AuditStage",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "VeilBench",
            dependencies: [
                "VeilRuntime",
                "Veil", "VeilDataRights", "VeilStorage", "VeilCrypto", "VeilKeyring", "VeilPII", "VeilEmbedding",
                "VeilUpstream",
                "VeilMockUpstream", "VeilSync",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Benchmarks/VeilBench",
            swiftSettings: swiftSettings,
            // The release layout flags (Makefile) are lld options, and every release product is built with them.
            linkerSettings: daemonLinkerSettings
        ),
        // The latency floor of Hummingbird + AsyncHTTPClient with none of Veil's work (Benchmarks/floor.sh).
        .executableTarget(
            name: "VeilFloor",
            dependencies: [
                "VeilRuntime",
                "VeilUpstream",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Benchmarks/Floor",
            swiftSettings: swiftSettings,
            linkerSettings: daemonLinkerSettings
        ),

        .testTarget(name: "VeilSyncTests", dependencies: ["VeilSync"], swiftSettings: swiftSettings),
        .testTarget(name: "VeilStorageTests", dependencies: ["VeilStorage"], swiftSettings: swiftSettings),
        .testTarget(name: "VeilCryptoTests", dependencies: ["VeilCrypto", "VeilSync"], swiftSettings: swiftSettings),
        .testTarget(
            name: "VeilKeyringTests", dependencies: ["VeilKeyring", "VeilCrypto", "VeilStorage", "VeilSync"],
            swiftSettings: swiftSettings),
        .testTarget(name: "VeilPIITests", dependencies: ["VeilPII"], swiftSettings: swiftSettings),
        .testTarget(
            name: "VeilEmbeddingTests",
            dependencies: ["VeilEmbedding"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VeilUpstreamTests",
            dependencies: [
                "VeilUpstream", "VeilTesting", "VeilSync",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VeilTests",
            dependencies: [
                "Veil", "VeilDataRights", "VeilTesting", "VeilUpstream", "VeilCrypto", "VeilKeyring", "VeilStorage",
                "VeilSync",
                "VeilExampleStages", "VeilWire", "VeilEmbedding",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Needs a PostgreSQL server (scripts/pg-test-server.sh start; VEIL_TEST_POSTGRES_URL); skipped without one.
        .testTarget(
            name: "VeilPostgresTests",
            dependencies: [
                "VeilPostgres", "Veil", "VeilDataRights", "VeilCrypto", "VeilKeyring", "VeilTesting", "VeilSync",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VeilGatewayTests",
            dependencies: [
                "VeilGateway", "Veil", "VeilDataRights", "VeilTesting", "VeilUpstream", "VeilCrypto", "VeilKeyring",
                "VeilSync",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
