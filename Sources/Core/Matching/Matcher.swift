/// Ranks activities for a citizen. The index is read once and read again
/// only when something matching reads has changed: triggers move
/// `matching_generation` on every write to activities, associations, areas
/// and their links, from any desk.
public final class Matcher {
  let db: Database
  public var clock: Clock
  private var index: MatchIndex?
  private var seen: Int64 = -1
  /// How many times the index was updated in place (for tests and the bench).
  public private(set) var updates = 0

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
  }

  /// The index, brought up to date if anything was written since: only
  /// the changed activities when it can, else read whole.
  public func currentIndex() throws -> MatchIndex {
    let now = try db.scalarInt("SELECT n FROM matching_generation")
    if let index, now == seen { return index }
    if var index {
      self.index = nil  // not half updated if the update throws
      if try index.update(db) {
        self.index = index
        seen = now
        updates += 1
        return index
      }
    }
    let fresh = try MatchIndex.load(db)
    index = fresh
    seen = now
    return fresh
  }

  /// Forgets the index, so the next ranking reads it again (the benchmark's
  /// cold case).
  public func forget() { index = nil }

  /// The best `limit` activities for the citizen, best first. Ties keep the
  /// index's order (association, then title, then id), so the same profile
  /// always gives the same list.
  public func match(_ citizen: Citizen, limit: Int = 50, lang: Language = .danish) throws
    -> MatchList
  {
    let index = try currentIndex()
    let profile = MatchProfile(citizen, index: index, today: clock.now().day)
    // The best so far, kept unsorted; `worst` is the one a better row replaces.
    var best: [(score: Int, tie: Int64, position: Int, evaluation: Evaluation)] = []
    best.reserveCapacity(limit)
    var worst = 0
    var passed = 0
    var needingCertificate = 0
    for position in index.candidates.indices {
      guard let e = MatchRules.evaluate(index.candidates[position], profile, index) else {
        continue
      }
      if e.needsCertificate {
        needingCertificate += 1
        continue
      }
      passed += 1
      let tie = index.candidates[position].tie
      if best.count < limit {
        best.append((e.score, tie, position, e))
        if best.count == limit { worst = Self.worst(best) }
      } else if e.score > best[worst].score
        || (e.score == best[worst].score && tie < best[worst].tie)
      {
        best[worst] = (e.score, tie, position, e)
        worst = Self.worst(best)
      }
    }
    best.sort { $0.score != $1.score ? $0.score > $1.score : $0.tie < $1.tie }
    let words = MatchReasons(index: index, lang: lang)
    let details = try self.details(best.map { index.candidates[$0.position].id })
    let rows = best.compactMap { entry -> MatchRow? in
      let candidate = index.candidates[entry.position]
      guard let detail = details[candidate.id] else { return nil }
      return MatchRow(
        activityID: candidate.id, title: detail.title, associationID: detail.associationID,
        associationName: detail.association, area: detail.area, score: entry.score,
        reasons: words.reasons(candidate, profile, entry.evaluation),
        contactPerson: detail.person, phone: detail.phone, email: detail.email)
    }
    return MatchList(
      rows: rows, passed: passed, weighed: index.count, needingCertificate: needingCertificate)
  }

  /// The lowest score, last in tie order among equals.
  private static func worst(
    _ best: [(score: Int, tie: Int64, position: Int, evaluation: Evaluation)]
  )
    -> Int
  {
    var worst = 0
    for i in best.indices.dropFirst() {
      let a = best[i]
      let b = best[worst]
      if a.score < b.score || (a.score == b.score && a.tie > b.tie) { worst = i }
    }
    return worst
  }

  private struct Detail {
    var title, association, area, person, phone, email: String
    var associationID: Int64
  }

  /// Titles and contact details for the rows shown, in one query.
  private func details(_ ids: [Int64]) throws -> [Int64: Detail] {
    guard !ids.isEmpty else { return [:] }
    var out: [Int64: Detail] = [:]
    let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
    let statement = try db.prepare(
      """
      SELECT v.id, v.title, a.name AS association_name, coalesce(ar.name, '') AS area_name,
        a.contact_person, a.phone, a.email, a.id AS association_id
      FROM activities v JOIN associations a ON a.id = v.association_id
      LEFT JOIN areas ar ON ar.id = v.area_id WHERE v.id IN (\(marks))
      """)
    try statement.bind(ids.map { .integer($0) })
    while try statement.step() {
      out[statement.int("id")] = Detail(
        title: statement.text("title"), association: statement.text("association_name"),
        area: statement.text("area_name"), person: statement.text("contact_person"),
        phone: Validation.formatPhone(statement.text("phone")), email: statement.text("email"),
        associationID: statement.int("association_id"))
    }
    return out
  }
}
