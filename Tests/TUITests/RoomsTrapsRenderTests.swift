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

/// Issue 25.12: at 80×24 a phone number broke across two lines.
@Suite struct PhoneWrapTests {
  @Test func noWidthBreaksAPhoneNumber() {
    let text = "19:00–21:00 Store sal · Røde Kors Hjørring · kontakt Birthe Ørsted 98 90 12 34 · ny"
    for width in 12...80 {
      let lines = Wrap.lines(text, width: width)
      #expect(lines.contains { $0.contains("98 90 12 34") }, "width \(width): \(lines)")
    }
  }
}

/// Issue 25.12: at 80 columns the week showed "Røde Kors" for both Røde
/// Kors Hjørring and Røde Kors Sindal.
@Suite struct ShortNamesTests {
  @Test func twoNamesCutAlikeAreToldApart() {
    let short = ShortNames.make(
      ["Røde Kors Hjørring", "Røde Kors Sindal", "Ældre Sagen Hjørring", "Kor"], width: 9)
    #expect(short["Røde Kors Hjørring"] == "RK Hjørr…")
    #expect(short["Røde Kors Sindal"] == "RK Sindal")
    #expect(short["Ældre Sagen Hjørring"] == "Ældre Sa…")
    #expect(short["Kor"] == "Kor")
    #expect(Set(short.values).count == 4)
  }
}
