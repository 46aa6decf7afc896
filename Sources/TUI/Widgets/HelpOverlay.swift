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
    let places: [(Context, String, String)] = [
      (.search, "Søgelinjen", "The search line"),
      (.list, "Listen", "The list"),
      (.detail, "En forening", "One association"),
      (.inquiryList, "Henvendelser (F2)", "Inquiries (F2)"),
      (.inquiryDetail, "En henvendelse", "One inquiry"),
      (.matchProfile, "Borgerens profil (F3)", "The citizen's profile (F3)"),
      (.matchResults, "Forslag (F3)", "Suggestions (F3)"),
      (.week, "Ugen (F4)", "The week (F4)"),
      (.roomFind, "Find et ledigt lokale (F4)", "Find a free room (F4)"),
      (.roomResults, "Lokaler, der passer (F4)", "Rooms that fit (F4)"),
      (.record, "Persondata", "Personal data"),
      (.form, "Formularer", "Forms"),
      (.picker, "Valglister", "Choice lists"),
      (.confirm, "Spørgsmål", "Questions"),
      (.help, "Denne hjælp", "This help"),
    ]
    let global = CommandTable.all.filter { CommandTable.panes.isSubset(of: $0.contexts) }
    var sections: [Section] =
      places.filter { $0.0 == first }.map { .place($0.0, $0.1, $0.2) }
      + (first?.takesText == true ? [.typing] : []) + [.everywhere]
    for place in places where place.0 != first {
      sections.append(.place(place.0, place.1, place.2))
      if place.0 == .form && first?.takesText != true { sections.append(.typing) }
    }
    var out: [(String, String, Style)] = []
    func row(_ keys: [Key], _ text: String) {
      let label = keys.map { $0 == .char(" ") ? lang.pick("Mellemrum", "Space") : $0.label }
        .joined(separator: " ")
      out.append(("  " + Wrap.pad(label, width: 16), text, .plain))
    }
    func listPlace(_ context: Context) {
      if context == .search {
        out.append(
          (
            "",
            lang.pick(
              "Skriv for at søge: æ/ae, ø/o/oe og å/aa findes begge veje; ord på 3+ bogstaver findes også inde i sammensatte ord.",
              "Type to search: æ/ae, ø/o/oe and å/aa match both ways; words of 3+ letters are also found inside compound words."
            ), .plain
          ))
      }
      // What only this place does first; keys shared with other places after.
      let commands = CommandTable.all.enumerated().filter {
        $0.element.contexts.contains(context) && !$0.element.id.isEditing
          && !CommandTable.panes.isSubset(of: $0.element.contexts)
      }
      .sorted { ($0.element.contexts.count, $0.offset) < ($1.element.contexts.count, $1.offset) }
      .map(\.element)
      for command in commands {
        var keys = command.keys.filter { CommandTable.command(for: $0, in: context) == command.id }
        if context == .form && command.id == .toggle { keys = command.keys }
        guard !keys.isEmpty else { continue }
        row(keys, command.helpText(lang))
      }
    }
    for section in sections {
      if !out.isEmpty { out.append(("", "", .plain)) }
      switch section {
      case .typing:
        out.append(("", lang.pick("I et tekstfelt", "In a text field"), .header))
        for command in CommandTable.editing { row(command.keys, command.helpText(lang)) }
        continue
      case .everywhere:
        out.append(("", lang.pick("Overalt", "Everywhere"), .header))
        for command in global { row(command.keys, command.helpText(lang)) }
        continue
      case .place(let context, let da, let en):
        out.append(("", lang.pick(da, en), .header))
        listPlace(context)
      }
    }
    return out
  }

  /// A part of the help: one place, the editing keys, or the keys that work everywhere.
  enum Section {
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
    var wrapped: [(String, Style)] = []
    for (prefix, text, style) in Self.lines(lang, first: first) {
      let indent = DisplayWidth.of(prefix)
      let blank = String(repeating: " ", count: indent)
      for (index, piece) in Wrap.lines(text, width: inner.width - indent).enumerated() {
        wrapped.append(((index == 0 ? prefix : blank) + piece, style))
      }
    }
    page = max(1, inner.height - 1)
    scroll = min(scroll, max(0, wrapped.count - inner.height))
    for row in 0..<inner.height where scroll + row < wrapped.count {
      let (text, style) = wrapped[scroll + row]
      grid.put(text, x: inner.x, y: inner.y + row, style: style, limit: inner.width)
    }
  }
}
