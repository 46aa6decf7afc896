import CSQLite
import Glibc

/// One connection to the skranke SQLite file.
///
/// Opening checks the file before touching it (a file that is not skranke's,
/// one from a newer skranke, or a damaged one is left exactly as it was),
/// then switches on WAL, foreign keys, a busy wait and extended result
/// codes, and runs the migrations. See `Database+Open.swift`.
public final class Database {
  let handle: OpaquePointer
  public let path: String
  private var cache: [String: Statement] = [:]
  /// The shared lock that tells `restore` this connection is open.
  private let lock: DatabaseLock?
  /// Where failures are described in full (nil for an in-memory database).
  public let log: ErrorLog?
  /// Set once SQLite has reported the file damaged: from then on every
  /// write is refused, so a damaged file is never written.
  public internal(set) var isDamaged = false
  /// False when the check at open ran out of time on a large file: the
  /// rest is checked in the background (`IntegrityCheck`).
  public internal(set) var fullyChecked = true
  /// The budget of a check at open put off until the first write or
  /// `settleOpenCheck()` (see `Options.checkLater`); nil when done.
  var pendingCheckMilliseconds: Int?
  /// What the put-off check found, thrown again to every later caller.
  var openCheckFailure: Error?
  /// Called while a write waits for another program's write lock, so a
  /// screen can say it is waiting (see `Database+Busy.swift`).
  public var onBusyWait: (() -> Void)?
  var busyStart: Double = 0
  var busyNoticed = false
  /// How deep `write` calls nest: 1 inside the outermost, more inside
  /// savepoints.
  var savepointDepth = 0

  /// How long a write waits for another desk's write to finish.
  public static let busyTimeoutMilliseconds: Int32 = 5000
  /// This connection's wait (tests shorten it).
  public var busyWaitMilliseconds = Database.busyTimeoutMilliseconds

  /// How the file is opened: the lock that marks it in use and the time
  /// the check for damage may take at open.
  public struct Options: Sendable {
    public var lock: Bool
    public var checkMilliseconds: Int?
    /// Put the check off until just before the first write (or an
    /// explicit `settleOpenCheck()`): the desk program draws its first
    /// screen from reads, then checks before it takes a key. A file that
    /// needs migrating is still checked first.
    public var checkLater: Bool
    /// Read the file as it was last saved and write nothing at all, not
    /// even the shared-memory file (SQLite's `immutable`): for reading on
    /// a full disk, when no write-ahead log holds anything unsaved.
    public var readOnly = false

    public init(lock: Bool = true, checkMilliseconds: Int? = 30, checkLater: Bool = false) {
      self.lock = lock
      self.checkMilliseconds = checkMilliseconds
      self.checkLater = checkLater
    }

    public static let readingOnly: Options = {
      var options = Options(checkMilliseconds: nil)
      options.readOnly = true
      return options
    }()

    public static let standard = Options()
  }

  /// Opens (creating if needed, with mode 0600) and migrates the file.
  public convenience init(
    path: String, migrations: [Migration] = Schema.migrations, options: Options = .standard
  ) throws {
    try self.init(rawPath: path, options: options)
    try configure(migrations: migrations, options: options)
  }

  private init(rawPath path: String, options: Options) throws {
    self.path = path
    let inMemory = path == ":memory:"
    if !inMemory && !options.readOnly {
      // A restore that was killed is finished or undone first, by the
      // first skranke to open the file, alone.
      if FileIdentity.exists(RestoreSwap.journal(of: path)),
        case .success(let alone) = DatabaseLock.exclusive(for: path)
      {
        withExtendedLifetime(alone) { RestoreSwap.recover(path) }
      } else {
        RestoreSwap.removeLeftovers(of: path)  // copies killed restores left
      }
      try Database.prepareFile(path)
    }
    var held: DatabaseLock?
    if !inMemory && options.lock {
      switch DatabaseLock.shared(for: path, waitMilliseconds: Int(Database.busyTimeoutMilliseconds))
      {
      case .success(let lock): held = lock
      case .failure(.held): throw DatabaseOpenError.restoring(path: path)
      case .failure(.cannotCreate(let reason)):
        throw DatabaseOpenError.cannotOpen(path: DatabaseLock.path(for: path), reason: reason)
      }
    }
    lock = held
    // Asked with the shared lock held: a restore (which makes a second
    // name for a moment) has finished or been undone by now.
    if !inMemory && !options.readOnly && FileIdentity.linkCount(path) > 1 {
      throw DatabaseOpenError.severalNames(path: path)
    }
    log = inMemory ? nil : ErrorLog(database: path)
    var db: OpaquePointer?
    var flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    var name = path
    if options.readOnly {
      flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX
      name = "file:" + Self.uriPath(path) + "?immutable=1"
    }
    let rc = sqlite3_open_v2(name, &db, flags, nil)
    guard rc == SQLITE_OK, let db else {
      // The system's reason (SQLite's own message never reaches a person).
      let reason = SystemReason.current
      if let db { sqlite3_close_v2(db) }
      throw DatabaseOpenError.cannotOpen(path: path, reason: reason)
    }
    handle = db
    sqlite3_extended_result_codes(db, 1)
    installBusyHandler()
  }

  /// A path as the path of a `file:` URI: `%`, `?`, `#` and every byte
  /// outside ASCII percent-escaped.
  static func uriPath(_ path: String) -> String {
    path.utf8.map { byte in
      byte < 0x80 && byte != UInt8(ascii: "%") && byte != UInt8(ascii: "?")
        && byte != UInt8(ascii: "#")
        ? String(Unicode.Scalar(byte)) : "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
    }.joined()
  }

  deinit {
    cache.removeAll()
    sqlite3_close_v2(handle)
  }

  /// Runs one or more statements that return no rows.
  public func execute(_ sql: String) throws {
    var errorMessage: UnsafeMutablePointer<CChar>?
    let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
    if rc != SQLITE_OK {
      let message = errorMessage.map { String(cString: $0) } ?? "unknown error"
      sqlite3_free(errorMessage)
      throw failure(code: sqlite3_extended_errcode(handle), message: message, sql: sql)
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
    // Searches make a statement per shape of query: a desk typing all day
    // must not keep every one. Past the cap the cache starts again (a
    // statement still being stepped is kept alive by its caller).
    if cache.count >= Self.cachedStatements { cache.removeAll() }
    let statement = try Statement(database: self, sql: sql, persistent: true)
    cache[sql] = statement
    return statement
  }

  /// The most statements kept prepared at once.
  static let cachedStatements = 256
  var cachedStatementCount: Int { cache.count }

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
  /// Inside another `write` it nests as a savepoint (as GRDB's
  /// `inSavepoint`): a failing inner body undoes only its own work, and
  /// every store has one `save` that works alone or inside an import.
  /// A damaged file is never written; trouble with the file comes out as
  /// a `DatabaseProblem` that says nothing was saved.
  public func write<T>(_ body: () throws -> T) throws -> T {
    if isDamaged { throw problem(.damaged, rolledBack: true) }
    try settleOpenCheck()
    // Only a write nests: any other open transaction (a read) makes
    // BEGIN IMMEDIATE fail loudly, as it should, rather than a savepoint
    // that no one commits.
    if savepointDepth > 0 { return try inSavepoint(body) }
    do {
      try execute("BEGIN IMMEDIATE")
    } catch var problem as DatabaseProblem {
      problem.rolledBack = true
      throw problem
    }
    savepointDepth = 1
    defer { savepointDepth = 0 }
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      if sqlite3_get_autocommit(handle) == 0 { try? execute("ROLLBACK") }
      if var problem = error as? DatabaseProblem {
        problem.rolledBack = true
        throw problem
      }
      throw error
    }
  }

  /// A write inside a write: its own savepoint, released on success and
  /// rolled back to (then released) when the body throws.
  private func inSavepoint<T>(_ body: () throws -> T) throws -> T {
    savepointDepth += 1
    defer { savepointDepth -= 1 }
    let name = "skranke_\(savepointDepth)"
    try execute("SAVEPOINT " + name)
    do {
      let result = try body()
      try execute("RELEASE " + name)
      return result
    } catch {
      if sqlite3_get_autocommit(handle) == 0 {
        try? execute("ROLLBACK TO " + name)
        try? execute("RELEASE " + name)
      }
      throw error
    }
  }

  /// A read transaction: one consistent snapshot for several queries. A
  /// read inside another transaction joins it (Find reads F1's search
  /// inside its own snapshot).
  public func read<T>(_ body: () throws -> T) throws -> T {
    if sqlite3_get_autocommit(handle) == 0 { return try body() }
    try execute("BEGIN DEFERRED")
    defer { try? execute("COMMIT") }
    return try body()
  }

  /// Changes whenever another connection commits (used to refresh views).
  public func dataVersion() throws -> Int64 {
    try scalarInt("PRAGMA data_version")
  }
}
