import Core

/// F1 Foreninger as it declares itself (see `Feature`).
extension PaneID {
  static let associations = PaneID(1)
}

extension Context {
  /// Typing in the search line.
  static let search = Context(
    "search",
    [.pane, .tabs, .takesText, .questionIsHelp, .searchLine, .pages, .opens, .clears])
  /// Moving in the result list.
  static let list = Context(
    "list", [.pane, .tabs, .moves, .searchable, .pages, .ends, .opens, .edits, .quits])
  /// Reading one association.
  static let detail = Context(
    "detail", [.pane, .tabs, .moves, .searchable, .pages, .backs, .edits, .quits])
}

extension Feature {
  static let associations = Feature(
    tab: Tab(
      id: .associations, title: ("Foreninger", "Associations"),
      help: ("Foreninger", "Associations"), make: { try AssociationsFeature($0) }),
    places: [
      Place(
        .search, ("Søgelinjen", "The search line"),
        intro: (
          "Skriv for at søge: æ/ae, ø/o/oe og å/aa findes begge veje; ord på 3+ bogstaver findes også inde i sammensatte ord.",
          "Type to search: æ/ae, ø/o/oe and å/aa match both ways; words of 3+ letters are also found inside compound words."
        )),
      Place(.list, ("Listen", "The list")),
      Place(.detail, ("En forening", "One association")),
    ],
    guide: (
      "Skriv for at søge i foreninger og aktiviteter; Esc rydder søgningen. ↓ går til listen, hvor bogstaver er kommandoer (n ny, e ret, d deaktivér); Esc eller ↑ øverst går tilbage. Enter åbner en forening med kontakt og aktiviteter. Ctrl-T, Ctrl-O og Ctrl-V filtrerer på målgruppe, område og aktive.",
      "Type to search associations and activities; Esc clears the search. ↓ goes to the list, where letters are commands (n new, e edit, d deactivate); Esc, or ↑ at the top, goes back. Enter opens an association with its contact and activities. Ctrl-T, Ctrl-O and Ctrl-V filter by target group, area and active."
    ),
    commands: { CommandTable.associations },
    shows: { if case .association = $0 { return true } else { return false } })
}
