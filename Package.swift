// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Coach",
    products: [
        .executable(name: "coach", targets: ["coach"]),
        .library(name: "CoachKit", targets: ["CoachKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // GNU readline, from Debian's libreadline-dev. Only Terminal/ReadlineLineReader.swift imports it.
        // NB: no pkgConfig: readline.pc's only flags (-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600) are ones
        // SwiftPM refuses with a warning at every build; the module map links it.
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // Snowball's reference stemmer, from Debian's libstemmer-dev (which ships no pkg-config file).
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // SQLite, from Debian's libsqlite3-dev: the store of conversations in progress and past
        // journals. Only Storage/SQLiteDatabase.swift imports it.
        // NB: no pkgConfig, as for readline: the module map links it.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The safety layer's lexicon, responses and resources (Dialogue/Safety/) are embedded at
        // build time by the same plugin, so no script or file on disk can switch them off.
        .target(
            name: "CoachKit",
            dependencies: ["CStemmer"],
            plugins: ["EmbedDialoguePlugin"]
        ),
        // The default dialogue script, embedded at build time so `coach` runs from any folder.
        .target(
            name: "DefaultScript",
            plugins: ["EmbedDialoguePlugin"]
        ),
        .executableTarget(
            name: "EmbedDialogue"
        ),
        .plugin(
            name: "EmbedDialoguePlugin",
            capability: .buildTool(),
            dependencies: ["EmbedDialogue"],
            path: "Sources/EmbedDialoguePlugin"
        ),
        .executableTarget(
            name: "coach",
            dependencies: [
                "CoachKit",
                "CReadline",
                "CSQLite",
                "DefaultScript",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks, kept out of the shipped coach: run them with Scripts/bench.
        .executableTarget(
            name: "CoachBench",
            dependencies: ["CoachKit", "DefaultScript", "CSQLite"]
        ),
        .testTarget(
            name: "CoachKitTests",
            dependencies: ["CoachKit", "DefaultScript"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CoachEndToEndTests",
            dependencies: ["CoachKit", "CSQLite"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
