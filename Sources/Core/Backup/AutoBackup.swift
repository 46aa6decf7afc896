import Glibc

/// The daily automatic backup: the first start of a day copies the database
/// into its backup folder (`auto-2026-11-30.db`) and removes the copies the
/// rotation no longer keeps (7 daily, 4 weekly). The setting `auto-backup`
/// and `--no-backup` turn it off.
public enum AutoBackup {
  /// Makes today's backup if it is due; returns it, or nil when none was.
  public static func runIfDue(_ db: Database, today: Day) throws(BackupError) -> BackupFile? {
    guard db.path != ":memory:" else { return nil }
    let folder = BackupFolder(database: db.path)
    // Copies an older skranke (or a person) left readable are tightened
    // at every start that writes, with automatic backups on or off.
    if FileIdentity.isDirectory(folder.path) { try? folder.create() }
    guard Settings(db: db).autoBackup else { return nil }
    let target = folder.file(for: today)
    // A copy named for today but written later than now was made by a
    // desk whose clock ran ahead: it is not today's, and is made anew.
    if FileIdentity.exists(target), let written = FileIdentity.modified(target),
      written > Int(time(nil)) + 300
    {
      unlink(target)
    }
    guard !FileIdentity.exists(target), try holdsWork(db) else { return nil }
    try folder.create()
    try BackupCopy.make(of: db, to: target)
    folder.prune(today: today)
    return BackupFile(path: target, day: today)
  }

  /// An empty database (before the first import) is not worth a copy: the
  /// day's backup waits for a start that has something to keep.
  static func holdsWork(_ db: Database) throws(BackupError) -> Bool {
    do {
      return try db.scalarInt(
        """
        SELECT EXISTS (SELECT 1 FROM associations) OR EXISTS (SELECT 1 FROM citizens)
          OR EXISTS (SELECT 1 FROM inquiries) OR EXISTS (SELECT 1 FROM rooms)
        """) == 1
    } catch let problem as DatabaseProblem {
      throw .problem(problem)
    } catch {
      return true
    }
  }
}
