import Core
import Testing

@testable import TUI

/// Issue 25's rule: after any Esc, what is typed is text. Found in a trial:
/// `lektie`, Esc, `ensom` in F1's search line opened "Ret forening" on the
/// top association and typed `nsom` into its name. Every pane is swept
/// with sequences of typing, Esc, ↓ and Enter, each ending in Esc and a
/// few words: no form or question may open and nothing may be written.
@Suite struct EscapeRuleTests {
  static let words = "ensom dansk jul"

  static func text(_ s: String) -> [Key] { s.map { Key.char($0) } }

  /// Each sequence ends with Esc; the words are typed after it.
  static let sequences: [[Key]] = [
    text("lektie") + [.escape],
    text("lektie") + [.down, .escape],
    text("lektie") + [.down, .down, .escape],
    text("lektie") + [.down, .enter, .escape],
    text("lektie") + [.down, .enter, .escape, .escape],
    [.escape],
    [.escape, .escape],
    [.down, .enter, .escape],
    [.enter, .escape],
    [.down, .char("e"), .escape],
    text("/lek") + [.escape],
    text("f") + text("tor 19") + [.escape],
    [.ctrl("f")] + text("lek") + [.escape],
    [.ctrl("f")] + text("lek") + [.escape, .escape],
    [.down, .down, .enter, .escape],
    [.tab, .down, .escape],
  ]

  static let panes: [Key?] = [nil, .function(1), .function(2), .function(3), .function(4)]

  /// A fingerprint of what is stored: any write changes it.
  func stored(_ app: App) throws -> String {
    try app.db.scalarText(
      """
      SELECT (SELECT group_concat(name, '|') FROM associations)
        || (SELECT count(*) FROM inquiries) || (SELECT count(*) FROM bookings)
        || (SELECT count(*) FROM inquiry_events) || (SELECT total(active) FROM associations)
      """)
  }

  @Test(arguments: panes, sequences)
  func typingAfterEscOpensNothingAndWritesNothing(pane: Key?, keys: [Key]) throws {
    let app = try goldenDesk(width: 100, height: 30)
    if let pane { app.handle(pane) }
    let before = try stored(app)
    for key in keys { app.handle(key) }
    // The sequence's own Esc may have closed what it opened; what is left
    // on top after it is nothing or Find.
    let opened = app.modals.count
    for c in Self.words { app.handle(.char(c)) }
    _ = app.render(width: 100, height: 30)
    for modal in app.modals.suffix(from: min(opened, app.modals.count)) {
      switch modal {
      case .form, .confirm, .picker, .record:
        Issue.record("\(keys.map(\.label)) on \(pane?.label ?? "F6"): \(modal.context) opened")
      case .help, .find: break
      }
    }
    #expect(try stored(app) == before, "\(keys.map(\.label)) on \(pane?.label ?? "F6") wrote")
  }

  @Test func escInF1sSearchLineClearsItAndTypingIsANewSearch() throws {
    let app = try goldenDesk(startOnAssociations: true)
    for c in "lektie" { app.handle(.char(c)) }
    app.handle(.escape)
    #expect(app.context == .search)
    for c in "ensom" { app.handle(.char(c)) }
    #expect(app.modals.isEmpty)
    #expect(app.render(width: 100, height: 30).lines[1].hasPrefix("Søg: ensom"))
    // Esc on an empty line leaves the keyboard there.
    app.handle(.escape)
    app.handle(.escape)
    #expect(app.context == .search)
    // ↓ gives the list the keyboard on purpose: the row that was marked,
    // the search line without its cursor, the list's keys first in the bar.
    for c in "lektie" { app.handle(.char(c)) }
    app.handle(.down)
    #expect(app.context == .list)
    let lines = app.render(width: 100, height: 30).lines
    #expect(lines[3].hasPrefix("Foreningen Lektiehjælp"))
    #expect(lines[29].contains("n Ny"))
    // ↑ from the top row gives the keyboard back to the search line.
    app.handle(.up)
    #expect(app.context == .search)
  }

  @Test func f2sSearchLineKeepsTheKeyboardAfterEsc() throws {
    let app = try goldenDesk()
    app.handle(.function(2))
    app.handle(.char("/"))
    for c in "hans" { app.handle(.char(c)) }
    app.handle(.escape)
    #expect(app.context == .inquirySearch)
    for c in "lene" { app.handle(.char(c)) }
    #expect(app.modals.isEmpty)
    #expect(app.render(width: 100, height: 30).lines.joined().contains("lene"))
  }

  @Test func f4sRoomSearchKeepsTheKeyboardAndUpReachesTheWeek() throws {
    let app = try goldenDesk()
    app.handle(.function(4))
    app.handle(.char("f"))
    for c in "tor 19-21" { app.handle(.char(c)) }
    app.handle(.escape)
    #expect(app.context == .roomFind)
    for c in "næste" { app.handle(.char(c)) }
    #expect(app.modals.isEmpty)
    app.handle(.escape)
    app.handle(.escape)
    #expect(app.context == .roomFind)
    app.handle(.up)
    #expect(app.context == .week)
  }

  @Test func findClearsItsLineBeforeItCloses() throws {
    let app = try goldenDesk()
    app.handle(.ctrl("f"))
    for c in "lek" { app.handle(.char(c)) }
    app.handle(.escape)
    #expect(app.context == .find)
    app.handle(.escape)
    #expect(app.modals.isEmpty)
  }

  /// Esc in a changed form asks "Kassér ændringerne?"; typing on (a name
  /// starting with j) must not answer yes and lose the form.
  @Test func typingOnAfterEscInAChangedFormKeepsIt() throws {
    let app = try goldenDesk(startOnAssociations: true)
    app.handle(.down)
    app.handle(.char("n"))
    for c in "Strikkeklubben" { app.handle(.char(c)) }
    app.handle(.escape)
    #expect(app.context == .confirm)
    for c in "jens" { app.handle(.char(c)) }
    guard case .form(let form, _)? = app.modals.last else {
      Issue.record("the form was discarded")
      return
    }
    #expect(form.field("name")?.text.hasPrefix("Strikkeklubben") == true)
    // Asked again and answered on purpose: j twice discards.
    app.handle(.escape)
    app.handle(.char("j"))
    #expect(app.render(width: 100, height: 30).text.contains("Tryk j igen for ja"))
    app.handle(.char("j"))
    #expect(app.modals.isEmpty)
  }

  @Test func aLetterRightAfterEscInAListIsNotACommand() throws {
    // F2's list: Enter opens, Esc comes back; `e` would open the edit form.
    let app = try goldenDesk()
    app.handle(.function(2))
    app.handle(.enter)
    app.handle(.escape)
    app.handle(.char("e"))
    #expect(app.modals.isEmpty)
    // Moving first says the letters are meant as commands.
    app.handle(.down)
    app.handle(.up)
    app.handle(.char("e"))
    #expect(app.modals.count == 1)
  }
}
