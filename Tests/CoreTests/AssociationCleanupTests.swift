import Testing

@testable import Core

/// Issue 25.10: an association created by mistake could not be removed,
/// and two entries for one association could not be made one.
@Suite struct AssociationCleanupTests {
  let database = TestDatabase()

  @Test func oneNothingRefersToIsDeletedAndUndoPutsItBack() throws {
    let store = try database.store()
    let id = try store.save(Association(name: "Strikkeklubben Vrå (fejl)", area: "Vrå"))
    try store.save(Activity(associationID: id, title: "Strikkecafé"))
    try AssociationRegister(db: store.db, clock: .fixed(ErasureFixture.today)).confirm(
      associationID: id)
    let cleanup = AssociationCleanup(db: store.db)
    let deleted = try cleanup.delete(id)
    #expect(try store.association(id: id) == nil)
    #expect(try store.db.scalarInt("SELECT count(*) FROM activities") == 0)
    #expect(try SearchService(db: store.db).search(SearchQuery(text: "strikkeklubben")).isEmpty)
    let back = try cleanup.undo(deleted)
    #expect(try store.association(id: back)?.name == "Strikkeklubben Vrå (fejl)")
    #expect(try store.activities(of: back).map(\.title) == ["Strikkecafé"])
    // Its confirmed date comes back with it.
    #expect(
      try store.db.scalarText(
        "SELECT confirmed_on FROM association_register WHERE association_id = ?", [.integer(back)])
        == ErasureFixture.today.iso)
  }

  @Test func oneWithABookingOrInquiryIsNotDeletedButMerged() throws {
    let store = try database.store()
    let kept = try store.save(Association(name: "Røde Kors Hjørring", area: "Hjørring"))
    var typo = Association(name: "Røde Kors, Hjørring afd.", area: "Hjørring")
    typo.contactPerson = "Lis Holm"
    typo.phone = "20304050"
    let gone = try store.save(typo)
    try store.save(Activity(associationID: kept, title: "Besøgsven"))
    try store.save(Activity(associationID: gone, title: "Besøgsven"))
    try store.save(Activity(associationID: gone, title: "Lektiehjælp"))
    let inquiries = InquiryStore(db: store.db, clock: .fixed(ErasureFixture.today))
    let staff = try inquiries.directory.add(initials: "KM", name: "Karen Madsen")
    var inquiry = Inquiry()
    inquiry.text = "Spørger om lokaler"
    inquiry.categoryID = try inquiries.directory.categories()[0].id
    inquiry.followUp = ErasureFixture.today.adding(7)
    inquiry.associationID = gone
    let asked = try inquiries.create(inquiry, by: staff.id)
    let cleanup = AssociationCleanup(db: store.db)
    #expect(throws: AssociationCleanup.Problem.inUse(.init(inquiries: 1))) {
      _ = try cleanup.delete(gone)
    }
    #expect(throws: AssociationCleanup.Problem.sameAssociation) {
      _ = try cleanup.merge(kept, into: kept)
    }
    let moved = try cleanup.merge(gone, into: kept)
    #expect(moved.inquiries == 1)
    #expect(try store.association(id: gone) == nil)
    #expect(try store.activities(of: kept).map(\.title).sorted() == ["Besøgsven", "Lektiehjælp"])
    #expect(try inquiries.inquiry(id: asked.id!)?.associationID == kept)
    // Its contact fills the kept one's empty fields.
    let merged = try #require(try store.association(id: kept))
    #expect(merged.contactPerson == "Lis Holm" && merged.phone == "20304050")
    // Found by the words of the activity it took over.
    let hits = try SearchService(db: store.db).search(SearchQuery(text: "lektiehjælp"))
    #expect(hits.map(\.id) == [kept])
  }
}
