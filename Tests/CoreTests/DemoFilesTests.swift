import Testing

@testable import Core

/// The demo data inside the program is the same as `data/`: an installed
/// skranke's `--demo` shows what a checkout's does. After changing data/,
/// run scripts/embed-demo-data.sh.
@Suite struct DemoFilesTests {
  static let data =
    String(#filePath.dropLast("Tests/CoreTests/DemoFilesTests.swift".count)) + "data/"

  @Test func theEmbeddedFilesAreDataFolder() throws {
    #expect(DemoFiles.all.count == 6)
    for file in DemoFiles.all {
      let bytes = try BinaryFile.read(Self.data + file.name, limit: 1 << 20)
      #expect(
        String(decoding: bytes, as: UTF8.self) == file.text + "\n",
        "\(file.name) differs: run scripts/embed-demo-data.sh")
    }
  }

  @Test func aDemoSeedsFromTheEmbeddedFiles() throws {
    let database = TestDatabase()
    try DemoData.writeFiles(to: database.directory, database: database.path)
    let store = try AssociationStore(db: try Database(path: database.path))
    try DemoData.seed(store, from: database.directory, today: ErasureFixture.today)
    #expect(try store.associationCount() == 70)
  }

  /// The demo's events fit around its bookings on every weekday: each of
  /// the four is made, whatever day the demo starts.
  @Test(arguments: 0..<7) func theDemoEventsFitEveryWeekday(_ offset: Int) throws {
    let database = TestDatabase()
    try DemoData.writeFiles(to: database.directory, database: database.path)
    let store = try AssociationStore(db: try Database(path: database.path))
    let today = ErasureFixture.today.adding(offset)
    try DemoData.seed(store, from: database.directory, today: today)
    let events = try EventStore(db: store.db).lines(from: today, to: today.adding(30))
    #expect(events.count == 4)
    #expect(events.first { $0.title.hasPrefix("Førstehjælp") }?.counts.waiting == 2)
  }
}
