/// Bookings for `skranke --demo`, from this week on, so the F4 week view
/// has something to show and the room search meets a taken date.
enum DemoBookings {
  static func seed(_ store: AssociationStore, today: Day) throws {
    let rooms = RoomStore(db: store.db)
    let bookings = BookingStore(db: store.db, clock: .fixed(today, "09:00"))
    let monday = today.monday
    // room, association, weekday (1 = Monday), from, to, weeks (1 = once), purpose, attendees
    let plan: [(String, String, Int, Int, Int, Int, String, Int?)] = [
      ("Mødelokale 1", "Ældre Sagen Hjørring", 2, 10, 12, 12, "Strikkecafé", 12),
      ("Mødelokale 1", "Sorggruppen Ålborg-Hjørring", 4, 19, 21, 8, "Sorggruppe", 8),
      ("Mødelokale 2", "Dansk Flygtningehjælp Hjørring", 3, 16, 18, 10, "Lektiehjælp", 8),
      ("Store sal", "Hjørring Frivilligcenter", 5, 13, 16, 1, "Frivilligtræf", 35),
      ("Store sal", "Røde Kors Hjørring", 2, 19, 21, 6, "Besøgsvenner: aftenmøde", 25),
      ("Salen", "Alzheimerforeningen Vendsyssel", 1, 14, 16, 1, "Pårørendemøde", 40),
      ("Mødelokale 2", "Café Hjertetræ", 6, 10, 13, 4, "Bestyrelsesmøde", 6),
    ]
    for (roomName, association, weekday, from, to, weeks, purpose, attendees) in plan {
      guard let room = try rooms.room(named: roomName),
        let associationID = try store.associationID(named: association)
      else { continue }
      let day = monday.adding(weekday - 1)
      try bookings.book(
        BookingRequest(
          roomID: room.id!, associationID: associationID,
          slot: Slot(day: day, start: ClockTime(hour: from)!, end: ClockTime(hour: to)!),
          purpose: purpose, attendees: attendees,
          repeatUntil: weeks > 1 ? day.adding(7 * (weeks - 1)) : nil), skipConflicts: true,
        allowPast: true)
    }
  }
}
