import CSQLite

/// A bare SQLite connection for looking at a file that is not (or not yet)
/// the database: a backup being made, checked or restored. It runs no
/// migrations and takes no skranke lock; its errors stay inside Core.
final class RawConnection {
  let handle: OpaquePointer
  let path: String

  init?(path: String, readOnly: Bool) {
    var db: OpaquePointer?
    let flags =
      (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
      | SQLITE_OPEN_NOMUTEX
    guard sqlite3_open_v2(path, &db, flags, nil) == SQLITE_OK, let db else {
      if let db { sqlite3_close_v2(db) }
      return nil
    }
    handle = db
    self.path = path
    sqlite3_extended_result_codes(db, 1)
    sqlite3_busy_timeout(db, Database.busyTimeoutMilliseconds)
  }

  deinit { sqlite3_close_v2(handle) }

  /// The first column of every row, as text, or what the statement failed with.
  func rows(_ sql: String) -> Result<[String], RawFailure> {
    table(sql).map { $0.map { $0.first ?? "" } }
  }

  /// Every column of every row, as text.
  func table(_ sql: String) -> Result<[[String]], RawFailure> {
    var statement: OpaquePointer?
    var rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
    guard rc == SQLITE_OK, let statement else { return .failure(failure(rc)) }
    defer { sqlite3_finalize(statement) }
    var out: [[String]] = []
    while true {
      rc = sqlite3_step(statement)
      if rc == SQLITE_DONE { return .success(out) }
      guard rc == SQLITE_ROW else { return .failure(failure(rc)) }
      out.append(
        (0..<sqlite3_column_count(statement)).map { column in
          sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
        })
    }
  }

  func execute(_ sql: String) -> RawFailure? {
    let rc = sqlite3_exec(handle, sql, nil, nil, nil)
    return rc == SQLITE_OK ? nil : failure(rc)
  }

  private func failure(_ code: Int32) -> RawFailure {
    RawFailure(code: code, message: String(cString: sqlite3_errmsg(handle)))
  }
}

/// What a raw statement failed with: for the log and for telling a file
/// that is not a database from one that is damaged.
struct RawFailure: Error, Equatable {
  let code: Int32
  let message: String

  var primary: Int32 { code & 0xFF }
}
