import Core
import Foundation
import Testing

@testable import TUI

/// Whole screens against the files in `Tests/TUITests/Screens/`: every
/// pane's main states at 80×24 and 120×36, in Danish and English, on the
/// demo data seeded for a fixed day. A one-cell change of text or style
/// fails with a readable diff; `scripts/record-screens.sh` re-records on
/// purpose (read the diff before committing it).
@Suite struct GoldenScreenTests {
  /// Wednesday 25 November 2026, week 48.
  static let today = Day(year: 2026, month: 11, day: 25)!

  /// The demo database, seeded once per run; the screens only read it.
  static let path: String = {
    let directory = temporaryDirectory("skranke-golden")
    var parts = String(#filePath).split(separator: "/").map(String.init)
    parts.removeLast(4)
    let data = "/" + parts.joined(separator: "/") + "/data"
    do {
      let store = try AssociationStore(db: try Database(path: directory + "/golden.db"))
      try DemoData.seed(store, from: data, today: today)
    } catch {
      Issue.record("could not seed the demo data: \(error)")
    }
    return directory + "/golden.db"
  }()

  @Test(arguments: ScreenScenario.all)
  func screen(_ scenario: ScreenScenario) throws {
    for lang in [Language.danish, .english] {
      for (width, height) in scenario.sizes {
        let app = try App(
          store: try AssociationStore(db: try Database(path: copyOfGoldenDatabase())), lang: lang,
          databaseLabel: "skranke.db", staffInitials: scenario.staff,
          clock: .fixed(scenario.day ?? Self.today, "10:00"), startOnAssociations: true)
        app.layout(width: width, height: height)
        for key in scenario.keys {
          app.handle(key)
          app.layout(width: width, height: height)
        }
        let name = "\(scenario.name)-\(lang == .danish ? "da" : "en")-\(width)x\(height)"
        let actual = GoldenFile.encode(
          app.render(width: width, height: height), title: "\(scenario.name) (\(lang))")
        let path = GoldenFile.folder + "/" + name + ".txt"
        if GoldenFile.recording {
          #expect(GoldenFile.write(actual, to: path), "could not write \(path)")
          continue
        }
        guard let expected = GoldenFile.read(path) else {
          Issue.record("no golden \(name).txt: run scripts/record-screens.sh")
          continue
        }
        #expect(
          expected == actual,
          "\(name) differs from its golden:\n\(GoldenFile.diff(expected: expected, actual: actual))"
        )
      }
    }
  }

  /// Every file in `Screens/` belongs to a scenario and size that is still
  /// run: a golden whose scenario is gone would otherwise pass forever.
  @Test func everyGoldenFileHasItsScenario() throws {
    var expected: Set<String> = []
    for scenario in ScreenScenario.all {
      for lang in ["da", "en"] {
        for (width, height) in scenario.sizes {
          expected.insert("\(scenario.name)-\(lang)-\(width)x\(height).txt")
        }
      }
    }
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: GoldenFile.folder))
    #expect(files.count > 0)
    let orphans = files.subtracting(expected).sorted()
    #expect(orphans.isEmpty, "golden files with no scenario: \(orphans.joined(separator: ", "))")
  }

  /// The comparison itself: a one-cell change of text or of style fails.
  @Test func oneCellChangesTheFile() {
    var grid = Grid(width: 10, height: 2)
    grid.put("skranke", x: 0, y: 0)
    let before = GoldenFile.encode(grid, title: "t")
    var text = grid
    text.put("x", x: 9, y: 1)
    var style = grid
    style[3, 0].style = .bold
    #expect(GoldenFile.encode(text, title: "t") != before)
    #expect(GoldenFile.encode(style, title: "t") != before)
    #expect(
      GoldenFile.diff(expected: before, actual: GoldenFile.encode(style, title: "t")).contains(
        "line 6"))
  }
}

/// One screen state: the keys that lead there from the start.
struct ScreenScenario: Sendable, CustomTestStringConvertible {
  let name: String
  let keys: [Key]
  var staff: String? = "KM"
  /// Another day than the demo's (an empty I dag).
  var day: Day? = nil
  var sizes: [(Int, Int)] = [(80, 24), (120, 36)]

  var testDescription: String { name }

  static func typing(_ text: String) -> [Key] { text.map { .char($0) } }

  static let all: [ScreenScenario] = [
    // Find (Ctrl-F): empty, and a name over inquiries and citizens.
    ScreenScenario(name: "find-empty", keys: [.ctrl("f")]),
    ScreenScenario(name: "find-name", keys: [.ctrl("f")] + typing("birthe")),
    // I dag: the demo's day for KM, and a quiet Sunday for AH.
    ScreenScenario(name: "today", keys: [.function(6)]),
    ScreenScenario(
      name: "today-empty", keys: [.function(6)], staff: "AH",
      day: Day(year: 2027, month: 8, day: 15)!),
    // F1 Foreninger
    // The search line has the keyboard at the start; ↓ gives it to the list.
    ScreenScenario(name: "f1-list", keys: [.down]),
    ScreenScenario(name: "f1-search", keys: typing("lektie")),
    ScreenScenario(name: "f1-detail", keys: typing("ældre sagen hj") + [.enter]),
    ScreenScenario(name: "f1-form", keys: typing("ældre sagen hj") + [.enter, .char("e")]),
    ScreenScenario(name: "f1-form-error", keys: [.down, .char("n"), .ctrl("s")]),
    ScreenScenario(name: "f1-help", keys: [.down, .char("?")]),
    // From the search line, the text field's keys come right after its own.
    ScreenScenario(name: "f1-help-search", keys: [.char("?"), .pageDown]),
    ScreenScenario(name: "f1-target-groups", keys: [.ctrl("t")]),
    // F2 Henvendelser
    ScreenScenario(name: "f2-mine", keys: [.function(2)]),
    ScreenScenario(name: "f2-all-open", keys: [.function(2), .char("v")]),
    ScreenScenario(name: "f2-detail", keys: [.function(2), .enter]),
    ScreenScenario(name: "f2-new", keys: [.ctrl("n")]),
    ScreenScenario(name: "f2-new-error", keys: [.ctrl("n"), .ctrl("s")]),
    ScreenScenario(name: "f2-handover", keys: [.function(2), .enter, .char("h")]),
    // F3 Borgere
    ScreenScenario(name: "f3-profile", keys: [.function(3)]),
    ScreenScenario(
      name: "f3-suggestions",
      keys: [.function(3)] + [Key](repeating: .tab, count: 4) + typing("samvær")),
    ScreenScenario(name: "f3-from-inquiry", keys: [.function(2), .enter, .char("b")]),
    // F4 Lokaler
    ScreenScenario(name: "f4-week", keys: [.function(4)]),
    ScreenScenario(
      name: "f4-find",
      keys: [.function(4), .char("f")] + typing("tir 19-21 4 gange") + [.tab] + typing("14")
        + [.tab] + typing("kørestol")),
    ScreenScenario(
      name: "f4-book",
      keys: [.function(4), .char("f")] + typing("tir 19-21 4 gange") + [.ctrl("s")]
        + typing("røde kors") + [.down]),
    ScreenScenario(name: "f4-rooms", keys: [.function(4), .char("r")]),
    ScreenScenario(
      name: "f4-goto-error", keys: [.function(4), .char("g")] + typing("banan") + [.ctrl("s")]),
    // F7 Arrangementer: the list, the full course's participants with its
    // waiting list, signing up, and a new event's form.
    ScreenScenario(name: "f7-list", keys: [.function(7)]),
    ScreenScenario(name: "f7-participants", keys: [.function(7), .down, .enter]),
    ScreenScenario(
      name: "f7-signup",
      keys: [.function(7), .down, .enter, .char("t")] + typing("Ane Holm") + [.tab]
        + typing("20 30 40 50")),
    ScreenScenario(name: "f7-new", keys: [.function(7), .char("n")]),
    // The shell
    ScreenScenario(name: "who-is-here", keys: [], staff: nil),
    ScreenScenario(name: "too-small", keys: [.char("d")], sizes: [(60, 20)]),
  ]
}

/// The README's key reference is made from the command table, as `?` is:
/// it cannot disagree with what the keys do. `scripts/record-screens.sh`
/// writes it again after a change to the table.
@Suite struct ReadmeKeysTests {
  static let begin = "<!-- keys: made from the command table by scripts/record-screens.sh -->\n"
  static let end = "<!-- keys: end -->"

  @Test func readmeKeyReferenceIsTheCommandTable() throws {
    let path = GoldenFile.folder + "/../../../README.md"
    let readme = try #require(GoldenFile.read(path))
    let made = HelpOverlay.markdown(.english)
    guard let start = Self.locate(Self.begin, in: readme),
      let stop = Self.locate(Self.end, in: readme)
    else {
      Issue.record("README.md has no key reference between the markers")
      return
    }
    let current = String(readme[start.upperBound..<stop.lowerBound])
    if GoldenFile.recording {
      let updated = String(readme[..<start.upperBound]) + made + String(readme[stop.lowerBound...])
      #expect(GoldenFile.write(updated, to: path))
      return
    }
    #expect(
      current == made,
      "README's key reference differs from the table:\n\(GoldenFile.diff(expected: current, actual: made))"
    )
  }

  /// Where `needle` first is in `text` (the tests do without Foundation).
  static func locate(_ needle: String, in text: String) -> Range<String.Index>? {
    var index = text.startIndex
    while index < text.endIndex {
      if text[index...].hasPrefix(needle) {
        return index..<text.index(index, offsetBy: needle.count)
      }
      index = text.index(after: index)
    }
    return nil
  }
}
