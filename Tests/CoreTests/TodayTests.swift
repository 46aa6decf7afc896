import Testing

@testable import Core

/// I dag on a small hand-made day: Monday 30 November 2026 (week 49).
@Suite struct TodayTests {
  static let monday = Day(year: 2026, month: 11, day: 30)!
  let database = TestDatabase()

  struct Desk {
    let store: AssociationStore
    let inquiries: InquiryStore
    let km: Staff
    let ls: Staff
  }

  func desk() throws -> Desk {
    let store = try database.store()
    let importer = Importer(store: store)
    _ = try importer.importAssociations(
      bytes: Array(
        """
        name,area,contact_person,phone
        Røde Kors Hjørring,Hjørring,Birthe Ørsted,98 90 12 34
        Ældre Sagen Hjørring,Hjørring,Poul Ravn,98 37 14 21
        """.utf8))
    _ = try importer.importActivities(
      bytes: Array(
        """
        association,title,kind
        Røde Kors Hjørring,Besøgsven,frivilligjob
        """.utf8))
    _ = try RoomFiles(store: store).importRooms(
      bytes: Array(
        """
        name,area,capacity,notes
        Store sal,Hjørring,40,Nøglen hentes i receptionen
        Mødelokale 1,Hjørring,14,
        """.utf8))
    let inquiries = InquiryStore(db: store.db, clock: .fixed(Self.monday))
    let km = try inquiries.directory.add(initials: "KM", name: "Karen Madsen")
    let ls = try inquiries.directory.add(initials: "LS", name: "Lars Søgaard")
    return Desk(store: store, inquiries: inquiries, km: km, ls: ls)
  }

  @discardableResult
  func inquiry(_ desk: Desk, _ text: String, due: Int, owner: Staff) throws -> Inquiry {
    var inquiry = Inquiry()
    inquiry.text = text
    inquiry.askerName = text
    inquiry.categoryID = try desk.inquiries.directory.categories()[0].id
    inquiry.followUp = Self.monday.adding(due)
    return try desk.inquiries.create(inquiry, by: owner.id)
  }

  @Test func myWeekHandoversReferralsAndTheHouse() throws {
    let desk = try desk()
    try inquiry(desk, "Forfalden", due: -2, owner: desk.km)
    try inquiry(desk, "I dag", due: 0, owner: desk.km)
    try inquiry(desk, "Torsdag", due: 3, owner: desk.km)
    try inquiry(desk, "Næste uge", due: 8, owner: desk.km)
    try inquiry(desk, "Lars' egen", due: -1, owner: desk.ls)
    let handed = try inquiry(desk, "Overdraget", due: 1, owner: desk.ls)
    try desk.inquiries.handOver(
      handed, to: desk.km.id, reason: "ferie", followUp: Self.monday.adding(10), by: desk.ls.id)
    // A referral made in F3 without an inquiry, due today.
    let citizen = try CitizenStore(db: desk.store.db, clock: .fixed(Self.monday)).save(
      Citizen(name: "Birthe Hansen", consentOn: Self.monday))
    let activity = try desk.store.db.scalarInt("SELECT id FROM activities")
    try ReferralStore(db: desk.store.db, clock: .fixed(Self.monday.adding(-7))).refer(
      citizenID: citizen.id!, activityID: activity, inquiryID: nil, followUp: Self.monday,
      by: desk.km.id)
    // Bookings: today in both rooms (one the first date of a weekly
    // series ending in three weeks), tomorrow (not today's).
    let rooms = RoomStore(db: desk.store.db)
    let sal = try #require(try rooms.room(named: "Store sal"))
    let small = try #require(try rooms.room(named: "Mødelokale 1"))
    let redCross = try #require(try desk.store.associationID(named: "Røde Kors Hjørring"))
    let elders = try #require(try desk.store.associationID(named: "Ældre Sagen Hjørring"))
    let bookings = BookingStore(db: desk.store.db, clock: .fixed(Self.monday, "08:00"))
    func slot(_ day: Day, _ from: Int, _ to: Int) -> Slot {
      Slot(day: day, start: ClockTime(hour: from)!, end: ClockTime(hour: to)!)
    }
    try bookings.book(
      BookingRequest(
        roomID: sal.id!, associationID: redCross, slot: slot(Self.monday, 19, 21),
        attendees: 14, repeatUntil: Self.monday.adding(21)))
    try bookings.book(
      BookingRequest(roomID: small.id!, associationID: elders, slot: slot(Self.monday, 10, 12)))
    try bookings.book(
      BookingRequest(
        roomID: small.id!, associationID: elders, slot: slot(Self.monday.adding(1), 10, 12)))

    let today = TodayStore(db: desk.store.db, clock: .fixed(Self.monday))
    let plan = try today.plan(for: desk.km.id)
    #expect(
      plan.followUps.map(\.inquiry.askerName) == ["Forfalden", "I dag", "Torsdag", "Overdraget"])
    #expect(plan.followUps.map(\.when) == [.overdue, .today, .thisWeek, .later])
    #expect(plan.followUps.map(\.handedOverBy) == [nil, nil, nil, "LS"])
    #expect(plan.referrals.map(\.citizenName) == ["Birthe Hansen"])
    #expect(plan.referrals.first?.inquiryID == nil)
    #expect(plan.bookings.map(\.roomName) == ["Mødelokale 1", "Store sal"])
    #expect(plan.bookings.map(\.firstOfSeries) == [false, true])
    #expect(plan.bookings.last?.roomNotes == "Nøglen hentes i receptionen")
    #expect(plan.bookings.last?.contactPerson == "Birthe Ørsted")
    #expect(plan.endingSeries.map(\.lastDay) == [Self.monday.adding(21)])
    #expect(
      plan.colleagues.map { "\($0.initials) \($0.open)/\($0.overdue)" } == ["KM 5/1", "LS 1/1"])
    // The day sheet: per room, its notes, then each booking.
    let sheet = DaySheet.text(plan, day: Self.monday, by: "KM", lang: .danish)
    #expect(
      sheet.hasPrefix("Dagsseddel · Mandag 30. november · uge 49\nSkrevet 30-11-2026 af KM\n"))
    #expect(
      sheet.contains(
        "Store sal\n  Nøglen hentes i receptionen\n  19:00–21:00 · Røde Kors Hjørring · 14 pers. · kontakt: Birthe Ørsted 98 90 12 34 · første gang i ny fast booking\n"
      ))
    // Once shown, the handover is no longer new; a later one is.
    try today.markSeen(staffID: desk.km.id, upTo: plan.newestHandover)
    let seen = try today.plan(for: desk.km.id).followUps
    #expect(!seen.isEmpty)
    #expect(seen.allSatisfy { $0.handedOverBy == nil })
    // The next day the series' first date is past: today's bookings change.
    let tuesday = TodayStore(db: desk.store.db, clock: .fixed(Self.monday.adding(1)))
    let next = try tuesday.plan(for: nil)
    #expect(next.followUps.isEmpty && next.referrals.isEmpty)
    #expect(next.bookings.map(\.roomName) == ["Mødelokale 1"])
  }

  /// A busy desk: I dag reads the first 50 of a section and says how many
  /// more there are; the day sheet still lists the whole day.
  @Test func aFullSectionSaysHowManyMoreAndTheSheetHasAll() throws {
    let desk = try desk()
    for number in 0..<55 {
      try inquiry(desk, "Sag \(number)", due: -1 - number % 7, owner: desk.km)
    }
    let rooms = RoomStore(db: desk.store.db)
    let sal = try #require(try rooms.room(named: "Store sal"))
    let elders = try #require(try desk.store.associationID(named: "Ældre Sagen Hjørring"))
    let bookings = BookingStore(db: desk.store.db, clock: .fixed(Self.monday, "07:00"))
    for minute in stride(from: 8 * 60, to: 8 * 60 + 55 * 10, by: 10) {
      try bookings.book(
        BookingRequest(
          roomID: sal.id!, associationID: elders,
          slot: Slot(
            day: Self.monday, start: ClockTime(minutes: minute)!,
            end: ClockTime(minutes: minute + 10)!)))
    }
    let today = TodayStore(db: desk.store.db, clock: .fixed(Self.monday))
    var plan = try today.plan(for: desk.km.id)
    #expect(plan.followUps.count == TodayStore.limit && plan.followUpsMore == 5)
    // A handover due Wednesday, past the first 50: shown as a handover, and
    // not counted again among the rest.
    let handed = try inquiry(desk, "Overdraget", due: 2, owner: desk.ls)
    try desk.inquiries.handOver(
      handed, to: desk.km.id, reason: "ferie", followUp: Self.monday.adding(2), by: desk.ls.id)
    plan = try today.plan(for: desk.km.id)
    #expect(plan.followUps.count == TodayStore.limit + 1 && plan.followUpsMore == 5)
    #expect(plan.followUps.last?.handedOverBy == "LS")
    #expect(plan.bookings.count == TodayStore.limit && plan.bookingsMore == 5)
    #expect(
      plan.bookings.map(\.booking.slot.start.minutes) == Array(stride(from: 480, to: 980, by: 10)))
    let all = try today.bookingsToday()
    #expect(all.count == 55 && all.last?.booking.slot.start.text == "17:00")
    // A desk with room to spare reads everything and says nothing more.
    let ls = try today.plan(for: desk.ls.id)
    #expect(ls.followUpsMore == 0 && ls.followUps.isEmpty)
  }
}
