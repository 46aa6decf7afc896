/// Moving between the panes: Tab and Shift-Tab in order, or a pane's own
/// function key (I dag is F6 but first in the order, see `PaneList`): a
/// row per pane, made from its declaration.
extension CommandTable {
  static let paneKeys: [Command] =
    [
      Command(
        id: .nextPane, keys: [.tab], contexts: tabbing, hint: nil,
        help: ("Næste rude", "Next pane")),
      Command(
        id: .previousPane, keys: [.backTab], contexts: tabbing, hint: nil,
        help: ("Forrige rude", "Previous pane")),
    ]
    + PaneList.panes.map {
      Command(
        id: .pane($0.id.key), keys: [.function($0.id.key)], contexts: panes, hint: nil,
        help: $0.help)
    }
}
