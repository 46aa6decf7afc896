import Core

/// F4 Lokaler as it declares itself (see `Feature`).
extension PaneID {
  static let rooms = PaneID(4)
}

extension Context {
  /// F4: the week of bookings.
  static let week = Context("week", [.pane, .tabs, .moves, .edits, .quits])
  /// F4: typing what a room must have.
  static let roomFind = Context("roomFind", [.pane, .takesText, .writing, .clears, .fields])
  /// F4: moving in the rooms that fit.
  static let roomResults = Context("roomResults", [.pane, .tabs, .moves, .backs, .quits])
}

extension Feature {
  static let rooms = Feature(
    tab: Tab(
      id: .rooms, title: ("Lokaler", "Rooms"),
      help: ("Lokaler: uge, find og book", "Rooms: week, find and book"),
      make: { try RoomsFeature($0) }),
    places: [
      Place(.week, ("Ugen (F4)", "The week (F4)")),
      Place(.roomFind, ("Find et ledigt lokale (F4)", "Find a free room (F4)")),
      Place(.roomResults, ("Lokaler, der passer (F4)", "Rooms that fit (F4)")),
    ],
    guide: (
      "Ugen viser bookinger som dage × timer; r vælger lokale. f finder et ledigt lokale: skriv hvornår (tir 19-21 uge 2-24), antal og behov (kørestol), og lokalerne rangeres, mens du skriver. Ctrl-S booker det med ▶; optagne datoer springes over, og der foreslås et andet lokale. Esc rydder, ↑ øverst går til ugen.",
      "The week shows bookings as days × hours; r picks a room. f finds a free room: type when (tue 19-21 weeks 2-24), how many and the needs (wheelchair), and the rooms are ranked as you type. Ctrl-S books the one marked ▶; taken dates are skipped and another room is offered. Esc clears, ↑ at the top: the week."
    ),
    commands: { CommandTable.rooms },
    shows: {
      switch $0 {
      case .room, .booking: return true
      default: return false
      }
    })
}
