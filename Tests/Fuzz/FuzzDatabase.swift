import Glibc

/// The database the import and search targets work on: a real SQLite file
/// in /tmp, made once a process with a little of everything, and each
/// input's work undone (a transaction rolled back), so every run starts
/// from the same file.
enum FuzzDatabase {
  nonisolated(unsafe) static let store: AssociationStore = {
    let path = "/tmp/skranke-fuzz-\(getpid()).db"
    for suffix in ["", "-wal", "-shm", ".lock", ".log"] { unlink(path + suffix) }
    do {
      let db = try Database(path: path)
      let store = try AssociationStore(db: db)
      let importer = Importer(store: store)
      _ = try importer.importAreas(bytes: Array("area,neighbours\nHjørring,Hirtshals\n".utf8))
      _ = try importer.importAssociations(
        bytes: Array(
          """
          name,description,area,target_groups,phone
          Røde Kors Hjørring,Besøgsvenner og lektiehjælp,Hjørring,Ældre og ensomhed,98 92 12 34
          Ældre Sagen Hirtshals,Spisefællesskab,Hirtshals,,

          """.utf8))
      _ = try FundFiles(db: db).importFunds(
        bytes: Array("name,grantor\n§ 18-puljen,Hjørring Kommune\n".utf8))
      return store
    } catch {
      say("the fuzz database could not be made: \(error)\n")
      exit(3)
    }
  }()

  struct Undo: Error {}

  /// Runs `body` in a transaction that is always rolled back.
  static func undone(_ body: () throws -> Void) {
    do {
      try store.db.write {
        try body()
        throw Undo()
      }
    } catch is Undo {
    } catch {
      require(false, "a write failed outside the work: \(error)")
    }
  }

  /// The columns of a table, by name and declared type.
  static func textColumns(_ table: String) -> [String] {
    (try? store.db.map("SELECT name, type FROM pragma_table_info(?)", [.text(table)]) { row in
      row.text(1) == "TEXT" ? row.text(0) : nil
    })?.compactMap { $0 } ?? []
  }

  /// The tables an import writes.
  static let imported = ["associations", "activities", "rooms", "areas", "funds", "fund_rounds"]
  /// One-line columns: a name, a title, a contact. (An association's
  /// address may have two lines, as on an envelope.)
  static let oneLine: Set<String> = [
    "name", "title", "contact_person", "phone", "email", "website", "grantor", "url",
  ]
  /// One-line columns with a one-line limit, and the address: 200
  /// characters whatever their lines.
  static let short: Set<String> = oneLine.union(["address"])

  /// Every text an import stored is within the limits of its kind, in
  /// characters, scalars and bytes, and holds no control but line breaks
  /// and tabs in free text.
  static func auditStored() {
    for table in imported {
      for column in textColumns(table) {
        let rows = (try? store.db.map("SELECT \(column) FROM \(table)") { $0.text(0) }) ?? []
        let max = short.contains(column) ? Validation.shortText : Validation.longText
        let oneLine = oneLine.contains(column)
        for value in rows {
          require(value.utf8.count <= Validation.bytes(for: max), "\(table).\(column) bytes")
          require(
            value.unicodeScalars.count <= Validation.scalars(for: max), "\(table).\(column) scalars"
          )
          for scalar in value.unicodeScalars where SafeText.isControl(scalar) {
            require(
              !oneLine && (scalar == "\n" || scalar == "\t"),
              "\(table).\(column) holds \(codes(String(scalar)))")
          }
        }
      }
    }
  }
}
