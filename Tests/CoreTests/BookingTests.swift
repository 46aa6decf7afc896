import Testing

@testable import Core

@Suite struct BookingTests {
  let database = TestDatabase()
  /// Tuesday 24 November 2026.
  static let tuesday = Day(year: 2026, month: 11, day: 24)!

  struct World {
    let store: BookingStore
    let room: Room
    let sind: Int64
    let other: Int64
  }

  func world() throws -> World {
    let associations = try database.store()
    let sind = try associations.save(Association(name: "Foreningen Sind", area: "Hjørring"))
    let other = try associations.save(Association(name: "Ældre Sagen", area: "Hjørring"))
    let rooms = RoomStore(db: associations.db)
    let id = try rooms.save(
      Room(
        name: "Mødelokale 1", area: "Hjørring", capacity: 14, facilities: ["kaffemaskine"],
        accessibleToilet: true, cleaningFee: 50, opens: ClockTime(hour: 8)!,
        closes: ClockTime(hour: 22)!))
    return World(
      store: BookingStore(db: associations.db, clock: .fixed(Self.tuesday.adding(-1))),
      room: try rooms.room(id: id)!, sind: sind, other: other)
  }

  func slot(_ day: Day, _ from: Int, _ to: Int) -> Slot {
    Slot(day: day, start: ClockTime(hour: from)!, end: ClockTime(hour: to)!)
  }

  func request(_ w: World, _ slot: Slot, _ association: Int64? = nil, until: Day? = nil)
    -> BookingRequest
  {
    BookingRequest(
      roomID: w.room.id!, associationID: association ?? w.sind, slot: slot, attendees: 12,
      repeatUntil: until)
  }

  /// The booking form's association field: the whole name, or words the
  /// name's words begin with, folded.
  @Test func associationsAreFoundByWordBeginnings() throws {
    let store = try AssociationStore(db: try world().store.db)
    let names = { (typed: String) in try store.associations(matching: typed).map(\.name) }
    #expect(try names("sind") == ["Foreningen Sind"])
    #expect(try names("aeldre") == ["Ældre Sagen"])
    #expect(try names("s") == ["Foreningen Sind", "Ældre Sagen"])
    #expect(try names("sagen fore") == [])
    #expect(try names("ndre") == [])  // inside a word is not a beginning
    #expect(try names("FORENINGEN SIND") == ["Foreningen Sind"])
    #expect(try names("%") == [] && names("_") == [])
  }

  @Test func touchingIsAllowedAndAnyOverlapRefused() throws {
    let w = try world()
    try w.store.book(request(w, slot(Self.tuesday, 10, 11)))
    try w.store.book(request(w, slot(Self.tuesday, 11, 12), w.other))
    try w.store.book(request(w, slot(Self.tuesday, 9, 10), w.other))
    for (from, to) in [(10, 11), (9, 12), (10, 12), (11, 13), (8, 10)] {
      #expect(throws: RoomError.self) { try w.store.book(request(w, slot(Self.tuesday, from, to))) }
    }
    // A minute of overlap is overlap.
    let late = Slot(
      day: Self.tuesday, start: ClockTime(hour: 11, minute: 59)!, end: ClockTime(hour: 13)!)
    guard case .taken(let clashes)? = catchRoomError({ try w.store.book(request(w, late)) }) else {
      Issue.record("11:59 should clash with 11–12")
      return
    }
    #expect(clashes.map(\.associationName) == ["Ældre Sagen"])
    // The same hours on another day are free.
    try w.store.book(request(w, slot(Self.tuesday.adding(1), 10, 11)))
    // The database refuses an overlap even if a code path forgot to check.
    #expect(throws: SQLiteError.self) {
      try w.store.db.run(
        """
        INSERT INTO bookings(room_id, association_id, starts_at, ends_at, booked_at)
        VALUES (?, ?, '2026-11-24 10:30', '2026-11-24 10:45', 'x')
        """, [.integer(w.room.id!), .integer(w.sind)])
    }
  }

  @Test func roomRulesAreSaidClearly() throws {
    let w = try world()
    #expect(
      catchRoomError { try w.store.book(request(w, slot(Self.tuesday, 21, 19))) } == .endBeforeStart
    )
    #expect(
      catchRoomError { try w.store.book(request(w, slot(Self.tuesday, 7, 9))) }
        == .outsideHours(opens: ClockTime(hour: 8)!, closes: ClockTime(hour: 22)!))
    var crowd = request(w, slot(Self.tuesday, 19, 21))
    crowd.attendees = 15
    #expect(catchRoomError { try w.store.book(crowd) } == .overCapacity(capacity: 14))
    #expect(
      try w.store.bookings(room: w.room.id, from: Self.tuesday, to: Self.tuesday.adding(7)).isEmpty)
    #expect(
      RoomError.outsideHours(opens: ClockTime(hour: 8)!, closes: ClockTime(hour: 22)!).message(
        .danish)
        == "lokalet kan kun bookes 08:00–22:00")
  }

  @Test func aSeriesWithACollisionIsAllOrNothingUnlessSkipping() throws {
    let w = try world()
    let third = Self.tuesday.adding(14)
    try w.store.book(request(w, slot(third, 20, 22), w.other))
    let weekly = request(w, slot(Self.tuesday, 19, 21), until: Self.tuesday.adding(35))
    guard case .taken(let clashes)? = catchRoomError({ try w.store.book(weekly) }) else {
      Issue.record("the series should be refused")
      return
    }
    #expect(clashes.map(\.wanted.day) == [third])
    #expect(
      try w.store.bookings(room: w.room.id, from: Self.tuesday, to: third.adding(30)).count == 1)
    let outcome = try w.store.book(weekly, skipConflicts: true)
    #expect(outcome.booked.count == 5 && outcome.skipped.map(\.wanted.day) == [third])
    #expect(outcome.fee == 5 * 50)
    let booked = try w.store.bookings(room: w.room.id, from: Self.tuesday, to: third.adding(30))
    #expect(
      booked.filter { $0.associationID == w.sind }.map(\.slot.day)
        == [0, 7, 21, 28, 35].map { Self.tuesday.adding($0) })
    // Every other week.
    var biweekly = request(w, slot(Self.tuesday, 8, 9), until: Self.tuesday.adding(28))
    biweekly.everyWeeks = 2
    #expect(
      try w.store.book(biweekly).booked.map(\.day) == [0, 14, 28].map { Self.tuesday.adding($0) })
  }

  /// Issue 25.9: the series confirmation said "Ikke booket" for a skipped
  /// date that F4 had booked in another room while the caller waited.
  @Test func theConfirmationNamesTheRoomBookedForASkippedDate() throws {
    let w = try world()
    let third = Self.tuesday.adding(14)
    try w.store.book(request(w, slot(third, 20, 22), w.other))
    let weekly = request(w, slot(Self.tuesday, 19, 21), until: Self.tuesday.adding(28))
    let outcome = try w.store.book(weekly, skipConflicts: true)
    #expect(outcome.skipped.map(\.wanted.day) == [third])
    let rooms = RoomStore(db: w.store.db)
    let salen = try rooms.save(
      Room(
        name: "Salen", area: "Hjørring", capacity: 40, opens: ClockTime(hour: 8)!,
        closes: ClockTime(hour: 22)!))
    var moved = request(w, slot(third, 19, 21))
    moved.roomID = salen
    try w.store.book(moved)
    let series = try #require(
      try w.store.bookings(room: w.room.id, from: Self.tuesday, to: third.adding(30)).first {
        $0.associationID == w.sind
      })
    let dates = try BookingConfirmation.dates(of: series, in: w.store)
    let text = BookingConfirmation.text(
      dates, room: w.room, today: Self.tuesday, lang: .danish,
      substitutes: try BookingConfirmation.substitutes(for: dates, in: w.store))
    #expect(text.contains("Booket i et andet lokale (dette var optaget):"))
    #expect(text.contains(third.label(.danish) + " 19:00–21:00 → Salen"))
    #expect(!text.contains("Ikke booket"))
  }

  @Test func cancelOneFollowingOrAllKeepsANote() throws {
    let w = try world()
    let outcome = try w.store.book(
      request(w, slot(Self.tuesday, 19, 21), until: Self.tuesday.adding(28)))
    let rows = try w.store.bookings(
      room: w.room.id, from: Self.tuesday, to: Self.tuesday.adding(30))
    #expect(rows.count == 5 && outcome.seriesID != nil)
    try w.store.cancel(rows[1].id, note: "Juleferie", by: nil)
    #expect(try w.store.booking(id: rows[1].id)?.status == .cancelled)
    #expect(try w.store.booking(id: rows[1].id)?.cancelNote == "Juleferie")
    // The cancelled date is free again.
    try w.store.book(request(w, slot(Self.tuesday.adding(7), 19, 20), w.other))
    #expect(try w.store.cancel(rows[3].id, scope: .following, note: "Stopper", by: nil).count == 2)
    #expect(
      try w.store.bookings(room: w.room.id, from: Self.tuesday, to: Self.tuesday.adding(30)).map(
        \.id) == [
          rows[0].id,
          try w.store.bookings(
            room: w.room.id, from: Self.tuesday.adding(7), to: Self.tuesday.adding(8))[0].id,
          rows[2].id,
        ])
    #expect(try w.store.cancel(rows[0].id, scope: .all, note: "Opløst", by: nil).count == 2)
    #expect(throws: RoomError.bookingNotFound) {
      try w.store.cancel(rows[0].id, note: "igen", by: nil)
    }
    // Undoing the whole-series cancellation: refused while the other
    // association holds the second date, with nothing restored; then it works.
    let all = [rows[0].id, rows[2].id]
    #expect(throws: RoomError.self) { try w.store.restore([rows[0].id, rows[1].id]) }
    #expect(try w.store.booking(id: rows[0].id)?.status == .cancelled)
    try w.store.restore(all)
    #expect(try w.store.booking(id: rows[0].id)?.status == .active)
    #expect(try w.store.booking(id: rows[0].id)?.cancelNote == "")
  }

  @Test func movingOneFollowingOrAllChecksClashesFirst() throws {
    let w = try world()
    try w.store.book(request(w, slot(Self.tuesday, 19, 21), until: Self.tuesday.adding(28)))
    let rows = try w.store.bookings(
      room: w.room.id, from: Self.tuesday, to: Self.tuesday.adding(30))
    try w.store.book(request(w, slot(Self.tuesday.adding(21), 17, 18), w.other))
    // 17–19 from week 3 on collides on the fourth date: nothing moves.
    #expect(throws: RoomError.self) {
      try w.store.move(
        rows[2].id, scope: .following, start: ClockTime(hour: 17)!, end: ClockTime(hour: 19)!)
    }
    #expect(try w.store.booking(id: rows[2].id)?.slot.start == ClockTime(hour: 19))
    try w.store.move(
      rows[2].id, scope: .following, start: ClockTime(hour: 18)!, end: ClockTime(hour: 20)!)
    let after = try w.store.bookings(
      room: w.room.id, from: Self.tuesday, to: Self.tuesday.adding(30)
    )
    .filter { $0.associationID == w.sind }
    #expect(after.map(\.slot.start.text) == ["19:00", "19:00", "18:00", "18:00", "18:00"])
    // The split made a second series for the moved dates.
    #expect(Set(after.map(\.seriesID)).count == 2)
    try w.store.move(rows[0].id, start: ClockTime(hour: 9)!, end: ClockTime(hour: 10)!)
    #expect(try w.store.booking(id: rows[0].id)?.slot.start.text == "09:00")
    try w.store.move(
      rows[4].id, scope: .all, start: ClockTime(hour: 20)!, end: ClockTime(hour: 21)!)
    #expect(try w.store.booking(id: rows[2].id)?.slot.start.text == "20:00")
    #expect(try w.store.booking(id: rows[1].id)?.slot.start.text == "19:00")
  }

  @Test func weekNumbersAtTheYearsEdges() {
    #expect(Day(year: 2025, month: 12, day: 29)!.isoWeek == (2026, 1))
    #expect(Day(year: 2026, month: 12, day: 28)!.isoWeek == (2026, 53))
    #expect(Day(year: 2020, month: 12, day: 31)!.isoWeek == (2020, 53))
  }

  func catchRoomError(_ body: () throws -> Void) -> RoomError? {
    do { try body() } catch let error as RoomError { return error } catch { return nil }
    return nil
  }
}
