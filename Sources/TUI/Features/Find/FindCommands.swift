extension CommandID {
  static let findOneKind = CommandID("findOneKind")
}

/// The keys of Find: Ctrl-F from any pane (and `/` on I dag) opens it; in
/// it, typing searches, ↑ ↓ move, Tab shows one kind alone, Enter opens,
/// Esc goes back.
extension CommandTable {
  static let find: [Command] = [
    Command(
      id: .find, keys: [.ctrl("f")], contexts: panes, hint: ("Find", "Find"),
      help: (
        "Find alt: foreninger, henvendelser (#123), borgere, lokaler, bookinger, arrangementer, tilmeldinger",
        "Find anything: associations, inquiries (#123), citizens, rooms, bookings, events, sign-ups"
      )),
    Command(
      id: .find, keys: [.char("/")], contexts: [.today], hint: nil,
      help: ("Find alt (som Ctrl-F)", "Find anything (as Ctrl-F)")),
    Command(
      id: .findOneKind, keys: [.tab], contexts: [.find],
      hint: ("Kun denne slags", "This kind only"),
      help: (
        "Vis kun det markerede funds slags, op til 50 (Tab igen: alle slags)",
        "Show only the marked hit's kind, up to 50 (Tab again: every kind)"
      )),
  ]
}
