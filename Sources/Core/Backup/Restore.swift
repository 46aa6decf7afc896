import Glibc

/// Puts a backup back in place of the database, checking before it replaces:
///
/// 1. no other skranke may have the database open (its lock file), and a
///    restore that was killed is finished or undone first (`RestoreSwap`);
/// 2. the backup is copied (SQLite's backup, so a copy of a live file is one
///    moment) to a temporary file beside the database, and the copy must pass
///    `integrity_check`, carry skranke's mark and a schema this skranke knows;
/// 3. the copy is migrated to this version, every logged erasure is applied
///    to it again (what the restore knows of them is `Erasures`, said to the
///    person before anything is replaced), and its ids are kept above every
///    id the old database handed out, so none is handed out twice;
/// 4. the old database (with its write-ahead log) is kept beside it as
///    `skranke.db.before-restore-DATE-TIME`, and the copy takes its name, all
///    or nothing (`RestoreSwap`).
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

  /// `erasures`: what was gathered and said to the person (by default
  /// gathered here, from what lies beside the database and the backup).
  public static func restore(
    from backup: String, into database: String, erasures known: Erasures? = nil,
    clock: Clock = .system
  ) throws(BackupError) -> Outcome {
    let erasures: Erasures
    if let known {
      erasures = known
    } else {
      erasures = try Self.erasures(for: database, backup: backup, given: [])
    }
    guard access(backup, R_OK) == 0 else {
      throw .cannotRead(path: backup, reason: .current)
    }
    if FileIdentity.isPart(backup, of: database) { throw .sameFile(path: backup) }
    guard FileIdentity.isSQLite(backup) else { throw .notADatabase(path: backup) }
    let lock: DatabaseLock
    switch DatabaseLock.exclusive(for: database) {
    case .success(let held): lock = held
    case .failure(.held): throw .inUse(path: database)
    case .failure(.cannotCreate(let reason)):
      throw .cannotWrite(path: DatabaseLock.path(for: database), reason: reason)
    }
    defer { withExtendedLifetime(lock) {} }
    RestoreSwap.recover(database)
    if FileIdentity.linkCount(database) > 1 { throw .severalNames(path: database) }
    // What was said may be minutes old (the question waited): an erasure
    // made meanwhile is read again now that no one can make another.
    var entries = erasures.entries
    entries += ErasureLog.entries(inLog: ErasureLog(database: database).filePath) ?? []
    if FileIdentity.exists(database) { entries += ErasureLog.entries(inDatabase: database) ?? [] }
    let temporary = RestoreSwap.temporary(of: database)
    defer { for part in FileIdentity.companions(of: temporary) { unlink(part) } }
    guard let source = RawConnection(path: backup, readOnly: true) else {
      throw .cannotRead(path: backup, reason: .current)
    }
    try BackupCopy.copy(from: source.handle, to: temporary) { detail in
      ErrorLog(database: database).record("restore: \(backup) failed the check: \(detail)")
      return .damagedCopy(path: backup)
    }
    let version = try inspect(temporary, named: backup)
    let erased = try bringUpToDate(
      temporary, named: backup, erasures: entries, floors: floors(of: database),
      log: ErrorLog(database: database))
    let kept = keptName(for: database, stamp: clock.now())
    try RestoreSwap.swap(temporary, into: database, keptAs: kept)
    return Outcome(keptAs: kept, erasedAgain: erased, fromVersion: version)
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

  /// The highest ids the database being replaced has handed out (read
  /// without changing it; none when it cannot be read).
  static func floors(of database: String) -> [String: Int64] {
    guard FileIdentity.exists(database),
      let current = RawConnection(path: database, readOnly: true)
    else { return [:] }
    var out: [String: Int64] = [:]
    for table in ["citizens", "inquiries"] {
      if case .success(let rows) = current.rows("SELECT max(id) FROM \(table)"),
        let value = rows.first.flatMap({ Int64($0) })
      {
        out[table] = value
      }
    }
    if case .success(let rows) = current.table("SELECT name, last FROM id_floors") {
      for row in rows { if let last = Int64(row[1]) { out[row[0]] = max(out[row[0]] ?? 0, last) } }
    }
    return out
  }

  /// Migrates the copy, applies the erasures again and raises its ids.
  /// Trouble with the disk says so; only a copy that will not open as a
  /// database is called damaged.
  private static func bringUpToDate(
    _ copy: String, named backup: String, erasures: [ErasureLog.Entry], floors: [String: Int64],
    log: ErrorLog
  ) throws(BackupError) -> Int {
    do {
      let db = try Database(path: copy, options: .init(lock: false, checkMilliseconds: nil))
      let count = try ErasureLog.reapply(erasures, to: db)
      try db.write {
        for (table, last) in floors {
          try db.run(
            "UPDATE id_floors SET last = max(last, ?) WHERE name = ?",
            [.integer(last), .text(table)])
        }
      }
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

  /// A dated name no earlier restore used, for the database being
  /// replaced; nil when there is none.
  private static func keptName(for database: String, stamp: (day: Day, time: String)) -> String? {
    let wal = database + "-wal"
    guard FileIdentity.exists(database) || FileIdentity.size(wal) ?? 0 > 0 else { return nil }
    let base =
      database + ".before-restore-" + stamp.day.iso + "-" + stamp.time.replacingAll(":", with: "")
    var name = base
    var n = 1
    while FileIdentity.exists(name) || FileIdentity.exists(name + "-wal") {
      n += 1
      name = base + "-\(n)"
    }
    return name
  }
}
