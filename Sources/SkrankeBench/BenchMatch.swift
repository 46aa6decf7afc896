import Core

/// Matching in `skranke bench`: one citizen ranked against every activity
/// (top 50), warm (the index already read, as while a profile is typed) and
/// cold (the index read again first), and after another desk saved an
/// activity (the index updated in place). The yardstick is the same
/// ranking as one SQL query; the two must agree.
enum BenchMatch {
  static func run(path: String, raw: RawQuery) throws -> [Bench.Row] {
    let db = try Database(path: path)
    try SyntheticMatching.enrich(db)
    let store = try AssociationStore(db: db)
    let matcher = Matcher(db: db)
    let citizens = SyntheticMatching.citizens(
      40, areas: try store.areas().map(\.name), today: matcher.clock.now().day)
    for citizen in citizens {
      let step = try matcher.rawStep(citizen)
      let ids = try db.map(step.sql, step.values) { $0.int(0) }
      guard ids == (try matcher.match(citizen).rows.map(\.activityID)) else {
        throw BenchError.disagree(citizen.name)
      }
    }
    let count = try matcher.currentIndex().count
    // Another desk: its saves are made between timed rounds (in the untimed
    // pass that records the statements), so a timed ranking meets one.
    let otherDesk = try Database(path: path)
    let activityIDs = try db.map("SELECT id FROM activities WHERE active = 1 LIMIT 1000") {
      $0.int(0)
    }
    func row(_ name: String, cold: Bool, changed: Bool = false) throws -> Bench.Row {
      try Bench.compare(name, raw: raw) { round, trace in
        let citizen = citizens[round % citizens.count]
        if let trace {
          trace(try matcher.rawStep(citizen))
          // After the statements are recorded (rawStep reads the index
          // too), so the timed ranking is the one that meets the change.
          if changed {
            try otherDesk.run(
              "UPDATE activities SET open_places = ? WHERE id = ?",
              [.integer(Int64(round % 7 + 1)), .integer(activityIDs[round % activityIDs.count])])
          }
          return
        }
        if cold { matcher.forget() }
        _ = try matcher.match(citizen, limit: 50)
      }
    }
    let rows = [
      try row("match: one citizen (\(count / 1000)k)", cold: false),
      try row("match: index re-read first", cold: true),
      try row("match: after another desk saved", cold: false, changed: true),
    ]
    // Updated in place hundreds of times, it still agrees with the SQL.
    for citizen in citizens {
      let step = try matcher.rawStep(citizen)
      let ids = try db.map(step.sql, step.values) { $0.int(0) }
      guard ids == (try matcher.match(citizen).rows.map(\.activityID)) else {
        throw BenchError.disagree(citizen.name)
      }
    }
    return rows
  }
}
