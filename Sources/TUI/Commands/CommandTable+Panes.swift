/// Moving between the panes: Tab and Shift-Tab in order, or a pane's own
/// function key (I dag is F6 but first in the order, see `PaneList`).
extension CommandTable {
  static let paneKeys: [Command] = [
    Command(
      id: .nextPane, keys: [.tab], contexts: tabbing, hint: nil,
      help: ("Næste rude", "Next pane")),
    Command(
      id: .previousPane, keys: [.backTab], contexts: tabbing, hint: nil,
      help: ("Forrige rude", "Previous pane")),
    Command(
      id: .pane(6), keys: [.function(6)], contexts: panes, hint: nil,
      help: (
        "I dag: opfølgninger, henvisninger, bookinger", "Today: follow-ups, referrals, bookings"
      )),
    Command(
      id: .pane(1), keys: [.function(1)], contexts: panes, hint: nil,
      help: ("Foreninger", "Associations")),
    Command(
      id: .pane(2), keys: [.function(2)], contexts: panes, hint: nil,
      help: ("Henvendelser", "Inquiries")),
    Command(
      id: .pane(3), keys: [.function(3)], contexts: panes, hint: nil,
      help: ("Borgere: profil og forslag", "Citizens: profile and suggestions")),
    Command(
      id: .pane(4), keys: [.function(4)], contexts: panes, hint: nil,
      help: ("Lokaler: uge, find og book", "Rooms: week, find and book")),
  ]
}
