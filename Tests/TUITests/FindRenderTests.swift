import Core
import Testing

@testable import TUI

/// Find (Ctrl-F) on the demo data: from any pane, grouped hits, Enter opens
/// the hit in its pane, Esc goes back to where you were.
@Suite struct FindRenderTests {
  func desk() throws -> App {
    try goldenDesk()
  }

  func type(_ app: App, _ text: String) { for c in text { app.handle(.char(c)) } }
  func screen(_ app: App) -> String {
    app.render(width: 100, height: 30).lines.joined(separator: "\n")
  }

  /// Issue 25.12: Find showed an overdue inquiry as any other; F2 marks it.
  @Test func anOverdueInquiryIsMarkedAsF2MarksIt() throws {
    let app = try desk()
    app.handle(.ctrl("f"))
    type(app, "jens hansen")
    let grid = app.render(width: 100, height: 30)
    let row = try #require(grid.lines.firstIndex { $0.contains("#1 Jens Hansen") })
    #expect(grid.lines[row].contains("! forfalden 3 d."))
  }

  @Test func aNameFromAnyPaneOpensTheInquiry() throws {
    let app = try desk()
    app.handle(.function(4))
    app.handle(.ctrl("f"))
    #expect(screen(app).contains("Find alt — Enter åbner, Tab: kun den slags, Esc tilbage"))
    type(app, "birthe")
    let text = screen(app)
    #expect(text.contains("Henvendelser (1)"))
    #expect(text.contains("▶ #2 Birthe Nielsen"))
    app.handle(.escape)  // the line cleared
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
    // Esc goes back to the search, over I dag; Esc again clears its line,
    // and a third closes it.
    app.handle(.escape)
    #expect(app.active == .today && screen(app).contains("▶ Røde Kors Hjørring"))
    app.handle(.escape)
    app.handle(.escape)
    #expect(app.modals.isEmpty && app.active == .today)
    // In F1's search line Ctrl-F is Find too (→ still moves the cursor).
    app.handle(.function(1))
    app.handle(.ctrl("f"))
    type(app, "store sal")
    text = screen(app)
    #expect(text.contains("Lokaler (1)"))
    app.handle(.enter)
    #expect(app.active == .rooms && screen(app).contains("Store sal"))
  }

  /// More than five of a kind: Tab lists that kind alone (up to 50), Tab
  /// again every kind. After a hit is opened, Esc goes back to the search
  /// (moving about first is fine); doing anything else ends that.
  @Test func tabListsOneKindAndEscReturnsToTheSearch() throws {
    let app = try desk()
    app.handle(.ctrl("f"))
    type(app, "hjørring")
    #expect(screen(app).contains("Foreninger (5+)"))
    app.handle(.tab)
    var text = screen(app)
    #expect(text.contains("Find kun foreninger — Tab: alle slags, Esc tilbage"))
    #expect(!text.contains("Henvendelser ("))
    let listed = app.modals.last.flatMap {
      if case .find(let overlay) = $0 { return overlay.result.hits.count }
      return nil
    }
    #expect((listed ?? 0) > 5)
    app.handle(.tab)
    #expect(screen(app).contains("Find alt"))
    app.handle(.down)
    let marked = screen(app).split(separator: "\n").first { $0.contains("▶") }.map(String.init)
    app.handle(.enter)
    #expect(app.active == .associations && app.modals.isEmpty)
    #expect(screen(app).contains("Esc går tilbage til søgningen."))
    app.handle(.down)  // looking around keeps the way back
    app.handle(.escape)
    #expect(app.active == .today)
    #expect(screen(app).split(separator: "\n").map(String.init).contains(marked ?? "-"))
    // Open again, then do something else: Esc is the pane's own again.
    app.handle(.enter)
    app.handle(.function(2))
    app.handle(.function(1))
    app.handle(.escape)
    #expect(app.active == .associations && app.modals.isEmpty)
  }

  /// Where Esc is not "back" (F4's week, F3's profile), Esc still brings
  /// the search back right after a hit opened there.
  @Test func escFromTheWeekAHitOpenedBringsTheSearchBack() throws {
    let app = try desk()
    app.handle(.ctrl("f"))
    type(app, "store sal")
    app.handle(.enter)
    #expect(app.active == .rooms && app.modals.isEmpty)
    app.handle(.escape)
    #expect(app.active == .today && screen(app).contains("Find: store sal"))
  }

  /// The first one to sit down: I dag's cursor starts on their first
  /// follow-up, not on the booking it was on before anyone was chosen.
  @Test func choosingWhoIsHereStartsTheCursorOnTheirFirstFollowUp() throws {
    let app = try goldenDesk(staff: nil)
    let km = try #require(app.whoIsHere.staff.first { $0.initials == "KM" })
    app.modals.removeAll()
    app.whoIsHere.chooseStaff(km.id)
    let marked = screen(app).split(separator: "\n").first { $0.contains("▶") }.map(String.init)
    #expect(marked?.contains("forfalden") == true, "\(marked ?? "none")")
  }
}
