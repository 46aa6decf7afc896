import Core

/// What matching reads, added to synthetic activities for the benchmark:
/// interests, ages, places, access, languages and a few times a week, and
/// neighbours between the synthetic towns. Deterministic, like the rest of
/// the synthetic data.
public enum SyntheticMatching {
  static let interests = [
    "samvær", "omsorg", "gåture", "mad", "café", "it", "læsning", "musik", "sang", "motion",
    "natur", "havearbejde", "skole", "unge", "børn", "sprog", "kørsel", "rådgivning", "historie",
    "kultur", "håndarbejde", "skak", "fodbold", "svømning", "dans", "genbrug", "dyr", "kunst",
    "teater", "undervisning",
  ]
  static let languages = ["", "", "", "", "dansk|engelsk", "dansk|arabisk", "dansk|ukrainsk"]

  public static func enrich(_ db: Database) throws {
    var random = SeededRandom(seed: 0xFACE)
    func next(_ bound: Int) -> Int { random.next(bound) }
    try db.write {
      let ids = try db.map("SELECT id FROM activities ORDER BY id") { $0.int(0) }
      for id in ids {
        let words = Set((0...next(3)).map { _ in interests[next(interests.count)] })
        var schedule = 0
        for _ in 0...next(4) { schedule |= 1 << next(21) }
        let young = next(5) == 0
        let access = next(3) == 0
        try db.run(
          """
          UPDATE activities SET interests = ?, schedule = ?, age_min = ?, age_max = ?,
            open_places = ?, step_free = ?, accessible_toilet = ?, languages = ?,
            child_certificate = ?
          WHERE id = ?
          """,
          [
            .text(words.sorted().joined(separator: "|")), .integer(Int64(schedule)),
            young ? .integer(12) : (next(3) == 0 ? .integer(18) : .null),
            young ? .integer(25) : .null,
            next(20) == 0 ? .integer(0) : (next(2) == 0 ? .integer(Int64(next(10) + 1)) : .null),
            .bool(access), .bool(access && next(2) == 0), .text(languages[next(languages.count)]),
            .bool(young && next(2) == 0), .integer(id),
          ])
      }
      try InterestVocabulary(db: db).addMissing(interests)
      let towns = try db.map("SELECT id FROM areas ORDER BY id") { $0.int(0) }
      // Each town neighbours the next two in the list.
      for (offset, town) in towns.enumerated() {
        for step in 1...2 where offset + step < towns.count {
          try db.run(
            "INSERT OR IGNORE INTO area_neighbours VALUES (?, ?), (?, ?)",
            [
              .integer(town), .integer(towns[offset + step]), .integer(towns[offset + step]),
              .integer(town),
            ])
        }
      }
    }
  }

  /// `count` citizens' profiles (not stored) spread over the same words and towns.
  public static func citizens(_ count: Int, areas: [String], today: Day) -> [Citizen] {
    var random = SeededRandom(seed: 0xC17)
    func next(_ bound: Int) -> Int { random.next(bound) }
    return (0..<count).map { number in
      var availability = Schedule()
      for _ in 0...(1 + next(5)) { availability.insert(day: next(7), part: next(3)) }
      return Citizen(
        name: "Borger \(number)", seeking: next(2) == 0 ? .volunteer : .offerSelf,
        interests: (0...next(3)).map { _ in interests[next(interests.count)] },
        targetGroups: next(3) == 0 ? ["elderly"] : [], availability: availability,
        area: areas[next(areas.count)], reach: Reach.allCases[next(3)],
        birthYear: today.parts.year - 16 - next(70), languages: next(4) == 0 ? ["arabisk"] : [],
        needsStepFree: next(5) == 0, needsToilet: next(8) == 0,
        withoutChildCertificate: next(6) == 0, consentOn: today)
    }
  }
}
