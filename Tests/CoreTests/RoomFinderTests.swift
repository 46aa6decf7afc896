import Testing

@testable import Core

@Suite struct RoomFinderTests {
  let database = TestDatabase()
  /// Monday 23 November 2026.
  static let monday = Day(year: 2026, month: 11, day: 23)!

  func when(_ text: String) -> WhenInput? { WhenInput.parse(text, today: Self.monday) }

  @Test func timesAreTypedTheDanishWay() throws {
    let tuesday = try #require(when("tir 19-21"))
    #expect(tuesday.first.description == "2026-11-24 19:00–21:00" && tuesday.slots.count == 1)
    #expect(when("24-11 19:00-21:30")?.first.description == "2026-11-24 19:00–21:30")
    #expect(when("i dag 10–12")?.first.description == "2026-11-23 10:00–12:00")
    // Week 2 to week 24 of next year, every Tuesday.
    let spring = try #require(when("tir 19-21 uge 2-24"))
    #expect(spring.first.day.iso == "2027-01-12" && spring.repeatUntil?.iso == "2027-06-15")
    #expect(spring.slots.count == 23)
    // Over the new year: week 50 of 2026 to week 2 of 2027 (2026 has 53 weeks).
    let winter = try #require(when("tor 10-12 u50-2"))
    #expect(winter.first.day.iso == "2026-12-10" && winter.slots.count == 6)
    #expect(when("tir 19-21 til 15-12")?.slots.count == 4)
    #expect(when("tir 19-21 10 gange")?.slots.last?.day.iso == "2027-01-26")
    let biweekly = try #require(when("tir 19-21 hver anden uge til 22-12"))
    #expect(biweekly.slots.map(\.day.iso) == ["2026-11-24", "2026-12-08", "2026-12-22"])
    // The English words read the same.
    #expect(when("tue 19-21 every other week until 22-12") == biweekly)
    #expect(when("tue 19-21 weeks 2-24") == spring)
    #expect(when("tue 19-21 10 times")?.slots.count == 10)
    // One week by its number is that week's Tuesday (issue 25: "fre 10-12 uge 5").
    #expect(when("tir 19-21 uge 2")?.slots.map(\.day.iso) == ["2027-01-12"])
    for bad in ["tir", "19-21 banan", "tir 19-25", "tir 19-21 til 01-01-2020"] {
      #expect(when(bad) == nil, "\(bad)")
    }
  }

  /// Issue 13, item 15: the way people say it reads as the short form.
  @Test func whenReadsTheWayPeopleSayIt() throws {
    let same: [(String, String)] = [
      ("hver tirsdag 19-21", "tir 19-21"),
      ("tir kl 19-21", "tir 19-21"),
      ("tirsdag 19.00-21.00", "tir 19-21"),
      ("tirsdag kl. 19.00 - 21.00", "tir 19-21"),
      ("19-21 tirsdage", "tir 19-21"),
      ("tir 19-21 uge 2 til 24", "tir 19-21 uge 2-24"),
      ("hver tirsdag 19-21 uge 2 til 24", "tir 19-21 uge 2-24"),
      ("tirsdag 19-21 fra 12-01 til 15-06", "12-01-2027 19-21 til 15-06"),
      ("fra 12-01 til 15-06 tirsdag 19-21", "12-01-2027 19-21 til 15-06"),
      ("every tuesday at 19-21", "tir 19-21"),
      ("tuesdays 19.00-21.00 weeks 2 to 24", "tir 19-21 uge 2-24"),
      ("tuesday 19-21 from 12-01 until 15-06", "12-01-2027 19-21 til 15-06"),
      ("tuesday 19-21 from 12-01 to 15-06", "12-01-2027 19-21 til 15-06"),
    ]
    for (said, short) in same {
      let expected = try #require(when(short), "\(short)")
      #expect(when(said) == expected, "\(said)")
    }
    // From a date that is not a Tuesday: the first Tuesday after it.
    #expect(when("tir 19-21 fra 07-01 til 15-06")?.first.day.iso == "2027-01-12")
  }

  @Test func roomsThatFitComeBestFirstWithTheirTakenDates() throws {
    let associations = try database.store()
    let sind = try associations.save(Association(name: "Foreningen Sind"))
    let rooms = RoomStore(db: associations.db)
    func room(_ name: String, _ capacity: Int, toilet: Bool, _ area: String) throws -> Int64 {
      try rooms.save(Room(name: name, area: area, capacity: capacity, accessibleToilet: toilet))
    }
    let a = try room("A", 14, toilet: true, "Hjørring")
    _ = try room("B", 40, toilet: true, "Hjørring")
    _ = try room("C", 16, toilet: false, "Sindal")
    _ = try room("D", 15, toilet: true, "Sindal")
    _ = try room("E", 15, toilet: true, "Hjørring")
    let series = try #require(when("tir 19-21 4 gange"))
    let store = BookingStore(db: associations.db, clock: .fixed(Self.monday))
    try store.book(
      BookingRequest(
        roomID: a, associationID: sind,
        slot: Slot(day: series.slots[1].day, start: ClockTime(hour: 18)!, end: ClockTime(hour: 20)!)
      ))
    let finder = RoomFinder(db: associations.db)
    let needs = RoomNeeds(attendees: 14, accessibleToilet: true, area: "hjørring")
    let options = try finder.find(series.slots, needs: needs)
    // C has no accessible toilet; the wanted area comes before spare seats:
    // E and B (Hjørring) before D (Sindal); A has a taken date.
    #expect(options.map(\.room.name) == ["E", "B", "D", "A"])
    #expect(options.last?.takenDates == [series.slots[1].day])
    #expect(options.last?.clashes.first?.associationName == "Foreningen Sind")
    // A room saved meanwhile (here or at another desk) is in the next search.
    _ = try RoomStore(db: try database.open()).save(
      Room(name: "F", area: "Hjørring", capacity: 14, accessibleToilet: true))
    #expect(try finder.find(series.slots, needs: needs).first?.room.name == "F")
    // Outside a room's hours it is not offered.
    let late = try #require(when("tir 21-23"))
    #expect(try RoomFinder(db: associations.db).find(late.slots, needs: RoomNeeds()).isEmpty)
  }

  /// Issue 13, item 14: with an area typed, rooms there come first, then
  /// rooms in its neighbours, then the rest, when free dates are equal; a
  /// snugger room elsewhere no longer wins.
  @Test func theTypedAreaThenItsNeighboursComeFirst() throws {
    let associations = try database.store()
    _ = try Importer(store: associations).importAreas(
      bytes: Array("area,neighbours\nHjørring,Sindal\nSindal,Hjørring\nHirtshals,\n".utf8))
    let rooms = RoomStore(db: associations.db)
    for (name, area, capacity) in [
      ("Havnen", "Hirtshals", 14), ("Salen", "Hjørring", 30), ("Kroen", "Sindal", 20),
    ] {
      try rooms.save(Room(name: name, area: area, capacity: capacity))
    }
    let series = try #require(when("tir 19-21"))
    let options = try RoomFinder(db: associations.db).find(
      series.slots, needs: RoomNeeds(attendees: 14, area: "hjorring"))
    #expect(options.map(\.room.name) == ["Salen", "Kroen", "Havnen"])
  }

  /// 18. Needs typed as the caller says them: a wheelchair is step-free
  /// access and an accessible toilet; facilities by a beginning only one
  /// has; what cannot be placed is kept, as typed, to be said.
  @Test func needsAreReadFromTheWordsACallerUses() {
    let facilities = ["køkken", "projektor", "kaffemaskine", "wifi"]
    let chair = NeedWords.read("kørestol", facilities: facilities)
    #expect(chair.stepFree && chair.accessibleToilet && !chair.nearTransport)
    #expect(NeedWords.read("Kørestolsbruger", facilities: facilities) == chair)
    let words = NeedWords.read("trinfri, tæt på bus og proj", facilities: facilities)
    #expect(words.stepFree && !words.accessibleToilet && words.nearTransport)
    #expect(words.facilities == ["projektor"])
    #expect(words.unknown.isEmpty)
    let english = NeedWords.read("step-free toilet train", facilities: facilities)
    #expect(english.stepFree && english.accessibleToilet && english.nearTransport)
    // "k" begins kørestol, køkken and kaffemaskine: not guessed.
    let unclear = NeedWords.read("k sauna", facilities: facilities)
    #expect(unclear.unknown == ["k", "sauna"])
    #expect(unclear.understoodNothing)
  }

  @Test func theSlotAndWeekQueriesReadTheirIndexes() throws {
    let db = try database.open()
    func plan(_ step: SearchStep) throws -> String {
      try db.map("EXPLAIN QUERY PLAN " + step.sql, step.values) { $0.text(3) }
        .joined(separator: "\n")
    }
    let slot = Slot(day: Self.monday, start: ClockTime(hour: 19)!, end: ClockTime(hour: 21)!)
    let clashPlan = try plan(RoomFinder.clashStep(slot))
    #expect(clashPlan.contains("SEARCH b USING INDEX bookings_active_time"), "\(clashPlan)")
    #expect(clashPlan.contains("SEARCH a USING INTEGER PRIMARY KEY"), "\(clashPlan)")
    var weekStep: SearchStep?
    _ = try BookingStore(db: db).bookings(
      room: 1, from: Self.monday, to: Self.monday.adding(7), trace: { weekStep = $0 })
    let weekPlan = try plan(try #require(weekStep))
    #expect(weekPlan.contains("bookings_room_time"), "\(weekPlan)")
    #expect(!weekPlan.contains("SCAN"), "\(weekPlan)")
  }
}
