import Core
import Glibc
import Testing

@testable import TUI

/// What the desk sees when the file is in trouble, and names that once
/// broke the screen: an emoji family (joined by ZWJ) left stray glyphs, and
/// each bidirectional control shifted a list's columns by one cell.
@Suite struct SafetyRenderTests {
  let directory: String
  let store: AssociationStore
  let app: App

  init() throws {
    directory = temporaryDirectory("skranke-safety")
    store = try AssociationStore(db: try Database(path: directory + "/s.db"))
    for name in ["Almindelig Forening", "Familie 👨‍👩‍👧‍👦 Klubben", "Ond\u{202E}gninerof", "Kaffe ☕️ og 👍🏽"]
    {
      try store.save(Association(name: name, area: "Hjørring"))
    }
    try StaffDirectory(db: store.db).add(initials: "KM", name: "Karen Madsen")
    app = try App(
      store: store, lang: .danish, databaseLabel: "s.db", staffInitials: "KM",
      startOnAssociations: true)
  }

  /// The column where `needle` begins on a row, counted in cells.
  func column(of needle: String, row: Int, in grid: Grid) -> Int? {
    for x in 0..<grid.width {
      let rest = (x..<grid.width).map { grid[$0, row].text }.joined()
      if rest.hasPrefix(needle) { return x }
    }
    return nil
  }

  @Test func namesWithJoinersAndBidiControlsDrawAligned() {
    app.layout(width: 80, height: 24)
    let grid = app.render(width: 80, height: 24)
    let rows = (3...6).map { grid.lines[$0] }
    let areaColumns = (3...6).map { column(of: "Hjørring", row: $0, in: grid) }
    #expect(rows.contains { $0.contains("👨👩👧👦") }, "\(rows)")
    #expect(Set(areaColumns).count == 1 && areaColumns[0] != nil, "\(areaColumns)")
    // Nothing a terminal joins or reorders is sent at all.
    for cell in grid.cells {
      #expect(
        !cell.text.unicodeScalars.contains {
          [0x200D, 0x202E, 0xFE0F, 0x1F3FD].contains($0.value)
        })
    }
    // Every cell's width is what wcwidth says of what it holds.
    for row in 0..<grid.height {
      var x = 0
      while x < grid.width {
        let text = grid[x, row].text
        let width = DisplayWidth.of(Character(text.isEmpty ? " " : text))
        #expect(width == 1 || width == 2)
        x += max(1, width)
      }
    }
  }

  @Test func aDamagedFileIsSaidOnEveryScreenAndNothingIsWritten() throws {
    let backup = BackupFile(
      path: directory + "/s.db.backups/auto-2026-11-29.db", day: Day(iso: "2026-11-29")!)
    app.markDamaged(DamagedFile(path: directory + "/s.db", newestBackup: backup))
    var text = app.render(width: 120, height: 36).text
    #expect(text.contains("er beskadiget; skranke skriver ikke mere i den"))
    #expect(text.contains("skranke restore"))
    app.handle(.function(2))
    #expect(app.render(width: 120, height: 36).text.contains("er beskadiget"))
    app.handle(.function(1))
    app.handle(.escape)
    app.handle(.char("n"))
    for c in "Ny Forening" { app.handle(.char(c)) }
    app.handle(.ctrl("s"))
    text = app.render(width: 120, height: 36).text
    #expect(text.contains("Ny Forening"))  // the form is still open with what was typed
    #expect(try store.db.scalarInt("SELECT count(*) FROM associations") == 4)
  }

  /// Another program holds the write lock: the save waits (saying so), keeps
  /// what was typed, and the next Ctrl-S saves it.
  @Test func aLockedFileKeepsWhatWasTypedAndTheNextSaveWorks() throws {
    store.db.busyWaitMilliseconds = 300
    var waited = false
    var duringTheWait = ""
    store.db.onBusyWait = { [app] in
      waited = true
      duringTheWait = app.render(width: 120, height: 36).text
    }
    let other = try Database(path: directory + "/s.db")
    try other.execute("BEGIN IMMEDIATE")
    app.handle(.down)
    app.handle(.char("n"))
    for c in "Strikkeklubben" { app.handle(.char(c)) }
    app.handle(.ctrl("s"))
    let text = app.render(width: 120, height: 36).text
    #expect(waited)
    // While it waits, the form being saved stays on the screen.
    #expect(duringTheWait.contains("Strikkeklubben") && duringTheWait.contains("Ny forening"))
    #expect(text.contains("Et andet program skriver i databasen lige nu"))
    #expect(text.contains("Tryk Ctrl-S for at prøve igen."))
    #expect(text.contains("Strikkeklubben"))
    try other.execute("ROLLBACK")
    app.handle(.ctrl("s"))
    #expect(app.render(width: 120, height: 36).text.contains("Gemt: Strikkeklubben"))
    #expect(try store.db.scalarInt("SELECT count(*) FROM associations") == 5)
  }

  /// A description stored with Windows line ends ("\r\n", one Character of
  /// two controls) once crashed the detail view; it now draws as lines.
  @Test func windowsLineEndsInStoredTextDrawAsLines() throws {
    try store.db.write {
      try store.db.run(
        "UPDATE associations SET description = 'Første linje' || char(13, 10) || 'anden linje'"
          + " WHERE name = 'Almindelig Forening'")
    }
    for c in "almindelig" { app.handle(.char(c)) }
    app.handle(.enter)
    let lines = app.render(width: 80, height: 24).lines
    let first = try #require(lines.firstIndex { $0.contains("Første linje") })
    #expect(lines[first + 1].contains("anden linje"))
    #expect(!lines.joined().contains("␍"))
  }
}
