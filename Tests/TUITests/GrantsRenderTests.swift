import Core
import Testing

@testable import TUI

/// § 18 at the desk: `a` on an association's file creates an application
/// (its problems said next to the fields), moving it to granted wants the
/// amount, the file shows each change, and I dag's deadline opens the
/// round's view with its totals.
@Suite struct GrantsRenderTests {
  static let deadline = GoldenScreenTests.today.adding(10)

  func desk() throws -> App {
    let app = try goldenDesk(startOnAssociations: true, height: 50)
    let funds = FundStore(db: app.db)
    let fund = try funds.save(Fund(name: "Puljen til nye fællesskaber"))
    try funds.save(FundRound(fundID: fund, deadline: Self.deadline))
    return app
  }

  func screen(_ app: App) -> String {
    app.render(width: 100, height: 50).lines.joined(separator: "\n")
  }

  func type(_ app: App, _ text: String) { for c in text { app.handle(.char(c)) } }

  @Test func anApplicationFromTheFileToGrantedAndTheRoundsView() throws {
    let app = try desk()
    type(app, "ældre sagen hj")
    app.handle(.enter)
    #expect(screen(app).contains("Ingen ansøgninger (a opretter en"))
    app.handle(.char("a"))
    #expect(screen(app).contains("＋ Ny ansøgning"))
    app.handle(.enter)
    #expect(screen(app).contains("Ansøgning · Ældre Sagen Hjørring"))
    app.handle(.tab)
    type(app, "Julefrokost for besøgsvenner")
    app.handle(.tab)
    type(app, "25,50")
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("beløb i hele kroner, 1–100.000.000 (fx 25.000)"))
    app.handle(.ctrl("u"))
    type(app, "12.000")
    app.handle(.ctrl("s"))
    var text = screen(app)
    #expect(text.contains("Ansøgningen er gemt: skrives."))
    #expect(text.contains("Ansøgninger (§ 18): 1 (a retter)"))
    #expect(text.contains("Julefrokost for besøgsvenner · 12.000 kr. · skrives ·"))
    // Straight to granted: the amount is asked for, then it saves.
    app.handle(.char("a"))
    app.handle(.down)
    app.handle(.enter)
    for _ in 0..<5 { app.handle(.tab) }
    for _ in 0..<3 { app.handle(.right) }
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("bevilget kræver det bevilgede beløb"))
    type(app, "12000")
    app.handle(.ctrl("s"))
    text = screen(app)
    #expect(text.contains("Ansøgningen er gemt: bevilget."))
    #expect(text.contains("skrives → bevilget"))
    #expect(text.contains("bevilget beløb: – → 12.000 kr."))
    // I dag: the deadline in ten days, and its round's view.
    app.handle(.function(6))
    text = screen(app)
    #expect(text.contains("Ansøgningsfrister inden 4 uger (1)"))
    #expect(text.contains(Self.deadline.withWeek(.danish) + " · Puljen til nye fællesskaber"))
    #expect(text.contains("om 10 dage · 1 ansøgning"))
    let today = app.pane(TodayFeature.self)
    for _ in 0..<20 {
      if let line = today.state.selected, case .round? = today.state.lines[line].target { break }
      app.handle(.down)
    }
    app.handle(.enter)
    text = screen(app)
    #expect(text.contains("I alt 1 ansøgning · ansøgt 12.000 kr. · bevilget 12.000 kr."))
    #expect(text.contains("── bevilget (1) · ansøgt 12.000 kr. · bevilget 12.000 kr."))
    #expect(
      text.contains(
        "Ældre Sagen Hjørring · Julefrokost for besøgsvenner · 12.000 kr. → 12.000 kr. · KM"))
  }
}
