import Core
import Glibc
import Testing

@testable import TUI

/// The inquiries pane drawn at 100×30 on a fixed day, two desks on one file.
@Suite struct InquiryRenderTests {
  let path: String
  /// Monday 23 November 2026.
  static let today = Day(year: 2026, month: 11, day: 23)!
  let store: InquiryStore
  let km: Staff
  let ls: Staff

  init() throws {
    let directory = temporaryDirectory("skranke-render")
    path = directory + "/i.db"
    store = InquiryStore(db: try Database(path: path), clock: .fixed(Self.today))
    km = try store.directory.add(initials: "KM", name: "Karen Madsen")
    ls = try store.directory.add(initials: "LS", name: "Lars Søgaard")
    let category = try store.directory.categories()[1].id
    for (text, owner, offset) in [
      ("Søger besøgsven til mor", km, -3), ("Vil være lektiehjælper", km, 2),
      ("Forening mangler lokale", ls, -1),
    ] {
      var inquiry = Inquiry()
      inquiry.text = text
      inquiry.categoryID = category
      inquiry.followUp = Self.today.adding(offset)
      try store.create(inquiry, by: owner.id)
    }
  }

  func desk(_ initials: String?) throws -> App {
    let db = try Database(path: path)
    return try App(
      store: try AssociationStore(db: db), lang: .danish, databaseLabel: "i.db",
      staffInitials: initials, clock: .fixed(Self.today), startOnAssociations: true)
  }

  func type(_ app: App, _ text: String) { for c in text { app.handle(.char(c)) } }

  @Test func mineShowsOverdueInWordsAndTheStatusBarCountsThem() throws {
    let app = try desk("KM")
    #expect(app.render(width: 100, height: 30).lines[28].contains("Du har 1 forfalden henvendelse"))
    app.handle(.function(2))
    let grid = app.render(width: 100, height: 30)
    #expect(grid.lines[1].contains("[Mine (2, 1 forfalden)]"))
    #expect(grid.lines[2].hasPrefix("! fre 20-11 forfalden 3 d."))
    #expect(grid.lines[2].contains("#1 Søger besøgsven til mor"))
    #expect(grid.lines[3].hasPrefix("  ons 25-11"))
    #expect(grid.lines[29].hasSuffix("KM ! 1 forfalden "))
  }

  @Test func allOpenIsGroupedByOwnerWithCounts() throws {
    let app = try desk("KM")
    app.handle(.function(2))
    app.handle(.char("v"))
    var grid = app.render(width: 100, height: 30)
    #expect(grid.lines[1].contains("[Alle åbne (3) efter ejer]"))
    #expect(grid.lines[2].contains("KM 2 (1!) · LS 1 (1!)"))
    #expect(grid.lines[3].contains("KM   #1") && grid.lines[5].contains("LS   #3"))
    app.handle(.char("s"))
    grid = app.render(width: 100, height: 30)
    #expect(grid.lines[1].contains("efter dato"))
    #expect(
      grid.lines[3].contains("#1") && grid.lines[4].contains("#3") && grid.lines[5].contains("#2"))
  }

  @Test func withoutStaffTheFirstScreenAsksWhoIsHere() throws {
    let app = try desk(nil)
    let grid = app.render(width: 100, height: 30)
    #expect(grid.text.contains("Hvem sidder ved skranken?"))
    #expect(grid.text.contains("+ Tilføj mig selv"))
    app.handle(.enter)  // nobody is marked: Enter chooses no one
    #expect(app.me == nil)
    app.handle(.down)  // the first colleague, past "add myself"
    app.handle(.enter)
    #expect(app.me?.initials == "KM")
  }

  @Test func theDetailShowsTheTimeline() throws {
    let app = try desk("KM")
    try store.addNote("Ringede, ingen svar", call: true, to: 1, by: km.id)
    app.handle(.function(2))
    app.handle(.enter)
    let text = app.render(width: 100, height: 30).text
    #expect(text.contains("Henvendelse #1 · Åben · ejer KM"))
    #expect(text.contains("Opfølgning:  fre 20-11-2026  ! FORFALDEN (3 dage)"))
    #expect(text.contains("23-11 10:00 KM    Modtaget (fremmøde)"))
    #expect(text.contains("23-11 10:00 KM    Opkald: Ringede, ingen svar"))
  }

  @Test func twoDesksEditingTheSameTextLoseNeitherEdit() throws {
    let desk1 = try desk("KM")
    let desk2 = try desk("LS")
    for app in [desk1, desk2] {
      app.handle(.function(2))
      app.handle(.char("v"))  // Alle åbne: #1 first
      app.handle(.char("e"))
      app.handle(.ctrl("u"))
    }
    type(desk1, "Desk one's words")
    type(desk2, "Desk two's words")
    desk1.handle(.ctrl("s"))
    #expect(try store.inquiry(id: 1)?.text == "Desk one's words")
    desk2.handle(.ctrl("s"))
    var text = desk2.render(width: 100, height: 30).text
    #expect(text.contains("En anden har ændret henvendelsen imens: Tekst"))
    #expect(text.contains("Desk one's words"))
    #expect(text.contains("Desk two's words"))  // still in the form
    #expect(try store.inquiry(id: 1)?.text == "Desk one's words")
    desk2.handle(.ctrl("s"))  // saved on top, knowingly
    text = desk2.render(width: 100, height: 30).text
    #expect(try store.inquiry(id: 1)?.text == "Desk two's words")
    let edits = try store.timeline(id: 1).filter { $0.kind == .edited }.map(\.newValue)
    #expect(edits == ["Desk one's words", "Desk two's words"])  // both on the timeline
  }
}

extension InquiryRenderTests {
  @Test func categoriesCanBeHiddenAndAddedWithoutChangingOldInquiries() throws {
    let app = try desk("KM")
    app.handle(.function(2))
    app.handle(.char("c"))
    #expect(app.render(width: 100, height: 30).text.contains("[x] Søger et tilbud"))
    app.handle(.down)  // the second category, the one inquiry #1 uses
    app.handle(.char(" "))
    for _ in 0..<7 { app.handle(.down) }
    type(app, "Frivilligjob i udlandet")
    app.handle(.ctrl("s"))
    #expect(app.render(width: 100, height: 30).text.contains("Kategorierne er gemt."))
    #expect(!app.pane(InquiriesFeature.self).categories.map(\.nameDA).contains("Søger et tilbud"))
    #expect(app.pane(InquiriesFeature.self).categories.last?.nameDA == "Frivilligjob i udlandet")
    // Editing #1 still offers, and keeps, its hidden category.
    app.handle(.enter)
    app.handle(.char("e"))
    #expect(app.render(width: 100, height: 30).text.contains("‹ Søger et tilbud ›"))
    app.handle(.ctrl("s"))
    #expect(try store.inquiry(id: 1)?.categoryID == 2)
  }
}

extension InquiryRenderTests {
  @Test func pastMidnightTheOverdueCountMovesWithoutAnyWrite() throws {
    let app = try desk("KM")
    #expect(app.overdueMine == 1)
    #expect(!app.tick())  // nothing changed
    app.stores.now = .fixed(Self.today.adding(3))  // #2 (due in 2 days) is now late
    #expect(app.tick())
    #expect(app.overdueMine == 2)
    #expect(app.render(width: 100, height: 30).lines[29].hasSuffix("KM ! 2 forfaldne "))
  }
}
