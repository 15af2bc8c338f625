// swift-tools-version:6.2
import PackageDescription

/// libFuzzer targets for Veil (issue 16) that need the `Veil` module. Not part of the main package's products: these
/// executables only link when built with `-sanitize=fuzzer` (libFuzzer's driver). Build and run them with
/// `make fuzz` (Fuzz/run.sh), which builds them so:
///
///     swift build -c release --package-path Fuzz --scratch-path .build-fuzz \
///         -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
///
/// FuzzPII is not here: VeilPII has no dependencies, so run.sh compiles it with its sources in one `swiftc` call, in
/// about a minute instead of the whole dependency graph (which CI cannot afford).
/// `-enable-testing` lets the targets reach the internal parsers they fuzz (`SSEParser`, the stream restorer of
/// `AnonymizeMiddleware`) through `@testable import`, exactly as the unit tests do.
let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "VeilFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "veil", path: "..")],
    targets: [
        .target(name: "FuzzSupport", swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzWireJSON",
            dependencies: ["FuzzSupport", .product(name: "VeilWire", package: "veil")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "FuzzSSEStream",
            dependencies: [
                "FuzzSupport", .product(name: "Veil", package: "veil"), .product(name: "VeilWire", package: "veil"),
                .product(name: "VeilPII", package: "veil"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "FuzzPolicyYAML",
            dependencies: ["FuzzSupport", .product(name: "Veil", package: "veil")],
            swiftSettings: swiftSettings
        ),
    ]
)
