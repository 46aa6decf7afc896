import Core

/// Who is at the keyboard, as the shell needs it: the overdue count in the
/// status bar, and every pane told when someone else sits down
/// (`WhoIsHereFeature` asks and chooses).
extension App {
  func askWhoIsHere() { whoIsHere.ask() }

  /// Someone else is at the keyboard: the panes read again for them.
  func keyboardChanged() {
    refreshMine()
    panes.tellAll(.staffChanged)
  }

  /// My overdue count, and the data_version and day it was read at.
  func refreshMine() {
    do {
      try whoIsHere.countOverdue()
      try watch.markRead(today: today)
    } catch { show(error) }
  }

  /// Another desk wrote (SQLite's data_version moved) or the day changed:
  /// every pane reads again. Called by the event loop while waiting for
  /// keys; true when the screen needs drawing.
  @discardableResult
  public func tick() -> Bool {
    var found = false
    if let said = watch.poll(lang) {
      found = true
      if let said { message = (said, true) }
    }
    guard watch.changed(today: today) else { return found }
    refreshAll()
    return true
  }
}
