import Core

/// What the event loop asks of the desk between keys: it changes the
/// desk's state only through these.
extension App {
  /// Starts the background check and the day's backup (first screen drawn).
  public func startBackgroundWork() {
    watch.start(backup: autoBackup, settings: stores.settings, today: today)
  }

  /// A write waits for another program's lock: the screen says so.
  func waitingForLock(_ waiting: Bool) { watch.waiting = waiting }

  /// Whether a redraw (Ctrl-L) or a suspend (Ctrl-Z) was asked, once.
  func takeRedraw() -> Bool {
    defer { wantsRedraw = false }
    return wantsRedraw
  }
  func takeSuspend() -> Bool {
    defer { wantsSuspend = false }
    return wantsSuspend
  }

  /// From now on every write is refused and every screen says what to do.
  func markDamaged(_ file: DamagedFile) { watch.markDamaged(file) }

  /// The write lock's wait is said on the screen while it lasts.
  func onBusyWait(_ draw: (() -> Void)?) { db.onBusyWait = draw }

  /// The check at open, put off until the first screen was drawn.
  func settleOpenCheck() throws { try db.settleOpenCheck() }
}
