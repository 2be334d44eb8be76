// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SideBySide",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SideBySide", targets: ["SideBySide"]),
        .library(name: "PartnerCenter", targets: ["PartnerCenter"]),
        .executable(name: "sxs", targets: ["SxsCLI"]),
        .executable(name: "sxs-benchmark", targets: ["SxsBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // C libraries, each reached only through the Swift layer right above it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Swift layer over libxml2: HTML tokens with byte ranges, safe XML reading and writing.
        .target(name: "SxsMarkup", dependencies: ["CLibXML2"], swiftSettings: swift5),
        // Swift layer over cmark-gfm: value-type Markdown blocks and inlines with source ranges.
        .target(name: "SxsCommonMark", dependencies: ["CCmarkGFM"], swiftSettings: swift5),
        // The side-by-side document model and parser.
        .target(
            name: "SideBySide",
            dependencies: ["SxsMarkup", "SxsCommonMark", .product(name: "Yams", package: "Yams")],
            swiftSettings: swift5
        ),
        // Partner Center customer management: the product the articles document. Knows no Markdown.
        .target(
            name: "PartnerCenter",
            dependencies: ["SxsMarkup", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swift5
        ),
        // Procedures of an article as data: steps, UI actions, and step-by-step output.
        .target(
            name: "SxsProcedures",
            dependencies: ["SideBySide", "SxsMarkup", "SxsCommonMark", .product(name: "Yams", package: "Yams")],
            swiftSettings: swift5
        ),
        // Alignment of translations with their English source, and the consistency check rules.
        .target(
            name: "SxsCheck",
            dependencies: ["SideBySide", "SxsMarkup", "SxsProcedures", .product(name: "Yams", package: "Yams")],
            swiftSettings: swift5
        ),
        // The translation memory: every aligned pair in SQLite (GRDB), exact and fuzzy search, leverage, TMX.
        .target(
            name: "SxsMemory",
            dependencies: ["SideBySide", "SxsCheck", "SxsMarkup", "SxsCommonMark", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")],
            swiftSettings: swift5
        ),
        // Runs an article's procedures against a product's UI, label by label: doc-driven acceptance tests.
        .target(
            name: "SxsRunner",
            dependencies: ["SxsProcedures", "SideBySide", "SxsMarkup", .product(name: "Yams", package: "Yams")],
            swiftSettings: swift5
        ),
        // Partner Center as a product the runner can drive (the domain itself stays Markdown-free).
        // XLIFF 2.0 and 1.2 export and import of articles, with a skeleton for byte-exact round trips.
        .target(name: "SxsInterchange", dependencies: ["SideBySide", "SxsMarkup", "SxsProcedures"], swiftSettings: swift5),
        .target(name: "PartnerCenterRunnable", dependencies: ["PartnerCenter", "SxsRunner"], swiftSettings: swift5),
        .executableTarget(
            name: "SxsCLI",
            dependencies: ["SideBySide", "SxsProcedures", "SxsCheck", "SxsRunner", "PartnerCenterRunnable", "SxsInterchange", "SxsMemory",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swift5,
            linkerSettings: mimalloc
        ),
        .executableTarget(name: "SxsBenchmark", dependencies: ["SideBySide", "SxsCheck", "PartnerCenter", "SxsRunner", "PartnerCenterRunnable", "SxsInterchange", "SxsMemory"], swiftSettings: swift5,
                          linkerSettings: mimalloc),
        // A child process for PartnerCenterTests' kill test: writes to a SQLite store until it is killed.
        .executableTarget(name: "PartnerCenterStoreWriter", dependencies: ["PartnerCenter"], swiftSettings: swift5),

        // Scratch folders for the tests, removed when the test process exits.
        .target(name: "SxsTestSupport", path: "Tests/SxsTestSupport", swiftSettings: swift5),
        .testTarget(name: "SxsMarkupTests", dependencies: ["SxsTestSupport", "SxsMarkup"], swiftSettings: swift5),
        .testTarget(name: "SxsCommonMarkTests", dependencies: ["SxsCommonMark"], swiftSettings: swift5),
        .testTarget(
            name: "SideBySideTests",
            dependencies: ["SideBySide", "SxsTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swift5
        ),
        .testTarget(
            name: "PartnerCenterTests",
            dependencies: ["SxsTestSupport", "PartnerCenter", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: swift5
        ),
        .testTarget(
            name: "SxsProceduresTests",
            dependencies: ["SxsTestSupport", "SxsProcedures", "SideBySide", "SxsMarkup"],
            resources: [.copy("Fixtures")],
            swiftSettings: swift5
        ),
        .testTarget(name: "SxsCheckTests", dependencies: ["SxsTestSupport", "SxsCheck", "SxsProcedures", "SideBySide", "SxsMarkup"], swiftSettings: swift5),
        .testTarget(
            name: "SxsMemoryTests",
            dependencies: ["SxsTestSupport", "SxsMemory", "SxsCheck", "SideBySide", "SxsMarkup", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")],
            swiftSettings: swift5
        ),
        .testTarget(
            name: "SxsRunnerTests",
            dependencies: ["SxsRunner", "PartnerCenterRunnable", "SxsProcedures", "SideBySide"],
            swiftSettings: swift5
        ),
        .testTarget(
            name: "SxsInterchangeTests",
            dependencies: ["SxsTestSupport", "SxsInterchange", "SideBySide", "SxsMarkup", "SxsProcedures"],
            resources: [.copy("Fixtures")],
            swiftSettings: swift5
        ),
        .testTarget(name: "SxsCLITests", dependencies: ["SxsTestSupport", "SideBySide", "SxsCLI"], resources: [.copy("Fixtures")], swiftSettings: swift5),
    ]
)

var swift5: [SwiftSetting] { [.swiftLanguageMode(.v5)] }

/// The executables allocate with mimalloc (Debian's libmimalloc-dev), which replaces the C library's
/// malloc for the whole process: a check makes and frees millions of small strings and arrays on
/// two threads, and glibc's malloc and free were 8.4% of its instructions (mimalloc's are 2.7%).
/// The libraries do not link it, so a program embedding them keeps its own allocator.
var mimalloc: [LinkerSetting] { [.linkedLibrary("mimalloc", .when(platforms: [.linux]))] }
