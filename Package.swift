// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "skranke",
  products: [
    .executable(name: "skranke", targets: ["skranke"])
  ],
  targets: [
    .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3"),
    .systemLibrary(name: "CNcursesW", path: "Sources/CNcursesW", pkgConfig: "ncursesw"),
    .target(name: "Core", dependencies: ["CSQLite"], path: "Sources/Core"),
    .target(name: "TUI", dependencies: ["Core", "CNcursesW", "CSQLite"], path: "Sources/TUI"),
    .target(
      name: "SkrankeBench", dependencies: ["Core", "CSQLite", "CNcursesW"],
      path: "Sources/SkrankeBench"),
    // The release binary is one static file: the Swift runtime, SQLite and
    // ncurses inside, nothing for the loader to find and relocate at each
    // start (6.1 ms to `--version` before, 1.5 after) and nothing to
    // install on a desk's machine but the file.
    .executableTarget(
      name: "skranke", dependencies: ["TUI", "Core", "SkrankeBench"], path: "Sources/skranke",
      linkerSettings: [.unsafeFlags(["-static-executable"], .when(configuration: .release))]),
    .testTarget(name: "CoreTests", dependencies: ["Core", "CSQLite"], path: "Tests/CoreTests"),
    .testTarget(name: "CLITests", dependencies: ["skranke", "Core"], path: "Tests/CLITests"),
    .testTarget(
      name: "TUITests", dependencies: ["TUI", "Core"], path: "Tests/TUITests", exclude: ["Screens"]),
  ],
  swiftLanguageModes: [.v6]
)
