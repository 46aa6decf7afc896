import Core

/// I dag in `skranke bench`: the whole day for each synthetic colleague,
/// over the inquiries and bookings the other groups generate (made here
/// when they did not run), against the same statements run raw.
enum BenchToday {
  static func run(path: String, raw: RawQuery) throws -> [Bench.Row] {
    let db = try Database(path: path)
    let store = TodayStore(db: db)
    let owners = try InquiryStore(db: db).directory.staff().map(\.id)
    guard !owners.isEmpty else { return [] }
    // The class is named as the issue and --json readers know it; the data's
    // size is in the README (200,000 inquiries, 1,000,000 bookings at b).
    return [
      try Bench.compare("today", raw: raw) { round, trace in
        _ = try store.plan(for: owners[round % owners.count], handoversAfter: 0, trace: trace)
      }
    ]
  }
}
