/// One numbered step of the schema. Its number is its position in the list.
public struct Migration: Sendable {
  public let name: String
  public let sql: String
  /// Work SQL alone cannot do (Danish folding of existing text), run in the
  /// same transaction right after `sql`.
  let then: (@Sendable (Database) throws -> Void)?

  public init(_ name: String, _ sql: String, then: (@Sendable (Database) throws -> Void)? = nil) {
    self.name = name
    self.sql = sql
    self.then = then
  }
}

/// Applies migrations in order, each in its own immediate transaction, and
/// records them both in `PRAGMA user_version` (checked before anything is
/// written) and in the `schema_migrations` table (a readable history).
struct Migrator {
  let migrations: [Migration]

  func migrate(_ db: Database) throws {
    let current = Int(try db.scalarInt("PRAGMA user_version"))
    guard current < migrations.count else { return }
    for index in current..<migrations.count {
      let migration = migrations[index]
      let version = index + 1
      try db.write {
        // Re-read inside the lock: another desk may have migrated meanwhile.
        guard Int(try db.scalarInt("PRAGMA user_version")) < version else { return }
        try db.execute(
          """
          CREATE TABLE IF NOT EXISTS schema_migrations(
            version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
          """)
        try db.execute(migration.sql)
        try migration.then?(db)
        try db.run(
          "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, datetime('now'))",
          [.integer(Int64(version)), .text(migration.name)])
        try db.execute("PRAGMA user_version = \(version)")
      }
    }
  }
}
