import Core

/// I dag as it declares itself (see `Feature`): first in the tabs, F6.
extension PaneID {
  static let today = PaneID(6)
}

extension Context {
  /// I dag: the desk's day, a line per thing to do.
  static let today = Context("today", [.pane, .tabs, .moves, .pages, .opens, .quits])
}

extension Feature {
  static let today = Feature(
    tab: Tab(
      id: .today, title: ("I dag", "Today"),
      help: (
        "I dag: opfølgninger, henvisninger, bookinger", "Today: follow-ups, referrals, bookings"
      ),
      make: { try TodayFeature($0) }),
    places: [Place(.today, ("I dag (F6)", "Today (F6)"))],
    guide: (
      "I dag er dagen på én skærm: dine opfølgninger denne uge (forfaldne først, ↪ er overdraget til dig siden sidst), henvisninger der venter på svar, dagens bookinger med lokalets noter, faste bookinger der slutter snart, og kollegernes åbne henvendelser. Enter åbner linjen i sin rude; F6 kommer tilbage hertil.",
      "Today is the day on one screen: your follow-ups this week (overdue first, ↪ handed over to you since you last looked), referrals waiting for an answer, today's bookings with the room's notes, series ending soon, and colleagues' open inquiries. Enter opens the line in its own pane; F6 comes back here."
    ),
    commands: { CommandTable.today })
}
