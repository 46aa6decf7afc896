import Core
import Testing

@testable import TUI

/// Found in a trial by a new worker: Esc from an association's file left
/// the keyboard in the list, where letters are commands; typing the next
/// name ("røde kors hj") deactivated the association (d, then j for ja).
@Suite struct EscapeTrapTests {
  func screen(_ app: App) -> String {
    app.render(width: 100, height: 30).lines.joined(separator: "\n")
  }

  @Test func typingAfterEscFromAFileIsANewSearch() throws {
    let app = try goldenDesk(startOnAssociations: true)
    for c in "ældre sagen hj" { app.handle(.char(c)) }
    app.handle(.enter)
    #expect(screen(app).contains("Bekræftet:"))
    app.handle(.escape)
    for c in "røde kors hj" { app.handle(.char(c)) }
    #expect(app.modals.isEmpty)
    #expect(screen(app).contains("Søg: røde kors hj"))
    let store = try AssociationStore(db: app.db)
    let id = try #require(try store.associationID(named: "Ældre Sagen Hjørring"))
    #expect(try store.association(id: id)?.active == true)
    // ↓ and Enter open the first hit of the new search.
    app.handle(.down)
    app.handle(.enter)
    #expect(screen(app).contains("Røde Kors Hjørring"))
  }
}
