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
        throw DatabaseOpenError.cannotOpen(path: path, reason: .current)
      }
      return
    }
    let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    if fd < 0 && errno != EEXIST {
      throw DatabaseOpenError.cannotOpen(path: path, reason: .current)
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
      if options.readOnly {
        // Nothing may be written: a file that needs migrating cannot be read so.
        guard version == latest else {
          throw DatabaseProblem(
            kind: .diskFull, path: path, rolledBack: false, newestBackup: nil, logPath: nil)
        }
        return
      }
      if version > 0, let budget = options.checkMilliseconds {
        // Put off only when opening changes nothing: no migration, and the
        // file already in WAL mode (a backup copied back by hand is not).
        let inWAL = try scalarText("PRAGMA journal_mode").lowercased() == "wal"
        if options.checkLater && version == latest && inWAL {
          pendingCheckMilliseconds = budget
        } else {
          try checkForDamage(budgetMilliseconds: budget)
        }
      } else if version > 0 {
        fullyChecked = false  // not checked at all
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
      // "Not a database": no SQLite header (a text file, or one whose first
      // page is gone); said as such, the file is left as it was.
      if problem.kind == .damaged && problem.code & 0xFF == SQLITE_NOTADB {
        throw DatabaseOpenError.notADatabase(path: path)
      }
      throw DatabaseOpenError.from(problem)
    } catch let error as SQLiteError {
      throw DatabaseOpenError.from(error, path: path)
    }
  }
}

/// Milliseconds on the monotonic clock, for timing waits and budgets.
public enum Monotonic {
  public static func milliseconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
  }
}
