import Testing

@testable import Core

/// Issue 27.2: a person's sign-up is personal data. The access copy shows
/// it, the person's erasure blanks it (the seat stays counted), a restored
/// copy is blanked again, and the retention rule blanks sign-ups to events
/// long past.
@Suite struct SignUpPrivacyTests {
  let database = TestDatabase()
  static let today = Day(year: 2026, month: 11, day: 24)!

  func event(_ stores: Stores, on day: Day = today.adding(3)) throws -> Int64 {
    let kind = try #require(try stores.events.kind(named: "temadag"))
    return try stores.events.add(
      EventPlan(
        title: "Temadag om ensomhed", kindID: kind.id, place: "Biblioteket",
        slot: Slot(day: day, start: ClockTime(hour: 10)!, end: ClockTime(hour: 14)!),
        capacity: 20))
  }

  func stores() throws -> Stores {
    Stores(try database.store(), clock: .fixed(Self.today))
  }

  @Test func theAccessCopyShowsTheSignUpAndTheErasureBlanksIt() throws {
    let stores = try stores()
    let id = try event(stores)
    _ = try stores.events.signup(
      SignUpRequest(eventID: id, name: "Ane Holm", phone: "20 30 40 50", email: "ane@x.dk"))
    _ = try stores.events.signup(SignUpRequest(eventID: id, name: "Bo Berg"))
    let record = try stores.record(PersonQuery(phone: "20304050"))
    #expect(record.held.signups.map(\.name) == ["Ane Holm"])
    let text = record.text(.danish, groups: [])
    #expect(text.contains("TILMELDINGER TIL ARRANGEMENTER (1)"))
    #expect(text.contains("Temadag om ensomhed"))
    #expect(record.json().text().contains("\"event_title\": \"Temadag om ensomhed\""))
    #expect(PersonErasureText.lines(record.held, .english).first?.contains("Sign-up to") == true)

    let outcome = try stores.eraser.erase(record.held, notes: [], staffID: nil)
    #expect(outcome.signups == 1)
    #expect(PersonErasureText.outcome(outcome, .english)[0].contains("1 sign-up"))
    #expect(try stores.events.participants(eventID: id).map(\.name) == ["", "Bo Berg"])
    #expect(try stores.events.counts(eventID: id, session: nil).signed == 2)
    #expect(try stores.record(PersonQuery(name: "Ane Holm")).held.isEmpty)
    let find = try stores.find.find("ane", lang: .danish)
    #expect(find.groups.allSatisfy { $0.kind != .signups })
    #expect(try stores.find.find("bo berg", lang: .danish).groups.contains { $0.kind == .signups })
  }

  /// A copy taken before the erasure is blanked again when it is brought
  /// back, by the sign-up's key.
  @Test func aRestoredCopyIsBlankedAgain() throws {
    let stores = try stores()
    let id = try event(stores)
    _ = try stores.events.signup(SignUpRequest(eventID: id, name: "Ane Holm", phone: "20304050"))
    let copy = database.directory + "/before.db"
    try BackupCopy.make(of: stores.associations.db, to: copy)
    let held = try stores.people.find(PersonQuery(phone: "20304050"))
    _ = try stores.eraser.erase(held, notes: [], staffID: nil)
    let entries = try #require(ErasureLog.entries(inDatabase: database.path))
    #expect(entries.compactMap(\.signUpID).count == 1)
    #expect(entries.allSatisfy { $0.inquiryID == nil })
    let old = try Database(path: copy)
    #expect(try ErasureLog.reapply(entries, to: old) == 1)
    #expect(try EventStore(db: old).participants(eventID: id).map(\.name) == [""])
    #expect(try ErasureLog.reapply(entries, to: old) == 0)
  }

  /// Sign-ups to an event that ended two years ago are blanked by the
  /// retention rule; this year's are kept.
  @Test func retentionBlanksSignUpsToEventsLongPast() throws {
    let stores = try stores()
    stores.now = .fixed(Self.today.adding(-800))
    let old = try event(stores, on: Self.today.adding(-790))
    _ = try stores.events.signup(SignUpRequest(eventID: old, name: "Ane Holm"))
    stores.now = .fixed(Self.today)
    let new = try event(stores)
    _ = try stores.events.signup(SignUpRequest(eventID: new, name: "Bo Berg"))
    let due = try stores.eraser.dormantSignUps(months: 24)
    #expect(due.count == 1)
    #expect(try stores.eraser.eraseSignUps(due) == 1)
    #expect(try stores.events.participants(eventID: old).map(\.name) == [""])
    #expect(try stores.events.participants(eventID: new).map(\.name) == ["Bo Berg"])
    #expect(try stores.eraser.dormantSignUps(months: 24).isEmpty)
  }

  /// A person nominated for the volunteer prize is in the access copy and
  /// gone after the erasure (and again after a restore); Årets Forening's
  /// nomination of an association stays.
  @Test func aNominatedPersonIsErasedWithTheNomination() throws {
    let stores = try stores()
    let sind = try stores.associations.save(Association(name: "Foreningen Sind", area: ""))
    let ane = try stores.prizes.nominate(
      year: 2026, prize: .volunteer, associationID: nil, person: "Ane Holm", by: "Bo",
      reason: "20 år")
    let byAne = try stores.prizes.nominate(
      year: 2026, prize: .volunteer, associationID: nil, person: "Carl", by: "Ane Holm",
      reason: "Ane Holm siger: altid der")
    let club = try stores.prizes.nominate(
      year: 2026, prize: .association, associationID: sind, person: "", by: "", reason: "")
    try stores.prizes.choose(ane)
    #expect(try stores.prizes.nominations(year: 2026).filter(\.chosen).map(\.id) == [ane])
    let copy = database.directory + "/before.db"
    try BackupCopy.make(of: stores.associations.db, to: copy)
    let record = try stores.record(PersonQuery(name: "ane holm"))
    #expect(record.text(.english, groups: []).contains("PRIZE NOMINATIONS"))
    let outcome = try stores.eraser.erase(record.held, notes: [], staffID: nil)
    #expect(outcome.nominations == 2)
    #expect(try stores.prizes.nominations(year: 2026).map(\.id) == [club, byAne])
    let kept = try #require(try stores.prizes.nomination(id: byAne))
    #expect(kept.nominatedBy == "" && !kept.reason.contains("Ane"))
    let entries = try #require(ErasureLog.entries(inDatabase: database.path))
    #expect(entries.compactMap(\.nominationID) == [ane])
    #expect(entries.compactMap(\.nominatorID) == [byAne])
    let old = try Database(path: copy)
    #expect(try ErasureLog.reapply(entries, to: old) == 2)
    #expect(try PrizeStore(db: old).nominations(year: 2026).map(\.id) == [club, byAne])
    #expect(try PrizeStore(db: old).nomination(id: byAne)?.nominatedBy == "")
    #expect(throws: PrizeError.wrongNominee(.association)) {
      try stores.prizes.nominate(
        year: 2026, prize: .association, associationID: nil, person: "Bo", by: "", reason: "")
    }
  }
}
