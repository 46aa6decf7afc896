/// The SQL of one search, tier by tier. A tier can be read two ways:
///
/// - from its candidates: the FTS index gives the matching rows, which are
///   fetched and sorted (cheap when few match);
/// - by a walk: the associations are read in Danish order through the sort
///   index, each tested, until a page is full (cheap when many match).
///
/// The tests on the text are `instr` on the folded name and body, exact by
/// construction; the FTS tables only supply candidates (a superset of them),
/// so both ways give the same rows. `SearchService` picks the way.
struct SearchPlan {
  let words: [String]
  let query: SearchQuery

  init(_ query: SearchQuery) {
    self.query = query
    self.words = Array(DanishFolding.words(query.text).prefix(Self.maxWords))
  }

  /// The words a search reads: each adds a test to the statement, and a
  /// pasted page is no search (every word left out is also in the name).
  static let maxWords = 12

  /// Words of 3+ letters match anywhere (the trigram index); shorter words
  /// match the start of a word (the prefix index).
  static func isLong(_ word: String) -> Bool { word.unicodeScalars.count >= 3 }

  /// How many candidates tier 1 or 2 has in the FTS index, counting no
  /// further than `cap`. (Tier 0 is a range of the name index, always read
  /// from its candidates: names starting alike are next to each other in
  /// Danish order too, so a walk would pass every name before them.)
  func probe(_ tier: Int, cap: Int) -> SearchStep {
    var binder = SQLBinder()
    let table = ftsTable(tier)
    let sql = """
      SELECT count(*) FROM (SELECT 1 FROM \(table) WHERE \(table) MATCH \(binder.bind(.text(ftsExpression)))
        LIMIT \(binder.bind(.int(cap))))
      """
    return SearchStep(sql: sql, values: binder.values)
  }

  /// One page of tier `tier`, read by a walk or from its candidates.
  func page(_ tier: Int, walk: Bool, after cursor: SearchCursor?, limit: Int) -> SearchStep {
    var binder = SQLBinder()
    var from = "associations a"
    if !walk && tier > 0 {
      let table = ftsTable(tier)
      from = """
        (SELECT rowid AS id FROM \(table) WHERE \(table) MATCH \(binder.bind(.text(ftsExpression)))) h
        CROSS JOIN associations a ON a.id = h.id
        """
    }
    if tier == 2 { from += " CROSS JOIN search_text s ON s.id = a.id" }
    var conditions: [String]
    switch tier {
    case 0: conditions = [nameStart(&binder, hidden: false)]
    case 1: conditions = [inName(&binder), "NOT (\(nameStart(&binder, hidden: true)))"]
    default: conditions = [anywhere(&binder), "NOT (\(inName(&binder)))"]
    }
    // Only a walk may use the area's index; a range or candidates must not.
    conditions += filters(&binder, areaIndex: walk)
    if let cursor, cursor.tier == tier {
      // On a walk the cursor is where the index walk starts; otherwise it
      // must not tempt the planner away from the candidates.
      let plus = walk ? "" : "+"
      conditions.append(
        "(\(plus)a.sort_key, \(plus)a.id) > (\(binder.bind(.text(cursor.sortKey))), \(binder.bind(.integer(cursor.id))))"
      )
    }
    return select(tier: tier, from: from, conditions, limit: limit, &binder)
  }

  /// The whole list in Danish order (nothing typed): always a walk.
  func browse(after cursor: SearchCursor?, limit: Int) -> SearchStep {
    var binder = SQLBinder()
    var conditions = filters(&binder, areaIndex: true)
    if let cursor {
      conditions.append(
        "(a.sort_key, a.id) > (\(binder.bind(.text(cursor.sortKey))), \(binder.bind(.integer(cursor.id))))"
      )
    }
    return select(tier: 2, from: "associations a", conditions, limit: limit, &binder)
  }

  /// The page is chosen on ids and keys alone (from the covering indexes
  /// where it can be), and only its rows are read in full.
  private func select(
    tier: Int, from: String, _ conditions: [String], limit: Int, _ binder: inout SQLBinder
  ) -> SearchStep {
    let sql = """
      SELECT r.id, r.name, r.sort_key, r.active, coalesce(ar.name, '') AS area_name,
        r.target_codes, \(tier) AS tier
      FROM (SELECT a.id AS id FROM \(from)
        WHERE \(conditions.isEmpty ? "1" : conditions.joined(separator: " AND "))
        ORDER BY a.sort_key, a.id LIMIT \(binder.bind(.int(limit)))) p
      CROSS JOIN associations r ON r.id = p.id LEFT JOIN areas ar ON ar.id = r.area_id
      ORDER BY r.sort_key, r.id
      """
    return SearchStep(sql: sql, values: binder.values)
  }

  // MARK: Conditions

  /// The name starts with the first word, and holds every other word.
  private func nameStart(_ binder: inout SQLBinder, hidden: Bool) -> String {
    let column = hidden ? "+a.name_fold" : "a.name_fold"
    let first = words[0]
    var parts = [
      "\(column) >= \(binder.bind(.text(first)))",
      // U+10FFFF sorts after every character: the end of the prefix range.
      "\(column) < \(binder.bind(.text(first + "\u{10FFFF}")))",
    ]
    parts += words.dropFirst().map { has($0, in: ["a.name_fold"], &binder) }
    return parts.joined(separator: " AND ")
  }

  /// Every word is in the name.
  private func inName(_ binder: inout SQLBinder) -> String {
    words.map { has($0, in: ["a.name_fold"], &binder) }.joined(separator: " AND ")
  }

  /// Every word is in the name or the other text.
  private func anywhere(_ binder: inout SQLBinder) -> String {
    words.map { has($0, in: ["a.name_fold", "s.body"], &binder) }.joined(separator: " AND ")
  }

  /// One word in any of `columns`: anywhere for long words, at the start of
  /// a word for short ones (folded text separates words by single spaces).
  private func has(_ word: String, in columns: [String], _ binder: inout SQLBinder) -> String {
    let long = Self.isLong(word)
    let placeholder = binder.bind(.text(long ? word : " " + word))
    let tests = columns.map { column in
      long ? "instr(\(column), \(placeholder)) > 0" : "instr(' ' || \(column), \(placeholder)) > 0"
    }
    return "(" + tests.joined(separator: " OR ") + ")"
  }

  private func filters(_ binder: inout SQLBinder, areaIndex: Bool) -> [String] {
    var parts: [String] = []
    switch query.active {
    case .active: parts.append("a.active = 1")
    case .inactive: parts.append("a.active = 0")
    case .all: break
    }
    if let area = query.areaID {
      parts.append("\(areaIndex ? "" : "+")a.area_id = \(binder.bind(.integer(area)))")
    }
    if let group = query.targetGroupID {
      parts.append(
        """
        EXISTS (SELECT 1 FROM association_target_groups g
          WHERE g.association_id = a.id AND g.target_group_id = \(binder.bind(.integer(group))))
        """)
    }
    return parts
  }

  // MARK: Candidates

  /// Tier 1 draws on the names' index, tier 2 on the whole text's.
  private func ftsTable(_ tier: Int) -> String {
    let scope = tier == 1 ? "name" : "all"
    return words.contains(where: Self.isLong) ? "search_\(scope)_trigrams" : "search_\(scope)_words"
  }

  /// Every long word as a substring (trigrams); failing that, every short
  /// word as a prefix. Folded words hold only letters and digits, so
  /// quoting them is safe.
  private var ftsExpression: String {
    let long = words.filter(Self.isLong)
    if !long.isEmpty { return long.map { "\"\($0)\"" }.joined(separator: " ") }
    return words.map { "\"\($0)\"*" }.joined(separator: " ")
  }
}
