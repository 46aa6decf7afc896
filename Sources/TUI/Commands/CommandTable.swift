import Core
import Synchronization

/// One row of the command table: the single place that says which keys do
/// what. Key handling, the status-bar hints and the `?` help overlay all read
/// it, so they cannot disagree.
public struct Command: Sendable {
  public let id: CommandID
  public let keys: [Key]
  public let contexts: Set<Context>
  /// Short label for the status bar (Danish, English); nil keeps it out of the bar.
  let hint: (String, String)?
  /// One line for the help overlay (Danish, English).
  let help: (String, String)

  public func hintLabel(_ lang: Language) -> String? { hint.map { lang.pick($0.0, $0.1) } }
  public func helpText(_ lang: Language) -> String { lang.pick(help.0, help.1) }
  public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

public enum CommandTable {
  static let everywhere = Set(Context.all)
  /// Where the panes themselves have the keyboard (no form or list on top).
  static let panes = Context.having(.pane)
  /// Where Tab moves between panes (in the profile it moves between fields).
  static let tabbing = Context.having(.tabs)

  /// The shell's rows, then each feature's, in `PaneList` order.
  public static let all =
    general + paneKeys + editing + widgets + PaneList.features.flatMap { $0.commands() }

  static let general: [Command] = [
    Command(
      id: .help, keys: [.char("?")], contexts: panes,
      hint: ("Hjælp", "Help"),
      help: (
        "Vis hjælpen (i formularer er ? et tegn)", "Show the help (in forms ? is typed)"
      )),
    Command(
      id: .quit, keys: [.char("q")], contexts: Context.having(.quits),
      hint: ("Afslut", "Quit"),
      help: ("Afslut skranke", "Quit skranke")),
    Command(
      id: .forceQuit, keys: [.ctrl("q"), .ctrl("c")], contexts: everywhere, hint: nil,
      help: (
        "Afslut (spørger, hvis noget ikke er gemt)", "Quit (asks when something is unsaved)"
      )),
    Command(
      id: .forceQuit, keys: [.ctrl("q")], contexts: Context.having(.writing),
      hint: ("Afslut", "Quit"),
      help: (
        "Afslut (bogstaver er tekst her, også q)", "Quit (letters are text here, q too)"
      )),
    Command(
      id: .redraw, keys: [.ctrl("l")], contexts: everywhere, hint: nil,
      help: ("Tegn skærmen forfra", "Redraw the screen")),
    Command(
      id: .suspend, keys: [.ctrl("z")], contexts: everywhere, hint: nil,
      help: ("Sæt skranke på pause (fortsæt med fg)", "Suspend skranke (resume with fg)")),
    Command(
      id: .newInquiry, keys: [.ctrl("n")], contexts: panes, hint: ("Ny henv.", "New inquiry"),
      help: (
        "Ny henvendelse, uanset hvor du er (du bliver ejer)",
        "New inquiry, from anywhere (you become its owner)"
      )),
    Command(
      id: .switchStaff, keys: [.function(5)], contexts: panes, hint: nil,
      help: ("Skift medarbejder ved tastaturet", "Switch who is at the keyboard")),
    Command(
      id: .search, keys: [.char("/")], contexts: Context.having(.searchable),
      hint: ("Søg", "Search"),
      help: ("Søg (filtrerer mens du skriver)", "Search (filters as you type)")),
    Command(
      id: .up, keys: [.up, .char("k")],
      contexts: Context.having(.moves),
      hint: nil,
      help: ("Op", "Up")),
    Command(
      id: .down, keys: [.down, .char("j")],
      contexts: Context.having(.moves),
      hint: nil,
      help: ("Ned", "Down")),
    Command(
      id: .up, keys: [.up], contexts: Context.having(.searchLine), hint: nil,
      help: ("Op i listen", "Up the list")),
    Command(
      id: .down, keys: [.down], contexts: Context.having(.searchLine),
      hint: ("Vælg", "Select"),
      help: (
        "Til listen, hvor bogstaver er kommandoer (i Find: ned)",
        "To the list, where letters are commands (in Find: down)"
      )),
    Command(
      id: .pageUp, keys: [.pageUp],
      contexts: Context.having(.pages),
      hint: nil,
      help: ("En side op", "Page up")),
    Command(
      id: .pageDown, keys: [.pageDown],
      contexts: Context.having(.pages),
      hint: nil,
      help: ("En side ned", "Page down")),
    Command(
      id: .removeStaff, keys: [.delete], contexts: [.picker],
      hint: ("Tag af listen", "Take off the list"),
      help: (
        "Tag den valgte medarbejder af listen (F5); åbne henvendelser overdrages først",
        "Take the selected staff member off the list (F5); open inquiries are handed over first"
      )),
    Command(
      id: .markAway, keys: [.ctrl("v")], contexts: [.picker],
      hint: ("Væk til …", "Away until …"),
      help: (
        "Marker den valgte kollega væk til og med en dato (F5); tom dato: tilbage",
        "Mark the selected colleague away until a date (F5); no date: back"
      )),
    Command(
      id: .top, keys: [.home, .char("g")], contexts: Context.having(.ends),
      hint: nil,
      help: ("Til toppen", "To the top")),
    Command(
      id: .bottom, keys: [.end, .char("G")], contexts: Context.having(.ends),
      hint: nil,
      help: ("Til bunden", "To the bottom")),
    Command(
      id: .open, keys: [.enter],
      contexts: Context.having(.opens),
      hint: ("Åbn", "Open"),
      help: ("Åbn den valgte / vælg", "Open the selected one / choose")),
    Command(
      id: .back, keys: [.escape],
      contexts: Context.having(.backs),
      hint: ("Tilbage", "Back"),
      help: (
        "Tilbage / fortryd (i F2's liste: ryd søgningen)",
        "Back / cancel (in F2's list: clear the search)"
      )),
    Command(
      // In a search line Esc clears the text and the keyboard stays there
      // (issue 25): what is typed after any Esc is text, never a command.
      id: .clearSearch, keys: [.escape], contexts: Context.having(.clears),
      hint: nil,
      help: (
        "Ryd søgningen; tastaturet bliver i søgelinjen (↓ går til listen)",
        "Clear the search; the keyboard stays in the search line (↓ reaches the list)"
      )),
    Command(
      id: .edit, keys: [.char("e")],
      contexts: Context.having(.edits),
      hint: ("Ret", "Edit"),
      help: ("Ret den valgte", "Edit the selected one")),
    Command(
      id: .save, keys: [.ctrl("s"), .function(10)], contexts: Context.having(.saves),
      hint: ("Gem", "Save"),
      help: ("Gem formularen (i F3: gem borgeren)", "Save the form (in F3: save the citizen)")),
    Command(
      id: .nextField, keys: [.tab, .down], contexts: Context.having(.fields),
      hint: ("Næste felt", "Next field"),
      help: ("Næste felt", "Next field")),
    Command(
      id: .advance, keys: [.enter], contexts: Context.having(.fields), hint: nil,
      help: (
        "Næste felt (i Gå til dato: gå dertil)",
        "Next field (in Go to date: go there)"
      )),
    Command(
      id: .previousField, keys: [.backTab, .up], contexts: Context.having(.fields),
      hint: nil,
      help: ("Forrige felt", "Previous field")),
    Command(
      id: .toggle, keys: [.char(" "), .char("x")], contexts: [.form], hint: ("Til/fra", "Toggle"),
      help: (
        "Sæt eller fjern kryds (x også); skift valg (et bogstav springer til det)",
        "Tick or untick (x too); change a choice (a letter jumps to it)"
      )),
  ]

  /// The command a key means in a context. Single printable keys are text in
  /// a text context, except `?` in the search line (folding drops it, so it
  /// can never be part of a search).
  public static func command(for key: Key, in context: Context) -> CommandID? {
    if context == .form, key == .char(" ") { return nil }  // space toggles only on checkboxes
    if context.takesText, let char = key.printable, !(context.has(.questionIsHelp) && char == "?") {
      return nil
    }
    return all.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.id
  }

  /// Whether a key typed on a form's tick box ticks it (the toggle row:
  /// typed keys in a form are text, so the form asks the table here).
  static func toggles(_ key: Key) -> Bool {
    all.contains { $0.id == .toggle && $0.contexts.contains(.form) && $0.keys.contains(key) }
  }

  /// The hints shown in the status bar for a context, in table order.
  public static func hints(
    for context: Context, _ lang: Language, offered: (CommandID) -> Bool = { _ in true }
  ) -> [(keys: String, label: String)] {
    var seen = Set<String>()
    var result: [(String, String)] = []
    for (command, key) in hintRows(context) where offered(command.id) {
      guard let label = command.hintLabel(lang), seen.insert(label).inserted else { continue }
      result.append((key == Key.char(" ").label ? Key.char(" ").label(lang) : key, label))
    }
    return result
  }

  /// Per context, the rows with a hint in bar order, each with the first
  /// key that means it there: worked out the first time the context is
  /// drawn (not on every drawn screen, nor for every context at start-up).
  /// Help comes first, so a narrow bar always says where the rest is; then
  /// what only this context can do; keys that work in many places (quit,
  /// new inquiry) last, so a narrow bar keeps the specific ones.
  static func hintRows(_ context: Context) -> [(command: Command, key: String)] {
    if let rows = hintRowsSeen.withLock({ $0[context] }) {
      return rows.map { (command: all[$0.index], key: $0.key) }
    }
    let ordered = all.enumerated().filter {
      $0.element.contexts.contains(context) && $0.element.hint != nil
    }
    .sorted {
      ($0.element.id != .help ? 1 : 0, $0.element.contexts.count, $0.offset)
        < ($1.element.id != .help ? 1 : 0, $1.element.contexts.count, $1.offset)
    }
    // Only keys that mean the command here (typed text is not a key).
    let rows = ordered.compactMap { row in
      row.element.keys.first { Self.command(for: $0, in: context) == row.element.id }
        .map { (index: row.offset, key: $0.label) }
    }
    hintRowsSeen.withLock { $0[context] = rows }
    return rows.map { (command: all[$0.index], key: $0.key) }
  }

  /// Worked out once per context, by whichever thread draws first (the
  /// UI has one; tests draw many desks at once): rows of `all` by index.
  private static let hintRowsSeen = Mutex<[Context: [(index: Int, key: String)]]>([:])
}
