/// Each importer's rows: a file is imported whole or refused with the
/// lines that failed, never with another error; what is stored is within
/// its limits. (Every run is rolled back.)
enum ImportTargets {
  static func run(_ input: FuzzInput, _ body: (AssociationStore, [UInt8]) throws -> ImportSummary) {
    FuzzDatabase.undone {
      let store = FuzzDatabase.store
      do {
        let summary = try body(store, input.bytes)
        require(summary.added >= 0 && summary.updated >= 0, "counts")
        FuzzDatabase.auditStored()
      } catch let refused as ImportError {
        let text = refused.message(.english) + refused.message(.danish)
        require(!text.isEmpty, "a refusal without words")
        require(!text.contains("SQLITE") && !text.contains("constraint"), "SQLite's words: \(text)")
      }
    }
  }

  static func associations(_ input: FuzzInput) {
    run(input) { store, bytes in try Importer(store: store).importAssociations(bytes: bytes) }
  }

  static func activities(_ input: FuzzInput) {
    run(input) { store, bytes in try Importer(store: store).importActivities(bytes: bytes) }
  }

  static func rooms(_ input: FuzzInput) {
    run(input) { store, bytes in try RoomFiles(store: store).importRooms(bytes: bytes) }
  }

  static func areas(_ input: FuzzInput) {
    run(input) { store, bytes in try Importer(store: store).importAreas(bytes: bytes) }
  }

  static func funds(_ input: FuzzInput) {
    run(input) { store, bytes in try FundFiles(db: store.db).importFunds(bytes: bytes) }
  }

  static func rounds(_ input: FuzzInput) {
    run(input) { store, bytes in try FundFiles(db: store.db).importRounds(bytes: bytes) }
  }
}
