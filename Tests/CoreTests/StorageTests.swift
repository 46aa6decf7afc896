import CSQLite
import Core
import Glibc
import Testing

@Suite struct StorageTests {
  let database = TestDatabase()

  @Test func newFileIsWALWithForeignKeysAndMode0600() throws {
    let db = try database.open()
    #expect(try db.scalarText("PRAGMA journal_mode") == "wal")
    #expect(try db.scalarInt("PRAGMA foreign_keys") == 1)
    var info = stat()
    stat(database.path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(try db.scalarInt("PRAGMA user_version") == Int64(Schema.migrations.count))
    #expect(
      try db.scalarInt("SELECT count(*) FROM schema_migrations") == Int64(Schema.migrations.count))
  }

  /// A write inside a write is a savepoint: a failing inner one undoes only
  /// its own rows; a failing outer one undoes everything, inner work too.
  @Test func writesNestAsSavepoints() throws {
    let store = try database.store()
    struct Boom: Error {}
    func add(_ name: String) throws {
      try store.db.run(
        "INSERT INTO areas(name, name_fold, sort_key) VALUES (?, ?, ?)",
        [.text(name), .text(name), .text(name)])
    }
    try store.db.write {
      try add("A")
      #expect(throws: Boom.self) {
        try store.db.write {
          try add("B")
          throw Boom()
        }
      }
      try store.db.write { try add("C") }
    }
    #expect(try store.db.map("SELECT name FROM areas ORDER BY name") { $0.text(0) } == ["A", "C"])
    #expect(throws: Boom.self) {
      try store.db.write {
        try store.db.write { try add("D") }
        throw Boom()
      }
    }
    #expect(try store.db.scalarInt("SELECT count(*) FROM areas") == 2)
    // A store's one save works inside an outer write and rolls back with it.
    #expect(throws: Boom.self) {
      try store.db.write {
        try store.save(Association(name: "Inde i en import"))
        throw Boom()
      }
    }
    #expect(try store.associationCount() == 0)
  }

  @Test func writeRollsBackOnAnyError() throws {
    let store = try database.store()
    struct Boom: Error {}
    #expect(throws: Boom.self) {
      try store.db.write {
        try store.db.run("INSERT INTO areas(name, name_fold, sort_key) VALUES ('X', 'x', 'x')")
        throw Boom()
      }
    }
    #expect(try store.db.scalarInt("SELECT count(*) FROM areas") == 0)
  }

  @Test func sqliteErrorsCarryCodeMessageAndSQL() throws {
    let db = try database.open()
    do {
      try db.run("INSERT INTO nowhere VALUES (1)")
      Issue.record("expected an error")
    } catch let error as SQLiteError {
      #expect(error.primaryCode == SQLITE_ERROR)
      #expect(error.message.contains("no such table"))
      #expect(error.sql == "INSERT INTO nowhere VALUES (1)")
    }
  }

  @Test func olderFileIsMigrated() throws {
    let path = database.directory + "/old.db"
    let first = [Migration("one", "CREATE TABLE a(x);")]
    _ = try Database(path: path, migrations: first)
    let both = first + [Migration("two", "CREATE TABLE b(y); INSERT INTO b VALUES (7);")]
    let db = try Database(path: path, migrations: both)
    #expect(try db.scalarInt("PRAGMA user_version") == 2)
    #expect(try db.scalarInt("SELECT y FROM b") == 7)
    for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
  }

  @Test func newerFileIsRefusedAndUntouched() throws {
    let path = database.directory + "/new.db"
    do {
      let db = try Database(path: path, migrations: [])
      try db.execute("PRAGMA user_version = 42")
    }
    for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
    let before = CSVTestFile.bytes(path)
    #expect(
      throws: DatabaseOpenError.newerVersion(path: path, found: 42, known: Schema.migrations.count)
    ) {
      _ = try Database(path: path)
    }
    #expect(CSVTestFile.bytes(path) == before)
  }

  @Test func aFileThatIsNotSQLiteGetsAClearMessage() throws {
    let path = database.file("junk.db", Array("this is a text file, not a database\n".utf8))
    #expect(throws: DatabaseOpenError.notADatabase(path: path)) { _ = try Database(path: path) }
    #expect(
      DatabaseOpenError.notADatabase(path: path).message(.danish).contains(
        "ikke en skranke-database"))
  }

  @Test func unreadableFolderGetsAClearMessage() {
    #expect(throws: DatabaseOpenError.self) { _ = try Database(path: "/nonexistent/dir/x.db") }
  }

  @Test func duplicateNamesAreRefusedByFoldedName() throws {
    let store = try database.store()
    try store.save(Association(name: "Ældre Sagen"))
    #expect(throws: StoreError.invalidAssociation([.name: .duplicateName])) {
      try store.save(Association(name: "aeldre sagen"))
    }
    #expect(try store.associationCount() == 1)
  }
}

enum CSVTestFile {
  static func bytes(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { return [] }
    defer { fclose(file) }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = fread(&buffer, 1, buffer.count, file)
      if n <= 0 { break }
      out += buffer[0..<n]
    }
    return out
  }
}
