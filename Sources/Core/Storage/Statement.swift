import CSQLite

/// A prepared statement. It owns its `sqlite3_stmt` and finalizes it when it
/// goes away, so a statement can never leak or outlive its connection's use.
public final class Statement {
  let handle: OpaquePointer
  public let sql: String
  private unowned let database: Database
  /// Column names to indices, read once (`Statement+Names`).
  var columnNames: [String] = []

  init(database: Database, sql: String, persistent: Bool = false) throws {
    var stmt: OpaquePointer?
    let flags: UInt32 = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
    let rc = sqlite3_prepare_v3(database.handle, sql, -1, flags, &stmt, nil)
    guard rc == SQLITE_OK, let stmt else {
      throw database.failure(code: rc, sql: sql)
    }
    self.handle = stmt
    self.sql = sql
    self.database = database
  }

  deinit { sqlite3_finalize(handle) }

  /// Clears earlier bindings and results so the statement can run again.
  public func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  /// Binds values to parameters 1...n in order.
  public func bind(_ values: [SQLValue]) throws {
    reset()
    for (offset, value) in values.enumerated() {
      try bind(value, at: Int32(offset + 1))
    }
  }

  public func bind(_ value: SQLValue, at index: Int32) throws {
    let rc: Int32
    switch value {
    case .null: rc = sqlite3_bind_null(handle, index)
    case .integer(let v): rc = sqlite3_bind_int64(handle, index, v)
    case .real(let v): rc = sqlite3_bind_double(handle, index, v)
    case .text(let v): rc = sqlite3_bind_text(handle, index, v, -1, skranke_sqlite_transient())
    }
    guard rc == SQLITE_OK else { throw database.failure(code: rc, sql: sql) }
  }

  /// Advances to the next row: true when a row is ready, false when done.
  public func step() throws -> Bool {
    let rc = sqlite3_step(handle)
    switch rc {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default:
      let err = database.failure(code: rc, sql: sql)
      sqlite3_reset(handle)
      throw err
    }
  }

  /// The first column of the first row as an integer (0 when there is none).
  public func firstInt() throws -> Int64 {
    defer { sqlite3_reset(handle) }
    return try step() ? int(0) : 0
  }

  /// Runs the statement to completion, ignoring rows.
  public func run(_ values: [SQLValue] = []) throws {
    try bind(values)
    while try step() {}
    sqlite3_reset(handle)
  }

  public func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
  public func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
  public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

  public func text(_ column: Int32) -> String {
    guard let cString = sqlite3_column_text(handle, column) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(
      decoding: UnsafeBufferPointer(start: cString, count: count), as: UTF8.self)
  }

  public func optionalInt(_ column: Int32) -> Int64? { isNull(column) ? nil : int(column) }

  /// The column's UTF-8 bytes, valid only inside `body` (no String is made:
  /// for loops over many rows that mostly repeat the same few texts).
  public func withBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    let pointer = sqlite3_column_text(handle, column)
    let count = Int(sqlite3_column_bytes(handle, column))
    return body(UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
  }
}
