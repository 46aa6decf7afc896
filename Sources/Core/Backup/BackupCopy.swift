import CSQLite
import Glibc

/// A copy of the database made with SQLite's online backup, while other
/// desks go on writing: the copy is one consistent moment. It is written to
/// a temporary file (0600), turned into a single self-contained file (no
/// write-ahead log), checked with `PRAGMA integrity_check`, and only then
/// renamed to its name, so a failed copy never replaces a good one.
public enum BackupCopy {
  /// Copies the open database to `target`. A copy that fails the check
  /// means the database itself is damaged: `BackupError.sourceDamaged`.
  public static func make(of database: Database, to target: String) throws(BackupError) {
    if FileIdentity.isPart(target, of: database.path) { throw .sameFile(path: target) }
    try copy(from: database.handle, to: target) { detail in
      database.isDamaged = true
      database.log?.record("backup copy failed integrity_check: " + detail)
      return .sourceDamaged(
        DamagedFile(
          path: database.path, newestBackup: BackupFolder(database: database.path).newest()))
    }
  }

  /// Copies whatever `source` holds into `target`, checked; `damaged` says
  /// what a copy that fails the check means.
  static func copy(
    from source: OpaquePointer, to target: String,
    damaged: (String) -> BackupError
  ) throws(BackupError) {
    let temporary = target + ".tmp-\(getpid())"
    unlink(temporary)
    let fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw .cannotWrite(path: target, reason: .current)
    }
    close(fd)
    do {
      try fill(temporary, named: target, from: source, damaged: damaged)
    } catch {
      unlink(temporary)
      throw error
    }
    FileIdentity.sync(temporary)
    guard rename(temporary, target) == 0 else {
      let reason = SystemReason.current
      unlink(temporary)
      throw .cannotWrite(path: target, reason: reason)
    }
    FileIdentity.sync(target)
  }

  private static func fill(
    _ temporary: String, named target: String, from source: OpaquePointer,
    damaged: (String) -> BackupError
  ) throws(BackupError) {
    guard let copy = RawConnection(path: temporary, readOnly: false) else {
      throw .cannotWrite(path: target, reason: .current)
    }
    guard let backup = sqlite3_backup_init(copy.handle, "main", source, "main") else {
      throw writeProblem(target, code: sqlite3_extended_errcode(copy.handle))
    }
    var rc: Int32
    var tries = 0
    repeat {
      rc = sqlite3_backup_step(backup, -1)
      if rc == SQLITE_BUSY || rc == SQLITE_LOCKED {
        tries += 1
        usleep(50_000)
      }
    } while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && tries < 100
    sqlite3_backup_finish(backup)
    if rc != SQLITE_DONE {
      if rc & 0xFF == SQLITE_CORRUPT || rc & 0xFF == SQLITE_NOTADB {
        throw damaged("backup step: " + String(cString: sqlite3_errstr(rc)))
      }
      throw writeProblem(target, code: rc)
    }
    if let failure = copy.execute("PRAGMA journal_mode=DELETE") {
      throw writeProblem(target, code: failure.code)
    }
    // Only SQLite's verdict, or its "damaged" codes, mean damage; a full
    // disk or a lack of memory while checking is said as what it is.
    switch copy.rows("PRAGMA integrity_check") {
    case .success(let rows) where rows == ["ok"]: return
    case .success(let rows): throw damaged(rows.prefix(3).joined(separator: "; "))
    case .failure(let failure)
    where failure.primary == SQLITE_CORRUPT || failure.primary == SQLITE_NOTADB:
      throw damaged(failure.message)
    case .failure(let failure): throw writeProblem(target, code: failure.code)
    }
  }

  private static func writeProblem(_ target: String, code: Int32) -> BackupError {
    .copyFailed(path: target, diskFull: code & 0xFF == SQLITE_FULL)
  }
}
