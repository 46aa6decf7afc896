import Core
import Testing

@testable import TUI

/// Find (Ctrl-F) on the demo data: from any pane, grouped hits, Enter opens
/// the hit in its pane, Esc goes back to where you were.
@Suite struct FindRenderTests {
  func desk() throws -> App {
    let app = try App(
      store: try AssociationStore(db: try Database(path: copyOfGoldenDatabase())), lang: .danish,
      databaseLabel: "skranke.db", staffInitials: "KM",
      clock: .fixed(GoldenScreenTests.today, "10:00"))
    app.layout(width: 100, height: 30)
    return app
  }

  func type(_ app: App, _ text: String) { for c in text { app.handle(.char(c)) } }
  func screen(_ app: App) -> String {
    app.render(width: 100, height: 30).lines.joined(separator: "\n")
  }

  @Test func aNameFromAnyPaneOpensTheInquiry() throws {
    let app = try desk()
    app.handle(.function(4))
    app.handle(.ctrl("f"))
    #expect(screen(app).contains("Find alt — Enter åbner, Esc tilbage"))
    type(app, "birthe")
    let text = screen(app)
    #expect(text.contains("Henvendelser (1)"))
    #expect(text.contains("▶ #2 Birthe Nielsen"))
    app.handle(.escape)  // back where you were
    #expect(app.modals.isEmpty && app.active == .rooms)
    app.handle(.ctrl("f"))
    type(app, "birthe")
    app.handle(.enter)
    #expect(app.active == .inquiries)
    #expect(screen(app).contains("Henvendelse #2"))
  }

  @Test func slashOnIDagAndCtrlFInTheSearchLine() throws {
    let app = try desk()
    #expect(app.active == .today)
    app.handle(.char("/"))
    type(app, "røde kors")
    var text = screen(app)
    #expect(text.contains("Foreninger (2)"))
    #expect(text.contains("Røde Kors Hjørring") && text.contains("Røde Kors Sindal"))
    app.handle(.enter)
    #expect(app.active == .associations)
    #expect(screen(app).contains("Røde Kors Hjørring"))
    // In F1's search line Ctrl-F is Find too (→ still moves the cursor).
    app.handle(.escape)
    app.handle(.ctrl("f"))
    type(app, "store sal")
    text = screen(app)
    #expect(text.contains("Lokaler (1)"))
    app.handle(.enter)
    #expect(app.active == .rooms && screen(app).contains("Store sal"))
  }
}
