/// The keys of I dag: moving is the lists' ↑ ↓ and Enter, which opens the
/// line's inquiry, citizen or room week in its own pane.
extension CommandTable {
  static let today: [Command] = []
}
