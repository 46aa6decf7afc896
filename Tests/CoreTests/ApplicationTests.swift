import Testing

@testable import Core

/// Applications the centre helps with: the rules said next to their
/// fields, every change logged for the association's file and on the
/// inquiry's timeline, and a round's totals.
@Suite struct ApplicationTests {
  static let today = Day(year: 2027, month: 3, day: 20)!
  let database = TestDatabase()

  struct Setup {
    let applications: ApplicationStore
    let inquiries: InquiryStore
    let staff: Staff
    let redCross: Int64
    let elderly: Int64
    let round: Int64
  }

  func setUp() throws -> Setup {
    let associations = try database.store()
    _ = try Importer(store: associations).importAssociations(
      bytes: Array(
        """
        name,area,active
        Røde Kors Hjørring,Hjørring,ja
        Ældre Sagen Hjørring,Hjørring,ja
        """.utf8))
    let db = associations.db
    let funds = FundStore(db: db)
    let fund = try funds.save(Fund(name: "§ 18-puljen", grantor: "Hjørring Kommune"))
    let round = try funds.save(
      FundRound(
        fundID: fund, deadline: Day(year: 2027, month: 4, day: 15)!,
        reviewFrom: Day(year: 2027, month: 5, day: 3)!))
    let inquiries = InquiryStore(db: db, clock: .fixed(Self.today))
    let km = try inquiries.directory.add(initials: "KM", name: "Karen Madsen")
    return Setup(
      applications: ApplicationStore(db: db, clock: .fixed(Self.today)), inquiries: inquiries,
      staff: km, redCross: try associations.associationID(named: "Røde Kors Hjørring")!,
      elderly: try associations.associationID(named: "Ældre Sagen Hjørring")!, round: round)
  }

  @Test func amountsAreReadAsADanishPersonTypesThem() {
    #expect(Kroner.parse("25.000") == 25_000)
    #expect(Kroner.parse("25 000 kr.") == 25_000)
    #expect(Kroner.parse("25.000,- kr.") == 25_000)
    #expect(Kroner.parse("1.250.000,00") == 1_250_000)
    #expect(Kroner.parse("25,50") == nil)
    #expect(Kroner.parse("2.50") == nil)
    #expect(Kroner.parse("-5") == nil)
    #expect(Kroner.parse("") == nil)
    #expect(Kroner.parse("kr. 18.000") == 18_000)
    #expect(Kroner.label(1_250_000) == "1.250.000 kr.")
    #expect(Kroner.format(999) == "999")
  }

  @Test func grantedNeedsAnAmountAndRefusedADate() throws {
    let s = try setUp()
    var application = GrantApplication(
      roundID: s.round, associationID: s.redCross, purpose: "Sommerudflugt",
      amountApplied: 20_000, helperID: s.staff.id)
    let id = try s.applications.save(application, by: s.staff.id)
    application = try #require(try s.applications.application(id: id))
    application.status = .granted
    #expect(throws: ApplicationStore.Problem.invalid([.amountGranted: .grant(.needsAmount)])) {
      try s.applications.save(application, by: s.staff.id)
    }
    application.status = .refused
    #expect(throws: ApplicationStore.Problem.invalid([.decidedOn: .grant(.needsDate)])) {
      try s.applications.save(application, by: s.staff.id)
    }
    application.status = .partlyGranted
    application.amountGranted = 20_000
    #expect(throws: ApplicationStore.Problem.invalid([.amountGranted: .grant(.partlyNeedsLess)])) {
      try s.applications.save(application, by: s.staff.id)
    }
    application.amountGranted = 30_000
    #expect(
      throws: ApplicationStore.Problem.invalid([.amountGranted: .grant(.aboveApplied(20_000))])
    ) { try s.applications.save(application, by: s.staff.id) }
    // Typed too early: said, not dropped.
    application.status = .sent
    application.amountGranted = 5_000
    #expect(throws: ApplicationStore.Problem.invalid([.amountGranted: .grant(.notDecided)])) {
      try s.applications.save(application, by: s.staff.id)
    }
    // Nothing of the refused saves reached the file.
    #expect(try s.applications.application(id: id)?.status == .writing)
    // The database itself refuses a grant without an amount, whatever the path.
    #expect(throws: (any Error).self) {
      try s.applications.db.run(
        "UPDATE grant_applications SET status = 'granted' WHERE id = ?", [.integer(id)])
    }
    #expect(throws: (any Error).self) {
      try s.applications.db.run(
        "UPDATE grant_applications SET status = 'refused' WHERE id = ?", [.integer(id)])
    }
    // Every problem at once, each next to its field.
    #expect(
      throws: ApplicationStore.Problem.invalid([
        .purpose: .required, .amountApplied: .grant(.invalidAmount),
        .association: .unknownAssociation,
      ])
    ) {
      try s.applications.save(
        GrantApplication(
          roundID: s.round, associationID: 999, purpose: " ", amountApplied: 0,
          helperID: s.staff.id), by: s.staff.id)
    }
  }

  /// The traps a hurried worker fell into in a trial: granted with less
  /// than applied for, a decision dated in the future, an inquiry number
  /// of someone else's, the same application typed twice.
  @Test func theTrapsOfAHurriedWorker() throws {
    let s = try setUp()
    let base = GrantApplication(
      roundID: s.round, associationID: s.redCross, purpose: "Julehygge", amountApplied: 18_000,
      helperID: s.staff.id)
    let id = try s.applications.save(base, by: s.staff.id)
    var application = try #require(try s.applications.application(id: id))
    application.status = .granted
    application.amountGranted = 15_000
    #expect(throws: ApplicationStore.Problem.invalid([.amountGranted: .grant(.lessIsPartly)])) {
      try s.applications.save(application, by: s.staff.id)
    }
    application.status = .partlyGranted
    application.decidedOn = Self.today.adding(1)
    #expect(throws: ApplicationStore.Problem.invalid([.decidedOn: .grant(.inFuture)])) {
      try s.applications.save(application, by: s.staff.id)
    }
    application.decidedOn = Self.today
    try s.applications.save(application, by: s.staff.id)
    // Typed again (other case, a space more): the same application.
    var twice = base
    twice.purpose = "julehygge "
    #expect(throws: ApplicationStore.Problem.invalid([.purpose: .grant(.duplicate)])) {
      try s.applications.save(twice, by: s.staff.id)
    }
    // An inquiry about another association is not this one's.
    var inquiry = Inquiry()
    inquiry.text = "Spørger om lokaler"
    inquiry.categoryID = try s.inquiries.directory.categories()[0].id
    inquiry.followUp = Self.today.adding(7)
    inquiry.associationID = s.elderly
    let other = try s.inquiries.create(inquiry, by: s.staff.id)
    var tied = base
    tied.purpose = "Udflugt"
    tied.inquiryID = other.id
    #expect(throws: ApplicationStore.Problem.invalid([.inquiry: .grant(.otherAssociation)])) {
      try s.applications.save(tied, by: s.staff.id)
    }
    // Withdrawn: kept, under its own status, with no decision needed.
    tied.inquiryID = nil
    tied.status = .withdrawn
    try s.applications.save(tied, by: s.staff.id)
    #expect(
      try s.applications.summary(roundID: s.round).lines.map(\.status) == [
        .partlyGranted, .withdrawn,
      ])
  }

  @Test func eachChangeGoesOnTheFileAndTheInquirysTimeline() throws {
    let s = try setUp()
    var inquiry = Inquiry()
    inquiry.text = "Vil søge § 18 til sommerudflugt"
    inquiry.categoryID = try s.inquiries.directory.categories()[0].id
    inquiry.followUp = Self.today.adding(7)
    inquiry.associationID = s.redCross
    let asked = try s.inquiries.create(inquiry, by: s.staff.id)
    let id = try s.applications.save(
      GrantApplication(
        roundID: s.round, associationID: s.redCross, inquiryID: asked.id, purpose: "Sommerudflugt",
        amountApplied: 20_000, helperID: s.staff.id), by: s.staff.id)
    for (status, granted, decided) in [
      (ApplicationStatus.sent, nil, nil), (.review, nil, nil),
      (.partlyGranted, 15_000, Day(year: 2027, month: 3, day: 18)!),
    ] as [(ApplicationStatus, Int?, Day?)] {
      var application = try #require(try s.applications.application(id: id))
      application.status = status
      application.amountGranted = granted
      application.decidedOn = decided
      try s.applications.save(application, by: s.staff.id)
    }
    let file = try s.applications.events(associationID: s.redCross, limit: 10)
    let words = file.reversed().map {
      GrantChangeText.describe(field: $0.field, old: $0.oldValue, new: $0.newValue, lang: .danish)
    }
    #expect(
      words == [
        "ansøgning oprettet (skrives)", "skrives → sendt", "sendt → i rådets høring",
        "i rådets høring → delvist bevilget", "bevilget beløb: – → 15.000 kr.",
        "afgjort: – → 18-03-2027",
      ])
    #expect(file.allSatisfy { $0.fundName == "§ 18-puljen" && $0.staffInitials == "KM" })
    #expect(try s.applications.events(associationID: s.elderly).isEmpty)
    let timeline = try s.inquiries.timeline(id: asked.id!).filter { $0.kind == .grant }
    #expect(timeline.count == 6)
    #expect(timeline.allSatisfy { $0.text == "§ 18-puljen 15-04-2027: Sommerudflugt" })
    #expect(timeline.last?.grantField == .decidedOn)
  }

  @Test func aRoundListsItsApplicationsByStatusWithTotals() throws {
    let s = try setUp()
    func add(_ association: Int64, _ amount: Int, _ status: ApplicationStatus, granted: Int? = nil)
      throws
    {
      var application = GrantApplication(
        roundID: s.round, associationID: association, purpose: "Formål \(amount)",
        amountApplied: amount, helperID: s.staff.id)
      application.status = status
      application.amountGranted = granted
      application.decidedOn = status.isDecided ? Day(year: 2027, month: 3, day: 18)! : nil
      try s.applications.save(application, by: s.staff.id)
    }
    try add(s.redCross, 20_000, .granted, granted: 20_000)
    try add(s.elderly, 8_000, .writing)
    try add(s.redCross, 12_000, .refused)
    try add(s.elderly, 30_000, .partlyGranted, granted: 10_000)
    let summary = try s.applications.summary(roundID: s.round)
    #expect(summary.lines.map(\.status) == [.writing, .granted, .partlyGranted, .refused])
    #expect(summary.count == 4 && summary.applied == 70_000 && summary.granted == 30_000)
    #expect(
      try s.applications.applications(roundID: s.round).map(\.amountApplied) == [
        8_000, 20_000, 30_000, 12_000,
      ])
    // I dag: the round is 26 days off, inside four weeks; one being written.
    let due = try s.applications.dueRounds(today: Self.today)
    #expect(due.map(\.fundName) == ["§ 18-puljen"])
    #expect(due.first?.applications == 4 && due.first?.beingWritten == 1)
    #expect(try s.applications.dueRounds(today: Self.today.adding(-3)).isEmpty)
    #expect(try s.applications.dueRounds(today: Day(year: 2027, month: 4, day: 16)!).isEmpty)
  }

  /// Version 20 rebuilds the timeline table to allow `grant`: every entry
  /// survives, and it can still never be changed or deleted.
  @Test func theUpgradeKeepsEveryTimelineEntryAndItsGuards() throws {
    do {
      let old = try Database(path: database.path, migrations: Array(Schema.migrations.prefix(19)))
      try old.execute(
        """
        INSERT INTO staff(initials, name) VALUES ('KM', 'Karen Madsen');
        INSERT INTO inquiries(received_at, channel, asker_kind, asker_name, category_id, text,
          owner_id, received_by, status, follow_up) VALUES
          ('2026-01-05 10:00', 'phone', 'association', 'X', 1, 'a', 1, 1, 'open', '2026-02-01');
        INSERT INTO inquiry_events(inquiry_id, at, staff_id, kind, old_value, new_value, text)
        VALUES (1, '2026-01-05 10:00', 1, 'created', '', 'phone', ''),
          (1, '2026-01-06 10:00', 1, 'handover', 'KM', 'LB', 'ferie');
        """)
    }
    let db = try database.open()
    #expect(
      try db.map("SELECT kind || ':' || new_value FROM inquiry_events ORDER BY id") { $0.text(0) }
        == ["created:phone", "handover:LB"])
    #expect(throws: (any Error).self) { try db.execute("DELETE FROM inquiry_events") }
    #expect(throws: (any Error).self) { try db.execute("UPDATE inquiry_events SET text = 'x'") }
    let indexes = try db.map(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'inquiry_events' ORDER BY 1"
    ) { $0.text(0) }
    #expect(
      indexes == [
        "inquiry_events_by_inquiry", "inquiry_events_closed_for", "inquiry_events_handovers",
      ])
  }

  @Test func anotherDesksSaveIsNotOverwritten() throws {
    let s = try setUp()
    let id = try s.applications.save(
      GrantApplication(
        roundID: s.round, associationID: s.redCross, purpose: "Kursus", amountApplied: 5_000,
        helperID: s.staff.id), by: s.staff.id)
    var mine = try #require(try s.applications.application(id: id))
    var theirs = mine
    theirs.status = .sent
    try s.applications.save(theirs, by: s.staff.id)
    mine.purpose = "Kursus i førstehjælp"
    #expect(throws: ApplicationStore.Problem.changedMeanwhile) {
      try s.applications.save(mine, by: s.staff.id)
    }
    #expect(try s.applications.application(id: id)?.purpose == "Kursus")
  }
}
