import CSQLite
import Core

/// The benchmark's yardstick: the very same statements and values as the
/// search service, run straight through SQLite's C API on its own connection, with
/// a statement prepared once and reused (as the service does), reading each
/// column by its type without building Swift values. What skranke adds on top (folding,
/// planning, binding through the wrapper, building results) is the difference.
final class RawQuery {
  private var db: OpaquePointer?
  private var statements: [String: OpaquePointer] = [:]

  /// Read-write, as the service opens it (it never writes): a read-only
  /// connection takes another path through WAL and would not be the same work.
  init(path: String) {
    sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nil)
  }

  deinit {
    for statement in statements.values { sqlite3_finalize(statement) }
    sqlite3_close_v2(db)
  }

  /// Runs a search's statements, in one read transaction when there are
  /// several (as the service does); returns the number of rows.
  @discardableResult
  func run(_ steps: [SearchStep]) -> Int {
    if steps.count > 1 { sqlite3_exec(db, "BEGIN DEFERRED", nil, nil, nil) }
    defer { if steps.count > 1 { sqlite3_exec(db, "COMMIT", nil, nil, nil) } }
    return steps.reduce(0) { $0 + run($1.sql, $1.values) }
  }

  /// Runs one statement to the end; returns the number of rows.
  private func run(_ sql: String, _ values: [SQLValue]) -> Int {
    let statement: OpaquePointer
    if let cached = statements[sql] {
      statement = cached
    } else {
      var made: OpaquePointer?
      sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &made, nil)
      statement = made!
      statements[sql] = statement
    }
    sqlite3_reset(statement)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      switch value {
      case .null: sqlite3_bind_null(statement, index)
      case .integer(let v): sqlite3_bind_int64(statement, index, v)
      case .real(let v): sqlite3_bind_double(statement, index, v)
      case .text(let v): sqlite3_bind_text(statement, index, v, -1, skranke_sqlite_transient())
      }
    }
    var rows = 0
    let columns = sqlite3_column_count(statement)
    while sqlite3_step(statement) == SQLITE_ROW {
      for column in 0..<columns {
        if sqlite3_column_type(statement, column) == SQLITE_TEXT {
          _ = sqlite3_column_text(statement, column)
        } else {
          _ = sqlite3_column_int64(statement, column)
        }
      }
      rows += 1
    }
    return rows
  }
}
