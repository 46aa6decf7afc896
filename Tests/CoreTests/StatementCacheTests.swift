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
