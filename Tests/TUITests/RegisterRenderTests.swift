import Core
import Testing

@testable import TUI

/// F1 and the register: `b` in the list shows who has not confirmed their
/// details for a year (oldest first, with whom to call); Enter opens one,
/// and `b` there confirms it, which takes it off the list.
@Suite struct RegisterRenderTests {
  func desk() throws -> App {
    try goldenDesk(startOnAssociations: true)
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
    app.handle(.down)  // from the search line to the list, where letters are keys
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
    // Esc: back in the stale list, one shorter, the next one to call.
    app.handle(.escape)
    #expect(screen(app).contains("Ikke bekræftet i 12 måneder (\(before - 1))"))
    // Esc there closes it; from a detail opened otherwise Esc is the list's.
    app.handle(.escape)
    #expect(app.modals.isEmpty)
  }

  /// `r` in a detail: the centre's contact, the insurance list and the
  /// agreement; a date that is not one, or an agreement ending before it
  /// was signed, is said next to its field and nothing is saved.
  @Test func theRegisterFormSavesWhatTheDetailThenShows() throws {
    let app = try desk()
    for c in "ældre sagen hj" { app.handle(.char(c)) }
    app.handle(.enter)
    app.handle(.char("r"))
    #expect(screen(app).contains("Register · Ældre Sagen Hjørring"))
    app.handle(.char("k"))  // the contact: the first staff member starting with k
    app.handle(.tab)
    app.handle(.tab)
    for c in "1-3-2024" { app.handle(.char(c)) }
    app.handle(.tab)
    for c in "besøgsvenner" { app.handle(.char(c)) }
    app.handle(.tab)
    for c in "1-1-2026" { app.handle(.char(c)) }
    app.handle(.tab)
    for c in "31-12-2025" { app.handle(.char(c)) }
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("samarbejdsaftalen udløber, før den er underskrevet"))
    app.handle(.ctrl("u"))
    for c in "31-12-2027" { app.handle(.char(c)) }
    app.handle(.ctrl("s"))
    let text = screen(app)
    #expect(text.contains("Registeret er gemt."))
    #expect(text.contains("I centret:  KM Karen Madsen"))
    #expect(text.contains("Forsikret:  siden 01-03-2024 · besøgsvenner"))
    #expect(text.contains("Aftale:     underskrevet 01-01-2026, udløber 31-12-2027"))
  }
}
