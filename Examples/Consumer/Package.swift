// swift-tools-version:6.0
import PackageDescription

// An app outside this repository that depends on Veil by URL and version, as a user's would: SwiftPM then applies
// its rules for remote packages (no unsafe flags in what the app links, only products are visible). CI points the URL
// at a tagged clone of the commit under test (scripts/consumer-check.sh); the default is where Veil is published.
let veilURL = Context.environment["VEIL_PACKAGE_URL"] ?? "https://github.com/veil-project/veil.git"
let veilVersion = Version(Context.environment["VEIL_PACKAGE_VERSION"] ?? "0.1.0") ?? "0.1.0"

let package = Package(
    name: "VeilConsumer",
    platforms: [.macOS(.v15)],
    dependencies: [.package(url: veilURL, exact: veilVersion)],
    targets: [
        .executableTarget(
            name: "VeilConsumer",
            dependencies: [.product(name: "Veil", package: "veil")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
