import CSQLite

/// How SQLite's failures become errors: every one is logged in full beside
/// the database; trouble with the file itself (busy, full, I/O, damaged,
/// read-only) becomes a `DatabaseProblem` a person can read, and anything
/// else stays an `SQLiteError` that says only where its details are.
extension Database {
  /// The error for a failed call, from the connection's last message.
  func failure(code: Int32, sql: String?) -> Error {
    failure(code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
  }

  func failure(code: Int32, message: String, sql: String?) -> Error {
    var error = SQLiteError(code: code, message: message, sql: sql, logPath: log?.path)
    // An interrupt is skranke's own doing (a check out of time), not a failure.
    if code & 0xFF != SQLITE_INTERRUPT, log?.record(error.description) != true {
      error = SQLiteError(code: code, message: message, sql: sql, logPath: nil)
    }
    guard var kind = DatabaseProblem.kind(of: code) else { return error }
    if kind == .damaged { isDamaged = true }
    // On a full disk even a read can fail (the shared-memory file cannot
    // grow): said as the full disk it is.
    if kind == .ioError && path != ":memory:" && DiskSpace.isFull(at: path) { kind = .diskFull }
    var made = problem(kind, rolledBack: false)
    made.code = code
    if error.logPath == nil { made.logPath = nil }
    return made
  }

  /// Another connection found the file damaged: refuse writes here too.
  public func markDamaged() { isDamaged = true }

  func problem(_ kind: DatabaseProblem.Kind, rolledBack: Bool) -> DatabaseProblem {
    DatabaseProblem(
      kind: kind, path: path, rolledBack: rolledBack,
      newestBackup: kind == .damaged ? BackupFolder(database: path).newest() : nil,
      logPath: log?.path)
  }
}
