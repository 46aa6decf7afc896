import Core

/// Find in `skranke bench`: every keystroke's search over associations,
/// inquiries (with names and phone numbers), citizens, rooms and bookings,
/// against the same statements run raw.
enum BenchFind {
  static func run(path: String, raw: RawQuery) throws -> [Bench.Row] {
    let db = try Database(path: path)
    let find = FindService(db: db)
    // Phone numbers that are stored, typed the way people say them.
    let phones = try db.map(
      "SELECT asker_contact FROM inquiries WHERE asker_contact <> '' ORDER BY id LIMIT 40"
    ) { row -> String in
      let digits = Array(row.text(0))
      return stride(from: 0, to: digits.count, by: 2).map {
        String(digits[$0..<min($0 + 2, digits.count)])
      }.joined(separator: " ")
    }
    let names = SyntheticPeople.first.indices.map {
      (SyntheticPeople.first[$0] + " " + SyntheticPeople.last[$0]).lowercased()
    }
    let twoLetters = (SyntheticPeople.first + Bench.words).map { String($0.prefix(2)).lowercased() }
    var rows: [Bench.Row] = []
    for (name, typed) in [
      ("find: 2 letters", twoLetters), ("find: a name", names), ("find: a phone number", phones),
    ] where !typed.isEmpty {
      rows.append(
        try Bench.compare(name, raw: raw) { round, trace in
          _ = try find.find(typed[round % typed.count], lang: .danish, trace: trace)
        })
    }
    return rows
  }
}
