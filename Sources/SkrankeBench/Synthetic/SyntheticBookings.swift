import Core

/// Rooms and bookings in bulk for the benchmark: `rooms` rooms over the
/// synthetic towns, each with `perRoom` bookings of two to three hours,
/// up to four a day, from `start` on. Deterministic.
public enum SyntheticBookings {
  public static func generate(into db: Database, rooms: Int, perRoom: Int, start: Day) throws {
    var random = SeededRandom(seed: 0xB00C)
    func next(_ bound: Int) -> Int { random.next(bound) }
    let facilities = ["køkken", "projektor", "kaffemaskine", "whiteboard", "wifi"]
    try db.write {
      let areas = try db.map("SELECT id FROM areas ORDER BY id") { $0.int(0) }
      let associations = try db.map("SELECT id FROM associations ORDER BY id LIMIT 500") {
        $0.int(0)
      }
      let store = RoomStore(db: db)
      var roomIDs: [Int64] = []
      for number in 0..<rooms {
        let room = Room(
          name: "Lokale \(number + 1)", area: "", capacity: 6 + next(60),
          facilities: facilities.filter { _ in next(2) == 0 }, accessibleToilet: next(3) != 0,
          stepFree: next(3) != 0, nearTransport: next(2) == 0, cleaningFee: next(4) * 50)
        let id = try store.save(room)
        if !areas.isEmpty {
          try db.run(
            "UPDATE rooms SET area_id = ? WHERE id = ?",
            [.integer(areas[next(areas.count)]), .integer(id)])
        }
        roomIDs.append(id)
      }
      try BookingPurposes.keep("Møde", in: db)
      let insert = try db.prepare(
        """
        INSERT INTO bookings(room_id, association_id, starts_at, ends_at, purpose, fee, booked_at)
        VALUES (?, ?, ?, ?, 'Møde', 0, '2026-01-01 08:00')
        """)
      // Four two-hour blocks a day (8, 11, 14, 18); each taken or not.
      let blocks = [8, 11, 14, 18]
      for room in roomIDs {
        var made = 0
        var day = start
        while made < perRoom {
          for hour in blocks where made < perRoom && next(5) != 0 {
            let slot = Slot(
              day: day, start: ClockTime(hour: hour)!, end: ClockTime(hour: hour + 2 + next(2))!)
            try insert.run([
              .integer(room), .integer(associations[next(associations.count)]),
              .text(slot.startsAt), .text(slot.endsAt),
            ])
            made += 1
          }
          day = day.adding(1)
        }
      }
    }
  }
}
