import Core
import Testing

@testable import TUI

/// A hidden target group is not offered in F1's forms or filter, but an
/// association that has it keeps it ticked when edited.
@Suite struct TargetGroupRenderTests {
  func screen(_ app: App) -> String {
    app.render(width: 120, height: 60).lines.joined(separator: "\n")
  }

  @Test func aHiddenGroupIsOfferedOnlyWhereItIsTicked() throws {
    let app = try goldenDesk(startOnAssociations: true, width: 120, height: 60)
    try TargetGroupList(db: app.db).hide("Handicap")
    app.refreshAll()
    app.handle(.down)
    app.handle(.char("n"))
    #expect(screen(app).contains("Ny forening"))
    #expect(!screen(app).contains("Målgruppe: Handicap"))
    #expect(screen(app).contains("Målgruppe: Hjemløshed"))
    app.handle(.escape)
    app.handle(.ctrl("t"))
    guard case .picker(let picker, _, _)? = app.modals.last else {
      Issue.record("no target-group picker")
      return
    }
    #expect(picker.options.map(\.label).contains("Hjemløshed"))
    #expect(!picker.options.map(\.label).contains("Handicap"))
    app.handle(.escape)
    app.handle(.char("/"))
    for c in "dansk handicap forbund" { app.handle(.char(c)) }
    app.handle(.enter)
    app.handle(.char("e"))
    #expect(screen(app).contains("Målgruppe: Handicap"))
  }
}
