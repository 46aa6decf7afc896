import Testing

@testable import Core

/// Found by fuzzing Find (issue 24.12): memory grew without end, one
/// prepared statement kept for every shape of query ever typed.
@Suite struct StatementCacheTests {
  let database = TestDatabase()

  @Test func aDayOfDifferentSearchesKeepsABoundedNumberOfStatements() throws {
    let store = try database.store()
    _ = try store.save(Association(name: "Røde Kors Hjørring"))
    let find = FindService(db: store.db)
    for n in 1...400 {
      let words = (0..<(n % 40 + 1)).map { "ord\($0 % 7)" }.joined(separator: " ")
      _ = try find.find(words + " røde", lang: .danish)
      _ = try store.db.scalarInt("SELECT \(n)")
    }
    #expect(store.db.cachedStatementCount <= 256)
    // A pasted page of words is searched by its first twelve.
    let page = (1...2_000).map { "ord\($0)" }.joined(separator: " ")
    #expect(try SearchService(db: store.db).search(SearchQuery(text: page)).isEmpty)
  }
}

/// Rows read by column name: the name, not the position, says what is read.
@Suite struct ColumnNameTests {
  let database = TestDatabase()

  @Test func aColumnIsReadByItsNameOrAlias() throws {
    let db = try database.open()
    try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, note TEXT)")
    try db.run("INSERT INTO t (name, note) VALUES ('Salen', NULL)")
    let rows = try db.map("SELECT note, name, id, length(name) AS letters FROM t") {
      ($0.int("id"), $0.text("name"), $0.optionalText("note"), $0.int("letters"))
    }
    #expect(rows.count == 1)
    #expect(rows.first?.0 == 1 && rows.first?.1 == "Salen")
    #expect(rows.first?.2 == nil && rows.first?.3 == 5)
  }
}

extension ColumnNameTests {
  @Test func manyRowsLookTheirColumnsUpOnce() throws {
    let db = try database.open()
    try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    for n in 1...5 { try db.run("INSERT INTO t (name) VALUES (?)", [.text("n\(n)")]) }
    var names: [String] = []
    try db.forEach("SELECT id, name FROM t ORDER BY id", columns: ["name", "id"]) { row, c in
      names.append(row.text(c[0]) + "#\(row.int(c[1]))")
    }
    #expect(names == ["n1#1", "n2#2", "n3#3", "n4#4", "n5#5"])
  }
}
