import CSQLite
import Glibc

/// One connection to the skranke SQLite file.
///
/// Opening checks the file before touching it (so a file from a newer skranke
/// or a file that is not a database is left exactly as it was), then switches
/// on WAL, foreign keys, a busy timeout and extended result codes, and runs the
/// migrations.
public final class Database {
  let handle: OpaquePointer
  public let path: String
  private var cache: [String: Statement] = [:]

  /// How long a write waits for another desk's write to finish.
  public static let busyTimeoutMilliseconds: Int32 = 5000

  /// Opens (creating if needed, with mode 0600) and migrates the file.
  public convenience init(path: String, migrations: [Migration] = Schema.migrations) throws {
    try self.init(rawPath: path)
    try configure(migrations: migrations)
  }

  private init(rawPath path: String) throws {
    self.path = path
    if path != ":memory:" { try Database.prepareFile(path) }
    var db: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let rc = sqlite3_open_v2(path, &db, flags, nil)
    guard rc == SQLITE_OK, let db else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      if let db { sqlite3_close_v2(db) }
      throw DatabaseOpenError.cannotOpen(path: path, reason: message)
    }
    handle = db
    sqlite3_extended_result_codes(db, 1)
    sqlite3_busy_timeout(db, Database.busyTimeoutMilliseconds)
  }

  deinit {
    cache.removeAll()
    sqlite3_close_v2(handle)
  }

  /// Creates a missing file with mode 0600 before SQLite sees it: SQLite would
  /// create it with the umask's mode, readable by everyone. WAL and SHM files
  /// inherit the database file's mode.
  private static func prepareFile(_ path: String) throws {
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

  private func configure(migrations: [Migration]) throws {
    do {
      // Read-only probes first: a foreign or newer file must not be changed.
      let version = try scalarInt("PRAGMA user_version")
      let latest = migrations.count
      if version > latest {
        throw DatabaseOpenError.newerVersion(path: path, found: Int(version), known: latest)
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
    } catch let error as SQLiteError {
      throw DatabaseOpenError.from(error, path: path)
    }
  }

  func error(code: Int32, sql: String?) -> SQLiteError {
    SQLiteError(code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
  }

  /// Runs one or more statements that return no rows.
  public func execute(_ sql: String) throws {
    var errorMessage: UnsafeMutablePointer<CChar>?
    let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
    if rc != SQLITE_OK {
      let message = errorMessage.map { String(cString: $0) } ?? "unknown error"
      sqlite3_free(errorMessage)
      throw SQLiteError(code: sqlite3_extended_errcode(handle), message: message, sql: sql)
    }
  }

  /// A new statement, finalized when released.
  public func prepare(_ sql: String) throws -> Statement {
    try Statement(database: self, sql: sql)
  }

  /// A statement kept for the life of the connection: queries that run on
  /// every keystroke are prepared once.
  public func cached(_ sql: String) throws -> Statement {
    if let statement = cache[sql] { return statement }
    let statement = try Statement(database: self, sql: sql, persistent: true)
    cache[sql] = statement
    return statement
  }

  public func run(_ sql: String, _ values: [SQLValue] = []) throws {
    try cached(sql).run(values)
  }

  public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
  public var changes: Int { Int(sqlite3_changes(handle)) }

  public func scalarInt(_ sql: String, _ values: [SQLValue] = []) throws -> Int64 {
    let statement = try cached(sql)
    try statement.bind(values)
    defer { statement.reset() }
    return try statement.step() ? statement.int(0) : 0
  }

  public func scalarText(_ sql: String, _ values: [SQLValue] = []) throws -> String {
    let statement = try prepare(sql)
    try statement.bind(values)
    return try statement.step() ? statement.text(0) : ""
  }

  /// Runs `body` for each row of a query.
  public func forEach(
    _ sql: String, _ values: [SQLValue] = [], _ body: (Statement) throws -> Void
  ) throws {
    let statement = try cached(sql)
    try statement.bind(values)
    defer { statement.reset() }
    while try statement.step() { try body(statement) }
  }

  /// All rows of a query mapped to values; for small result sets only.
  public func map<T>(
    _ sql: String, _ values: [SQLValue] = [], _ body: (Statement) throws -> T
  ) throws -> [T] {
    var result: [T] = []
    try forEach(sql, values) { result.append(try body($0)) }
    return result
  }

  /// Runs `body` in a transaction that rolls back if it throws. Writes use
  /// `BEGIN IMMEDIATE`: a deferred transaction that reads and then writes
  /// fails at once with "database is locked" when another desk writes.
  public func write<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// A read transaction: one consistent snapshot for several queries.
  public func read<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN DEFERRED")
    defer { try? execute("COMMIT") }
    return try body()
  }

  /// Changes whenever another connection commits (used to refresh views).
  public func dataVersion() throws -> Int64 {
    try scalarInt("PRAGMA data_version")
  }
}
