import Core
import Testing

@testable import TUI

/// Issue 25.10: F1 deletes one made by mistake (asked, undone with u),
/// refuses while anything refers to it, and merges two into one.
@Suite struct AssociationCleanupRenderTests {
  func screen(_ app: App) -> String { app.render(width: 110, height: 36).text }
  func type(_ app: App, _ text: String) { for c in text { app.handle(.char(c)) } }

  @Test func deleteAskAndUndoThenMerge() throws {
    let app = try goldenDesk(startOnAssociations: true, width: 110, height: 36)
    let store = try AssociationStore(db: app.db)
    try store.save(Association(name: "Strikkeklubben Tornby fejl", area: "Hjørring"))
    app.refreshAll()
    type(app, "strikkeklubben tornby")
    app.handle(.down)
    app.handle(.delete)
    #expect(screen(app).contains("Slet Strikkeklubben Tornby fejl og dens aktiviteter?"))
    app.handle(.char("j"))
    #expect(screen(app).contains("Slettet: Strikkeklubben Tornby fejl. Tryk u for at fortryde."))
    #expect(try store.associationID(named: "Strikkeklubben Tornby fejl") == nil)
    app.handle(.char("u"))
    #expect(screen(app).contains("Fortrudt: Strikkeklubben Tornby fejl er tilbage."))
    #expect(try store.associationID(named: "Strikkeklubben Tornby fejl") != nil)

    // One with bookings is not deleted: merging is offered instead.
    app.handle(.escape)
    type(app, "ældre sagen hjørring")
    app.handle(.down)
    app.handle(.delete)
    #expect(screen(app).contains("kan ikke slettes: den har"))
    #expect(app.modals.isEmpty)

    app.handle(.escape)
    type(app, "røde kors sindal")
    app.handle(.down)
    app.handle(.char("f"))
    #expect(screen(app).contains("Flet Røde Kors Sindal ind i"))
    type(app, "røde kors hjørring")
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("Flet Røde Kors Sindal ind i Røde Kors Hjørring?"))
    app.handle(.char("j"))
    #expect(screen(app).contains("Flettet ind i Røde Kors Hjørring"))
    #expect(try store.associationID(named: "Røde Kors Sindal") == nil)
  }
}
