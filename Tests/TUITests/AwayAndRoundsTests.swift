import Core
import Testing

@testable import TUI

/// Issue 25.11: a colleague away until a date is said where they would be
/// handed something or chosen, and on I dag; I dag's deadlines end with a
/// line opening every open round of the next twelve months.
@Suite struct AwayAndRoundsTests {
  func screen(_ app: App) -> String { app.render(width: 110, height: 60).text }
  func type(_ app: App, _ text: String) { for c in text { app.handle(.char(c)) } }

  @Test func awayIsMarkedAtF5ShownOnIDagAndWarnedAtAHandover() throws {
    let db = try Database(path: copyOfGoldenDatabase())
    let app = try goldenDesk(width: 110, height: 60, db: db)
    // F5, mark LS, Ctrl-V: away until a date.
    app.handle(.function(5))
    var text = screen(app)
    #expect(text.contains("^V Væk til …"))
    app.handle(.char("l"))
    app.handle(.ctrl("v"))
    #expect(screen(app).contains("væk"))
    type(app, "24-12-2026")
    app.handle(.enter)
    text = screen(app)
    #expect(text.contains("LS er væk til og med 24-12-2026."))
    #expect(text.contains("(væk til og med 24-12-2026)"))
    app.handle(.escape)
    app.handle(.function(6))
    #expect(screen(app).contains("Væk: LS til og med 24-12-2026"))
    // Handing over to LS asks first.
    app.handle(.function(2))
    app.handle(.enter)
    app.handle(.char("h"))
    for _ in 0..<10 where !screen(app).contains("‹ LS") { app.handle(.right) }
    #expect(screen(app).contains("‹ LS Lars Søgaard (væk til og med 24-12-2026) ›"))
    app.handle(.tab)
    type(app, "Ferie")
    app.handle(.ctrl("s"))
    // The question also says the follow-up falls inside the absence (wrapped in its box).
    text = screen(app)
    #expect(text.contains("LS er væk til og med 24-12-2026. Opfølgningen"))
    #expect(text.contains("er, mens LS er væk. Overdrag alligevel?"))
    // LS choosing themselves is told.
    let ls = try goldenDesk(staff: nil, width: 110, height: 60, db: db)
    ls.handle(.char("l"))
    ls.handle(.enter)
    #expect(screen(ls).contains("LS er væk til og med 24-12-2026. F5, Ctrl-V retter det."))
  }

  @Test func theLastDeadlineLineOpensEveryRoundOfTheYear() throws {
    let app = try goldenDesk(width: 110, height: 60)
    let text = screen(app)
    #expect(text.contains("→ Alle åbne runder de næste 12 måneder"))
    let rounds = try ApplicationStore(db: app.db).roundsAhead(today: GoldenScreenTests.today)
    #expect(!rounds.isEmpty)
    func marked() -> Bool {
      screen(app).split(separator: "\n").contains {
        $0.hasPrefix("▶") && $0.contains("Alle åbne runder")
      }
    }
    for _ in 0..<60 where !marked() { app.handle(.down) }
    #expect(marked())
    app.handle(.enter)
    #expect(screen(app).contains("Åbne runder de næste 12 måneder"))
    #expect(screen(app).contains(rounds[0].fundName))
  }
}
