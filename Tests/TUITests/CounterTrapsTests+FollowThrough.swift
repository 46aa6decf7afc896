import Core
import Testing

@testable import TUI

/// Issue 13's traps in following an inquiry or a booking through: handing
/// over, taking a colleague off the list, the child certificate, and the
/// room search while the caller waits.
extension CounterTrapsTests {
  /// 11. Taking a colleague with open inquiries off the list (F5, Delete)
  /// asks whom to hand them to, with no default; none is left with an
  /// owner nobody can choose. One without open inquiries: a question.
  @Test func takingAColleagueOffTheListHandsTheirInquiriesOver() throws {
    let directory = temporaryDirectory("skranke-staff-off")
    let today = GoldenScreenTests.today
    let inquiries = InquiryStore(db: try Database(path: directory + "/s.db"), clock: .fixed(today))
    let km = try inquiries.directory.add(initials: "KM", name: "Karen Madsen")
    let ls = try inquiries.directory.add(initials: "LS", name: "Lars Søgaard")
    _ = try inquiries.directory.add(initials: "PB", name: "Pia Bak")
    for text in ["Søger besøgsven", "Vil være lektiehjælper"] {
      var inquiry = Inquiry()
      inquiry.text = text
      inquiry.categoryID = try inquiries.directory.categories()[0].id
      inquiry.followUp = today.adding(1)
      try inquiries.create(inquiry, by: ls.id)
    }
    let app = try App(
      store: try AssociationStore(db: try Database(path: directory + "/s.db")), lang: .danish,
      databaseLabel: "s.db", staffInitials: "KM", clock: .fixed(today, "10:00"),
      startOnAssociations: true)
    app.handle(.function(5))
    #expect(screen(app).joined().contains("Del Tag af listen"))
    app.handle(.down)  // LS
    app.handle(.delete)
    var text = screen(app).joined()
    #expect(text.contains("Tag LS af listen"))
    #expect(text.contains("LS har 2 åbne henvendelser"))
    app.handle(.ctrl("s"))  // nobody chosen: nothing happens
    #expect(screen(app).joined().contains("skal vælges"))
    #expect(try inquiries.directory.staff(initials: "LS")?.active == true)
    app.handle(.right)  // KM
    app.handle(.ctrl("s"))  // no reason: the form stays, KM still chosen
    #expect(screen(app).joined().contains("‹ KM  Karen Madsen ›"))
    #expect(try inquiries.directory.staff(initials: "LS")?.active == true)
    app.handle(.tab)
    type(app, "Lars er stoppet")
    app.handle(.ctrl("s"))
    text = screen(app).joined()
    #expect(text.contains("LS er taget af listen. 2 henvendelser er overdraget til KM."))
    #expect(text.contains("Hvem sidder ved skranken?"))
    #expect(!text.contains("Lars Søgaard"))
    #expect(try inquiries.directory.staff(initials: "LS")?.active == false)
    #expect(
      try inquiries.db.scalarInt(
        """
        SELECT count(*) FROM inquiries i JOIN staff s ON s.id = i.owner_id
        WHERE i.status <> 'closed' AND (s.active = 0 OR s.id <> \(km.id))
        """) == 0)
    // PB has nothing open: a question, and no means nothing.
    app.handle(.down)
    app.handle(.down)
    app.handle(.delete)
    #expect(screen(app).joined().contains("Tag PB (Pia Bak) af listen?"))
    app.handle(.char("n"))
    #expect(try inquiries.directory.staff(initials: "PB")?.active == true)
    app.handle(.delete)
    app.handle(.char("j"))
    #expect(try inquiries.directory.staff(initials: "PB")?.active == false)
    #expect(screen(app).joined().contains("PB er taget af listen."))
  }

  /// 13. "Kun roller uden børneattest" on the profile leaves out the roles
  /// that need a certificate, and the list says how many and why.
  @Test func onlyRolesWithoutAChildCertificate() throws {
    let app = try desk()
    app.handle(.function(3))
    type(app, "Hans Hansen")
    for _ in 0..<4 { app.handle(.tab) }
    type(app, "undervisning")
    var text = screen(app, 120, 36).joined()
    #expect(text.contains("Lektiehjælp i lektiecaféen"))
    #expect(!text.contains("udeladt"))
    for _ in 0..<9 { app.handle(.tab) }
    #expect(screen(app, 120, 36).contains { $0.contains("▶ [ ] Kun roller uden børneattest") })
    app.handle(.char(" "))
    text = screen(app, 120, 36).joined()
    #expect(!text.contains("Lektiehjælp i lektiecaféen"))
    #expect(text.contains("roller udeladt: kræver børneattest"))
  }

  /// 16-18, as a hurried person meets them: Ctrl-S in the room search
  /// refuses while a need cannot be read; the association list marks
  /// nothing until ↓, so Enter never takes one unseen; after booking, the
  /// next search starts empty.
  @Test func theRoomSearchNeverBooksWhatWasNotSeen() throws {
    let app = try goldenDesk(startOnAssociations: true, width: 80, height: 24)
    app.handle(.function(4))
    app.handle(.char("f"))
    type(app, "tir 19-21 4 gange")
    app.handle(.tab)
    app.handle(.tab)
    type(app, "sauna")
    app.handle(.ctrl("s"))
    #expect(screen(app).joined().contains("Ret først det markerede felt i søgningen"))
    #expect(app.modals.isEmpty)
    app.handle(.ctrl("u"))
    type(app, "kørestol")
    app.handle(.ctrl("s"))
    #expect(screen(app).joined().contains("Book Frivilligcentret: Mødelokale 2"))
    type(app, "røde kors")
    var text = screen(app).joined()
    #expect(text.contains("  Røde Kors Hjørring") && text.contains("  Røde Kors Sindal"))
    #expect(!text.contains("› Røde"))
    app.handle(.enter)  // nothing marked: Enter only moves on
    #expect(screen(app).joined().contains("▶ Hvornår"))
    app.handle(.backTab)
    app.handle(.down)
    app.handle(.down)
    #expect(screen(app).joined().contains("› Røde Kors Sindal"))
    app.handle(.enter)
    app.handle(.ctrl("s"))
    text = screen(app).joined()
    #expect(text.contains("Booket: Frivilligcentret: Mødelokale 2, 4 gange"))
    app.handle(.char("f"))
    let form = app.pane(RoomsFeature.self).state.findForm
    #expect(form.fields.allSatisfy { $0.text.isEmpty })
  }

  /// 10. A handover gives the new owner a follow-up date (two working days
  /// on by default); a date already past asks first.
  @Test func aHandoverSetsTheNewOwnersDate() throws {
    let directory = temporaryDirectory("skranke-handover")
    let today = GoldenScreenTests.today  // Wednesday 25 November 2026
    let inquiries = InquiryStore(db: try Database(path: directory + "/h.db"), clock: .fixed(today))
    let km = try inquiries.directory.add(initials: "KM", name: "Karen Madsen")
    let ls = try inquiries.directory.add(initials: "LS", name: "Lars Søgaard")
    for text in ["Søger besøgsven", "Vil være lektiehjælper"] {
      var inquiry = Inquiry()
      inquiry.text = text
      inquiry.categoryID = try inquiries.directory.categories()[0].id
      inquiry.followUp = today.adding(-3)
      try inquiries.create(inquiry, by: km.id)
    }
    let app = try App(
      store: try AssociationStore(db: try Database(path: directory + "/h.db")), lang: .danish,
      databaseLabel: "h.db", staffInitials: "KM", clock: .fixed(today, "10:00"),
      startOnAssociations: true)
    app.handle(.function(2))
    app.handle(.enter)
    app.handle(.char("h"))
    #expect(screen(app).joined().contains("27-11-2026"))  // Friday: two working days on
    app.handle(.right)
    app.handle(.tab)
    type(app, "Karen har ferie")
    app.handle(.ctrl("s"))
    #expect(screen(app).joined().contains("Overdraget til LS, opfølgning fre 27-11"))
    #expect(try inquiries.overdueCount(ownerID: ls.id) == 0)
    app.handle(.escape)
    app.handle(.enter)
    app.handle(.char("h"))
    app.handle(.right)
    app.handle(.tab)
    type(app, "ferie")
    app.handle(.tab)
    type(app, "20-11-2026")
    app.handle(.ctrl("s"))
    #expect(screen(app).joined().contains("er overskredet"))
    app.handle(.char("n"))
    #expect(screen(app).joined().contains("Overdrag #"))
    app.handle(.ctrl("s"))
    app.handle(.char("j"))
    #expect(try inquiries.overdueCount(ownerID: ls.id) == 1)
    #expect(!screen(app).joined().contains("Overdrag #"))
  }
}
