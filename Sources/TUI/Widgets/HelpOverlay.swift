import Core

/// The `?` overlay: every command of the table, its keys and what it does,
/// grouped by where it applies. Drawn from the same table as the key handling.
struct HelpOverlay: Equatable {
  var scroll = 0
  /// Lines a page key scrolls: the height drawn last, less one line kept.
  var page = 10
  /// Where the keyboard was: its section comes first, so the keys that
  /// matter now are on the first page.
  var first: Context?

  /// The overlay's lines: a key column (`prefix`, as wide on every line of
  /// a command) and the text, which wraps under itself.
  static func lines(_ lang: Language, first: Context? = nil) -> [(
    prefix: String, text: String, style: Style
  )] {
    // The places, in the order help lists them; the keys that work
    // everywhere and the text fields' editing keys are sections of their
    // own, so no place repeats them.
    let places: [(Context, String, String)] =
      PaneList.features.flatMap { feature in
        feature.places.compactMap { place in place.title.map { (place.context, $0.0, $0.1) } }
      } + widgetPlaces
    let global = CommandTable.all.filter { CommandTable.panes.isSubset(of: $0.contexts) }
    // Opened somewhere: that place's guide and keys, the text field's keys
    // if it takes text, and the keys that work everywhere: two pages at
    // 80×24. Without a place (the README's reference): every place.
    var sections: [Section] =
      (first.flatMap { HelpGuide.text(for: $0, lang) }.map { [.guide($0)] } ?? [])
      + places.filter { $0.0 == first }.map { .place($0.0, $0.1, $0.2) }
      + (first?.takesText == true ? [.typing] : []) + [.everywhere]
    for place in places where first == nil {
      sections.append(.place(place.0, place.1, place.2))
      if place.0 == .form { sections.append(.typing) }
    }
    var out: [(String, String, Style)] = []
    func row(_ keys: [Key], _ text: String) {
      let label = keys.map { $0.label(lang) }
        .joined(separator: " ")
      out.append(("  " + Wrap.pad(label, width: 16), text, .plain))
    }
    func listPlace(_ context: Context) {
      if let intro = PaneList.feature(of: context)?.places.first(where: { $0.context == context })?
        .intro
      {
        out.append(("", lang.pick(intro.0, intro.1), .plain))
      }
      // What only this place does first; keys shared with other places after.
      let commands = CommandTable.all.enumerated().filter {
        $0.element.contexts.contains(context) && !$0.element.id.isEditing
          && !CommandTable.panes.isSubset(of: $0.element.contexts)
      }
      .sorted { ($0.element.contexts.count, $0.offset) < ($1.element.contexts.count, $1.offset) }
      .map(\.element)
      func keys(_ command: Command) -> [Key] {
        if context == .form && command.id == .toggle { return command.keys }
        return command.keys.filter { CommandTable.command(for: $0, in: context) == command.id }
      }
      var shown = Set<CommandID>()
      for command in commands where !shown.contains(command.id) {
        guard !keys(command).isEmpty else { continue }
        // Opposite moves share a line (← and →), so help stays two pages.
        if let pair = Self.pairs.first(where: { $0.0 == command.id || $0.1 == command.id }),
          let other = commands.first(where: {
            $0.id == (pair.0 == command.id ? pair.1 : pair.0) && !keys($0).isEmpty
          })
        {
          shown.formUnion([command.id, other.id])
          let (first, second) = pair.0 == command.id ? (command, other) : (other, command)
          row(keys(first) + keys(second), lang.pick(pair.2, pair.3))
        } else {
          shown.insert(command.id)
          row(keys(command), command.helpText(lang))
        }
      }
    }
    for section in sections {
      if !out.isEmpty { out.append(("", "", .plain)) }
      switch section {
      case .guide(let text):
        out.append(("", text, .plain))
        continue
      case .typing:
        out.append(("", lang.pick("I et tekstfelt", "In a text field"), .header))
        // Opposite moves share a line (← and →), so help stays two pages.
        var shown = Set<CommandID>()
        for command in CommandTable.editing where !shown.contains(command.id) {
          if let pair = Self.pairs.first(where: { $0.0 == command.id }),
            let other = CommandTable.editing.first(where: { $0.id == pair.1 })
          {
            shown.insert(other.id)
            row(command.keys + other.keys, lang.pick(pair.2, pair.3))
          } else {
            row(command.keys, command.helpText(lang))
          }
        }
        continue
      case .everywhere:
        out.append(("", lang.pick("Overalt", "Everywhere"), .header))
        let panes = global.filter { $0.id.paneKey != nil }
        for command in global where !panes.contains(where: { $0.id == command.id }) {
          row(command.keys, command.helpText(lang))
        }
        // The panes' names are in the tabs: seven no longer fit one line.
        row(
          panes.flatMap(\.keys),
          lang.pick(
            "Skift rude (navnene står i fanerne øverst)",
            "Switch pane (named in the tabs at the top)"))
        continue
      case .place(let context, let da, let en):
        out.append(("", lang.pick(da, en), .header))
        listPlace(context)
      }
    }
    return out
  }

  /// The widgets' places, after every feature's.
  static let widgetPlaces: [(Context, String, String)] = [
    (.form, "Formularer", "Forms"),
    (.picker, "Valglister", "Choice lists"),
    (.confirm, "Spørgsmål", "Questions"),
    (.help, "Denne hjælp", "This help"),
  ]

  /// Editing commands shown on one line with their opposite.
  static let pairs: [(CommandID, CommandID, String, String)] = [
    (
      .cursorLeft, .cursorRight, "Et tegn til venstre / højre (i et valg: forrige / næste)",
      "One character left / right (in a choice: previous / next)"
    ),
    (.wordLeft, .wordRight, "Et ord til venstre / højre", "One word left / right"),
    (.cursorStart, .cursorEnd, "Til starten / slutningen", "To the start / the end"),
    (
      .deleteBack, .deleteForward, "Slet tegnet før / under markøren",
      "Delete the character before / under the cursor"
    ),
    (.up, .down, "Op / ned", "Up / down"),
    (.pageUp, .pageDown, "En side op / ned", "Page up / down"),
    (.previousDay, .nextDay, "Dagen før / efter", "The day before / after"),
    (.previousWeek, .nextWeek, "Ugen før / efter", "The week before / after"),
    (.previousMonth, .nextMonth, "En måned tilbage / frem", "A month back / on"),
    (.nextPane, .previousPane, "Næste / forrige rude", "Next / previous pane"),
    (.top, .bottom, "Til toppen / bunden", "To the top / bottom"),
  ]

  /// A part of the help: one place, the editing keys, or the keys that work everywhere.
  enum Section {
    case guide(String)
    case place(Context, String, String)
    case typing
    case everywhere
  }

  /// Scrolls for the table's `.help` rows; false when the help closes.
  mutating func handle(_ command: CommandID?) -> Bool {
    switch command {
    case .down: scroll += 1
    case .up: scroll = max(0, scroll - 1)
    case .pageDown: scroll += page
    case .pageUp: scroll = max(0, scroll - page)
    case .top: scroll = 0
    case .bottom: scroll = Int.max / 2  // drawing stops at the last page
    case .back: return false
    default: break
    }
    return true
  }

  mutating func render(into grid: inout Grid, lang: Language) {
    let width = min(grid.width - 4, 90)
    let inner = Box.draw(
      into: &grid, width: width, height: grid.height - 2,
      title: lang.pick("Hjælp — Esc lukker, ↑↓ ruller", "Help — Esc closes, ↑↓ scroll"))
    let wrapped = Self.wrapped(lang, first: first, width: inner.width)
    page = max(1, inner.height - 1)
    scroll = min(scroll, max(0, wrapped.count - inner.height))
    for row in 0..<inner.height where scroll + row < wrapped.count {
      let (text, style) = wrapped[scroll + row]
      grid.put(text, x: inner.x, y: inner.y + row, style: style, limit: inner.width)
    }
  }

  /// The lines as drawn in `width` columns: each text wrapped under itself.
  static func wrapped(_ lang: Language, first: Context?, width: Int) -> [(String, Style)] {
    var out: [(String, Style)] = []
    for (prefix, text, style) in lines(lang, first: first) {
      let indent = DisplayWidth.of(prefix)
      let blank = String(repeating: " ", count: indent)
      for (index, piece) in Wrap.lines(text, width: width - indent).enumerated() {
        out.append(((index == 0 ? prefix : blank) + piece, style))
      }
    }
    return out
  }

  /// The inner width and height of the overlay on a screen of this size.
  static func inner(width: Int, height: Int) -> (width: Int, height: Int) {
    let rect = Box.inner(
      width: min(width - 4, 90), height: height - 2, screen: (width, height))
    return (rect.width, rect.height)
  }

  /// Every place's keys as Markdown tables: the README's key reference,
  /// made from the same table as `?` (a test keeps the README equal to it).
  public static func markdown(_ lang: Language) -> String {
    var out = ""
    var inTable = false
    for (prefix, text, style) in lines(lang) {
      if style == .header {
        out += (out.isEmpty ? "" : "\n") + "#### " + text + "\n\n"
        inTable = false
      } else if !prefix.isEmpty {
        if !inTable { out += "| key | what |\n|---|---|\n" }
        inTable = true
        let keys = prefix.trimmed.split(separator: " ")
          .map { "`" + ($0 == "|" ? "\\|" : String($0)) + "`" }.joined(separator: " ")
        let escaped = text.split(separator: "|", omittingEmptySubsequences: false)
          .joined(separator: "\\|")
        out += "| " + keys + " | " + escaped + " |\n"
      } else if !text.isEmpty {
        out += text + "\n\n"
      }
    }
    return out
  }
}
