import Core

/// What the desk program does to keep the file safe while people work: the
/// background check and daily backup, a damaged file said on every screen
/// (and never written again), and a visible wait while another program
/// holds the write lock.
extension App {
  /// Starts the full damage check (when the one at open ran out of time)
  /// and the day's automatic backup; called once the first screen is drawn.
  public func startBackgroundWork() {
    guard background == nil, db.path != ":memory:" else { return }
    let backup = autoBackup && stores.settings.autoBackup
    guard backup || !db.fullyChecked else { return }
    background = BackgroundCheck.start(
      path: db.path, fullCheck: !db.fullyChecked, backup: backup,
      today: today)
  }

  /// Reads what the background work found; true when the screen changed.
  func pollBackground() -> Bool {
    guard let reports = background?.take(), !reports.isEmpty else { return false }
    for report in reports {
      switch report {
      case .backedUp: break  // the usual case: nothing to say
      case .damaged(let file): markDamaged(file)
      case .failed(let error):
        message = (
          lang.pick(
            "Dagens automatiske sikkerhedskopi mislykkedes: ", "Today's automatic backup failed: ")
            + error.message(lang), true
        )
      }
    }
    return true
  }

  /// From now on every write is refused and every screen says what to do.
  func markDamaged(_ file: DamagedFile) {
    damaged = file
    db.markDamaged()
  }

  /// What the message line says while a write waits for another program.
  var busyWaitText: String {
    lang.pick(
      "Venter på et andet program, der skriver i databasen … (det du har skrevet, er ikke tabt)",
      "Waiting for another program that is writing to the database … (what you typed is kept)")
  }
}
