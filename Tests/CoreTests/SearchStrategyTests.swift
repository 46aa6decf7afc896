import Testing

@testable import Core

/// A tier is read either by walking the associations in Danish order or from
/// its FTS candidates, whichever is cheaper for the query. The demo data is
/// small, so these tests force each way and demand the same rows, and check
/// that SQLite runs each way through the index it was built for.
@Suite struct SearchStrategyTests {
  let database = TestDatabase()

  /// Everything a worker might type: 1–4 letter prefixes of every word of
  /// every name, some words from descriptions and activities, word pairs.
  func queries(_ store: AssociationStore) throws -> [String] {
    let names = try store.db.map("SELECT name FROM associations") { $0.text(0) }
    var texts = Set<String>()
    for name in names {
      for word in name.split(separator: " ") {
        for length in 1...4 { texts.insert(String(word.prefix(length))) }
      }
    }
    texts.formUnion([
      "hjælp", "lektie", "kaffe", "sorg", "ro ko", "røde sindal", "café hjør", "x", "qqq",
      "besøg ældre", "aa", "ål", "hj", "spejder sin", "ældre",
    ])
    return texts.sorted()
  }

  @Test func walkAndCandidatesGiveTheSameRows() throws {
    let store = try database.demoStore()
    let walk = SearchService(db: store.db, denseAbove: 0)
    let candidates = SearchService(db: store.db, denseAbove: 1_000_000)
    let area = try store.areas().first { $0.name == "Hjørring" }!.id
    let group = store.targetGroup(code: "elderly")!.id
    let filters = [
      SearchQuery(), SearchQuery(areaID: area), SearchQuery(targetGroupID: group),
      SearchQuery(active: .all), SearchQuery(active: .inactive),
    ]
    var compared = 0
    for text in try queries(store) {
      for var query in filters {
        query.text = text
        let rows = { (service: SearchService) in
          try service.search(query, limit: 500).map { "\($0.tier) \($0.id) \($0.name)" }
        }
        let one = try rows(walk)
        #expect(one == (try rows(candidates)), "\(text) \(query)")
        compared += one.count
      }
    }
    #expect(compared > 1000)  // the comparison saw real results, not empty lists
  }

  @Test func pagingByWalkCoversEveryRowOnceInTierOrder() throws {
    let store = try database.demoStore()
    let walk = SearchService(db: store.db, denseAbove: 0)
    for text in ["h", "hjørring", "lektie", "ro ko"] {
      var seen: [SearchHit] = []
      var cursor: SearchCursor?
      while true {
        let page = try walk.search(SearchQuery(text: text), after: cursor, limit: 3)
        if page.isEmpty { break }
        seen += page
        cursor = page.last!.cursor
      }
      #expect(seen == (try walk.search(SearchQuery(text: text), limit: 500)), "\(text)")
      #expect(seen.map(\.tier) == seen.map(\.tier).sorted(), "\(text)")
      #expect(Set(seen.map(\.id)).count == seen.count, "\(text)")
    }
  }

  func plan(_ store: AssociationStore, _ step: SearchStep) throws -> String {
    try store.db.map("EXPLAIN QUERY PLAN " + step.sql, step.values) { $0.text(3) }
      .joined(separator: "\n")
  }

  @Test func eachWayUsesItsIndex() throws {
    let store = try database.demoStore()
    let plan = SearchPlan(SearchQuery(text: "ro ko"))
    let nameStart = try self.plan(store, plan.page(0, walk: false, after: nil, limit: 50))
    #expect(
      nameStart.contains("COVERING INDEX associations_name_sort (name_fold>? AND name_fold<?)"))
    for tier in [1, 2] {
      let walk = try self.plan(store, plan.page(tier, walk: true, after: nil, limit: 50))
      #expect(walk.contains("SCAN a USING COVERING INDEX associations_sort"), "\(walk)")
      #expect(!walk.contains("TEMP B-TREE FOR ORDER BY\n"), "\(walk)")
      let fromCandidates = try self.plan(store, plan.page(tier, walk: false, after: nil, limit: 50))
      #expect(fromCandidates.contains("VIRTUAL TABLE INDEX"), "\(fromCandidates)")
      #expect(!fromCandidates.contains("associations_sort"), "\(fromCandidates)")
    }
    let inTown = SearchPlan(SearchQuery(text: "ro ko", areaID: 1))
    let townStart = try self.plan(store, inTown.page(0, walk: false, after: nil, limit: 50))
    #expect(townStart.contains("associations_name_sort"), "\(townStart)")
    let townWalk = try self.plan(store, inTown.page(1, walk: true, after: nil, limit: 50))
    #expect(townWalk.contains("COVERING INDEX associations_area_sort (area_id=?)"), "\(townWalk)")
    let cursor = SearchCursor(tier: 1, sortKey: "m", id: 1)
    let resumed = try self.plan(store, plan.page(1, walk: true, after: cursor, limit: 50))
    #expect(resumed.contains("associations_sort (sort_key>?)"), "\(resumed)")
  }

  @Test func editsAndRenamesReachTheIndex() throws {
    let store = try database.demoStore()
    let service = SearchService(db: store.db)
    let id = try store.associationID(named: "Røde Kors Sindal")!
    var association = try store.association(id: id)!
    association.name = "Sindal Xylofonlaug"
    association.description = "Vi drikker kaffe med zebrafinker"
    try store.save(association)
    let names = { (text: String) in try service.search(SearchQuery(text: text)).map(\.name) }
    #expect(try names("røde sindal").isEmpty)
    #expect(try names("xylofon") == ["Sindal Xylofonlaug"])
    #expect(try names("zebrafink") == ["Sindal Xylofonlaug"])
  }

  @Test func aVersion1FileKeepsItsSearchTextAfterMigrating() throws {
    do {
      let old = try Database(path: database.path, migrations: [Schema.migrations[0]])
      try old.execute(
        """
        INSERT INTO associations(id, name, name_fold, sort_key)
          VALUES (1, 'Ældre Sagen Sindal', 'aeldre sagen sindal', '{ldre sagen sindal');
        INSERT INTO search_words(rowid, name, body) VALUES (1, 'aeldre sagen sindal', 'besogsven');
        INSERT INTO search_trigrams(rowid, name, body)
          VALUES (1, 'aeldre sagen sindal', 'besogsven');
        """)
    }
    let store = try database.store()
    let service = SearchService(db: store.db)
    #expect(try service.search(SearchQuery(text: "ældre")).map(\.tier) == [0])
    #expect(try service.search(SearchQuery(text: "sindal")).map(\.tier) == [1])
    #expect(try service.search(SearchQuery(text: "besøg")).map(\.tier) == [2])
    #expect(
      try store.db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'search_words'") == 0)
  }
}
