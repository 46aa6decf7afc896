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
        """
      ) { row in
        let id = row.int(0)
        let interests = row.withBytes(10) { bytes in
          rawWords.value(bytes) { index.slice($0, language: false) }
        }
        let languages = row.withBytes(11) { bytes in
          rawLanguages.value(bytes) { index.slice($0, language: true) }
        }
        // The association's target groups, unless the activity names its own (below).
        let inherited = row.withBytes(12) { bytes in
          rawTargets.value(bytes) { text in
            text.splitScalars { $0 == "|" }.filter { !$0.isEmpty }.reduce(0) {
              $0 | (index.targetBits[String($1)] ?? 0)
            }
          }
        }
        let candidate = Candidate(
          id: id, association: row.int(13), kind: row.int(1) == 1 ? .role : .offer,
          areaID: row.isNull(2) ? -1 : Int32(row.int(2)), schedule: Int32(row.int(3)),
          ageMin: row.isNull(4) ? -1 : Int16(row.int(4)),
          ageMax: row.isNull(5) ? -1 : Int16(row.int(5)),
          openPlaces: row.isNull(6) ? -1 : Int32(min(row.int(6), Int64(Int32.max))),
          stepFree: row.int(7) == 1, toilet: row.int(8) == 1, childCertificate: row.int(9) == 1,
          targetBits: inherited, tie: order.key(activity: id, association: row.int(13)),
          interestStart: interests.0, interestCount: interests.1,
          languageStart: languages.0, languageCount: languages.1)
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
        "SELECT x.activity_id, t.code FROM activity_target_groups x JOIN target_groups t ON t.id = x.target_group_id"
      ) { row in
        let id = Int(row.int(0))
        guard id < position.count, position[id] >= 0 else { return }
        let at = position[id]
        if own.insert(at).inserted { index.candidates[Int(at)].targetBits = 0 }
        index.candidates[Int(at)].targetBits |= index.targetBits[row.text(1)] ?? 0
      }
    }
    return index
  }

  /// The columns a candidate is made of (`load` and `update` read the same).
  static let columns = """
    v.id, v.kind = 'role', v.area_id, v.schedule, v.age_min, v.age_max, v.open_places,
    v.step_free, v.accessible_toilet, v.child_certificate, v.interests, v.languages,
    a.target_codes, v.association_id
    """

  private mutating func loadNames(_ db: Database) throws {
    try db.forEach("SELECT id, name, name_fold FROM areas") { row in
      areaNames[Int32(row.int(0))] = row.text(1)
      areaNumbers[row.text(2)] = Int32(row.int(0))
    }
    try db.forEach("SELECT area_id, neighbour_id FROM area_neighbours") { row in
      neighbours[Int32(row.int(0)), default: []].insert(Int32(row.int(1)))
    }
    try db.forEach("SELECT id, code, name_da, name_en FROM target_groups ORDER BY id") { row in
      let bit = UInt64(1) << UInt64(min(63, row.int(0)))
      targetBits[row.text(1)] = bit
      targetNames[bit] = (row.text(2), row.text(3))
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
    try db.forEach("SELECT id FROM associations ORDER BY sort_key, id") { row in
      put(rank, at: Int(row.int(0)), in: &order.association, fill: Int32.max)
      rank += 1
    }
    var position: Int32 = 0
    try db.forEach("SELECT id FROM activities ORDER BY association_id, sort_key, id") { row in
      put(position, at: Int(row.int(0)), in: &order.title, fill: 0)
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
