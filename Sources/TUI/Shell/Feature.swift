import Core

/// What a feature says about itself, once, in its own folder: its tab (a
/// pane has one; Find and the personal-data view are drawn over panes),
/// its places with their help, its rows of the command table, the kinds of
/// thing it shows and the requests it takes. The shell, the command
/// table and help read these; none of them names a pane. Adding a pane is
/// a folder and its line in `PaneList.features`.
struct Feature: Sendable {
  /// The pane's function key and tab; nil for a feature drawn over panes.
  var tab: Tab?
  /// Its places, in the order help lists them.
  let places: [Place]
  /// The few lines `?` opens on in any of its places.
  var guide: (String, String)?
  /// Its rows of the command table (made on first use).
  let commands: @Sendable () -> [Command]
  /// Whether this pane shows a thing of this kind (what Find found, what
  /// another pane opens: `DeskEvent.open`).
  var shows: @Sendable (FindHit.Target) -> Bool = { _ in false }
  /// Whether a request is this pane's (`DeskEvent.request`).
  var takes: @Sendable (DeskRequest) -> Bool = { _ in false }

  struct Tab: Sendable {
    let id: PaneID
    let title: (String, String)
    /// What the function key's line in help says.
    let help: (String, String)
    let make: @Sendable (Desk) throws -> Pane
  }

  /// A place with its section in help: a title, and a line said before
  /// its keys; nil title: its keys are listed under another place.
  struct Place: Sendable {
    let context: Context
    var title: (String, String)?
    var intro: (String, String)?

    init(_ context: Context, _ title: (String, String)?, intro: (String, String)? = nil) {
      self.context = context
      self.title = title
      self.intro = intro
    }
  }
}

/// A pane's identity: its function key. Each pane declares its own in its
/// folder (`extension PaneID { static let rooms = PaneID(4) }`).
struct PaneID: Hashable, Sendable {
  let key: Int
  init(_ key: Int) { self.key = key }
}
