import Core

/// The centre's own events in `skranke bench`: I dag with 500 events and
/// 50,000 sign-ups at scale b, the participant list of an event with 2,000
/// sign-ups, and Find reaching events and sign-ups, each against the same
/// statements run raw.
enum BenchEvents {
  static func run(path: String, factor: Int, raw: RawQuery) throws -> [Bench.Row] {
    let db = try Database(path: path)
    let today = Day.today()
    let large = try SyntheticEvents.generate(
      into: db, events: 50 * factor, signups: 5_000 * factor, large: 2_000, today: today)
    let store = TodayStore(db: db)
    let events = EventStore(db: db)
    let find = FindService(db: db)
    let owners = try InquiryStore(db: db).directory.staff().map(\.id)
    let event = try events.event(id: large)
    let session = event?.session(on: today)?.id
    let names = SyntheticPeople.first.indices.map {
      (SyntheticPeople.first[$0] + " " + SyntheticPeople.last[$0]).lowercased()
    }
    let titles = ["førstehj", "netv", "temadag", "dialog", "kursus", "fest 1"]
    return [
      try Bench.compare("today: events", raw: raw) { round, trace in
        let me = owners.isEmpty ? nil : owners[round % owners.count]
        _ = try store.plan(for: me, handoversAfter: 0, trace: trace)
      },
      try Bench.compare("event: 2,000 participants", raw: raw) { _, trace in
        _ = try events.participants(eventID: large, session: session, trace: trace)
      },
      try Bench.compare("find: events, sign-ups", raw: raw) { round, trace in
        let typed =
          round % 2 == 0 ? titles[round / 2 % titles.count] : names[round / 2 % names.count]
        _ = try find.find(
          typed, lang: .danish, only: round % 2 == 0 ? .events : .signups, trace: trace)
      },
    ]
  }
}
