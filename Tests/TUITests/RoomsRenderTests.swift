import Core
import Glibc
import Testing

@testable import TUI

/// F4 drawn at 80×24: the week with its ISO week and dates, moving through
/// it, finding a room for a series with a taken date, booking it with the
/// taken date skipped, cancelling and moving, the room form, and a booking
/// made at another desk showing up.
@Suite struct RoomsRenderTests {
  /// Monday 23 November 2026, week 48.
  static let today = Day(year: 2026, month: 11, day: 23)!
  let path: String

  init() throws {
    let directory = temporaryDirectory("skranke-rooms")
    path = directory + "/r.db"
    let store = try AssociationStore(db: try Database(path: path))
    let importer = Importer(store: store)
    _ = try importer.importAssociations(
      bytes: Array(
        """
        name,area
        Foreningen Sind,Hjørring
        Ældre Sagen Hjørring,Hjørring
        """.utf8))
    _ = try RoomFiles(store: store).importRooms(
      bytes: Array(
        """
        name,area,capacity,facilities,accessible_toilet,step_free,cleaning_fee,opens,closes
        Mødelokale 1,Hjørring,14,kaffemaskine,ja,ja,50,08:00,22:00
        Store sal,Hjørring,40,køkken,ja,ja,100,08:00,22:00
        Kælderen,Hjørring,20,,nej,nej,0,08:00,22:00
        """.utf8))
    try InquiryStore(db: store.db, clock: .fixed(Self.today)).directory.add(
      initials: "KM", name: "Karen Madsen")
    // Ældre Sagen has Mødelokale 1 on Tuesday 8 December, 19–20.
    let room = try RoomStore(db: store.db).room(named: "Mødelokale 1")!
    try BookingStore(db: store.db, clock: .fixed(Self.today, "08:00")).book(
      BookingRequest(
        roomID: room.id!, associationID: try store.associationID(named: "Ældre Sagen Hjørring")!,
        slot: Slot(
          day: Self.today.adding(15), start: ClockTime(hour: 19)!, end: ClockTime(hour: 20)!),
        purpose: "Generalforsamling"))
  }

  func desk() throws -> App {
    try App(
      store: try AssociationStore(db: try Database(path: path)), lang: .danish,
      databaseLabel: "r.db", staffInitials: "KM", clock: .fixed(Self.today),
      startOnAssociations: true)
  }

  func type(_ app: App, _ text: String) { for c in text { app.handle(.char(c)) } }

  func screen(_ app: App) -> String {
    app.render(width: 80, height: 24).lines.joined(separator: "\n")
  }

  @Test func weekShowsIsoWeekDatesAndTodayAndMoves() throws {
    let app = try desk()
    app.handle(.function(4))
    var text = screen(app)
    #expect(text.contains("F4 Lokaler"))
    #expect(text.contains("Uge 48 · 23.–29. nov. 2026  ·  Alle lokaler"))
    #expect(text.contains("[man 23]"))
    app.handle(.pageDown)
    text = screen(app)
    #expect(text.contains("Uge 49 · 30. nov.–6. dec. 2026"))
    #expect(!text.contains("[man"))  // today is not in this week
    app.handle(.pageDown)
    // The booking on Tuesday 8 December at 19.
    #expect(screen(app).contains("Ældre Sa…"))
    app.handle(.char("]"))
    // 2026 has 53 weeks: 4 January 2027 starts week 1.
    #expect(screen(app).contains("Uge 1 · 4.–10. jan. 2027"))
    app.handle(.char("t"))
    #expect(screen(app).contains("Uge 48 ·"))
    // Go to a week number: week 1 of 2027 starts in 2026.
    app.handle(.char("g"))
    type(app, "uge 53")
    app.handle(.enter)
    #expect(screen(app).contains("Uge 53 · 28. dec. 2026–3. jan. 2027"))
    app.handle(.char("g"))
    type(app, "banan")
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("⚠"))
    app.handle(.escape)
    app.handle(.char("j"))  // right after the Esc: held back once
    app.handle(.char("j"))  // discard what was typed
    app.handle(.left)  // the day before (a letter would still be text after that Esc)
    #expect(screen(app).contains("Uge 52 · 21.–27. dec. 2026"))
  }

  @Test func findBookSkippingATakenDateThenCancelOne() throws {
    let app = try desk()
    app.handle(.function(4))
    app.handle(.char("f"))
    type(app, "tir 19-21 4 gange")
    app.handle(.tab)
    type(app, "14")
    app.handle(.tab)
    type(app, "handicaptoilet")
    var text = screen(app)
    // Kælderen has no accessible toilet; Store sal is free on all four
    // dates and comes first, Mødelokale 1 is taken on one.
    #expect(text.contains("Lokaler — 2 passer, 4 datoer"))
    #expect(!text.contains("Kælderen"))
    #expect(text.contains("1. Store sal"))
    #expect(text.contains("+ alle 4 datoer ledige"))
    #expect(text.contains("2. Mødelokale 1"))
    #expect(text.contains("- optaget 1 af 4:"))
    #expect(text.contains("tir 08-12-2026 19:00–20:00 Ældre"))
    app.handle(.ctrl("r"))
    app.handle(.down)
    app.handle(.enter)
    text = screen(app)
    #expect(text.contains("Book Mødelokale 1"))
    #expect(text.contains("tir 19-21 4 gange"))
    // The form says the taken date before saving: it will be skipped.
    #expect(text.contains("Optaget 1 dato, springes over: tir 08-12-2026 19:00–20:00"))
    type(app, "sind")
    #expect(screen(app).contains("→ Foreningen Sind"))
    // Another desk takes a second date meanwhile: that one was not said,
    // so saving asks, and "no" books nothing and keeps the form.
    let db = try Database(path: path)
    let room = try RoomStore(db: db).room(named: "Mødelokale 1")!
    let elders = try AssociationStore(db: db).associationID(named: "Ældre Sagen Hjørring")!
    try BookingStore(db: db, clock: .fixed(Self.today, "09:00")).book(
      BookingRequest(
        roomID: room.id!, associationID: elders,
        slot: Slot(
          day: Day(year: 2026, month: 12, day: 15)!, start: ClockTime("19:00")!,
          end: ClockTime("21:00")!)))
    app.handle(.ctrl("s"))
    text = screen(app)
    #expect(text.contains("2 af 4 datoer er optaget"))
    app.handle(.char("n"))  // no: nothing is booked, the form stays
    #expect(screen(app).contains("Optaget: tir 08-12-2026"))
    #expect(try db.scalarInt("SELECT count(*) FROM bookings") == 2)
    app.handle(.ctrl("s"))
    app.handle(.char("j"))
    text = screen(app)
    #expect(text.contains("Booket: Mødelokale 1, 2 gange 19:00–21:00 (rengøring 100 kr.)"))
    #expect(text.contains("Sprunget over:"))
    #expect(text.contains("tir 08-12-2026 (Ældre Sagen Hjørring)"))
    // Each skipped date is offered the best free room; Esc says no thanks.
    #expect(text.contains("Andet lokale til sprungne datoer?"))
    #expect(text.contains("tir 08-12 19:00–21:00 → Store sal (Hjørring, 40 pl., 100 kr.)"))
    app.handle(.escape)
    text = screen(app)
    // The week view of the first date, in that room, the booking under the cursor.
    #expect(text.contains("Uge 48 · 23.–29. nov. 2026  ·  Mødelokale 1"))
    #expect(text.contains("▶ 19:00–21:00 Foreningen Sind · 14 pers. · fast booking"))
    #expect(try db.scalarInt("SELECT count(*) FROM bookings WHERE status = 'skipped'") == 2)
    // Cancel this one date, with a note (after the Esc, a move first:
    // letters right after an Esc are not commands).
    app.handle(.down)
    app.handle(.up)
    app.handle(.char("x"))
    #expect(screen(app).contains("‹ kun denne dato ›"))
    app.handle(.tab)
    type(app, "juleafslutning")
    app.handle(.ctrl("s"))
    text = screen(app)
    #expect(text.contains("Annulleret: tir 24-11-2026 Foreningen Sind"))
    #expect(text.contains("Ledigt. Enter eller n: book her"))
    #expect(
      try db.scalarInt(
        """
        SELECT count(*) FROM bookings b JOIN staff s ON s.id = b.cancelled_by
        WHERE b.status = 'cancelled' AND b.cancel_note = 'juleafslutning' AND s.initials = 'KM'
        """) == 1)
    #expect(try db.scalarInt("SELECT count(*) FROM bookings WHERE status = 'active'") == 3)
    // Undo puts it back.
    app.handle(.char("u"))
    #expect(screen(app).contains("Fortrudt: 1 dato er booket igen."))
    #expect(try db.scalarInt("SELECT count(*) FROM bookings WHERE status = 'active'") == 4)
    app.handle(.char("u"))
    #expect(screen(app).contains("Der er ingen annullering at fortryde."))
  }

  @Test func moveTheFollowingDatesAndSeeClashes() throws {
    let app = try desk()
    let db = try Database(path: path)
    let room = try RoomStore(db: db).room(named: "Mødelokale 1")!
    let sind = try AssociationStore(db: db).associationID(named: "Foreningen Sind")!
    try BookingStore(db: db, clock: .fixed(Self.today, "08:00")).book(
      BookingRequest(
        roomID: room.id!, associationID: sind,
        slot: Slot(day: Self.today, start: ClockTime(hour: 10)!, end: ClockTime(hour: 12)!),
        repeatUntil: Self.today.adding(21)))
    app.handle(.function(4))
    app.handle(.char("r"))
    app.handle(.down)  // Kælderen, Mødelokale 1, Store sal in Danish order (after "Alle")
    app.handle(.down)
    app.handle(.enter)
    #expect(screen(app).contains("·  Mødelokale 1"))
    app.handle(.enter)  // the booking under the cursor (Monday 10)
    var text = screen(app)
    #expect(text.contains("Ret booking"))
    #expect(text.contains("Del af en fast booking (serie)."))
    type(app, "")
    app.handle(.ctrl("u"))
    type(app, "18-21")
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.char(" "))  // this and following
    app.handle(.ctrl("s"))
    text = screen(app)
    #expect(text.contains("Ændret: 4 datoer, nu 18:00–21:00"))
    // Ældre Sagen takes Monday 14 December 21–22 at another desk; moving
    // 7 December and the following dates to 18–22 is refused, nothing moves.
    try BookingStore(db: db, clock: .fixed(Self.today, "08:00")).book(
      BookingRequest(
        roomID: room.id!,
        associationID: try AssociationStore(db: db).associationID(named: "Ældre Sagen Hjørring")!,
        slot: Slot(
          day: Self.today.adding(21), start: ClockTime(hour: 21)!, end: ClockTime(hour: 22)!)))
    app.handle(.char("g"))  // Monday 7 December, 18:00
    type(app, "07-12-2026")
    app.handle(.ctrl("s"))
    for _ in 0..<24 { app.handle(.up) }
    for _ in 0..<10 { app.handle(.down) }
    #expect(app.pane(RoomsFeature.self).state.cursorHour == 18)
    app.handle(.char("e"))
    app.handle(.ctrl("u"))
    type(app, "18-22")
    for _ in 0..<3 { app.handle(.tab) }
    app.handle(.char(" "))
    app.handle(.ctrl("s"))
    text = screen(app)
    #expect(text.contains("Ikke ændret: allerede optaget: man 14-12-2026 21:00–22:00 Ældre"))
    #expect(
      try db.scalarInt("SELECT count(*) FROM bookings WHERE ends_at LIKE '% 22:00'") == 1)
  }

  @Test func roomFormCreatesAndDeactivates() throws {
    let app = try desk()
    app.handle(.function(4))
    app.handle(.char("r"))
    app.handle(.end)  // "+ Nyt lokale …"
    app.handle(.enter)
    #expect(screen(app).contains("Nyt lokale"))
    type(app, "Loftet")
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.ctrl("u"))
    type(app, "nul")
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("⚠"))
    app.handle(.ctrl("u"))
    type(app, "12")
    app.handle(.ctrl("s"))
    var text = screen(app)
    #expect(text.contains("Gemt: Loftet"))
    #expect(text.contains("·  Loftet"))
    app.handle(.char("L"))
    for _ in 0..<12 { app.handle(.tab) }
    app.handle(.char(" "))  // Aktiv off
    app.handle(.ctrl("s"))
    text = screen(app)
    #expect(
      text.contains("Loftet er deaktiveret og kan ikke bookes. 0 kommende bookinger står stadig."))
    #expect(text.contains("Alle lokaler"))
  }

  @Test func aBookingAtAnotherDeskAppearsOnTheNextTick() throws {
    let app = try desk()
    app.handle(.function(4))
    _ = app.tick()
    #expect(!screen(app).contains("Ældre Sa…"))
    let db = try Database(path: path)
    let room = try RoomStore(db: db).room(named: "Store sal")!
    try BookingStore(db: db, clock: .fixed(Self.today, "08:00")).book(
      BookingRequest(
        roomID: room.id!,
        associationID: try AssociationStore(db: db).associationID(
          named: "Ældre Sagen Hjørring")!,
        slot: Slot(
          day: Self.today.adding(2), start: ClockTime(hour: 10)!, end: ClockTime(hour: 12)!)))
    #expect(app.tick())
    #expect(screen(app).contains("Ældre Sa…"))
  }
}
