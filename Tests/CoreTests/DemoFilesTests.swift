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
}
