import Testing

@testable import Core

/// The centre's register: one key confirms an association's details, and
/// the stale list has the active ones not confirmed for a year, never
/// confirmed first, then the oldest, each with whom to call.
@Suite struct AssociationRegisterTests {
  static let today = Day(year: 2026, month: 11, day: 30)!
  let database = TestDatabase()

  func register() throws -> (AssociationRegister, [String: Int64]) {
    let store = try database.store()
    _ = try Importer(store: store).importAssociations(
      bytes: Array(
        """
        name,area,contact_person,phone,active
        Røde Kors Hjørring,Hjørring,Birthe Ørsted,98901234,ja
        Ældre Sagen Hjørring,Hjørring,Poul Ravn,98371421,ja
        Bindslev Borgerforening,Bindslev,Anna Berg,,ja
        Lukket Klub,Hjørring,,,nej
        """.utf8))
    var ids: [String: Int64] = [:]
    for name in ["Røde Kors Hjørring", "Ældre Sagen Hjørring", "Bindslev Borgerforening"] {
      ids[name] = try store.associationID(named: name)
    }
    return (AssociationRegister(db: store.db, clock: .fixed(Self.today)), ids)
  }

  @Test func confirmingTakesItOffTheStaleListUntilAYearHasPassed() throws {
    let (register, ids) = try register()
    // Nothing confirmed yet: every active one, in name order; not the closed one.
    #expect(
      try register.stale().map(\.name) == [
        "Bindslev Borgerforening", "Røde Kors Hjørring", "Ældre Sagen Hjørring",
      ])
    #expect(try register.stale().first { $0.name == "Røde Kors Hjørring" }?.phone == "98 90 12 34")
    // Confirmed 13 months ago, and 11 months ago (by moving the clock).
    register.clock = .fixed(Self.today.addingMonths(-13))
    try register.confirm(associationID: ids["Ældre Sagen Hjørring"]!)
    register.clock = .fixed(Self.today.addingMonths(-11))
    try register.confirm(associationID: ids["Røde Kors Hjørring"]!)
    register.clock = .fixed(Self.today)
    let stale = try register.stale()
    #expect(stale.map(\.name) == ["Bindslev Borgerforening", "Ældre Sagen Hjørring"])
    #expect(stale.map(\.confirmedOn) == [nil, Self.today.addingMonths(-13)])
    // A shorter window takes in the one confirmed 11 months ago, oldest first.
    #expect(
      try register.stale(months: 6).map(\.name) == [
        "Bindslev Borgerforening", "Ældre Sagen Hjørring", "Røde Kors Hjørring",
      ])
    // One key, today: off the list.
    try register.confirm(associationID: ids["Ældre Sagen Hjørring"]!)
    #expect(
      try register.entry(associationID: ids["Ældre Sagen Hjørring"]!).confirmedOn == Self.today)
    #expect(try register.stale().map(\.name) == ["Bindslev Borgerforening"])
    #expect(throws: StoreError.notFound) { try register.confirm(associationID: 999) }
  }

  @Test func theStaleListAsCSV() throws {
    let (register, ids) = try register()
    register.clock = .fixed(Self.today.addingMonths(-20))
    try register.confirm(associationID: ids["Røde Kors Hjørring"]!)
    register.clock = .fixed(Self.today)
    try register.confirm(associationID: ids["Ældre Sagen Hjørring"]!)
    var text = ""
    try register.exportStale(months: 12) { text += $0 }
    #expect(
      text
        == "name,confirmed_on,contact_person,phone,email,centre_contact\r\n"
        + "Bindslev Borgerforening,,Anna Berg,,,\r\n"
        + "Røde Kors Hjørring,2025-03-30,Birthe Ørsted,98 90 12 34,,\r\n")
  }

  /// The file's history: the next booking and how many, the past year's
  /// bookings with hours and fees, and the referrals to its activities.
  @Test func theFileShowsBookingsAndReferrals() throws {
    let (register, ids) = try register()
    let db = register.db
    let redCross = ids["Røde Kors Hjørring"]!
    _ = try Importer(store: try AssociationStore(db: db)).importActivities(
      bytes: Array("association,title,kind\nRøde Kors Hjørring,Besøgsven,frivilligjob\n".utf8))
    _ = try RoomFiles(store: try AssociationStore(db: db)).importRooms(
      bytes: Array("name,area,capacity,cleaning_fee\nStore sal,Hjørring,40,150\n".utf8))
    let room = try #require(try RoomStore(db: db).room(named: "Store sal"))
    let bookings = BookingStore(db: db, clock: .fixed(Self.today.addingMonths(-14), "08:00"))
    // Two in the past year (2 h and 3 h), one 13 months ago, two to come.
    for (offset, hours) in [(-400, 2), (-30, 2), (-7, 3), (3, 2), (10, 2)] {
      try bookings.book(
        BookingRequest(
          roomID: room.id!, associationID: redCross,
          slot: Slot(
            day: Self.today.adding(offset), start: ClockTime(hour: 18)!,
            end: ClockTime(hour: 18 + hours)!)), allowPast: true)
    }
    let staff = try InquiryStore(db: db).directory.add(initials: "KM", name: "Karen Madsen")
    let citizen = try CitizenStore(db: db, clock: .fixed(Self.today)).save(
      Citizen(name: "Birthe Hansen", consentOn: Self.today))
    let activity = try db.scalarInt("SELECT id FROM activities")
    let referrals = ReferralStore(db: db, clock: .fixed(Self.today.adding(-20)))
    let first = try referrals.refer(
      citizenID: citizen.id!, activityID: activity, inquiryID: nil, followUp: Self.today,
      by: staff.id)
    try referrals.setStatus(.started, followUp: nil, of: first.id, by: staff.id)
    _ = try ReferralStore(db: db, clock: .fixed(Self.today.adding(-2))).refer(
      citizenID: citizen.id!, activityID: activity, inquiryID: nil, followUp: Self.today,
      again: true, by: staff.id)
    let history = try AssociationHistory.read(associationID: redCross, db: db, today: Self.today)
    #expect(history.upcomingCount == 2 && history.upcoming.first?.slot.day == Self.today.adding(3))
    #expect(history.pastYearCount == 2 && history.pastYearMinutes == 300)
    #expect(history.pastYearFees == 300)
    #expect(history.referralCount == 2 && history.referralsStarted == 1)
    #expect(history.referrals.map(\.referredOn) == [Self.today.adding(-2), Self.today.adding(-20)])
    #expect(history.referrals.map(\.status) == [.suggested, .started])
    // Another association's file is empty.
    let empty = try AssociationHistory.read(
      associationID: ids["Bindslev Borgerforening"]!, db: db, today: Self.today)
    #expect(empty.upcomingCount == 0 && empty.pastYearCount == 0 && empty.referralCount == 0)
  }
}
