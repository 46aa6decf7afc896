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
}
