import Core

/// Rooms in `skranke bench`: the free-room search for one slot with a few
/// needs, and one room's week, over `rooms` rooms with `perRoom` bookings
/// each, against the same statements run raw.
enum BenchRooms {
  /// The first day of the synthetic bookings (a Monday).
  static let start = Day(year: 2025, month: 1, day: 6)!

  static func run(path: String, rooms: Int, perRoom: Int, raw: RawQuery) throws -> [Bench.Row] {
    let db = try Database(path: path)
    try SyntheticBookings.generate(into: db, rooms: rooms, perRoom: perRoom, start: start)
    let count = try db.scalarInt("SELECT count(*) FROM bookings WHERE status = 'active'")
    let finder = RoomFinder(db: db)
    let bookings = BookingStore(db: db)
    let roomIDs = try RoomStore(db: db).rooms().compactMap(\.id)
    // Spread over the booked period: about 4 × 0.8 bookings a room a day.
    let days = perRoom * 10 / 32
    let needs = [
      RoomNeeds(attendees: 12), RoomNeeds(attendees: 20, accessibleToilet: true),
      RoomNeeds(attendees: 8, stepFree: true, facilities: ["projektor"]), RoomNeeds(),
    ]
    return [
      try Bench.compare("rooms: free for a slot (\(count / 1000)k)", raw: raw) { round, trace in
        let day = start.adding((round * 37) % days)
        let hour = [9, 12, 15, 19][round % 4]
        let slot = Slot(day: day, start: ClockTime(hour: hour)!, end: ClockTime(hour: hour + 2)!)
        _ = try finder.find([slot], needs: needs[round % needs.count], trace: trace)
      },
      try Bench.compare("rooms: one room's week", raw: raw) { round, trace in
        let monday = start.adding(((round * 37) % days) / 7 * 7)
        _ = try bookings.bookings(
          room: roomIDs[round % roomIDs.count], from: monday, to: monday.adding(7), trace: trace)
      },
    ]
  }
}
