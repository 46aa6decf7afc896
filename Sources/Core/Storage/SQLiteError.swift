import CSQLite

/// An error reported by SQLite, with everything needed to understand it later:
/// the (extended) result code, SQLite's own message and the SQL that failed.
/// Those details go to the error log; a person is told only that something
/// unexpected happened and where the details are.
public struct SQLiteError: UserFacingError, CustomStringConvertible, Sendable {
  public let code: Int32
  public let message: String
  public let sql: String?
  /// The log the details were written to.
  public let logPath: String?

  public init(code: Int32, message: String, sql: String? = nil, logPath: String? = nil) {
    self.code = code
    self.message = message
    self.sql = sql
    self.logPath = logPath
  }

  /// The primary result code (the low byte of an extended code).
  public var primaryCode: Int32 { code & 0xFF }

  public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }
  public var isConstraint: Bool { primaryCode == SQLITE_CONSTRAINT }

  /// For the log, never for a person.
  public var description: String {
    var text = "SQLite error \(code): \(message)"
    if let sql { text += " [SQL: \(sql)]" }
    return text
  }

  public func message(_ lang: Language) -> String {
    let whereDetails = logPath.map { lang.pick(" Detaljer: \($0).", " Details: \($0).") } ?? ""
    return lang.pick(
      "Der gik noget uventet galt i databasen. Hvis du var ved at gemme, er intet gemt.",
      "Something unexpected went wrong in the database. If you were saving, nothing was saved.")
      + whereDetails
  }
}
