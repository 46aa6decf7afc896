import Testing

@testable import Core

@Suite struct InquiryTests {
  let database = TestDatabase()
  static let monday = Day(year: 2026, month: 11, day: 23)!

  func store(_ day: Day = monday) throws -> (InquiryStore, Staff, Staff) {
    let store = InquiryStore(db: try database.open(), clock: .fixed(day))
    let km = try store.directory.add(initials: "km", name: "Karen Madsen")
    let ls = try store.directory.add(initials: "LS", name: "Lars Søgaard")
    return (store, km, ls)
  }

  func walkIn(_ store: InquiryStore, _ text: String = "Vil gerne være besøgsven") throws -> Inquiry
  {
    var inquiry = Inquiry()
    inquiry.text = text
    inquiry.categoryID = try store.directory.categories()[0].id
    inquiry.followUp = store.today.adding(7)
    return inquiry
  }

  @Test func theReceiverOwnsANewInquiryWithAFollowUpDate() throws {
    let (store, km, _) = try store()
    let saved = try store.create(try walkIn(store), by: km.id)
    #expect(km.initials == "KM")
    let loaded = try store.inquiry(id: saved.id!)!
    #expect(loaded.ownerID == km.id && loaded.receivedByID == km.id)
    #expect(loaded.status == .open && loaded.followUp == Self.monday.adding(7))
    #expect(try store.timeline(id: saved.id!).map(\.kind) == [.created])
    var noDate = try walkIn(store)
    noDate.followUp = nil
    #expect(throws: InquiryError.invalid([.followUp: .required])) {
      try store.create(noDate, by: km.id)
    }
    var noText = try walkIn(store, "  ")
    noText.askerContact = "12 34"
    #expect(throws: InquiryError.invalid([.text: .required, .askerContact: .invalidPhone])) {
      try store.create(noText, by: km.id)
    }
  }

  @Test func theDatabaseItselfRefusesAnUnclosedInquiryWithoutDateOrAClosedOneWithoutOutcome() throws
  {
    let (store, km, _) = try store()
    let saved = try store.create(try walkIn(store), by: km.id)
    #expect(throws: SQLiteError.self) {
      try store.db.run("UPDATE inquiries SET follow_up = NULL WHERE id = ?", [.integer(saved.id!)])
    }
    #expect(throws: SQLiteError.self) {
      try store.db.run("UPDATE inquiries SET status = 'closed' WHERE id = ?", [.integer(saved.id!)])
    }
    #expect(throws: SQLiteError.self) {
      try store.db.run("UPDATE inquiries SET owner_id = NULL WHERE id = ?", [.integer(saved.id!)])
    }
  }

  @Test func closingNeedsAnOutcomeAndANote() throws {
    let (store, km, _) = try store()
    let saved = try store.create(try walkIn(store), by: km.id)
    #expect(throws: InquiryError.outcomeRequired) {
      try store.close(saved, outcome: nil, note: "Henvist", by: km.id)
    }
    #expect(throws: InquiryError.closingNoteRequired) {
      try store.close(saved, outcome: .helped, note: " ", by: km.id)
    }
    #expect(try store.inquiry(id: saved.id!)!.status == .open)
    let closed = try store.close(
      saved, outcome: .referredAssociation, note: "Henvist til Røde Kors", by: km.id)
    #expect(closed.status == .closed && closed.outcome == .referredAssociation)
    #expect(try store.timeline(id: saved.id!).last?.text == "Henvist til Røde Kors")
    let reopened = try store.reopen(
      closed, reason: "Ringede igen", followUp: Self.monday.adding(2), by: km.id)
    #expect(reopened.status == .open && reopened.outcome == nil)
    #expect(try store.timeline(id: saved.id!).map(\.kind) == [.created, .closed, .reopened])
  }

  @Test func handingOverNeedsAReasonAndMarksItForTheNewOwner() throws {
    let (store, km, ls) = try store()
    let saved = try store.create(try walkIn(store), by: km.id)
    #expect(throws: InquiryError.handoverReasonRequired) {
      try store.handOver(saved, to: ls.id, reason: "", by: km.id)
    }
    #expect(throws: InquiryError.handoverToOwner) {
      try store.handOver(saved, to: km.id, reason: "ferie", by: km.id)
    }
    let moved = try store.handOver(saved, to: ls.id, reason: "Karen har ferie", by: km.id)
    #expect(moved.ownerID == ls.id && moved.handedOverFromID == km.id)
    let row = try store.page(.mine(ownerID: ls.id)).first!
    #expect(row.handedOver && row.ownerInitials == "LS")
    #expect(try store.page(.mine(ownerID: km.id)).isEmpty)
    let event = try store.timeline(id: saved.id!).last!
    #expect(event.kind == .handover && event.oldValue == "KM" && event.newValue == "LS")
    #expect(event.text == "Karen har ferie" && event.staffInitials == "KM")
  }

  /// The new owner gets the follow-up date given with the handover (on
  /// the timeline too), so it does not reach them overdue.
  @Test func aHandoverSetsTheNewOwnersFollowUp() throws {
    let (store, km, ls) = try store()
    var inquiry = try walkIn(store)
    inquiry.followUp = store.today.adding(-5)
    let saved = try store.create(inquiry, by: km.id)
    let friday = Day(year: 2026, month: 11, day: 27)!
    #expect(friday.adding(workingDays: 2) == Day(year: 2026, month: 12, day: 1)!)
    #expect(Day(year: 2026, month: 11, day: 23)!.adding(workingDays: 2).weekday == 3)
    let due = store.today.adding(workingDays: 2)
    let moved = try store.handOver(
      saved, to: ls.id, reason: "Karen har ferie", followUp: due, by: km.id)
    #expect(moved.followUp == due)
    #expect(try store.overdueCount(ownerID: ls.id) == 0)
    let events = try store.timeline(id: saved.id!).suffix(2).map(\.kind)
    #expect(events == [.handover, .followUp])
  }

  /// A colleague with open inquiries is deactivated only by handing them
  /// over (one reason for all); none is left with an inactive owner.
  @Test func deactivatingHandsOpenInquiriesOver() throws {
    let (store, km, ls) = try store()
    for _ in 0..<3 { try store.create(try walkIn(store), by: km.id) }
    #expect(throws: InquiryError.openInquiriesToHandOver(initials: "KM", count: 3)) {
      try store.deactivate("KM")
    }
    #expect(try store.directory.staff(initials: "KM")?.active == true)
    #expect(throws: InquiryError.unknownStaff) {
      try store.deactivate("KM", handingOverTo: "KM", reason: "stopper")
    }
    #expect(throws: InquiryError.handoverReasonRequired) {
      try store.deactivate("KM", handingOverTo: "LS", reason: "")
    }
    #expect(try store.page(.mine(ownerID: km.id)).count == 3)  // all or nothing
    #expect(try store.deactivate("KM", handingOverTo: "ls", reason: "Karen stopper") == 3)
    #expect(try store.directory.staff(initials: "KM")?.active == false)
    let mine = try store.page(.mine(ownerID: ls.id))
    #expect(mine.count == 3 && mine.allSatisfy { $0.handedOver })
    #expect(try store.overdueCount(ownerID: ls.id) == 0)
  }

  @Test func mineShowsOverdueFirstAndCountsThem() throws {
    let (store, km, ls) = try store()
    for (offset, owner) in [(5, km), (-2, km), (1, ls), (-9, km), (0, km)] {
      var inquiry = try walkIn(store, "Sag \(offset)")
      inquiry.followUp = Self.monday.adding(offset)
      try store.create(inquiry, by: owner.id)
    }
    let mine = try store.page(.mine(ownerID: km.id))
    #expect(mine.map(\.summary) == ["Sag -9", "Sag -2", "Sag 0", "Sag 5"])
    #expect(mine.map { $0.isOverdue(today: Self.monday) } == [true, true, false, false])
    #expect(try store.overdueCount(ownerID: km.id) == 2)
    let counts = try store.ownerCounts()
    #expect(counts.map { "\($0.initials) \($0.open) \($0.overdue)" } == ["KM 4 2", "LS 1 0"])
    let byOwner = try store.page(.allOpenByOwner)
    #expect(byOwner.map(\.ownerInitials) == ["KM", "KM", "KM", "KM", "LS"])
    // Paging by key across owners gives the same rows.
    var paged: [InquiryRow] = []
    while true {
      let page = try store.page(.allOpenByOwner, after: paged.last, limit: 2)
      if page.isEmpty { break }
      paged += page
    }
    #expect(paged == byOwner)
  }

  @Test func twoDesksEditingLoseNeitherEdit() throws {
    let (store, km, ls) = try store()
    let base = try store.create(try walkIn(store), by: km.id)
    // Desk 1 changes the name; desk 2, from the same version, the text.
    var desk1 = base
    desk1.askerName = "Jens Hansen"
    var desk2 = base
    desk2.text = "Vil gerne være besøgsven, tirsdage"
    _ = try store.update(desk1, from: base, by: km.id)
    let (saved, theirs) = try store.update(desk2, from: base, by: ls.id)
    #expect(saved.askerName == "Jens Hansen" && saved.text == desk2.text)
    #expect(theirs.map(\.what) == [.field(.askerName)])
    // Both change the text: the second is told, and nothing is saved.
    var again1 = saved
    again1.text = "A"
    var again2 = saved
    again2.text = "B"
    _ = try store.update(again1, from: saved, by: km.id)
    #expect(
      throws: InquiryError.changedMeanwhile([
        InquiryChange(what: .field(.text), old: desk2.text, new: "A")
      ])
    ) {
      try store.update(again2, from: saved, by: ls.id)
    }
    #expect(try store.inquiry(id: base.id!)!.text == "A")
    // An action from a stale copy is refused with what changed.
    #expect(throws: InquiryError.self) {
      try store.close(saved, outcome: .helped, note: "ok", by: ls.id)
    }
    let edits = try store.timeline(id: base.id!).filter { $0.kind == .edited }
    #expect(edits.map(\.newValue) == ["Jens Hansen", desk2.text, "A"])
  }

  @Test func timelineEntriesCanNeverBeChangedOrDeleted() throws {
    let (store, km, _) = try store()
    let saved = try store.create(try walkIn(store), by: km.id)
    try store.addNote("Ringede, ingen svar", call: true, to: saved.id!, by: km.id)
    #expect(throws: SQLiteError.self) { try store.db.run("UPDATE inquiry_events SET text = 'x'") }
    #expect(throws: SQLiteError.self) { try store.db.run("DELETE FROM inquiry_events") }
    #expect(try store.timeline(id: saved.id!).map(\.kind) == [.created, .call])
  }

  @Test func closedInquiriesAreSearchedWithDanishFolding() throws {
    let (store, km, _) = try store()
    var one = try walkIn(store, "Søger besøgsven til mor i Hjørring")
    one.askerName = "Åse Ødegård"
    let saved = try store.create(one, by: km.id)
    try store.close(saved, outcome: .helped, note: "Kontakt til Ældre Sagen", by: km.id)
    let other = try store.create(try walkIn(store, "Lektiehjælp"), by: km.id)
    try store.close(other, outcome: .notRelevant, note: "Fandt selv", by: km.id)
    #expect(try store.page(.closed(search: "")).count == 2)
    for query in ["hjorring", "aase", "odegaard", "aeldre sagen", "besog"] {
      #expect(try store.page(.closed(search: query)).map(\.id) == [saved.id!], "\(query)")
    }
    #expect(try store.page(.closed(search: "hjælp")).map(\.id) == [other.id!])
  }

  /// The per-owner open count is kept by triggers: it must equal a count
  /// of the rows through logging, closing, reopening and handing over.
  @Test func ownerCountsFollowEveryChange() throws {
    let (store, km, ls) = try store()
    func truth() throws -> [String] {
      try store.db.map(
        """
        SELECT s.initials || ' ' || count(*) FROM inquiries i JOIN staff s ON s.id = i.owner_id
        WHERE i.status <> 'closed' GROUP BY s.initials ORDER BY s.initials
        """
      ) { $0.text(0) }
    }
    func counts() throws -> [String] { try store.ownerCounts().map { "\($0.initials) \($0.open)" } }
    let one = try store.create(try walkIn(store), by: km.id)
    let two = try store.create(try walkIn(store, "Lektiehjælp"), by: km.id)
    #expect(try counts() == ["KM 2"] && counts() == truth())
    let moved = try store.handOver(two, to: ls.id, reason: "ferie", by: km.id)
    #expect(try counts() == ["KM 1", "LS 1"] && counts() == truth())
    let closed = try store.close(one, outcome: .helped, note: "Hjulpet", by: km.id)
    #expect(try counts() == ["LS 1"] && counts() == truth())
    _ = try store.reopen(closed, reason: "Ringede igen", followUp: store.today.adding(2), by: km.id)
    _ = moved
    #expect(try counts() == ["KM 1", "LS 1"] && counts() == truth())
  }

  /// Issue 14, item 3: the search filters the open views too, by owner
  /// and by date, a page at a time.
  @Test func openViewsAreSearchedToo() throws {
    let (store, km, ls) = try store()
    var birthe = try walkIn(store, "Søger besøgsven")
    birthe.askerName = "Birthe Ørsted"
    let mine = try store.create(birthe, by: km.id)
    let theirs = try store.create(try walkIn(store, "Birthes nabo vil hjælpe"), by: ls.id)
    _ = try store.create(try walkIn(store, "Lektiehjælp"), by: km.id)
    #expect(try store.page(.mine(ownerID: km.id), search: "orsted").map(\.id) == [mine.id!])
    #expect(
      Set(try store.page(.allOpenByOwner, search: "birthe").map(\.id)) == [mine.id!, theirs.id!])
    #expect(try store.page(.allOpenByDate, search: "bi nab").map(\.id) == [theirs.id!])
    let first = try store.page(.allOpenByOwner, search: "birthe", limit: 1)
    #expect(
      try store.page(.allOpenByOwner, search: "birthe", after: first.last, limit: 5).count == 1)
    #expect(try store.page(.allOpenByDate, search: "").count == 3)
  }

  @Test func exportAndAnnualReportCountWithoutPersonalData() throws {
    let (store, km, _) = try store()
    var first = try walkIn(store, "Hemmelig tekst")
    first.askerName = "Jens Hansen"
    first.channel = .phone
    let one = try store.create(first, by: km.id)
    store.clock = .fixed(Self.monday.adding(4))
    try store.close(one, outcome: .helped, note: "ok", by: km.id)
    store.clock = .fixed(Day(year: 2027, month: 1, day: 5)!)
    try store.create(try walkIn(store), by: km.id)
    var lines: [String] = []
    try InquiryReport(db: store.db).exportCSV(from: nil, to: nil) { lines.append($0) }
    #expect(lines.count == 3)
    #expect(
      lines[1] == "1,2026-11-23,phone,citizen,Vil være frivillig,KM,closed,,2026-11-27,helped\r\n")
    #expect(!lines.joined().contains("Jens") && !lines.joined().contains("Hemmelig"))
    lines = []
    try InquiryReport(db: store.db).exportCSV(
      from: Day(year: 2027, month: 1, day: 5), to: Day(year: 2027, month: 1, day: 5)
    ) { lines.append($0) }
    #expect(lines.count == 2 && lines[1].hasPrefix("2,2027-01-05,walk_in"))
    let summary = try InquiryReport(db: store.db).summary(year: 2026)
    #expect(summary.total == 1 && summary.closed == 1 && summary.medianDaysToClose == 4)
    #expect(summary.byChannel.map(\.0) == ["phone"] && summary.byOutcome.map(\.1) == [1])
    #expect(try InquiryReport(db: store.db).summary(year: 2027).medianDaysToClose == nil)
  }
}
