import Testing

@testable import Core

/// Every number and date a person can type has a range, and nothing
/// outside it is read as something else or left to spin.
@Suite struct BoundsTests {
  let database = TestDatabase()
  static let today = Day(year: 2026, month: 11, day: 30)!

  @Test func fourDigitYearsAreYears() {
    // "0026-05-05" was read as 26-05-2005, "0001-01-01" as 2001.
    #expect(DateInput.parse("0026-05-05", today: Self.today) == nil)
    #expect(DateInput.parse("0001-01-01", today: Self.today) == nil)
    #expect(DateInput.parse("2027/01/05", today: Self.today) == Day(iso: "2027-01-05"))
    #expect(DateInput.parse("05-01-2027", today: Self.today) == Day(iso: "2027-01-05"))
    #expect(DateInput.parse("5/1/27", today: Self.today) == Day(iso: "2027-01-05"))
    #expect(DateInput.parse("123-01-2027", today: Self.today) == nil)
  }

  /// `citizen retention --months 1523` spun at full CPU forever.
  @Test func monthsBeforeTheCalendarEndsAtItsFirstDay() {
    #expect(CitizenEraser.monthsBefore(Self.today, 1523) == Day(year: 1900, month: 1, day: 1))
    #expect(CitizenEraser.monthsBefore(Self.today, 2000) == Day(year: 1900, month: 1, day: 1))
    #expect(CitizenEraser.monthsBefore(Day(iso: "2026-03-31")!, 1) == Day(iso: "2026-02-28"))
  }

  struct Desk {
    let store: BookingStore
    let room: Int64
    let association: Int64
  }

  func desk() throws -> Desk {
    let associations = try database.store()
    let id = try associations.save(Association(name: "Foreningen Sind", area: "Hjørring"))
    let room = try RoomStore(db: associations.db).save(
      Room(name: "Mødelokale 1", area: "Hjørring", capacity: 20))
    return Desk(
      store: BookingStore(db: associations.db, clock: .fixed(Self.today, "12:00")), room: room,
      association: id)
  }

  func request(_ desk: Desk, _ day: Day, from: Int = 10, until: Day? = nil) -> BookingRequest {
    BookingRequest(
      roomID: desk.room, associationID: desk.association,
      slot: Slot(day: day, start: ClockTime(hour: from)!, end: ClockTime(hour: from + 2)!),
      repeatUntil: until)
  }

  @Test func aDayAlreadyPastIsBookedOnlyWhenRecordedLate() throws {
    let desk = try desk()
    let yesterday = request(desk, Self.today.adding(-1))
    #expect(throws: RoomError.inPast(yesterday.slot)) { try desk.store.book(yesterday) }
    #expect(try desk.store.book(yesterday, allowPast: true).booked.count == 1)
    // Earlier today (it is 12:00) is today: a meeting this morning can be written down.
    #expect(try desk.store.book(request(desk, Self.today, from: 8)).booked.count == 1)
  }

  @Test func aSeriesIsCutAtTwoHundredDatesOrTwoYears() throws {
    let desk = try desk()
    let far = try desk.store.book(
      request(desk, Self.today.adding(1), until: Self.today.adding(3650)))
    #expect(far.booked.count == 105)  // weekly for two years
    #expect(far.cutAfter == Day(iso: "2028-11-28"))
    #expect(throws: RoomError.tooFarAhead(Day(iso: "2028-11-30")!)) {
      try desk.store.book(request(desk, Day(iso: "2029-01-01")!))
    }
    let series = try desk.store.db.map("SELECT last_day FROM booking_series") { $0.text(0) }
    #expect(series == ["2028-11-28"])
  }

  @Test func anInactiveAssociationCannotBeBooked() throws {
    let desk = try desk()
    try AssociationStore(db: desk.store.db).setActive(associationID: desk.association, false)
    #expect(throws: RoomError.associationInactive("Foreningen Sind")) {
      try desk.store.book(request(desk, Self.today.adding(1)))
    }
  }

  /// A 10 MB description was accepted; every text field now has a length.
  @Test func textFieldsHaveAMaximumLength() throws {
    let desk = try desk()
    var long = request(desk, Self.today.adding(1))
    long.purpose = String(repeating: "x", count: 10_000_000)
    #expect(throws: RoomError.invalidText("purpose", .tooLong(Validation.shortText))) {
      try desk.store.book(long)
    }
    let store = try AssociationStore(db: desk.store.db)
    #expect(throws: StoreError.self) {
      try store.save(Association(name: "X", description: String(repeating: "y", count: 10_001)))
    }
    #expect(
      try store.save(Association(name: "Y", description: String(repeating: "y", count: 10_000))) > 0
    )
  }

  /// The room finder reads the same limits: a repeat typed far ahead is cut
  /// (and says so) instead of making hundreds of thousands of dates.
  @Test func aRepeatTypedFarAheadIsCutWhereBookingWouldCutIt() throws {
    let far = try #require(WhenInput.parse("tir 19-21 til 31-12-9999", today: Self.today))
    #expect(far.cut)
    #expect(far.slots.count == 105)
    #expect(far.repeatUntil == Day(iso: "2028-11-28"))
    let many = try #require(WhenInput.parse("tir 19-21 520 gange", today: Self.today))
    #expect(many.cut && many.slots.count == 105)
    let fine = try #require(WhenInput.parse("tir 19-21 10 gange", today: Self.today))
    #expect(!fine.cut && fine.slots.count == 10)
    #expect(Validation.attendees("10001") == .failure(.outOfRange(1, 10_000)))
    #expect(Validation.attendees(" 14 ") == .success(14))
    #expect(throws: RoomError.self) { try RoomStore.validate(Room(name: "Hal", capacity: 50_000)) }
  }
}
