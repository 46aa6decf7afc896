import Core

/// Where the keyboard is: which commands apply.
public enum Context: Hashable, Sendable, CaseIterable {
  /// Typing in the search line.
  case search
  /// Moving in the result list.
  case list
  /// Reading one association.
  case detail
  /// Filling in a form.
  case form
  /// Choosing from a short list (filters).
  case picker

  /// Contexts where printable keys are text, so single-letter commands are off.
  var takesText: Bool { self == .search || self == .form }
}

/// Everything a key can ask for.
public enum CommandID: Hashable, Sendable {
  case quit, forceQuit, help, redraw, suspend, nextPane, previousPane
  case pane(Int)
  case search, open, back, up, down, pageUp, pageDown, top, bottom
  case newAssociation, edit, toggleActive, filterGroup, filterArea, filterActive, clearSearch
  case newActivity, editActivity
  case save, nextField, previousField, toggle
}

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
  static let everywhere = Set(Context.allCases)
  static let browsing: Set<Context> = [.list, .detail]
  static let lists: Set<Context> = [.search, .list, .picker]

  public static let all: [Command] = [
    Command(
      id: .help, keys: [.char("?")], contexts: [.search, .list, .detail],
      hint: ("Hjælp", "Help"), help: ("Vis eller skjul denne hjælp", "Show or hide this help")),
    Command(
      id: .quit, keys: [.char("q")], contexts: browsing, hint: ("Afslut", "Quit"),
      help: ("Afslut skranke", "Quit skranke")),
    Command(
      id: .forceQuit, keys: [.ctrl("q"), .ctrl("c")], contexts: everywhere, hint: nil,
      help: (
        "Afslut hvor som helst (spørger, hvis noget ikke er gemt)",
        "Quit from anywhere (asks when something is unsaved)"
      )),
    Command(
      id: .redraw, keys: [.ctrl("l")], contexts: everywhere, hint: nil,
      help: ("Tegn skærmen forfra", "Redraw the screen")),
    Command(
      id: .suspend, keys: [.ctrl("z")], contexts: everywhere, hint: nil,
      help: ("Sæt skranke på pause (fortsæt med fg)", "Suspend skranke (resume with fg)")),
    Command(
      id: .nextPane, keys: [.tab], contexts: [.search, .list, .detail], hint: nil,
      help: ("Næste rude", "Next pane")),
    Command(
      id: .previousPane, keys: [.backTab], contexts: [.search, .list, .detail], hint: nil,
      help: ("Forrige rude", "Previous pane")),
    Command(
      id: .pane(1), keys: [.function(1)], contexts: [.search, .list, .detail], hint: nil,
      help: ("Foreninger", "Associations")),
    Command(
      id: .search, keys: [.char("/")], contexts: browsing, hint: ("Søg", "Search"),
      help: ("Søg (filtrerer mens du skriver)", "Search (filters as you type)")),
    Command(
      id: .up, keys: [.up, .char("k")], contexts: [.list, .detail, .picker], hint: nil,
      help: ("Op", "Up")),
    Command(
      id: .down, keys: [.down, .char("j")], contexts: [.list, .detail, .picker], hint: nil,
      help: ("Ned", "Down")),
    Command(
      id: .up, keys: [.up], contexts: [.search], hint: nil, help: ("Op i listen", "Up the list")),
    Command(
      id: .down, keys: [.down], contexts: [.search], hint: ("Vælg", "Select"),
      help: ("Ned i listen", "Down the list")),
    Command(
      id: .pageUp, keys: [.pageUp], contexts: [.search, .list, .detail, .picker], hint: nil,
      help: ("En side op", "Page up")),
    Command(
      id: .pageDown, keys: [.pageDown], contexts: [.search, .list, .detail, .picker], hint: nil,
      help: ("En side ned", "Page down")),
    Command(
      id: .top, keys: [.home, .char("g")], contexts: [.list, .picker], hint: nil,
      help: ("Til toppen", "To the top")),
    Command(
      id: .bottom, keys: [.end, .char("G")], contexts: [.list, .picker], hint: nil,
      help: ("Til bunden", "To the bottom")),
    Command(
      id: .open, keys: [.enter], contexts: [.search, .list, .picker], hint: ("Åbn", "Open"),
      help: ("Åbn den valgte forening / vælg", "Open the selected association / choose")),
    Command(
      id: .editActivity, keys: [.enter], contexts: [.detail],
      hint: ("Ret aktivitet", "Edit activity"),
      help: ("Ret den valgte aktivitet", "Edit the selected activity")),
    Command(
      id: .back, keys: [.escape], contexts: [.search, .detail, .picker, .form],
      hint: ("Tilbage", "Back"), help: ("Tilbage / fortryd", "Back / cancel")),
    Command(
      id: .clearSearch, keys: [.escape], contexts: [.list], hint: ("Ryd søgning", "Clear search"),
      help: ("Ryd søgeteksten", "Clear the search text")),
    Command(
      id: .filterGroup, keys: [.ctrl("t"), .char("m")], contexts: [.search, .list],
      hint: ("Målgruppe", "Target group"),
      help: ("Filtrér på målgruppe", "Filter by target group")),
    Command(
      id: .filterArea, keys: [.ctrl("o"), .char("o")], contexts: [.search, .list],
      hint: ("Område", "Area"), help: ("Filtrér på lokalområde", "Filter by area")),
    Command(
      id: .filterActive, keys: [.ctrl("a"), .char("a")], contexts: [.search, .list],
      hint: ("Aktive/inaktive", "Active/inactive"),
      help: (
        "Skift mellem aktive, inaktive og alle foreninger",
        "Switch between active, inactive and all associations"
      )),
    Command(
      id: .newAssociation, keys: [.char("n"), .ctrl("n")], contexts: [.list],
      hint: ("Ny", "New"), help: ("Opret en ny forening", "Create a new association")),
    Command(
      id: .newActivity, keys: [.char("n")], contexts: [.detail],
      hint: ("Ny aktivitet", "New activity"),
      help: ("Opret en aktivitet for foreningen", "Create an activity for the association")),
    Command(
      id: .edit, keys: [.char("e")], contexts: browsing, hint: ("Ret", "Edit"),
      help: ("Ret den valgte forening", "Edit the selected association")),
    Command(
      id: .toggleActive, keys: [.char("d")], contexts: browsing,
      hint: ("Deaktivér", "Deactivate"),
      help: (
        "Deaktivér eller genaktivér den valgte forening",
        "Deactivate or reactivate the selected association"
      )),
    Command(
      id: .save, keys: [.ctrl("s"), .function(10)], contexts: [.form], hint: ("Gem", "Save"),
      help: ("Gem formularen", "Save the form")),
    Command(
      id: .nextField, keys: [.tab, .down, .enter], contexts: [.form],
      hint: ("Næste felt", "Next field"),
      help: ("Næste felt", "Next field")),
    Command(
      id: .previousField, keys: [.backTab, .up], contexts: [.form], hint: nil,
      help: ("Forrige felt", "Previous field")),
    Command(
      id: .toggle, keys: [.char(" ")], contexts: [.form], hint: ("Til/fra", "Toggle"),
      help: ("Sæt eller fjern kryds; skift valg", "Tick or untick; change a choice")),
  ]

  /// The command a key means in a context. Single printable keys are text in
  /// a text context, except `?` in the search line (folding drops it, so it
  /// can never be part of a search).
  public static func command(for key: Key, in context: Context) -> CommandID? {
    if context == .form, key == .char(" ") { return nil }  // space toggles only on checkboxes
    if context.takesText, let char = key.printable, !(context == .search && char == "?") {
      return nil
    }
    return all.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.id
  }

  /// The hints shown in the status bar for a context, in table order.
  public static func hints(for context: Context, _ lang: Language) -> [(
    keys: String, label: String
  )] {
    var seen = Set<String>()
    var result: [(String, String)] = []
    for command in all where command.contexts.contains(context) {
      guard let label = command.hintLabel(lang), !seen.contains(label) else { continue }
      seen.insert(label)
      let keys = command.keys.filter {
        !(context.takesText && $0.printable != nil && $0 != .char("?"))
      }
      guard let first = keys.first else { continue }
      result.append((first.label, label))
    }
    return result
  }
}
