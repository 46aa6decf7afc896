/// The keys of the things drawn on top of a pane: a yes/no question and
/// the help overlay. (Choice lists, forms and the personal-data view use
/// the general rows: ↑ ↓, Enter, Esc, Ctrl-S.)
extension CommandTable {
  static let widgets: [Command] = [
    Command(
      id: .yes, keys: [.char("j"), .char("J"), .char("y"), .char("Y")], contexts: [.confirm],
      hint: nil, help: ("Ja", "Yes")),
    Command(
      id: .no, keys: [.char("n"), .char("N"), .escape], contexts: [.confirm], hint: nil,
      help: ("Nej (intet sker)", "No (nothing happens)")),
    Command(
      id: .pageDown, keys: [.char(" ")], contexts: [.help], hint: nil,
      help: ("En side ned", "Page down")),
    Command(
      id: .back, keys: [.escape, .char("q"), .char("?"), .enter], contexts: [.help], hint: nil,
      help: ("Luk hjælpen", "Close the help")),
  ]
}
