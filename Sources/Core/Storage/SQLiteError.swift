import CSQLite

/// An error reported by SQLite, with everything needed to understand it later:
/// the (extended) result code, SQLite's own message and the SQL that failed.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
  public let code: Int32
  public let message: String
  public let sql: String?

  public init(code: Int32, message: String, sql: String? = nil) {
    self.code = code
    self.message = message
    self.sql = sql
  }

  /// The primary result code (the low byte of an extended code).
  public var primaryCode: Int32 { code & 0xFF }

  public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }
  public var isConstraint: Bool { primaryCode == SQLITE_CONSTRAINT }

  public var description: String {
    var text = "SQLite error \(code): \(message)"
    if let sql { text += " [SQL: \(sql)]" }
    return text
  }
}
