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
    .executableTarget(
      name: "skranke", dependencies: ["TUI", "Core", "SkrankeBench"], path: "Sources/skranke"),
    .testTarget(name: "CoreTests", dependencies: ["Core", "CSQLite"], path: "Tests/CoreTests"),
    .testTarget(
      name: "TUITests", dependencies: ["TUI", "Core"], path: "Tests/TUITests", exclude: ["Screens"]),
  ],
  swiftLanguageModes: [.v6]
)
