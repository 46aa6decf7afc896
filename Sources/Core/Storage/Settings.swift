/// The centre's settings, kept in the database so every desk shares them.
public struct Settings {
  let db: Database

  public init(db: Database) { self.db = db }

  /// A setting a person can change, with its values.
  public enum Key: String, CaseIterable, Sendable {
    /// "on" (the default) or "off": the daily automatic backup.
    case autoBackup = "auto-backup"
    /// The screen skranke opens on: "today" (I dag, the default) or
    /// "associations" (F1, for desks that prefer to start there).
    case start

    public var values: [String] {
      switch self {
      case .autoBackup: return ["on", "off"]
      case .start: return ["today", "associations"]
      }
    }
    public var defaultValue: String { values[0] }
  }

  public func value(_ key: Key) throws -> String {
    try db.map("SELECT value FROM settings WHERE key = ?", [.text(key.rawValue)]) {
      $0.text("value")
    }
    .first ?? key.defaultValue
  }

  public func set(_ key: Key, _ value: String) throws {
    guard key.values.contains(value) else { throw StoreError.notFound }
    try db.write {
      try db.run(
        "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [.text(key.rawValue), .text(value)])
    }
  }

  public var autoBackup: Bool { (try? value(.autoBackup)) != "off" }

  /// Whether skranke opens on F1 rather than I dag.
  public var startsOnAssociations: Bool { (try? value(.start)) == "associations" }
}
