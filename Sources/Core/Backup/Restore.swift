import Glibc

/// Puts a backup back in place of the database, checking before it replaces:
///
/// 1. the backup is copied (SQLite's backup, so a copy of a live file is one
///    moment) to a temporary file beside the database, and the copy must pass
///    `integrity_check`, carry skranke's mark and a schema this skranke knows;
/// 2. no other skranke may have the database open (its lock file);
/// 3. the copy is migrated to this version and every logged erasure is
///    applied to it again, so a restore never brings an erased person back;
/// 4. the old database (with its write-ahead log) is kept beside it as
///    `skranke.db.before-restore-DATE-TIME`, and the copy takes its name.
///
/// Whatever fails, the database is as it was.
public enum Restore {
  public struct Outcome: Equatable, Sendable {
    /// Where the replaced database was kept (nil when there was none).
    public let keptAs: String?
    /// Citizens erased again in the restored copy.
    public let erasedAgain: Int
    /// The schema version the backup had before it was brought up to date.
    public let fromVersion: Int
  }

  public static func restore(
    from backup: String, into database: String, clock: Clock = .system
  ) throws(BackupError) -> Outcome {
    guard access(backup, R_OK) == 0 else {
      throw .cannotRead(path: backup, reason: String(cString: strerror(errno)))
    }
    if FileIdentity.isPart(backup, of: database) { throw .sameFile(path: backup) }
    guard FileIdentity.isSQLite(backup) else { throw .notADatabase(path: backup) }
    let temporary = database + ".restoring-\(getpid())"
    defer { for part in FileIdentity.companions(of: temporary) { unlink(part) } }
    guard let source = RawConnection(path: backup, readOnly: true) else {
      throw .cannotRead(path: backup, reason: "SQLite")
    }
    try BackupCopy.copy(from: source.handle, to: temporary) { detail in
      .damagedCopy(path: backup, detail: detail)
    }
    let version = try inspect(temporary, named: backup)
    guard let lock = DatabaseLock.exclusive(for: database) else { throw .inUse(path: database) }
    defer { withExtendedLifetime(lock) {} }
    let erasures = try bringUpToDate(temporary, named: backup, erasures: logged(for: database))
    let kept = try swap(temporary, into: database, stamp: clock.now())
    return Outcome(keptAs: kept, erasedAgain: erasures, fromVersion: version)
  }

  /// The copy's schema version; refuses another program's file or a newer one.
  private static func inspect(_ copy: String, named backup: String) throws(BackupError) -> Int {
    guard let connection = RawConnection(path: copy, readOnly: true),
      case .success(let version) = connection.rows("PRAGMA user_version"),
      case .success(let application) = connection.rows("PRAGMA application_id"),
      case .success(let history) = connection.rows(
        "SELECT count(*) FROM sqlite_schema WHERE name = 'schema_migrations'"),
      let number = Int(version.first ?? ""), let mark = Int64(application.first ?? "")
    else { throw .notSkranke(path: backup) }
    if number > Schema.migrations.count {
      throw .newerVersion(path: backup, found: number, known: Schema.migrations.count)
    }
    guard number >= 1, history.first == "1", mark == 0 || mark == Database.applicationID else {
      throw .notSkranke(path: backup)
    }
    return number
  }

  /// Every erasure the database it replaces knows of: its log file, and its
  /// table when the file can still be read.
  private static func logged(for database: String) -> [ErasureLog.Entry] {
    let log = ErasureLog(database: database)
    var entries = log.fileEntries()
    // Read-only and without migrating: the old file is kept as it was.
    if FileIdentity.exists(database), let current = RawConnection(path: database, readOnly: true),
      case .success(let rows) = current.table(
        "SELECT citizen_id, created_at, erased_at FROM erasure_log")
    {
      entries += rows.compactMap { row in
        Int64(row[0]).map { ErasureLog.Entry(citizenID: $0, createdAt: row[1], erasedAt: row[2]) }
      }
    }
    return entries
  }

  /// Migrates the copy and applies the erasures again.
  private static func bringUpToDate(
    _ copy: String, named backup: String, erasures: [ErasureLog.Entry]
  ) throws(BackupError) -> Int {
    do {
      let db = try Database(path: copy, options: .init(lock: false, checkMilliseconds: nil))
      let count = try ErasureLog.reapply(erasures, to: db)
      _ = try db.map("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int(0) }
      return count
    } catch let problem as DatabaseProblem {
      throw .problem(problem)
    } catch {
      throw .damagedCopy(path: backup, detail: ErrorText.message(error, .english))
    }
  }

  /// Keeps the old database (and its log) under a dated name and puts the
  /// copy in its place. Returns where the old one went.
  private static func swap(_ copy: String, into database: String, stamp: (day: Day, time: String))
    throws(BackupError) -> String?
  {
    var kept: String?
    if FileIdentity.exists(database) {
      let name =
        database + ".before-restore-" + stamp.day.iso + "-"
        + stamp.time.replacingAll(":", with: "")
      guard rename(database, name) == 0 else {
        throw .cannotWrite(path: database, reason: String(cString: strerror(errno)))
      }
      if FileIdentity.exists(database + "-wal") { rename(database + "-wal", name + "-wal") }
      unlink(database + "-shm")
      kept = name
    }
    guard rename(copy, database) == 0 else {
      let reason = String(cString: strerror(errno))
      if let kept {
        rename(kept, database)
        rename(kept + "-wal", database + "-wal")
      }
      throw .cannotWrite(path: database, reason: reason)
    }
    unlink(copy + "-wal")
    unlink(copy + "-shm")
    FileIdentity.sync(database)
    return kept
  }
}
