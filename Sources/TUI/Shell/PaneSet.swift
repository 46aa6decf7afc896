import Core

/// The panes: each made the first time it is needed (a start reads only
/// the one it opens on), the one in front, and those that read again when
/// next shown because something was written while they were hidden.
final class PaneSet {
  unowned let app: App
  private(set) var made: [PaneID: Pane] = [:]
  private(set) var active: PaneID
  private var stale: Set<PaneID> = []

  init(_ app: App, first: PaneID) throws {
    self.app = app
    active = first
    made[first] = try first.make(app)
  }

  var front: Pane { made[active]! }

  /// The pane `id`, made now if this is the first time it is needed; nil
  /// (and the error said) if it cannot be read.
  func pane(_ id: PaneID) -> Pane? {
    if let pane = made[id] { return pane }
    do {
      let pane = try id.make(app)
      made[id] = pane
      return pane
    } catch {
      app.show(error)
      return nil
    }
  }

  /// Brings `id` to the front: it hears `.shown`, and `.refresh` too when
  /// something was written while it was hidden.
  func show(_ id: PaneID) {
    guard pane(id) != nil else { return }
    active = id
    app.refreshMine()
    front.receive(.shown)
    if stale.remove(id) != nil { front.receive(.refresh) }
  }

  func switchTo(_ id: PaneID) {
    guard id != active else { return }
    show(id)
  }

  /// The pane `step` tabs on (Tab, Shift-Tab), round the end.
  func step(_ step: Int) {
    let order = PaneID.allCases
    let index = order.firstIndex(of: active)!
    switchTo(order[(index + step + order.count) % order.count])
  }

  func bring(_ id: PaneID, _ event: DeskEvent) {
    if id != active { show(id) }
    guard active == id else { return }  // it could not be read (said)
    front.receive(event)
  }

  /// The pane in front reads again now; the others when they are shown
  /// (no work for screens nobody is looking at).
  func refreshAll() {
    app.refreshMine()
    front.receive(.refresh)
    stale = Set(made.keys).subtracting([active])
  }

  func tellAll(_ event: DeskEvent) {
    for pane in made.values { pane.receive(event) }
  }

  var hasUnsavedChanges: Bool { made.values.contains { $0.hasUnsavedChanges } }
}
