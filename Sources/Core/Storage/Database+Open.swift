import CSQLite
import Glibc

/// Opening a file: nothing is written until it is known to be a healthy
/// skranke file of a version this skranke knows.
extension Database {
  /// skranke's mark in the file header (`PRAGMA application_id`): "skrk".
  public static let applicationID: Int64 = 0x736B_726B

  /// Creates a missing file with mode 0600 before SQLite sees it: SQLite would
  /// create it with the umask's mode, readable by everyone. WAL and SHM files
  /// inherit the database file's mode.
  static func prepareFile(_ path: String) throws {
    if access(path, F_OK) == 0 {
      guard access(path, R_OK | W_OK) == 0 else {
        throw DatabaseOpenError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
      }
      return
    }
    let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    if fd < 0 && errno != EEXIST {
      throw DatabaseOpenError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    if fd >= 0 { close(fd) }
  }

  func configure(migrations: [Migration], options: Options) throws {
    do {
      // Read-only probes first: a foreign, newer or damaged file must not be changed.
      let version = try scalarInt("PRAGMA user_version")
      let latest = migrations.count
      if version > latest {
        throw DatabaseOpenError.newerVersion(path: path, found: Int(version), known: latest)
      }
      let application = try scalarInt("PRAGMA application_id")
      let tables = try scalarInt("SELECT count(*) FROM sqlite_schema")
      if (application != 0 && application != Self.applicationID) || (version == 0 && tables > 0) {
        throw DatabaseOpenError.notSkranke(path: path)
      }
      if version > 0, let budget = options.checkMilliseconds {
        try checkForDamage(budgetMilliseconds: budget)
      }
      if path != ":memory:" {
        let mode = try scalarText("PRAGMA journal_mode=WAL")
        guard mode.lowercased() == "wal" else {
          throw DatabaseOpenError.walUnavailable(path: path, mode: mode)
        }
      }
      try execute("PRAGMA foreign_keys=ON")
      try execute("PRAGMA synchronous=NORMAL")
      try Migrator(migrations: migrations).migrate(self)
    } catch let problem as DatabaseProblem {
      // SQLite says "not a database" for a damaged header and for a file
      // that never was one: only the latter lacks SQLite's header.
      if problem.kind == .damaged && !FileIdentity.isSQLite(path) {
        throw DatabaseOpenError.notADatabase(path: path)
      }
      throw DatabaseOpenError.from(problem)
    } catch let error as SQLiteError {
      throw DatabaseOpenError.from(error, path: path)
    }
  }

  /// SQLite's quick check, stopped when the budget is spent (a large file
  /// is then checked in full in the background: `fullyChecked` is false).
  /// Any damage found is thrown as `DatabaseOpenError.damaged`.
  func checkForDamage(budgetMilliseconds: Int) throws {
    let deadline = Deadline(end: Monotonic.milliseconds() + Double(budgetMilliseconds))
    sqlite3_progress_handler(
      handle, 1000,
      { context in
        Unmanaged<Deadline>.fromOpaque(context!).takeUnretainedValue().passed ? 1 : 0
      }, Unmanaged.passUnretained(deadline).toOpaque())
    defer { sqlite3_progress_handler(handle, 0, nil, nil) }
    var verdict: [String] = []
    do {
      verdict = try map("PRAGMA quick_check") { $0.text(0) }
    } catch let error as SQLiteError where error.primaryCode == SQLITE_INTERRUPT {
      fullyChecked = false
      return
    }
    if verdict != ["ok"] {
      isDamaged = true
      log?.record("quick_check at open: " + verdict.prefix(5).joined(separator: "; "))
      throw DatabaseOpenError.damaged(
        DamagedFile(path: path, newestBackup: BackupFolder(database: path).newest()))
    }
  }
}

/// A moment after which a long statement is stopped.
final class Deadline {
  let end: Double
  init(end: Double) { self.end = end }
  var passed: Bool { Monotonic.milliseconds() > end }
}

/// Milliseconds on the monotonic clock, for timing waits and budgets.
public enum Monotonic {
  public static func milliseconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
  }
}
