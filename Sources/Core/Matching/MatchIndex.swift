/// What matching needs of every active activity of an active association,
/// read once into compact arrays of integers: ranking a citizen against
/// 100,000 activities is then a loop over memory, not a query per keystroke.
/// Words (interests, languages) are numbered once, so comparing them is
/// comparing integers. Among equal scores, `tie` decides: Danish order of
/// association name, then activity title, then id.
public struct MatchIndex: Sendable {
  struct Candidate: Sendable {
    var id: Int64
    var association: Int64
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
    /// Smaller comes first among equal scores (see `TieOrder`).
    var tie: Int64
    /// Slices of `interestIDs` and `languageIDs`.
    var interestStart: Int32
    var interestCount: Int16
    var languageStart: Int32
    var languageCount: Int16
  }

  var candidates: [Candidate] = []
  var interestIDs: [Int32] = []
  var languageIDs: [Int32] = []
  var interestWords = NumberedWords()
  var languageWords = NumberedWords()
  var areaNames: [Int32: String] = [:]
  var areaNumbers: [String: Int32] = [:]
  var neighbours: [Int32: Set<Int32>] = [:]
  /// Target group code → bit, and bit → Danish and English name.
  var targetBits: [String: UInt64] = [:]
  var targetNames: [UInt64: (String, String)] = [:]
  /// Where each activity is in `candidates` (for an update in place).
  var at: [Int64: Int] = [:]
  /// The tie order as read, kept for updates.
  var order = TieOrder()
  /// The last row of `matching_changes` this index includes.
  var changeMark: Int64 = 0

  /// An activity with no language given takes place in Danish.
  static let defaultLanguage = "dansk"

  public var count: Int { candidates.count }

  public static func load(_ db: Database) throws -> MatchIndex {
    var index = MatchIndex()
    try db.read {
      try index.loadNames(db)
      index.changeMark = try db.scalarInt("SELECT coalesce(max(n), 0) FROM matching_changes")
      let order = try tieOrder(db)
      index.order = order
      var rawWords = TextCache<(Int32, Int16)>()
      var rawLanguages = TextCache<(Int32, Int16)>()
      var rawTargets = TextCache<UInt64>()
      var position: [Int32] = []
      // Rowid order: no sort, no per-row subquery. Tie order comes from
      // `tieOrder`, target groups from one more pass.
      try db.forEach(
        """
        SELECT \(columns) FROM activities v JOIN associations a ON a.id = v.association_id
        WHERE v.active = 1 AND a.active = 1
        """, columns: Columns.names
      ) { row, indices in
        let c = Columns(indices)
        let id = row.int(c.id)
        let interests = row.withBytes(c.interests) { bytes in
          rawWords.value(bytes) { index.slice($0, language: false) }
        }
        let languages = row.withBytes(c.languages) { bytes in
          rawLanguages.value(bytes) { index.slice($0, language: true) }
        }
        // The association's target groups, unless the activity names its own (below).
        let inherited = row.withBytes(c.targetCodes) { bytes in
          rawTargets.value(bytes) { text in
            text.splitScalars { $0 == "|" }.filter { !$0.isEmpty }.reduce(0) {
              $0 | (index.targetBits[String($1)] ?? 0)
            }
          }
        }
        let association = row.int(c.association)
        let candidate = c.candidate(
          row, id: id, association: association, interests: interests, languages: languages,
          targetBits: inherited, tie: order.key(activity: id, association: association))
        if id >= position.count {
          position += Array(repeating: -1, count: Int(id) + 1 - position.count)
        }
        position[Int(id)] = Int32(index.candidates.count)
        index.at[id] = index.candidates.count
        index.candidates.append(candidate)
      }
      // An activity's own target groups replace its association's.
      var own: Set<Int32> = []
      try db.forEach(
        "SELECT x.activity_id, t.code FROM activity_target_groups x JOIN target_groups t ON t.id = x.target_group_id",
        columns: ["activity_id", "code"]
      ) { row, column in
        let id = Int(row.int(column[0]))
        guard id < position.count, position[id] >= 0 else { return }
        let at = position[id]
        if own.insert(at).inserted { index.candidates[Int(at)].targetBits = 0 }
        index.candidates[Int(at)].targetBits |= index.targetBits[row.text(column[1])] ?? 0
      }
    }
    return index
  }

  /// The columns a candidate is made of (`load` and `update` read the same).
  static let columns = """
    v.id, v.kind = 'role' AS is_role, v.area_id, v.schedule, v.age_min, v.age_max, v.open_places,
    v.step_free, v.accessible_toilet, v.child_certificate, v.interests, v.languages,
    a.target_codes, v.association_id
    """

  /// Where each of `columns` is in a row: looked up by name once per
  /// statement (`Database.forEach(columns:)`), then read by index.
  struct Columns {
    static let names = [
      "id", "is_role", "area_id", "schedule", "age_min", "age_max", "open_places", "step_free",
      "accessible_toilet", "child_certificate", "interests", "languages", "target_codes",
      "association_id",
    ]
    let id: Int32
    let isRole: Int32
    let areaID: Int32
    let schedule: Int32
    let ageMin: Int32
    let ageMax: Int32
    let openPlaces: Int32
    let stepFree: Int32
    let toilet: Int32
    let childCertificate: Int32
    let interests: Int32
    let languages: Int32
    let targetCodes: Int32
    let association: Int32

    /// A candidate from a row, with what the caller worked out: its
    /// words' and languages' slices, its target groups and its tie order
    /// (`load` reads them through caches, `update` directly).
    func candidate(
      _ row: Statement, id: Int64, association: Int64, interests: (Int32, Int16),
      languages: (Int32, Int16), targetBits: UInt64, tie: Int64
    ) -> Candidate {
      Candidate(
        id: id, association: association, kind: row.int(isRole) == 1 ? .role : .offer,
        areaID: row.isNull(areaID) ? -1 : Int32(row.int(areaID)),
        schedule: Int32(row.int(schedule)),
        ageMin: row.isNull(ageMin) ? -1 : Int16(row.int(ageMin)),
        ageMax: row.isNull(ageMax) ? -1 : Int16(row.int(ageMax)),
        openPlaces: row.isNull(openPlaces)
          ? -1 : Int32(min(row.int(openPlaces), Int64(Int32.max))),
        stepFree: row.int(stepFree) == 1, toilet: row.int(toilet) == 1,
        childCertificate: row.int(childCertificate) == 1, targetBits: targetBits, tie: tie,
        interestStart: interests.0, interestCount: interests.1,
        languageStart: languages.0, languageCount: languages.1)
    }

    /// `indices` in the order of `names`.
    init(_ indices: [Int32]) {
      id = indices[0]
      isRole = indices[1]
      areaID = indices[2]
      schedule = indices[3]
      ageMin = indices[4]
      ageMax = indices[5]
      openPlaces = indices[6]
      stepFree = indices[7]
      toilet = indices[8]
      childCertificate = indices[9]
      interests = indices[10]
      languages = indices[11]
      targetCodes = indices[12]
      association = indices[13]
    }
  }

  private mutating func loadNames(_ db: Database) throws {
    try db.forEach(
      "SELECT id, name, name_fold FROM areas", columns: ["id", "name", "name_fold"]
    ) { row, column in
      areaNames[Int32(row.int(column[0]))] = row.text(column[1])
      areaNumbers[row.text(column[2])] = Int32(row.int(column[0]))
    }
    try db.forEach(
      "SELECT area_id, neighbour_id FROM area_neighbours", columns: ["area_id", "neighbour_id"]
    ) { row, column in
      neighbours[Int32(row.int(column[0])), default: []].insert(Int32(row.int(column[1])))
    }
    try db.forEach(
      "SELECT id, code, name_da, name_en FROM target_groups ORDER BY id",
      columns: ["id", "code", "name_da", "name_en"]
    ) { row, column in
      let bit = UInt64(1) << UInt64(min(63, row.int(column[0])))
      targetBits[row.text(column[1])] = bit
      targetNames[bit] = (row.text(column[2]), row.text(column[3]))
    }
    _ = languageWords.number(Self.defaultLanguage)
  }

  /// Where a '|'-list of words sits in `interestIDs` or `languageIDs`.
  /// Activities with the same list share one slice (see `TextCache`).
  mutating func slice(_ text: String, language: Bool) -> (Int32, Int16) {
    let words = text.splitScalars { $0 == "|" }.filter { !$0.isEmpty }.map {
      language ? languageWords.number(String($0)) : interestWords.number(String($0))
    }.filter { $0 >= 0 }
    let start = Int32(language ? languageIDs.count : interestIDs.count)
    if language { languageIDs += words } else { interestIDs += words }
    return (start, Int16(words.count))
  }

  /// The tie order: associations in Danish order, then each association's
  /// activities by title. Both come from covering indexes, without a sort.
  struct TieOrder {
    /// Indexed by id (ids are dense: SQLite hands them out in order).
    var association: [Int32] = []
    var title: [Int32] = []

    func key(activity: Int64, association id: Int64) -> Int64 {
      let within = Int(activity) < title.count ? Int64(title[Int(activity)]) : 0
      let rank = Int(id) < association.count ? Int64(association[Int(id)]) : Int64(Int32.max)
      return rank << 32 | within
    }
  }

  static func tieOrder(_ db: Database) throws -> TieOrder {
    var order = TieOrder()
    var rank: Int32 = 0
    try db.forEach(
      "SELECT id FROM associations ORDER BY sort_key, id", columns: ["id"]
    ) { row, column in
      put(rank, at: Int(row.int(column[0])), in: &order.association, fill: Int32.max)
      rank += 1
    }
    var position: Int32 = 0
    try db.forEach(
      "SELECT id FROM activities ORDER BY association_id, sort_key, id", columns: ["id"]
    ) { row, column in
      put(position, at: Int(row.int(column[0])), in: &order.title, fill: 0)
      position += 1
    }
    return order
  }

  static func key(_ word: String) -> String {
    DanishFolding.fold(word).trimmingCharacters(in: " ")
  }

  /// Sets `array[at]`, growing the array with `fill` first (arrays indexed
  /// by row id: SQLite hands ids out in order, so they stay dense).
  static func put(_ value: Int32, at index: Int, in array: inout [Int32], fill: Int32) {
    if index >= array.count { array += Array(repeating: fill, count: index + 1 - array.count) }
    array[index] = value
  }
}

/// Words numbered in the order first seen, the same when they fold the same.
struct NumberedWords: Sendable {
  /// As first written: index = number.
  var names: [String] = []
  var numbers: [String: Int32] = [:]

  /// The word's number; a new word gets the next one; -1 for an empty word.
  mutating func number(_ word: String) -> Int32 {
    let folded = MatchIndex.key(word)
    guard !folded.isEmpty else { return -1 }
    if let known = numbers[folded] { return known }
    let made = Int32(names.count)
    names.append(word.trimmingCharacters(in: " "))
    numbers[folded] = made
    return made
  }

  func find(_ word: String) -> Int32? { numbers[MatchIndex.key(word)] }
}
