import Core
import Testing

@testable import TUI

/// Issue 25: Birthe asked at the desk (inquiry #2) and has no citizen
/// record; Ctrl-P in F3 said "nothing is stored". Ctrl-P on her inquiry
/// shows what is stored, in words, and x erases her everywhere.
@Suite struct PersonErasureRenderTests {
  func screen(_ app: App) -> String { app.render(width: 110, height: 40).text }

  @Test func ctrlPOnAnInquiryShowsTheAskerInWordsAndXErasesThemEverywhere() throws {
    let app = try goldenDesk(width: 110, height: 40)
    let store = InquiryStore(db: app.db, clock: .fixed(GoldenScreenTests.today))
    let km = try #require(try store.directory.staff(initials: "KM"))
    try store.addNote("Birthe Nielsen vil gerne med i koret", to: 1, by: km.id)
    #expect(
      try app.db.scalarInt(
        "SELECT count(*) FROM inquiries WHERE id = 2 AND asker_name = 'Birthe Nielsen' AND citizen_id IS NULL"
      ) == 1)
    openInquiry(app, 2)
    #expect(screen(app).contains("Henvendelse #2"))
    app.handle(.ctrl("p"))
    var text = screen(app)
    #expect(text.contains("Oplysninger gemt om Birthe Nielsen"))
    #expect(text.contains("Ingen borgerprofil"))
    // Words, not codes; dates as 07-12-2026.
    #expect(text.contains("Modtaget (telefon)") && !text.contains("phone)"))
    #expect(text.contains("NOTER I ANDRE HENVENDELSER"))
    app.handle(.char("x"))
    text = screen(app)
    #expect(text.contains("Slet Birthe Nielsen for altid"))
    #expect(text.contains("Note i #1"))
    // Ticked already: the worker sees the note and lets it be cleared.
    app.handle(.ctrl("s"))
    text = screen(app)
    #expect(text.contains("Slettet: Birthe Nielsen"))
    #expect(
      try app.db.scalarInt("SELECT count(*) FROM inquiries WHERE asker_name LIKE '%Birthe%'") == 0)
    #expect(
      try app.db.scalarInt("SELECT count(*) FROM inquiry_events WHERE text LIKE '%Birthe%'") == 0)
    // The inquiry keeps a line saying what happened, and when.
    #expect(text.contains("Personoplysninger slettet"))
  }

  @Test func anInquiryWithNoNameOrContactSaysThereIsNoOne() throws {
    let app = try goldenDesk(width: 110, height: 40)
    try app.db.run("UPDATE inquiries SET asker_name = '', asker_contact = '' WHERE id = 3")
    openInquiry(app, 3)
    app.handle(.ctrl("p"))
    #expect(screen(app).contains("#3 har intet navn eller kontakt"))
    #expect(app.modals.isEmpty)
  }
}
