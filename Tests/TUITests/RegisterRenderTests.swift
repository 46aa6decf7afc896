import Core
import Testing

@testable import TUI

/// F1 and the register: `b` in the list shows who has not confirmed their
/// details for a year (oldest first, with whom to call); Enter opens one,
/// and `b` there confirms it, which takes it off the list.
@Suite struct RegisterRenderTests {
  func desk() throws -> App {
    let app = try App(
      store: try AssociationStore(db: try Database(path: copyOfGoldenDatabase())), lang: .danish,
      databaseLabel: "skranke.db", staffInitials: "KM",
      clock: .fixed(GoldenScreenTests.today, "10:00"), startOnAssociations: true)
    app.layout(width: 100, height: 30)
    return app
  }

  func screen(_ app: App) -> String {
    app.render(width: 100, height: 30).lines.joined(separator: "\n")
  }

  func staleCount(_ app: App) throws -> Int {
    try AssociationRegister(db: app.db, clock: .fixed(GoldenScreenTests.today)).stale().count
  }

  @Test func oneKeyConfirmsAndTheAssociationLeavesTheStaleList() throws {
    let app = try desk()
    let before = try staleCount(app)
    #expect(before > 1)
    app.handle(.escape)  // from the search line to the list, where letters are keys
    app.handle(.char("b"))
    var text = screen(app)
    #expect(text.contains("Ikke bekræftet i 12 måneder (\(before))"))
    #expect(text.contains("aldrig bekræftet"))
    let first = try AssociationRegister(db: app.db, clock: .fixed(GoldenScreenTests.today))
      .stale()[0]
    app.handle(.enter)
    text = screen(app)
    #expect(text.contains(first.name))
    #expect(text.contains("Bekræftet:  aldrig (tryk b"))
    app.handle(.char("b"))
    text = screen(app)
    #expect(text.contains("Oplysningerne er bekræftet i dag."))
    #expect(text.contains("Bekræftet:  " + GoldenScreenTests.today.numeric))
    #expect(try staleCount(app) == before - 1)
    // Back in the list, the next one to call.
    app.handle(.escape)
    app.handle(.char("b"))
    #expect(screen(app).contains("Ikke bekræftet i 12 måneder (\(before - 1))"))
  }
}
