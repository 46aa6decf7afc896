import Core
import Testing

@testable import TUI

extension RoomsRenderTests {
  /// Issue 24.1: `tir 1½-21` in F4's room search trapped the desk
  /// (SIGILL). Every character Swift calls a number is typed in turn; the
  /// search says it does not understand, and the desk goes on.
  @Test func halfPastAndOtherNumbersInTheRoomSearchAreSaidNotTrapped() throws {
    let app = try desk()
    app.handle(.function(4))
    app.handle(.char("f"))
    for typed in ["tir 1½-21", "tir 19-2²", "tir ١٢-21", "tir 𝟙9-21", "tir １０-12", "tir Ⅻ-13"] {
      app.handle(.ctrl("u"))
      type(app, typed)
      let text = screen(app)
      #expect(text.contains(typed), "\(typed)")
      #expect(!text.contains("passer,"), "\(typed) was read as a time")
    }
    app.handle(.ctrl("u"))
    type(app, "tir 19-21")
    #expect(screen(app).contains("passer"))
  }

  /// Issue 24.2: a name of one letter with 200,000 marks froze the desk
  /// when drawn; at most a few marks are drawn on a letter.
  @Test func aLetterWithAHugeNumberOfMarksDrawsAFewOfThem() {
    var grid = Grid(width: 40, height: 2)
    let marked = "a" + String(repeating: "\u{301}", count: 200_000) + "b"
    grid.put(marked, x: 0, y: 0)
    #expect(grid[0, 0].text.unicodeScalars.count == 1 + TerminalCells.marksPerCell)
    let lines = Wrap.lines(marked + " " + marked, width: 20)
    #expect(lines.joined().unicodeScalars.count < 40_000)
  }
}
