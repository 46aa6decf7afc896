import CSQLite

/// Reading a row by column name: `row.text("name")` instead of
/// `row.text(1)`, so adding a column to a SELECT cannot shift what every
/// later read means. The names are read from the statement once (a cached
/// statement keeps them for the connection's life), and a name the
/// statement does not have stops the program at its first run, naming the
/// column and the SQL: a fault no test can pass over, where a wrong
/// position silently read NULL. A column is its name as SQLite reports it
/// (`AS alias` for an expression, or for two columns with the same name).
extension Statement {
  /// The index of the column called `name` (available once prepared).
  /// A scan of the statement's few names: comparing short names is
  /// cheaper than hashing one, and this runs for every value read.
  public func column(_ name: String) -> Int32 {
    if columnNames.isEmpty { columnNames = readColumnNames() }
    guard let index = columnNames.firstIndex(of: name) else {
      preconditionFailure("no column '\(name)' in: \(sql)")
    }
    return Int32(index)
  }

  /// The names in column order. Two columns of one name: the first is
  /// found; reading the second by that name would be ambiguous, so give
  /// it an alias.
  func readColumnNames() -> [String] {
    (0..<sqlite3_column_count(handle)).map { index in
      sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
    }
  }

  public func int(_ name: String) -> Int64 { int(column(name)) }
  public func double(_ name: String) -> Double { double(column(name)) }
  public func isNull(_ name: String) -> Bool { isNull(column(name)) }
  public func text(_ name: String) -> String { text(column(name)) }
  public func optionalInt(_ name: String) -> Int64? { optionalInt(column(name)) }
  /// The text, or nil for NULL.
  public func optionalText(_ name: String) -> String? {
    let index = column(name)
    return isNull(index) ? nil : text(index)
  }
  public func bool(_ name: String) -> Bool { int(column(name)) != 0 }
  public func withBytes<T>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    withBytes(column(name), body)
  }
}

extension Database {
  /// Runs `body` for each row, with the indices of `names` looked up once
  /// before the first row: for loops over many rows, where a name looked
  /// up per read would cost a hash each time.
  public func forEach(
    _ sql: String, _ values: [SQLValue] = [], columns names: [String],
    _ body: (Statement, [Int32]) throws -> Void
  ) throws {
    let statement = try cached(sql)
    try statement.bind(values)
    defer { statement.reset() }
    let indices = names.map { statement.column($0) }
    while try statement.step() { try body(statement, indices) }
  }
}
