/// What matching needs of every active activity of an active association,
/// read once into compact arrays of integers: ranking a citizen against
/// 100,000 activities is then a loop over memory, not a query per keystroke.
/// Words (interests, languages) are numbered once, so comparing them is
/// comparing integers. The order of `candidates` is the tie order: Danish
/// order of association name, then activity title, then id.
public struct MatchIndex: Sendable {
  struct Candidate: Sendable {
    var id: Int64
    var kind: ActivityKind
    /// -1: no fixed place.
    var areaID: Int32
    var schedule: Int32
    /// -1: no limit.
    var ageMin: Int16
    var ageMax: Int16
    /// -1: not known.
    var openPlaces: Int32
    var stepFree: Bool
    var toilet: Bool
    var childCertificate: Bool
    var targetBits: UInt64
    /// Slices of `interestIDs` and `languageIDs`.
    var interestStart: Int32
    var interestCount: Int16
    var languageStart: Int32
    var languageCount: Int16
  }

  var candidates: [Candidate] = []
  var interestIDs: [Int32] = []
  var languageIDs: [Int32] = []
  /// Numbered words, folded: index = number.
  var interestNames: [String] = []
  var interestNumbers: [String: Int32] = [:]
  var languageNames: [String] = []
  var languageNumbers: [String: Int32] = [:]
  var areaNames: [Int32: String] = [:]
  var areaNumbers: [String: Int32] = [:]
  var neighbours: [Int32: Set<Int32>] = [:]
  /// Target group code → bit, and bit → Danish and English name.
  var targetBits: [String: UInt64] = [:]
  var targetNames: [UInt64: (String, String)] = [:]

  /// An activity with no language given takes place in Danish.
  static let defaultLanguage = "dansk"

  public var count: Int { candidates.count }

  public static func load(_ db: Database) throws -> MatchIndex {
    var index = MatchIndex()
    try db.read {
      try db.forEach("SELECT id, name, name_fold FROM areas") { row in
        index.areaNames[Int32(row.int(0))] = row.text(1)
        index.areaNumbers[row.text(2)] = Int32(row.int(0))
      }
      try db.forEach("SELECT area_id, neighbour_id FROM area_neighbours") { row in
        index.neighbours[Int32(row.int(0)), default: []].insert(Int32(row.int(1)))
      }
      try db.forEach("SELECT id, code, name_da, name_en FROM target_groups ORDER BY id") { row in
        let bit = UInt64(1) << UInt64(min(63, row.int(0)))
        index.targetBits[row.text(1)] = bit
        index.targetNames[bit] = (row.text(2), row.text(3))
      }
      _ = index.number(language: defaultLanguage)
      var rawWords: [String: Int32] = [:]
      var rawLanguages: [String: Int32] = [:]
      try db.forEach(
        """
        SELECT v.id, v.kind, v.area_id, v.schedule, v.age_min, v.age_max, v.open_places,
               v.step_free, v.accessible_toilet, v.child_certificate, v.interests, v.languages,
               coalesce((SELECT group_concat(t.code, '|') FROM activity_target_groups x
                 JOIN target_groups t ON t.id = x.target_group_id WHERE x.activity_id = v.id),
                 a.target_codes)
        FROM activities v JOIN associations a ON a.id = v.association_id
        WHERE v.active = 1 AND a.active = 1
        ORDER BY a.sort_key, a.id, v.sort_key, v.id
        """
      ) { row in
        var candidate = Candidate(
          id: row.int(0), kind: row.text(1) == "role" ? .role : .offer,
          areaID: row.isNull(2) ? -1 : Int32(row.int(2)), schedule: Int32(row.int(3)),
          ageMin: row.isNull(4) ? -1 : Int16(row.int(4)),
          ageMax: row.isNull(5) ? -1 : Int16(row.int(5)),
          openPlaces: row.isNull(6) ? -1 : Int32(min(row.int(6), Int64(Int32.max))),
          stepFree: row.int(7) == 1, toilet: row.int(8) == 1, childCertificate: row.int(9) == 1,
          targetBits: 0, interestStart: Int32(index.interestIDs.count), interestCount: 0,
          languageStart: Int32(index.languageIDs.count), languageCount: 0)
        for word in row.text(10).split(separator: "|") {
          let raw = String(word)
          let number =
            rawWords[raw]
            ?? {
              let made = index.number(interest: raw)
              rawWords[raw] = made
              return made
            }()
          if number >= 0 {
            index.interestIDs.append(number)
            candidate.interestCount += 1
          }
        }
        for word in row.text(11).split(separator: "|") {
          let raw = String(word)
          let number =
            rawLanguages[raw]
            ?? {
              let made = index.number(language: raw)
              rawLanguages[raw] = made
              return made
            }()
          if number >= 0 {
            index.languageIDs.append(number)
            candidate.languageCount += 1
          }
        }
        for code in row.text(12).split(separator: "|") {
          candidate.targetBits |= index.targetBits[String(code)] ?? 0
        }
        index.candidates.append(candidate)
      }
    }
    return index
  }

  /// The number of an interest word (folded); new words get the next number.
  mutating func number(interest word: String) -> Int32 {
    let folded = Self.key(word)
    guard !folded.isEmpty else { return -1 }
    if let known = interestNumbers[folded] { return known }
    let made = Int32(interestNames.count)
    interestNames.append(word.trimmingCharacters(in: " "))
    interestNumbers[folded] = made
    return made
  }

  mutating func number(language word: String) -> Int32 {
    let folded = Self.key(word)
    guard !folded.isEmpty else { return -1 }
    if let known = languageNumbers[folded] { return known }
    let made = Int32(languageNames.count)
    languageNames.append(word.trimmingCharacters(in: " "))
    languageNumbers[folded] = made
    return made
  }

  static func key(_ word: String) -> String {
    DanishFolding.fold(word).trimmingCharacters(in: " ")
  }
}
