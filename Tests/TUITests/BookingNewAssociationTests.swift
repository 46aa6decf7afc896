import Core
import Testing

@testable import TUI

/// Issue 25.6: the booking form said "a new one is created in F1 with n",
/// but F1 was not reachable from it; the way out cost six keys and the
/// typed name. The typed name is offered as a new association.
@Suite struct BookingNewAssociationTests {
  func screen(_ app: App) -> String { app.render(width: 110, height: 36).text }
  func type(_ app: App, _ text: String) { for c in text { app.handle(.char(c)) } }

  @Test func aNewAssociationIsMadeFromTheBookingFormAndBooked() throws {
    let app = try goldenDesk(width: 110, height: 36)
    app.handle(.function(4))
    app.handle(.char("f"))
    type(app, "tir 19-21")
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("Book "))
    type(app, "Strikkecaféen Tornby")
    #expect(screen(app).contains("＋ Ny forening: Strikkecaféen Tornby"))
    app.handle(.down)
    app.handle(.enter)
    #expect(screen(app).contains("Ny forening"))
    app.handle(.tab)
    type(app, "Lis Holm")
    app.handle(.tab)
    type(app, "20304050")
    app.handle(.ctrl("s"))
    var text = screen(app)
    #expect(text.contains("Oprettet: Strikkecaféen Tornby"))
    #expect(text.contains("→ Strikkecaféen Tornby"))
    app.handle(.ctrl("s"))
    text = screen(app)
    #expect(text.contains("Booket: "))
    let db = app.db
    let id = try db.scalarInt("SELECT id FROM associations WHERE name = 'Strikkecaféen Tornby'")
    #expect(
      try db.scalarInt("SELECT count(*) FROM bookings WHERE association_id = ?", [.integer(id)])
        == 1)
    // Made at the desk: its details count as confirmed today.
    #expect(
      try db.scalarText(
        "SELECT confirmed_on FROM association_register WHERE association_id = ?", [.integer(id)])
        == GoldenScreenTests.today.iso)
  }
}
