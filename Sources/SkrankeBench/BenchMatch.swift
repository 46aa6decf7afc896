import Core

/// Matching in `skranke bench`: one citizen ranked against every activity
/// (top 50), warm (the index already read, as while a profile is typed) and
/// cold (the index read again first, as after an activity was saved). The
/// yardstick is the same ranking as one SQL query; the two must agree.
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
    func row(_ name: String, cold: Bool) throws -> Bench.Row {
      try Bench.compare(name, raw: raw) { round, trace in
        let citizen = citizens[round % citizens.count]
        if let trace {
          trace(try matcher.rawStep(citizen))
          return
        }
        if cold { matcher.forget() }
        _ = try matcher.match(citizen, limit: 50)
      }
    }
    return [
      try row("match: one citizen (\(count / 1000)k)", cold: false),
      try row("match: index re-read first", cold: true),
    ]
  }
}
