import Core
import Testing

@testable import TUI

/// An inquiry about an association, from its file: Ctrl-N in F1's detail
/// fills the association in, the saved inquiry shows on the file, and `h`
/// lists the association's inquiries in F2, Esc going back to the file.
@Suite struct InquiryAssociationRenderTests {
  func screen(_ app: App) -> String {
    app.render(width: 100, height: 30).lines.joined(separator: "\n")
  }

  func type(_ app: App, _ text: String) {
    for c in text { app.handle(.char(c)) }
  }

  @Test func anInquiryLoggedOnTheFileShowsThereAndInF2() throws {
    let app = try goldenDesk(startOnAssociations: true)
    type(app, "ældre sagen hj")
    app.handle(.enter)
    app.handle(.ctrl("n"))
    var text = screen(app)
    #expect(text.contains("Om forening"))
    #expect(text.contains("Ældre Sagen Hjørring"))
    type(app, "Hjælp til ansøgning om § 18-midler")
    app.handle(.tab)
    app.handle(.right)  // the first category
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("er logget"))
    // The file (still in front) shows it in its history, at its foot.
    app.handle(.pageDown)
    app.handle(.pageDown)
    text = screen(app)
    #expect(text.contains("Henvendelser: 1, heraf 1 åbne (h viser dem)"))
    #expect(text.contains("Hjælp til ansøgning om § 18-midler"))
    app.handle(.char("h"))
    text = screen(app)
    #expect(text.contains("[Om Ældre Sagen Hjørring]"))
    #expect(text.contains("Hjælp til ansøgning om § 18-midler"))
    app.handle(.enter)
    #expect(screen(app).contains("Om forening: Ældre Sagen Hjørring"))
    app.handle(.escape)  // the detail back to the association's list
    app.handle(.escape)  // and back to its file in F1
    app.handle(.pageDown)
    app.handle(.pageDown)
    text = screen(app)
    #expect(app.active == .associations)
    #expect(text.contains("Henvendelser: 1, heraf 1 åbne"))
  }

  /// An association asking, named as in the register, fills the field in
  /// (said under it); a name matching several asks to pick one.
  @Test func anAssociationAskingIsTheAssociation() throws {
    let app = try goldenDesk()
    app.handle(.function(2))
    app.handle(.ctrl("n"))
    type(app, "Mangler lokale til generalforsamling")
    app.handle(.tab)
    app.handle(.right)
    app.handle(.tab)
    app.handle(.tab)  // past "Besvaret nu?"
    type(app, "Ældre Sagen Hjørring")
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.tab)
    app.handle(.char("f"))  // Hvem spørger: Forening
    var text = screen(app)
    #expect(text.contains("→ Ældre Sagen Hjørring (efter navnet)"))
    app.handle(.tab)
    type(app, "hjørring")
    text = screen(app)
    #expect(!text.contains("(efter navnet)"))
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("passer: vælg en i listen"))
    app.handle(.ctrl("u"))
    app.handle(.ctrl("s"))
    text = screen(app)
    #expect(text.contains("er logget"))
    let id = try app.db.scalarInt("SELECT max(id) FROM inquiries")
    let saved = try InquiryStore(db: app.db).inquiry(id: id)
    #expect(saved?.associationName == "Ældre Sagen Hjørring")
  }
}
