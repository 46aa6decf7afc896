import Core

/// The `?` overlay: every command of the table, its keys and what it does,
/// grouped by where it applies. Drawn from the same table as the key handling.
struct HelpOverlay: Equatable {
  var scroll = 0
  /// Where the keyboard was: its section comes first, so the keys that
  /// matter now are on the first page.
  var first: Context?

  /// The overlay's lines: a key column (`prefix`, as wide on every line of
  /// a command) and the text, which wraps under itself.
  static func lines(_ lang: Language, first: Context? = nil) -> [(
    prefix: String, text: String, style: Style
  )] {
    // nil is the section of every text field's editing keys: after the
    // place help was opened from when that place takes text, else after forms.
    let sections: [(Context?, String, String)] = [
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
      (nil, "I et tekstfelt", "In a text field"),
      (.picker, "Valglister", "Choice lists"),
      (.confirm, "Spørgsmål", "Questions"),
      (.help, "Denne hjælp", "This help"),
    ]
    var out: [(String, String, Style)] = []
    let editingFirst = first?.takesText == true
    let ordered =
      sections.filter { $0.0 == first && first != nil }
      + sections.filter { $0.0 == nil && editingFirst }
      + sections.filter { $0.0 != first && !($0.0 == nil && editingFirst) }
    for (section, da, en) in ordered {
      if !out.isEmpty { out.append(("", "", .plain)) }
      out.append(("", lang.pick(da, en), .header))
      guard let context = section else {
        for command in CommandTable.editing {
          out.append(
            (
              "  " + Wrap.pad(command.keys.map(\.label).joined(separator: " "), width: 16),
              command.helpText(lang), .plain
            ))
        }
        continue
      }
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
      // What only this place does first; keys that work everywhere after.
      let commands = CommandTable.all.enumerated().filter {
        $0.element.contexts.contains(context) && !$0.element.id.isEditing
      }
      .sorted { ($0.element.contexts.count, $0.offset) < ($1.element.contexts.count, $1.offset) }
      .map(\.element)
      for command in commands {
        var keys = command.keys
        if context.takesText { keys = keys.filter { $0.printable == nil || $0 == .char("?") } }
        if context == .form && command.id == .toggle { keys = command.keys }
        guard !keys.isEmpty else { continue }
        let label = keys.map { $0 == .char(" ") ? lang.pick("Mellemrum", "Space") : $0.label }
          .joined(separator: " ")
        out.append(("  " + Wrap.pad(label, width: 16), command.helpText(lang), .plain))
      }
    }
    return out
  }

  /// Scrolls for the table's `.help` rows; false when the help closes.
  mutating func handle(_ command: CommandID?) -> Bool {
    switch command {
    case .down: scroll += 1
    case .up: scroll = max(0, scroll - 1)
    case .pageDown: scroll += 10
    case .pageUp: scroll = max(0, scroll - 10)
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
    scroll = min(scroll, max(0, wrapped.count - inner.height))
    for row in 0..<inner.height where scroll + row < wrapped.count {
      let (text, style) = wrapped[scroll + row]
      grid.put(text, x: inner.x, y: inner.y + row, style: style, limit: inner.width)
    }
  }
}
