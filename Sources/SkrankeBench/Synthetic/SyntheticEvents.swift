import Core

/// The centre's own events in bulk for the benchmark: `events` events over
/// the year around `today` (a handful each day, so today has some), each
/// with one to four weekly sessions at an outside place, and `signups`
/// sign-ups among them; the first event today holds `large` of them (the
/// participant list class). Names and phones as the synthetic people's.
/// Deterministic.
public enum SyntheticEvents {
  public static func generate(
    into db: Database, events: Int, signups: Int, large: Int, today: Day
  ) throws -> Int64 {
    var random = SeededRandom(seed: 0xE7E7)
    func next(_ bound: Int) -> Int { random.next(bound) }
    var largeID: Int64 = 0
    try db.write {
      let kinds = try db.map("SELECT id FROM event_kinds ORDER BY id") { $0.int("id") }
      let associations = try db.map("SELECT id FROM associations ORDER BY id LIMIT 500") {
        $0.int("id")
      }
      let insertEvent = try db.prepare(
        """
        INSERT INTO events(title, title_fold, kind_id, place, capacity, public, starts_at,
          created_at)
        VALUES (?, ?, ?, 'Biblioteket', ?, ?, ?, '2026-01-01 08:00')
        """)
      let insertSession = try db.prepare(
        "INSERT INTO event_sessions(event_id, starts_at, ends_at) VALUES (?, ?, ?)")
      var ids: [Int64] = []
      let titles = ["Førstehjælp", "Netværksmøde", "Temadag", "Dialogmøde", "Kursus i", "Fest"]
      for number in 0..<events {
        // A tenth of them today; the rest within half a year either way.
        let day = number % 10 == 0 ? today : today.adding(next(365) - 182)
        let hour = 9 + next(11)
        let title = titles[next(titles.count)] + " \(number + 1)"
        let first = Slot(day: day, start: ClockTime(hour: hour)!, end: ClockTime(hour: hour + 2)!)
        try insertEvent.run([
          .text(title), .text(DanishFolding.fold(title)), .integer(kinds[next(kinds.count)]),
          .int(number == 0 ? large + 10 : 20 + next(200)), .bool(next(2) == 0),
          .text(first.startsAt),
        ])
        let id = db.lastInsertRowID
        if number == 0 { largeID = id }
        ids.append(id)
        for week in 0..<(1 + next(4)) {
          let slot = Slot(day: day.adding(7 * week), start: first.start, end: first.end)
          try insertSession.run([.integer(id), .text(slot.startsAt), .text(slot.endsAt)])
        }
      }
      let insertSignUp = try db.prepare(
        """
        INSERT INTO event_signups(event_id, name, name_fold, phone, phone_digits,
          association_id, seats, status, signed_at)
        VALUES (?, ?, ?, ?, ?, ?, 1, ?, '2026-01-01 08:00')
        """)
      for number in 0..<signups {
        let event = number < large ? largeID : ids[next(ids.count)]
        let name = SyntheticPeople.name(next)
        let phone = SyntheticPeople.phone(next)
        try insertSignUp.run([
          .integer(event), .text(name), .text(DanishFolding.fold(name)), .text(phone),
          .text(phone),
          next(3) == 0 ? .integer(associations[next(associations.count)]) : .null,
          .text(next(12) == 0 ? "waiting" : "signed"),
        ])
      }
    }
    return largeID
  }
}
