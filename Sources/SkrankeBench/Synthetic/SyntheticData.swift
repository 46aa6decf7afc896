import Core

/// Realistic-looking Danish associations and activities in bulk, for the
/// benchmark: the same tables and search index the real data uses, written
/// in one transaction with each association indexed once.
public enum SyntheticData {
  static let towns = [
    "Hjørring", "Hirtshals", "Sindal", "Vrå", "Løkken", "Tårs", "Bindslev", "Ålborg", "Aalborg",
    "Brønderslev", "Frederikshavn", "Sæby", "Skagen", "Østervrå", "Lønstrup", "Tversted",
  ]
  static let kinds = [
    "Ældre Sagen", "Røde Kors", "Spejderne", "Idrætsforening", "Café", "Besøgstjeneste",
    "Lektiehjælp", "Sorggruppe", "Venligboerne", "Frivilligcenter", "Madhjælp", "Genbrug",
    "Mentorforening", "Skakklub", "Svømmeklub", "Kirkens Korshær", "Handicapidræt", "Kunstforening",
  ]
  static let words = [
    "fællesskab", "hjælp", "børn", "unge", "ældre", "ensomhed", "besøg", "kaffe", "motion", "natur",
    "lektier", "sprog", "integration", "pårørende", "sorg", "mad", "musik", "gåtur", "rådgivning",
    "frivillig", "hjemløse", "misbrug", "sundhed", "handicap", "kørsel", "indkøb", "værested",
  ]

  /// Adds `associations` associations with `activitiesEach` activities each.
  public static func generate(into store: AssociationStore, associations: Int, activitiesEach: Int)
    throws
  {
    var random = SeededRandom(seed: 0x5EED)
    func next(_ bound: Int) -> Int { random.next(bound) }
    func sentence(_ count: Int) -> String {
      (0..<count).map { _ in words[next(words.count)] }.joined(separator: " ")
    }
    let index = SearchIndex(db: store.db)
    try store.db.write {
      var areaIDs: [Int64] = []
      for town in towns { areaIDs.append(try store.areaID(named: town, create: true)!) }
      for number in 0..<associations {
        let town = next(towns.count)
        let name = "\(kinds[next(kinds.count)]) \(towns[town]) \(number + 1)"
        try store.db.run(
          """
          INSERT INTO associations(name, name_fold, sort_key, description, area_id,
            contact_person, phone, email, active, target_codes)
          VALUES (?, ?, ?, ?, ?, 'Anne Jensen', '98921234', 'kontakt@forening.dk', ?, ?)
          """,
          [
            .text(name), .text(DanishFolding.fold(name)), .text(DanishSortKey.make(name)),
            .text("Vi tilbyder " + sentence(12) + "."), .integer(areaIDs[town]),
            .bool(next(20) != 0), .text(store.targetGroups[next(store.targetGroups.count)].code),
          ])
        let id = store.db.lastInsertRowID
        try store.db.run(
          "INSERT INTO association_target_groups SELECT ?, id FROM target_groups WHERE code = ?",
          [.integer(id), .text(store.targetGroups[next(store.targetGroups.count)].code)])
        for activity in 0..<activitiesEach {
          let title = sentence(2).capitalizedFirst + " \(activity + 1)"
          try store.db.run(
            """
            INSERT INTO activities(association_id, title, title_fold, sort_key, kind, description,
              area_id, schedule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
              .integer(id), .text(title), .text(DanishFolding.fold(title)),
              .text(DanishSortKey.make(title)), .text(next(2) == 0 ? "role" : "offer"),
              .text(sentence(10)), .integer(areaIDs[town]), .integer(Int64(1 << next(21))),
            ])
        }
        try index.reindex(associationID: id)
      }
      try index.optimize()
    }
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
