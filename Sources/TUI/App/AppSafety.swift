import Core

/// What the desk program does to keep the file safe while people work: the
/// background check and daily backup, a damaged file said on every screen
/// (and never written again), and a visible wait while another program
/// holds the write lock.
extension App {
  /// Starts the full damage check (when the one at open ran out of time)
  /// and the day's automatic backup; called once the first screen is drawn.
  public func startBackgroundWork() {
    guard background == nil, store.db.path != ":memory:" else { return }
    let backup = autoBackup && Settings(db: store.db).autoBackup
    guard backup || !store.db.fullyChecked else { return }
    background = BackgroundCheck.start(
      path: store.db.path, fullCheck: !store.db.fullyChecked, backup: backup,
      today: inquiryStore.today)
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
    store.db.markDamaged()
  }

  /// What the message line says while a write waits for another program.
  var busyWaitText: String {
    lang.pick(
      "Venter på et andet program, der skriver i databasen … (det du har skrevet, er ikke tabt)",
      "Waiting for another program that is writing to the database … (what you typed is kept)")
  }

  /// Why a form's work was not done, for its message line: trouble with
  /// the file says so itself ("nothing was saved"), and a wait for another
  /// program that ran out says which key tries again; anything else after
  /// `prefix` ("Ikke gemt: ").
  func notDone(_ error: Error, _ prefix: (String, String)) -> String {
    if let problem = error as? DatabaseProblem {
      return problem.message(
        lang,
        retry: problem.kind == .busy
          ? lang.pick("Tryk Ctrl-S for at prøve igen.", "Press Ctrl-S to try again.") : nil)
    }
    return lang.pick(prefix.0, prefix.1) + ErrorText.message(error, lang)
  }
}
