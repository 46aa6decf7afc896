import Core
import Testing

@Suite struct SearchTests {
  let database = TestDatabase()

  func names(_ store: AssociationStore, _ text: String, active: ActiveFilter = .active) throws
    -> [String]
  {
    try SearchService(db: store.db).search(SearchQuery(text: text, active: active), limit: 200)
      .map(\.name)
  }

  @Test func danishLettersFoldBothWays() throws {
    let store = try database.demoStore()
    for query in ["hjørr", "HJØRR", "hjorring", "hjoerring", "Hjørring"] {
      #expect(try names(store, query).contains("Hjørring Frivilligcenter"), "\(query)")
    }
    for query in ["aalborg", "ålborg", "Ålborg", "AALBORG"] {
      let found = try names(store, query)
      #expect(found.contains("Kræftens Bekæmpelse, Aalborg-afdelingen"), "\(query)")
      #expect(found.contains("Sorggruppen Ålborg-Hjørring"), "\(query)")
    }
    #expect(try names(store, "aeldre").contains("Ældre Sagen Hjørring"))
    #expect(try names(store, "cafe").contains("Café Hjertetræ"))
    #expect(try names(store, "under").contains("Café Ünder Tårnet"))
  }

  /// "Who do I contact?": an association is found by its phone number,
  /// typed with or without spaces, or its beginning (a trial found none).
  @Test func anAssociationIsFoundByItsPhoneNumber() throws {
    let store = try database.demoStore()
    for query in ["98208348", "98 20 83 48", "9820"] {
      #expect(
        try names(store, query).contains("Alzheimerforeningen Vendsyssel"), "\(query)")
    }
  }

  @Test func compoundWordsAreFoundFromThreeLetters() throws {
    let store = try database.demoStore()
    let found = try names(store, "hjælp")
    #expect(found.contains("Røde Kors Hjørring"))  // "Lektiehjælp i lektiecaféen"
    #expect(found.contains("Dansk Flygtningehjælp Hjørring"))
  }

  @Test func everyWordMustMatchAndNameHitsComeFirst() throws {
    let store = try database.demoStore()
    let found = try names(store, "lektie")
    #expect(
      found.first == "Foreningen Lektiehjælp Vendsyssel" || found.first?.contains("ektie") == true)
    let tiers = try SearchService(db: store.db).search(SearchQuery(text: "lektie"), limit: 100)
      .map(\.tier)
    #expect(tiers == tiers.sorted())
    #expect(tiers.contains(2))
    let both = try names(store, "røde sindal")
    #expect(both == ["Røde Kors Sindal"])
    let shortPrefix = try names(store, "ro ko")
    #expect(shortPrefix.contains("Røde Kors Hjørring"))
  }

  @Test func filtersAndInactive() throws {
    let store = try database.demoStore()
    #expect(try !names(store, "fisker").contains("Hirtshals Fiskerforening (nedlagt)"))
    #expect(try names(store, "fisker", active: .inactive) == ["Hirtshals Fiskerforening (nedlagt)"])
    let area = try store.areas().first { $0.name == "Løkken" }!
    let inArea = try SearchService(db: store.db).search(SearchQuery(areaID: area.id), limit: 100)
    #expect(!inArea.isEmpty)
    #expect(inArea.allSatisfy { $0.area == "Løkken" })
    let group = store.targetGroup(code: "homelessness")!
    let homeless = try SearchService(db: store.db).search(
      SearchQuery(targetGroupID: group.id), limit: 100)
    #expect(homeless.map(\.name).contains("Kirkens Korshær Hjørring"))
    #expect(homeless.allSatisfy { $0.targetCodes.contains("homelessness") })
  }

  @Test func pagingByKeyCoversEveryRowOnce() throws {
    let store = try database.demoStore()
    let service = SearchService(db: store.db)
    for text in ["", "a", "hjørring"] {
      var seen: [String] = []
      var cursor: SearchCursor?
      while true {
        let page = try service.search(SearchQuery(text: text), after: cursor, limit: 7)
        if page.isEmpty { break }
        seen += page.map(\.name)
        cursor = page.last!.cursor
      }
      let all = try service.search(SearchQuery(text: text), limit: 1000).map(\.name)
      #expect(seen == all)
      #expect(Set(seen).count == seen.count)
    }
  }

  @Test func browsingSortsTheDanishWay() throws {
    let store = try database.demoStore()
    let all = try names(store, "")
    let tail = all.suffix(6)
    #expect(
      all.firstIndex(of: "Østervrå Landsbyforum")! < all.firstIndex(of: "Aaskov Spejdergruppe")!)
    #expect(
      all.firstIndex(of: "Ældre Sagen Hjørring")! < all.firstIndex(of: "Østervrå Landsbyforum")!)
    #expect(all.firstIndex(of: "Vrå Idrætsforening")! < all.firstIndex(of: "Ældre Sagen Hjørring")!)
    #expect(tail.contains("Aaskov Spejdergruppe"))
  }
}
