/// The centre's settings, kept in the database so every desk shares them.
public struct Settings {
  let db: Database

  public init(db: Database) { self.db = db }

  /// A setting a person can change, with its values.
  public enum Key: String, CaseIterable, Sendable {
    /// "on" (the default) or "off": the daily automatic backup.
    case autoBackup = "auto-backup"

    public var values: [String] { ["on", "off"] }
    public var defaultValue: String { "on" }
  }

  public func value(_ key: Key) throws -> String {
    try db.map("SELECT value FROM settings WHERE key = ?", [.text(key.rawValue)]) { $0.text(0) }
      .first ?? key.defaultValue
  }

  public func set(_ key: Key, _ value: String) throws {
    try db.write {
      try db.run(
        "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [.text(key.rawValue), .text(value)])
    }
  }

  public var autoBackup: Bool { (try? value(.autoBackup)) != "off" }
}
