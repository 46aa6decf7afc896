extension CommandID {
  static let printDay = CommandID("printDay")
}

/// The keys of I dag: moving is the lists' ↑ ↓ and Enter, which opens the
/// line's inquiry, citizen or room week in its own pane; `p` writes the
/// day's sheet for the door and the caretaker.
extension CommandTable {
  static let today: [Command] = [
    Command(
      id: .printDay, keys: [.char("p")], contexts: [.today], hint: ("Dagsseddel", "Day sheet"),
      help: (
        "Skriv dagens seddel (lokaler, tider, foreninger, kontakter, noter) til en fil eller printeren",
        "Write today's sheet (rooms, times, associations, contacts, notes) to a file or the printer"
      ))
  ]
}
