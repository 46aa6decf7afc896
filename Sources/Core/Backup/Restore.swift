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
      throw .cannotRead(path: backup, reason: .current)
    }
    if FileIdentity.isPart(backup, of: database) { throw .sameFile(path: backup) }
    guard FileIdentity.isSQLite(backup) else { throw .notADatabase(path: backup) }
    let temporary = database + ".restoring-\(getpid())"
    defer { for part in FileIdentity.companions(of: temporary) { unlink(part) } }
    guard let source = RawConnection(path: backup, readOnly: true) else {
      throw .cannotRead(path: backup, reason: .current)
    }
    try BackupCopy.copy(from: source.handle, to: temporary) { detail in
      ErrorLog(database: database).record("restore: \(backup) failed the check: \(detail)")
      return .damagedCopy(path: backup)
    }
    let version = try inspect(temporary, named: backup)
    let lock: DatabaseLock
    switch DatabaseLock.exclusive(for: database) {
    case .success(let held): lock = held
    case .failure(.held): throw .inUse(path: database)
    case .failure(.cannotCreate(let reason)):
      throw .cannotWrite(path: DatabaseLock.path(for: database), reason: reason)
    }
    defer { withExtendedLifetime(lock) {} }
    let erasures = try bringUpToDate(
      temporary, named: backup, erasures: logged(for: database), log: ErrorLog(database: database))
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
  /// Trouble with the disk says so; only a copy that will not open as a
  /// database is called damaged.
  private static func bringUpToDate(
    _ copy: String, named backup: String, erasures: [ErasureLog.Entry], log: ErrorLog
  ) throws(BackupError) -> Int {
    do {
      let db = try Database(path: copy, options: .init(lock: false, checkMilliseconds: nil))
      let count = try ErasureLog.reapply(erasures, to: db)
      _ = try db.map("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int(0) }
      return count
    } catch let problem as DatabaseProblem where problem.kind != .damaged {
      throw .problem(problem)
    } catch DatabaseOpenError.problem(let problem) {
      throw .problem(problem)
    } catch DatabaseOpenError.damaged, DatabaseOpenError.notADatabase {
      throw .damagedCopy(path: backup)
    } catch let problem as DatabaseProblem {
      log.record("restore: \(backup) failed while brought up to date: \(problem.kind)")
      throw .damagedCopy(path: backup)
    } catch {
      log.record("restore: \(backup) failed while brought up to date: \(type(of: error))")
      throw .problem(
        DatabaseProblem(
          kind: .ioError, path: copy, rolledBack: false, newestBackup: nil, logPath: log.path))
    }
  }

  /// Keeps the old database (with its write-ahead log) under a dated name
  /// no earlier restore used, and puts the copy in its place. Returns where
  /// the old one went.
  ///
  /// The order keeps a complete old database at every moment: the kept name
  /// is made a second link to the old file (and its log) first; then the
  /// old log goes (so it can never be replayed into the copy); then the
  /// copy is renamed over the database in one step.
  private static func swap(_ copy: String, into database: String, stamp: (day: Day, time: String))
    throws(BackupError) -> String?
  {
    let wal = database + "-wal"
    var kept: String?
    if FileIdentity.exists(database) || FileIdentity.size(wal) ?? 0 > 0 {
      let base =
        database + ".before-restore-" + stamp.day.iso + "-" + stamp.time.replacingAll(":", with: "")
      var name = base
      var n = 1
      while FileIdentity.exists(name) || FileIdentity.exists(name + "-wal") {
        n += 1
        name = base + "-\(n)"
      }
      // An empty log holds nothing: it is not kept, only removed below.
      for (from, to) in [(database, name), (wal, name + "-wal")]
      where FileIdentity.size(from) ?? 0 > 0 || (from == database && FileIdentity.exists(from)) {
        guard keep(from, as: to) else {
          let reason = SystemReason.current
          unlink(name)
          unlink(name + "-wal")
          throw .cannotWrite(path: to, reason: reason)
        }
      }
      kept = name
    }
    // From here the kept name holds the old database whole.
    if FileIdentity.exists(wal) && unlink(wal) != 0 {
      throw .cannotWrite(path: wal, reason: .current)
    }
    unlink(database + "-shm")
    guard rename(copy, database) == 0 else {
      let reason = SystemReason.current
      throw .cannotWrite(path: database, reason: reason)
    }
    FileIdentity.sync(database)
    return kept
  }

  /// A second name for a file: a hard link, or a copy where links are not
  /// possible (the original stays until the copy has taken its place).
  private static func keep(_ from: String, as to: String) -> Bool {
    if link(from, to) == 0 { return true }
    guard let bytes = try? BinaryFile.read(from) else { return false }
    let fd = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(fd, $0.baseAddress! + written, bytes.count - written)
      }
      guard count > 0 else { return false }
      written += count
    }
    return fsync(fd) == 0
  }
}
