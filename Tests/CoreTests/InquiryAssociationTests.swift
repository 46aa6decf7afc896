import Testing

@testable import Core

/// An inquiry can name the association it concerns: counselling an
/// association leaves a trail on its file, and F2 lists them.
@Suite struct InquiryAssociationTests {
  static let today = Day(year: 2026, month: 11, day: 30)!
  let database = TestDatabase()

  func setUp() throws -> (InquiryStore, Staff, [String: Int64]) {
    let associations = try database.store()
    _ = try Importer(store: associations).importAssociations(
      bytes: Array(
        """
        name,area,active
        Røde Kors Hjørring,Hjørring,ja
        Ældre Sagen Hjørring,Hjørring,ja
        """.utf8))
    var ids: [String: Int64] = [:]
    for name in ["Røde Kors Hjørring", "Ældre Sagen Hjørring"] {
      ids[name] = try associations.associationID(named: name)
    }
    let store = InquiryStore(db: associations.db, clock: .fixed(Self.today))
    let km = try store.directory.add(initials: "KM", name: "Karen Madsen")
    return (store, km, ids)
  }

  func inquiry(_ store: InquiryStore, _ text: String, about id: Int64? = nil) throws -> Inquiry {
    var inquiry = Inquiry()
    inquiry.text = text
    inquiry.categoryID = try store.directory.categories()[0].id
    inquiry.followUp = Self.today.adding(7)
    inquiry.associationID = id
    return inquiry
  }

  @Test func anInquiryNamesItsAssociationAndAnAssociationAskingFillsItIn() throws {
    let (store, km, ids) = try setUp()
    let redCross = ids["Røde Kors Hjørring"]!
    let about = try store.create(try inquiry(store, "Vil søge § 18", about: redCross), by: km.id)
    #expect(try store.inquiry(id: about.id!)?.associationName == "Røde Kors Hjørring")
    // Asked by the association, named as it is spelt (any case): filled in.
    var asking = try inquiry(store, "Mangler et lokale")
    asking.askerKind = .association
    asking.askerName = "ældre sagen HJØRRING"
    let filled = try store.create(asking, by: km.id)
    #expect(try store.inquiry(id: filled.id!)?.associationID == ids["Ældre Sagen Hjørring"])
    // Taken off on an edit, it stays off: only a new inquiry is filled in.
    var cleared = try #require(try store.inquiry(id: filled.id!))
    cleared.associationID = nil
    let (saved, _) = try store.update(cleared, from: try store.inquiry(id: filled.id!)!, by: km.id)
    #expect(saved.associationID == nil)
    #expect(try store.inquiry(id: filled.id!)?.associationID == nil)
    // A citizen of that name is not an association.
    asking.askerKind = .citizen
    #expect(try store.create(asking, by: km.id).associationID == nil)
    // An association that is not there is refused next to the field.
    #expect(throws: InquiryError.invalid([.association: .unknownAssociation])) {
      try store.create(try inquiry(store, "?", about: 999), by: km.id)
    }
  }

  /// A file from before version 17: what associations asked is on their
  /// files at once after the upgrade (review finding), nothing else is.
  @Test func anUpgradePlacesWhatAssociationsAskedBefore() throws {
    do {
      let old = try Database(path: database.path, migrations: Array(Schema.migrations.prefix(16)))
      let name = "Røde Kors Hjørring"
      try old.run(
        "INSERT INTO associations(name, name_fold, sort_key) VALUES (?, ?, ?)",
        [.text(name), .text(DanishFolding.fold(name)), .text(DanishSortKey.make(name))])
      try old.execute(
        """
        INSERT INTO staff(initials, name) VALUES ('KM', 'Karen Madsen');
        INSERT INTO inquiries(received_at, channel, asker_kind, asker_name, category_id, text,
          owner_id, received_by, status, follow_up) VALUES
          ('2026-01-05 10:00', 'phone', 'association', 'RØDE KORS hjørring', 1, 'a', 1, 1, 'open',
            '2026-02-01'),
          ('2026-01-06 10:00', 'phone', 'citizen', 'Røde Kors Hjørring', 1, 'b', 1, 1, 'open',
            '2026-02-01'),
          ('2026-01-07 10:00', 'phone', 'association', 'Røde Kors', 1, 'c', 1, 1, 'open',
            '2026-02-01');
        """)
    }
    let db = try database.open()
    let placed = try db.map("SELECT text FROM inquiries WHERE association_id IS NOT NULL") {
      $0.text(0)
    }
    #expect(placed == ["a"])
    #expect(try db.scalarInt("SELECT count(*) FROM inquiry_events") == 0)
  }

  /// Two desks: one sets the association while the other edits the text;
  /// both are kept, and the timeline says which association it became.
  @Test func theAssociationIsAFieldOfTheConcurrentMerge() throws {
    let (store, km, ids) = try setUp()
    let base = try store.create(try inquiry(store, "Spørgsmål om forsikring"), by: km.id)
    var theirs = base
    theirs.text = "Spørgsmål om forsikring af besøgsvenner"
    _ = try store.update(theirs, from: base, by: km.id)
    var mine = base
    mine.associationID = ids["Røde Kors Hjørring"]
    let (saved, kept) = try store.update(mine, from: base, by: km.id)
    #expect(saved.associationID == ids["Røde Kors Hjørring"])
    #expect(saved.text == "Spørgsmål om forsikring af besøgsvenner")
    #expect(kept.map(\.what) == [.field(.text)])
    let edit = try store.timeline(id: base.id!).last
    #expect(edit?.field == .association && edit?.newValue == String(ids["Røde Kors Hjørring"]!))
    // Both naming different associations: the second is told, nothing saved.
    var other = base
    other.associationID = ids["Ældre Sagen Hjørring"]
    #expect(throws: InquiryError.self) { try store.update(other, from: base, by: km.id) }
    #expect(try store.inquiry(id: base.id!)?.associationID == ids["Røde Kors Hjørring"])
  }

  /// F2's list of an association's inquiries: newest first, page by page,
  /// open and closed, narrowed by typed words; and the file's counts.
  @Test func anAssociationsInquiriesNewestFirstAndOnItsFile() throws {
    let (store, km, ids) = try setUp()
    let redCross = ids["Røde Kors Hjørring"]!
    var made: [Int64] = []
    for number in 1...7 {
      made.append(
        try store.create(try inquiry(store, "Nr. \(number)", about: redCross), by: km.id).id!)
    }
    _ = try store.create(try inquiry(store, "Ikke om Røde Kors"), by: km.id)
    let closed = try store.inquiry(id: made[1])!
    try store.close(closed, outcome: .helped, note: "Klaret", by: km.id)
    let first = try store.page(.association(id: redCross), limit: 4)
    #expect(first.map(\.id) == Array(made.reversed().prefix(4)))
    let rest = try store.page(.association(id: redCross), after: first.last, limit: 4)
    #expect(rest.map(\.id) == [made[2], made[1], made[0]])
    #expect(rest[1].status == .closed)
    #expect(try store.page(.association(id: redCross), search: "nr 3").map(\.id) == [made[2]])
    #expect(try store.page(.association(id: ids["Ældre Sagen Hjørring"]!)).isEmpty)

    let history = try AssociationHistory.read(
      associationID: redCross, db: store.db, today: Self.today)
    #expect(history.inquiryCount == 7 && history.inquiriesOpen == 6)
    #expect(history.inquiries.map(\.id) == Array(made.reversed().prefix(5)))
    // A citizen asked (the default): the words are not on the file.
    #expect(history.inquiries.first?.summary == "")
    #expect(history.inquiries.first?.ownerInitials == "KM")
  }
}
