import Core

/// What the desk program does to keep the file safe while people work: the
/// background check and daily backup, a damaged file said on every screen
/// (and never written again), and a visible wait while another program
/// holds the write lock.
final class FileWatch {
  private let db: Database
  /// The full check and the day's backup, on a thread of their own.
  private var background: BackgroundCheck?
  /// Set when the file turned out damaged: said on every screen, no writes.
  private(set) var damaged: DamagedFile?
  /// A write is waiting for another program's lock (said on the message line).
  var waiting = false
  /// SQLite's data_version and the day when the panes last read.
  private var seenVersion: Int64 = 0
  private var seenDay = Day(ordinal: 0)

  init(_ db: Database) { self.db = db }

  /// Starts the full damage check (when the one at open ran out of time)
  /// and the day's automatic backup, once the first screen is drawn.
  func start(backup wanted: Bool, settings: Settings, today: Day) {
    guard background == nil, db.path != ":memory:" else { return }
    let backup = wanted && settings.autoBackup
    guard backup || !db.fullyChecked else { return }
    background = BackgroundCheck.start(
      path: db.path, fullCheck: !db.fullyChecked, backup: backup, today: today)
  }

  /// What the background work found since last asked: nil when nothing;
  /// else a message to say (or none, for a backup made as usual).
  func poll(_ lang: Language) -> String?? {
    guard let reports = background?.take(), !reports.isEmpty else { return nil }
    var said: String?
    for report in reports {
      switch report {
      case .backedUp: break  // the usual case: nothing to say
      case .damaged(let file): markDamaged(file)
      case .failed(let error):
        said =
          lang.pick(
            "Dagens automatiske sikkerhedskopi mislykkedes: ", "Today's automatic backup failed: ")
          + error.message(lang)
      }
    }
    return .some(said)
  }

  /// The panes have read the file as it is now.
  func markRead(today: Day) throws {
    seenVersion = try db.dataVersion()
    seenDay = today
  }

  /// Another desk wrote (SQLite's data_version moved), or the day changed
  /// (past midnight, yesterday's follow-ups are overdue without any write),
  /// since the panes last read.
  func changed(today: Day) -> Bool {
    guard let version = try? db.dataVersion() else { return false }
    return version != seenVersion || today != seenDay
  }

  /// From now on every write is refused and every screen says what to do.
  func markDamaged(_ file: DamagedFile) {
    damaged = file
    db.markDamaged()
  }

  /// What the message line says while a write waits for another program.
  static func busyWaitText(_ lang: Language) -> String {
    lang.pick(
      "Venter på et andet program, der skriver i databasen … (det du har skrevet, er ikke tabt)",
      "Waiting for another program that is writing to the database … (what you typed is kept)")
  }
}
