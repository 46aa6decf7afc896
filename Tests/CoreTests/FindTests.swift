import Testing

@testable import Core

/// Find on a small hand-made desk: Monday 30 November 2026.
@Suite struct FindTests {
  static let monday = Day(year: 2026, month: 11, day: 30)!
  let database = TestDatabase()

  func desk() throws -> (FindService, [Int64]) {
    let store = try database.store()
    let importer = Importer(store: store)
    _ = try importer.importAssociations(
      bytes: Array(
        """
        name,area,description
        Røde Kors Hjørring,Hjørring,
        Ældre Sagen Hjørring,Hjørring,Birthe svarer telefonen om tirsdagen
        """.utf8))
    _ = try RoomFiles(store: store).importRooms(
      bytes: Array("name,area,capacity\nStore sal,Hjørring,40\nMødelokale 1,Hjørring,14\n".utf8))
    let inquiries = InquiryStore(db: store.db, clock: .fixed(Self.monday.adding(-30)))
    let km = try inquiries.directory.add(initials: "KM", name: "Karen Madsen")
    func inquiry(_ name: String, _ contact: String, _ text: String) throws -> Inquiry {
      var inquiry = Inquiry()
      inquiry.askerName = name
      inquiry.askerContact = contact
      inquiry.text = text
      inquiry.categoryID = try inquiries.directory.categories()[0].id
      inquiry.followUp = Self.monday.adding(2)
      return try inquiries.create(inquiry, by: km.id)
    }
    // The older one is closed; the newer one is open.
    let closed = try inquiry("Birthe Ørsted", "", "Spurgte om besøgsven sidste år")
    try inquiries.close(closed, outcome: .helped, note: "Henvist", by: km.id)
    let open = try inquiry("Birthe Ørsted", "98 90 12 34", "Søger besøgsven")
    _ = try inquiry("Jens Hansen", "jens@example.dk", "Vil være lektiehjælper")
    try CitizenStore(db: store.db, clock: .fixed(Self.monday)).save(
      Citizen(name: "Birthe Hansen", phone: "22334455", consentOn: Self.monday))
    try Self.generalAssembly(store.db, in: "Store sal", on: [-14, 7, 14])
    return (FindService(db: store.db, clock: .fixed(Self.monday)), [open.id!, closed.id!])
  }

  /// Røde Kors' general assembly in `room`, 19–21 on each day `offsets` from Monday.
  static func generalAssembly(_ db: Database, in room: String, on offsets: [Int]) throws {
    let bookings = BookingStore(db: db, clock: .fixed(monday.adding(-30), "08:00"))
    let room = try #require(try RoomStore(db: db).room(named: room))
    let redCross = try #require(
      try AssociationStore(db: db).associationID(named: "Røde Kors Hjørring"))
    for offset in offsets {
      try bookings.book(
        BookingRequest(
          roomID: room.id!, associationID: redCross,
          slot: Slot(
            day: monday.adding(offset), start: ClockTime(hour: 19)!, end: ClockTime(hour: 21)!),
          purpose: "Generalforsamling"), allowPast: true)
    }
  }

  func titles(_ result: FindResult, _ kind: FindKind) -> [String] {
    result.groups.first { $0.kind == kind }?.hits.map(\.title) ?? []
  }

  @Test func aNameFindsOpenInquiriesFirstAndTheCitizen() throws {
    let (find, ids) = try desk()
    let result = try find.find("birthe", lang: .danish)
    // Named by the word first: the association only mentions a Birthe.
    #expect(result.groups.map(\.kind) == [.inquiries, .citizens, .associations])
    #expect(result.groups[0].hits.map(\.target) == [.inquiry(ids[0]), .inquiry(ids[1])])
    #expect(result.groups[0].hits.map(\.past) == [false, true])
    #expect(titles(result, .citizens) == ["Birthe Hansen"])
    // Folded, a short word at a word's start, and the open one alone by its number.
    #expect(try find.find("orsted", lang: .danish).groups.first?.hits.count == 2)
    #expect(try find.find("bi ør", lang: .danish).groups.first?.total == 2)
    // Inside a compound word, when few words start with it.
    #expect(try find.find("hjælper", lang: .danish).hits.map(\.title) == ["#3 Jens Hansen"])
    let number = try find.find("#\(ids[0])", lang: .danish)
    #expect(number.hits.map(\.target) == [.inquiry(ids[0])])
  }

  @Test func aPhoneNumberIsFoundWithOrWithoutSpaces() throws {
    let (find, ids) = try desk()
    for typed in ["98901234", "98 90 12 34", "9890"] {
      #expect(
        try find.find(typed, lang: .danish).hits.map(\.target) == [.inquiry(ids[0])], "\(typed)")
    }
    #expect(try find.find("22 33 44 55", lang: .danish).hits.map(\.title) == ["Birthe Hansen"])
  }

  @Test func associationsTheirBookingsAndRooms() throws {
    let (find, _) = try desk()
    let result = try find.find("røde kors", lang: .danish)
    #expect(titles(result, .associations) == ["Røde Kors Hjørring"])
    let bookings = try #require(result.groups.first { $0.kind == .bookings })
    // Upcoming first, by date; the past one after.
    #expect(bookings.hits.map(\.past) == [false, false, true])
    #expect(bookings.hits[0].detail.hasPrefix("man 07-12"))
    #expect(titles(try find.find("store", lang: .danish), .rooms) == ["Store sal"])
    #expect(try find.find("", lang: .danish).groups.isEmpty)
  }

  /// "We have the big room for the general assembly, haven't we?": a
  /// booking is found by its purpose, folded and inside a compound too,
  /// upcoming first; a purpose edited away finds nothing any more.
  @Test func bookingsByTheirPurpose() throws {
    let (find, _) = try desk()
    for typed in ["generalforsamling", "GENERALF", "forsamling"] {
      let result = try find.find(typed, lang: .danish)
      let bookings = try #require(result.groups.first { $0.kind == .bookings }, "\(typed)")
      #expect(bookings.total == 3 && bookings.hits.map(\.past) == [false, false, true])
      #expect(bookings.hits[0].detail.hasSuffix("Generalforsamling"))
    }
    #expect(try find.find("bestyrelse", lang: .danish).groups.isEmpty)
    // The purpose of every date changed: the old one finds nothing.
    let store = BookingStore(db: find.db, clock: .fixed(Self.monday, "08:00"))
    for id in try find.db.map("SELECT id FROM bookings") { $0.int(0) } {
      let booking = try #require(try store.booking(id: id))
      try store.move(
        id, start: booking.slot.start, end: booking.slot.end, purpose: "Bestyrelsesmøde")
    }
    #expect(try find.find("bestyrelse", lang: .danish).groups.first?.total == 3)
    #expect(try find.find("generalforsamling", lang: .danish).groups.isEmpty)
  }

  /// Five bookings in all, three ahead and two back: each way has room to
  /// spare, so the count is exact ("5", not "5+"); at one time, by booking.
  @Test func aBookingCountIsAtLeastOnlyWhenAWayIsFull() throws {
    let (find, _) = try desk()
    try Self.generalAssembly(find.db, in: "Mødelokale 1", on: [-21, 7])
    let group = try #require(
      try find.find("generalforsamling", lang: .danish).groups.first { $0.kind == .bookings })
    #expect(group.total == 5 && !group.more)
    #expect(group.hits.map(\.past) == [false, false, false, true, true])
    // Two at the same time in two rooms: always in the same order.
    #expect(group.hits[0].title != group.hits[1].title)
    #expect(try find.find("generalforsamling", lang: .danish).groups.first?.hits == group.hits)
  }
}
