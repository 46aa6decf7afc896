import Testing

@testable import Core

@Suite struct EventTests {
  let database = TestDatabase()
  /// Tuesday 24 November 2026.
  static let tuesday = Day(year: 2026, month: 11, day: 24)!

  struct World {
    let stores: Stores
    let room: Room
    let sind: Int64
    var events: EventStore { stores.events }
  }

  func world() throws -> World {
    let associations = try database.store()
    let sind = try associations.save(Association(name: "Foreningen Sind", area: "Hjørring"))
    let rooms = RoomStore(db: associations.db)
    let id = try rooms.save(
      Room(
        name: "Salen", area: "Hjørring", capacity: 40, facilities: [], accessibleToilet: true,
        cleaningFee: 0, opens: ClockTime(hour: 8)!, closes: ClockTime(hour: 22)!))
    let stores = Stores(associations, clock: .fixed(Self.tuesday.adding(-1)))
    return World(stores: stores, room: try rooms.room(id: id)!, sind: sind)
  }

  func slot(_ day: Day, _ from: Int, _ to: Int) -> Slot {
    Slot(day: day, start: ClockTime(hour: from)!, end: ClockTime(hour: to)!)
  }

  func course(_ w: World, seats: Int = 12, until: Day? = nil) throws -> Int64 {
    let kind = try #require(try w.events.kind(named: "kursus"))
    return try w.events.add(
      EventPlan(
        title: "Førstehjælp", kindID: kind.id, roomID: w.room.id, slot: slot(Self.tuesday, 17, 20),
        weeklyUntil: until, capacity: seats))
  }

  /// A session in a room is a booking of it: F4 sees the room taken, and a
  /// booking over it is refused as any other would be.
  @Test func sessionsBookTheRoom() throws {
    let w = try world()
    let id = try course(w, until: Self.tuesday.adding(14))
    let event = try #require(try w.events.event(id: id))
    #expect(event.sessions.map(\.slot.day) == [0, 7, 14].map { Self.tuesday.adding($0) })
    #expect(event.sessions.allSatisfy { $0.bookingID != nil } && !event.sessions.isEmpty)
    let week = try w.stores.bookings.bookings(
      room: w.room.id, from: Self.tuesday, to: Self.tuesday.adding(7))
    #expect(week.map(\.associationName) == ["Førstehjælp"])
    #expect(week.first?.eventID == id && week.first?.associationID == nil)
    #expect(throws: RoomError.self) {
      try w.stores.bookings.book(
        BookingRequest(roomID: w.room.id!, associationID: w.sind, slot: slot(Self.tuesday, 19, 21))
      )
    }
  }

  /// A taken date refuses the whole event, naming who has the room.
  @Test func aTakenRoomRefusesTheEvent() throws {
    let w = try world()
    try w.stores.bookings.book(
      BookingRequest(
        roomID: w.room.id!, associationID: w.sind, slot: slot(Self.tuesday.adding(7), 18, 19)))
    #expect {
      try course(w, until: Self.tuesday.adding(14))
    } throws: { error in
      guard case RoomError.taken(let clashes) = error else { return false }
      return clashes.map(\.associationName) == ["Foreningen Sind"]
    }
    #expect(try w.events.lines(from: Self.tuesday, to: Self.tuesday.adding(30)).isEmpty)
  }

  /// 12 seats, 14 sign-ups: 2 wait in order; one cancels, the first
  /// waiting moves up and is named.
  @Test func theWaitingListMovesUpInOrder() throws {
    let w = try world()
    let id = try course(w)
    var outcomes: [SignUpOutcome] = []
    for n in 1...14 {
      outcomes.append(try w.events.signup(SignUpRequest(eventID: id, name: "Deltager \(n)")))
    }
    #expect(outcomes.prefix(12).allSatisfy { if case .signed = $0 { true } else { false } })
    #expect(outcomes[12] == .waiting(outcomes[12].id, number: 1))
    #expect(outcomes[13] == .waiting(outcomes[13].id, number: 2))
    let moved = try w.events.cancel(signup: outcomes[3].id)
    #expect(moved.map(\.name) == ["Deltager 13"])
    let people = try w.events.participants(eventID: id)
    #expect(people.filter { $0.status == .waiting }.map(\.name) == ["Deltager 14"])
    #expect(people.first { $0.name == "Deltager 14" }?.waitingNumber == 1)
    #expect(try w.events.counts(eventID: id, session: nil) == EventCounts(signed: 12, waiting: 1))
  }

  /// An association's seats count as seats; a waiting group too big for
  /// the freed seat keeps its place, the next who fits moves up, and free
  /// seats are never held back by a group that cannot use them.
  @Test func seatsCountAndFreeSeatsAreNeverHeldBack() throws {
    let w = try world()
    let id = try course(w, seats: 3)
    _ = try w.events.signup(SignUpRequest(eventID: id, name: "", associationID: w.sind, seats: 2))
    let one = try w.events.signup(SignUpRequest(eventID: id, name: "Ane"))
    let group = try w.events.signup(SignUpRequest(eventID: id, name: "Bo", seats: 2))
    let later = try w.events.signup(SignUpRequest(eventID: id, name: "Carl"))
    #expect(group == .waiting(group.id, number: 1))
    #expect(later == .waiting(later.id, number: 2))
    #expect(try w.events.cancel(signup: one.id).map(\.name) == ["Carl"])
    #expect(try w.events.counts(eventID: id, session: nil) == EventCounts(signed: 3, waiting: 1))
    // Bo's group of two cancels while waiting; a newcomer who fits in a
    // freed seat is signed up, not queued behind no one.
    _ = try w.events.cancel(signup: group.id)
    let carl = try #require(try w.events.participants(eventID: id).first { $0.name == "Carl" })
    _ = try w.events.cancel(signup: carl.id)
    #expect(try w.events.signup(SignUpRequest(eventID: id, name: "Dora")).id > 0)
    #expect(try w.events.counts(eventID: id, session: nil) == EventCounts(signed: 3, waiting: 0))
    #expect(throws: EventError.invalid(.seats, .outOfRange(1, 3))) {
      try w.events.signup(SignUpRequest(eventID: id, name: "Stor gruppe", seats: 4))
    }
  }

  /// Without a deadline, signing up after the event began asks first; on
  /// its first day it does not (a walk-in is welcome).
  @Test func withoutADeadlineSigningUpAfterItBeganAsks() throws {
    let w = try world()
    let id = try course(w, until: Self.tuesday.adding(7))
    w.stores.now = .fixed(Self.tuesday)
    #expect(try w.events.signup(SignUpRequest(eventID: id, name: "Ane")) == .signed(1))
    w.stores.now = .fixed(Self.tuesday.adding(1))
    #expect(throws: EventError.asks([.began(Self.tuesday)])) {
      try w.events.signup(SignUpRequest(eventID: id, name: "Bo"))
    }
  }

  /// The same person twice, or a sign-up after the deadline, asks first;
  /// confirmed, it is made.
  @Test func duplicatesAndLateSignUpsAskFirst() throws {
    let w = try world()
    let kind = try #require(try w.events.kind(named: "temadag"))
    var plan = EventPlan(
      title: "Temadag", kindID: kind.id, place: "Biblioteket, Hjørring",
      slot: slot(Self.tuesday.adding(10), 10, 15), capacity: 30)
    plan.deadline = Self.tuesday.adding(-2)
    let id = try w.events.add(plan)
    #expect(throws: EventError.asks([.pastDeadline(Self.tuesday.adding(-2))])) {
      try w.events.signup(SignUpRequest(eventID: id, name: "Ane", phone: "98 90 12 34"))
    }
    _ = try w.events.signup(
      SignUpRequest(eventID: id, name: "Ane", phone: "98 90 12 34"), confirmed: true)
    #expect {
      try w.events.signup(
        SignUpRequest(eventID: id, name: "Anne B", phone: "98901234"), confirmed: false)
    } throws: { error in
      guard case EventError.asks(let questions) = error else { return false }
      return questions.contains(.alreadySigned("Ane", .signed))
    }
  }

  /// Attendance is ticked per session, and counted in the list.
  @Test func attendanceIsCountedForTheSession() throws {
    let w = try world()
    let id = try course(w, until: Self.tuesday.adding(7))
    let a = try w.events.signup(SignUpRequest(eventID: id, name: "Ane"))
    _ = try w.events.signup(SignUpRequest(eventID: id, name: "Bo"))
    let event = try #require(try w.events.event(id: id))
    let session = try w.events.session(of: event, on: Self.tuesday)
    #expect(throws: EventError.notYet(Self.tuesday)) {
      try w.events.setAttended(signup: a.id, session: session.id, true)
    }
    w.stores.now = .fixed(Self.tuesday)
    try w.events.setAttended(signup: a.id, session: session.id, true)
    let line = try #require(try w.events.lines(from: Self.tuesday, to: Self.tuesday).first)
    #expect(line.counts == EventCounts(signed: 2, waiting: 0, attended: 1))
    #expect(line.sessions == 2)
    #expect(throws: EventError.noSession(Self.tuesday.adding(1))) {
      try w.events.session(of: event, on: Self.tuesday.adding(1))
    }
  }

  /// Every number a worker types has a range; bad text is refused by field.
  @Test func badInputIsRefusedByField() throws {
    let w = try world()
    let kind = try #require(try w.events.kind(named: "fest"))
    let base = EventPlan(
      title: "Frivillig Fredag", kindID: kind.id, place: "Torvet",
      slot: slot(Self.tuesday, 16, 20), capacity: 200)
    var plan = base
    plan.capacity = 0
    #expect(throws: EventError.invalid(.capacity, .outOfRange(1, 10_000))) {
      try w.events.add(plan)
    }
    plan = base
    plan.title = "  "
    #expect(throws: EventError.invalid(.title, .required)) { try w.events.add(plan) }
    plan = base
    plan.roomID = w.room.id
    #expect(throws: EventError.placeNeeded) { try w.events.add(plan) }
    plan = base
    plan.place = ""
    plan.roomID = w.room.id
    plan.capacity = 41
    #expect(throws: EventError.overRoomCapacity(40)) { try w.events.add(plan) }
    let id = try w.events.add(base)
    #expect(throws: EventError.invalid(.seats, .outOfRange(1, 1000))) {
      try w.events.signup(SignUpRequest(eventID: id, name: "Ane", seats: 0))
    }
    #expect(throws: EventError.invalid(.phone, .invalidPhone)) {
      try w.events.signup(SignUpRequest(eventID: id, name: "Ane", phone: "12"))
    }
  }

  /// The annual report counts the year's events by kind and target group:
  /// sessions, sign-ups, seats, who came, the waiting list, and the
  /// associations reached.
  @Test func theReportCountsTheYearsEvents() throws {
    let w = try world()
    let kind = try #require(try w.events.kind(named: "kursus"))
    var plan = EventPlan(
      title: "Førstehjælp", kindID: kind.id, roomID: w.room.id, slot: slot(Self.tuesday, 17, 20),
      weeklyUntil: Self.tuesday.adding(7), capacity: 2)
    plan.targetGroupIDs = [try #require(w.stores.associations.targetGroups.first?.id)]
    let id = try w.events.add(plan)
    let a = try w.events.signup(SignUpRequest(eventID: id, name: "Ane", associationID: w.sind))
    _ = try w.events.signup(SignUpRequest(eventID: id, name: "Bo"))
    _ = try w.events.signup(SignUpRequest(eventID: id, name: "Carl"))
    let event = try #require(try w.events.event(id: id))
    w.stores.now = .fixed(Self.tuesday.adding(7))
    for session in event.sessions {
      try w.events.setAttended(signup: a.id, session: session.id, true)
    }
    let report = try AnnualReport.make(db: w.stores.associations.db, year: 2026, lang: .english)
    let byKind = try #require(report.table("events_by_kind"))
    let counts: [ReportValue] = [.count(1), .count(2), .count(2), .count(2), .count(2), .count(1)]
    #expect(byKind.row("course") == counts)
    #expect(byKind.row("In all") == counts)
    #expect(byKind.note.contains("Associations reached (distinct): 1"))
    #expect(report.table("events_by_target_group")?.rows.map(\.values) == [counts])
    #expect(report.table("prizes")?.rows.count == 2)
  }

  /// An association that signed up or was nominated is merged with its
  /// sign-ups and nominations, and is not deleted as if unused.
  @Test func aMergeTakesTheSignUpsAndNominationsAlong() throws {
    let w = try world()
    let twin = try w.stores.associations.save(Association(name: "Forening Sind", area: ""))
    let id = try course(w)
    _ = try w.events.signup(SignUpRequest(eventID: id, name: "", associationID: twin, seats: 2))
    try w.stores.prizes.nominate(
      year: 2026, prize: .association, associationID: twin, person: "", by: "", reason: "")
    let cleanup = w.stores.cleanup
    #expect(try cleanup.references(twin) == .init(signUps: 1, nominations: 1))
    #expect(throws: AssociationCleanup.Problem.self) { try cleanup.delete(twin) }
    _ = try cleanup.merge(twin, into: w.sind)
    #expect(try w.events.participants(eventID: id).map(\.associationID) == [w.sind])
    #expect(try w.stores.prizes.nominations(associationID: w.sind).count == 1)
  }
}
