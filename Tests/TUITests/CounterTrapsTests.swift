import Core
import Testing

@testable import TUI

/// The traps a hurried front-desk worker fell into (issue 13), each pinned
/// on the demo data of the golden screens.
@Suite struct CounterTrapsTests {
  func desk(_ lang: Language = .danish) throws -> App {
    try goldenDesk(lang, startOnAssociations: true, width: 80, height: 24)
  }

  func type(_ app: App, _ text: String) { for c in text { app.handle(.char(c)) } }

  func screen(_ app: App, _ width: Int = 80, _ height: Int = 24) -> [String] {
    app.layout(width: width, height: height)
    return app.render(width: width, height: height).lines
  }

  /// 1. Esc that clears the search puts the cursor back in the search line:
  /// what is typed next is text, never a command on the selected association.
  @Test func escThenTypingIsAlwaysText() throws {
    let app = try desk()
    type(app, "lektie")
    app.handle(.down)
    app.handle(.escape)
    app.handle(.escape)
    type(app, "ensom")
    let lines = screen(app)
    #expect(lines[1].hasPrefix("Søg: ensom"))
    #expect(app.modals.isEmpty)
    type(app, " dansk")
    #expect(screen(app)[1].hasPrefix("Søg: ensom dansk"))
    #expect(app.modals.isEmpty)
  }

  /// 2. Behind "the window is too small" no key acts but resize, help and quit.
  @Test func keysDoNothingWhileTheWindowIsTooSmall() throws {
    let app = try desk()
    app.handle(.escape)  // the list: d would ask to deactivate
    #expect(screen(app, 60, 20).joined().contains("Vinduet er for lille"))
    app.handle(.char("d"))
    app.handle(.char("n"))
    app.handle(.function(4))
    #expect(app.modals.isEmpty)
    #expect(app.active == .associations)
    let back = screen(app)
    #expect(!back.joined().contains("Deaktivér \""))
    app.layout(width: 60, height: 20)
    app.handle(.ctrl("q"))
    #expect(app.wantsQuit)
  }

  /// 3. Tab into a field that holds text selects it: typing replaces it,
  /// → keeps it. Reopening the room finder starts in its first field with
  /// the old search selected.
  @Test func typingReplacesAPrefilledFieldReachedWithTab() throws {
    let app = try desk()
    app.handle(.function(4))
    app.handle(.char("f"))
    type(app, "tir 19-21")
    app.handle(.tab)
    type(app, "12")
    app.handle(.backTab)
    type(app, "ons 10-12")
    var text = screen(app).joined(separator: "\n")
    #expect(text.contains("ons 10-12"))
    #expect(!text.contains("tir 19-21ons"))
    app.handle(.tab)
    app.handle(.right)  // keeps 12, the cursor after it
    type(app, "0")
    text = screen(app).joined(separator: "\n")
    #expect(text.contains("120"))
    app.handle(.escape)
    app.handle(.char("f"))
    type(app, "fre 9-11")
    text = screen(app).joined(separator: "\n")
    #expect(text.contains("fre 9-11"))
    #expect(!text.contains("ons 10-12fre"))
  }

  /// 4. In a form q is a letter; the bar says Ctrl-Q quits, and so does help.
  @Test func inAFormOnlyCtrlQQuits() throws {
    let app = try desk()
    app.handle(.ctrl("n"))
    app.handle(.char("q"))
    #expect(!app.wantsQuit)
    #expect(screen(app)[23].contains("^Q Afslut"))
    let help = HelpOverlay.lines(.danish, first: .form).map(\.text).joined(separator: "\n")
    #expect(help.contains("også q"))
  }

  /// 5 and 7. A field's problem wraps under it instead of being cut, and a
  /// value, label or tick box too long for its column ends with "…".
  @Test func nothingInAFormIsCutSilently() throws {
    let app = try desk()
    app.handle(.function(3))
    type(app, "Hans Hansen")
    for _ in 0..<4 { app.handle(.tab) }
    type(app, "samvær")
    app.handle(.tab)
    type(app, "tir formiddag")
    app.handle(.ctrl("r"))
    app.handle(.enter)  // refer: needs consent first
    let lines = screen(app, 80, 24)
    let left = lines.map { String($0.prefix(36)) }.joined(separator: " ")
      .split(separator: " ").joined(separator: " ")
    #expect(left.contains("kræver samtykke: sæt kryds, når borgeren har sagt ja"))
    #expect(lines.contains { $0.contains("Samtykke til at gemme") && $0.contains("…") })
    #expect(lines.contains { $0.contains("‹ Vil være") && $0.contains("…") })
  }

  /// 6 and 8. F2's overdue column fits Danish at 80 columns, a date in
  /// another year shows its year, and one is singular.
  @Test func overdueColumnYearAndSingularAt80Columns() throws {
    let app = try desk()
    app.handle(.function(2))
    app.stores.now = .fixed(GoldenScreenTests.today.adding(9), "10:00")
    var text = screen(app).joined(separator: "\n")
    #expect(text.contains("forfalden 12 d."))
    app.stores.now = .fixed(Day(year: 2027, month: 1, day: 4)!, "10:00")
    app.refreshAll()
    text = screen(app).joined(separator: "\n")
    #expect(text.contains("søn 22-11-2026"))
    app.stores.now = .fixed(GoldenScreenTests.today.adding(-2), "10:00")
    app.refreshAll()
    #expect(screen(app)[23].hasSuffix("KM ! 1 forfalden "))
    #expect(Language.danish.count(1, "dato", "datoer", "date", "dates") == "1 dato")
    #expect(Language.english.count(3, "dato", "datoer", "date", "dates") == "3 dates")
  }

  /// 7. A closed inquiry's bar does not offer closing or handing over; an
  /// open one does not offer reopening.
  @Test func theBarOffersOnlyWhatCanBeDone() throws {
    let app = try desk()
    app.handle(.function(2))
    app.handle(.enter)
    var bar = screen(app, 120, 36)[35]
    #expect(bar.contains("l Luk") && !bar.contains("Genåbn"))
    app.handle(.escape)
    app.handle(.right)
    app.handle(.right)
    app.handle(.enter)
    bar = screen(app, 120, 36)[35]
    #expect(screen(app).joined().contains("Åse Østergaard"))
    #expect(!bar.contains("l Luk") && !bar.contains("h Overdrag"))
  }

  /// 9. A new inquiry's category starts at "— vælg —" and saving asks for
  /// one; → from there picks the first.
  @Test func aNewInquiryHasNoSilentCategory() throws {
    let directory = temporaryDirectory("skranke-category")
    let store = try AssociationStore(db: try Database(path: directory + "/c.db"))
    try StaffDirectory(db: store.db).add(initials: "KM", name: "Karen Madsen")
    let app = try App(
      store: store, lang: .danish, databaseLabel: "c.db", staffInitials: "KM",
      clock: .fixed(GoldenScreenTests.today, "10:00"), startOnAssociations: true)
    app.handle(.ctrl("n"))
    type(app, "Vil gerne være besøgsven")
    #expect(screen(app).joined().contains("‹ — vælg — ›"))
    app.handle(.ctrl("s"))
    #expect(screen(app).joined().contains("skal vælges"))
    #expect(try store.db.scalarInt("SELECT count(*) FROM inquiries") == 0)
    app.handle(.right)  // the error put the cursor on the category
    app.handle(.ctrl("s"))
    #expect(screen(app).joined().contains("Henvendelse #1 er logget"))
    #expect(
      try store.db.scalarText(
        "SELECT c.name_da FROM inquiries i JOIN inquiry_categories c ON c.id = i.category_id")
        == "Vil være frivillig")
  }

  /// 19. ? opens on a short guide for the pane, then its keys, then the
  /// global keys once; it fits on two pages at 80×24 in every pane context.
  @Test func helpOpensOnAGuideAndFitsTwoPages() {
    let (width, height) = HelpOverlay.inner(width: 80, height: 24)
    for context in CommandTable.panes {
      for lang in [Language.danish, .english] {
        let lines = HelpOverlay.wrapped(lang, first: context, width: width)
        #expect(
          lines.count <= 2 * height,
          "\(context) \(lang): \(lines.count) lines\n\(lines.map(\.0).joined(separator: "\n"))")
        #expect(HelpGuide.text(for: context, lang) != nil, "\(context)")
        let everywhere = lines.filter { $0.0.contains("Ny henvendelse, uanset") }
        #expect(lang == .english || everywhere.count == 1)
      }
    }
    let list = HelpOverlay.wrapped(.danish, first: .list, width: width).map(\.0)
    #expect(list[0].hasPrefix("Skriv for at søge"))
  }
}
