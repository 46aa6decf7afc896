import Core
import Glibc
import Testing

@testable import TUI

/// The panes drawn into the cell grid at a fixed size, asserting on what a user sees.
@Suite struct RenderTests {
  let directory: String
  let app: App

  init() throws {
    directory = temporaryDirectory("skranke-render")
    let store = try AssociationStore(db: try Database(path: directory + "/r.db"))
    var parts = String(#filePath).split(separator: "/").map(String.init)
    parts.removeLast(3)
    let data = "/" + parts.joined(separator: "/") + "/data"
    _ = try Importer(store: store).importAssociations(path: data + "/associations.csv")
    _ = try Importer(store: store).importActivities(path: data + "/activities.csv")
    try StaffDirectory(db: store.db).add(initials: "KM", name: "Karen Madsen")
    app = try App(
      store: store, lang: .danish, databaseLabel: "test.db", staffInitials: "KM",
      startOnAssociations: true)
  }

  func type(_ text: String) { for c in text { app.handle(.char(c)) } }

  @Test func firstScreenAt80x24() {
    let grid = app.render(width: 80, height: 24)
    #expect(grid.lines[0].contains("F1 Foreninger"))
    #expect(grid.lines[1].hasPrefix("Søg:"))
    #expect(grid.lines[2].hasPrefix("Navn"))
    #expect(grid.lines[3].hasPrefix("Alzheimerforeningen Vendsyssel"))
    #expect(grid.lines[22].contains("69 foreninger"))
    #expect(grid.lines[23].contains("Hjælp") && grid.lines[23].contains("Målgruppe"))
    // From the search line the row Enter opens is bold; ↓ gives the list
    // the keyboard, and the row is marked in full.
    #expect(grid[0, 3].style == .bold)
    app.handle(.down)
    #expect(app.render(width: 80, height: 24)[0, 3].style == .selection)
  }

  /// Ctrl-A is the start of the search line (readline), not a filter; the
  /// active/inactive filter is Ctrl-V there.
  @Test func searchLineTakesReadlineKeys() {
    type("ensom")
    app.handle(.ctrl("a"))
    type("ældre ")
    #expect(app.render(width: 80, height: 24).lines[1].hasPrefix("Søg: ældre ensom"))
    app.handle(.ctrl("e"))
    app.handle(.ctrl("w"))
    #expect(app.render(width: 80, height: 24).lines[1].hasPrefix("Søg: ældre  "))
    app.handle(.ctrl("u"))
    app.handle(.ctrl("v"))
    #expect(app.render(width: 80, height: 24).lines[1].contains("kun inaktive"))
  }

  /// Another desk adds an association while F1 is hidden: F1 shows it when
  /// it comes back to the front (hidden panes read again only when shown).
  @Test func aHiddenPaneReadsAgainWhenShown() throws {
    type("strandens")
    app.handle(.function(2))
    let other = try AssociationStore(db: try Database(path: directory + "/r.db"))
    try other.save(Association(name: "Strandens Venner"))
    #expect(app.tick())
    app.handle(.function(1))
    #expect(app.render(width: 80, height: 24).text.contains("Strandens Venner"))
  }

  @Test func typingFiltersAndHintsFollowTheTable() {
    type("hjorring")
    let grid = app.render(width: 80, height: 24)
    #expect(grid.lines[1].hasPrefix("Søg: hjorring"))
    #expect(grid.lines[3].hasPrefix("Hjørring Frivilligcenter"))
    // The bar shows the table's hints in order, as many as fit.
    let shown = CommandTable.hints(for: .search, .danish).map { grid.lines[23].contains($0.label) }
    #expect(shown.count >= 4)
    #expect(shown.prefix(4).allSatisfy { $0 })
    #expect(shown == shown.sorted { $0 && !$1 })
  }

  @Test func detailShowsWhatTheDeskPassesOn() {
    type("ældre sagen hj")
    app.handle(.enter)
    let text = app.render(width: 80, height: 24).text
    for expected in [
      "Ældre Sagen Hjørring", "Telefon:", "E-mail:", "Kontakt:", "Adresse:", "Aktiviteter (3)",
      "▶ Besøgsven for ældre",
    ] {
      #expect(text.contains(expected), "\(expected)")
    }
    app.handle(.escape)
    #expect(app.render(width: 80, height: 24).lines[2].hasPrefix("Navn"))
  }

  @Test func helpOverlayListsTheCommandTable() {
    app.handle(.escape)
    app.handle(.char("?"))
    let text = app.render(width: 100, height: 40).text
    #expect(text.contains("Hjælp"))
    #expect(text.contains("Filtrér på målgruppe"))
    app.handle(.escape)
    #expect(!app.render(width: 100, height: 40).text.contains("Filtrér på målgruppe"))
    // Opened from the list: the pane's guide, then the list's own keys.
    app.handle(.down)
    app.handle(.char("?"))
    let fromList = app.render(width: 80, height: 24).lines
    #expect(fromList[2].contains("Skriv for at søge i foreninger"))
    #expect(fromList[2..<20].joined().contains("Listen"))
    #expect(fromList[2..<22].joined().contains("Opret en ny forening"))
    app.handle(.pageDown)
    #expect(!app.render(width: 80, height: 24).text.contains("Skriv for at søge i foreninger"))
  }

  @Test func targetGroupFilterInTwoKeystrokes() {
    app.handle(.ctrl("t"))
    #expect(app.render(width: 80, height: 24).text.contains("Alle målgrupper"))
    for _ in 0..<4 { app.handle(.down) }  // Alle, Etniske.., Handicap, Hjemløshed (Danish order)
    app.handle(.enter)
    let grid = app.render(width: 80, height: 24)
    #expect(grid.lines[1].contains("[Hjemløshed]"))
    #expect(grid.text.contains("Kirkens Korshær Hjørring"))
    #expect(!grid.text.contains("Hjørring Svømmeklub"))
  }

  @Test func invalidFormShowsErrorsNextToFieldsAndSavesNothing() throws {
    app.handle(.down)
    app.handle(.char("n"))
    for key: Key in [.tab, .tab, .tab, .tab] { app.handle(key) }
    type("12")
    app.handle(.ctrl("s"))
    let text = app.render(width: 80, height: 30).text
    #expect(text.contains("⚠ skal udfyldes"))
    #expect(text.contains("⚠ 8 cifre, evt. +45"))
    #expect(text.contains("Intet er gemt endnu"))
    #expect(try AssociationStore(db: app.db).associationCount() == 70)
    #expect(app.hasUnsavedChanges)
  }

  @Test func tooSmallWindowSaysSo() {
    let grid = app.render(width: 60, height: 20)
    #expect(grid.text.contains("Vinduet er for lille"))
    #expect(grid.text.contains("60×20"))
  }

  @Test func wideWindowShowsAPreview() {
    #expect(!app.render(width: 140, height: 30).text.contains("Aktiviteter ("))
    app.layout(width: 140, height: 30)
    let grid = app.render(width: 140, height: 30)
    #expect(grid.text.contains("Aktiviteter ("))
  }

  @Test func controlCharactersAreDrawnAsPlaceholders() {
    var grid = Grid(width: 20, height: 1)
    grid.put("A\u{1B}[31mB\u{07}\u{9B}", x: 0, y: 0)
    #expect(grid.lines[0].hasPrefix("A␛[31mB␇�"))
    #expect(
      !grid.text.unicodeScalars.contains { $0.value < 0x20 || (0x80...0x9F).contains($0.value) })
  }

  @Test func wideCharactersTakeTwoColumns() {
    var grid = Grid(width: 6, height: 1)
    #expect(grid.put("日本x", x: 0, y: 0) == 5)
    #expect(grid[1, 0].text == "")
    #expect(grid.put("日本語", x: 2, y: 0) == 4)  // the third would not fit
  }
}
