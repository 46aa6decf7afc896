import Core

/// Who is at the keyboard, as the shell needs it: the overdue count in the
/// status bar, and every pane told when someone else sits down
/// (`WhoIsHereFeature` asks and chooses).
extension App {
  func askWhoIsHere() { whoIsHere.ask() }

  func dismissPicker() {
    if case .picker = modals.last { modals.removeLast() }
  }

  /// Someone else is at the keyboard: the panes read again for them, and
  /// the message line says who (and what is overdue, or that they are away).
  func keyboardChanged() {
    refreshMine()
    for pane in panes.values { pane.receive(.staffChanged) }
    message = (lang.pick("Ved tastaturet: ", "At the keyboard: ") + (me?.initials ?? ""), false)
    if overdueMine > 0 { message = (overdueText, true) }
    // Chosen while marked away: said, so a mark left from a holiday is seen.
    if let me, me.isAway(on: today) {
      message = (
        me.awayText(lang) + lang.pick(". F5, Ctrl-V retter det.", ". F5, Ctrl-V changes it."), true
      )
    }
  }

  var overdueText: String {
    overdueMine == 1
      ? lang.pick("Du har 1 forfalden henvendelse (F2).", "You have 1 overdue inquiry (F2).")
      : lang.pick(
        "Du har \(overdueMine) forfaldne henvendelser (F2).",
        "You have \(overdueMine) overdue inquiries (F2).")
  }

  /// My overdue count, and the data_version and day it was read at.
  func refreshMine() {
    do {
      overdueMine = try me.map { try inquiryStore.overdueCount(ownerID: $0.id) } ?? 0
      seenDataVersion = try db.dataVersion()
      seenDay = today
    } catch { show(error) }
  }

  /// Another desk wrote (SQLite's data_version moved) or the day changed:
  /// every pane reads again. Called by the event loop while waiting for
  /// keys; true when the screen needs drawing.
  @discardableResult
  public func tick() -> Bool {
    let found = pollBackground()
    // Past midnight, yesterday's follow-ups become overdue without any write.
    let dayChanged = today != seenDay
    guard let version = try? db.dataVersion(), version != seenDataVersion || dayChanged
    else { return found }
    refreshAll()
    return true
  }
}
