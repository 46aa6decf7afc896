extension Schema {
  /// Version 6: what keeps the centre's work safe.
  ///
  /// - The file carries skranke's mark (`application_id`), so a restore can
  ///   tell a skranke backup from another program's database.
  /// - `settings` holds the centre's choices (automatic backups on or off).
  /// - `erasure_log` remembers which citizens were erased (number, when they
  ///   were created, when erased; never a name), so an erasure reaches a
  ///   backup that is restored later. The creation moment tells the erased
  ///   person from a later citizen who happens to get the same number.
  static let v6 = """
    PRAGMA application_id = \(Database.applicationID);
    CREATE TABLE settings(
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE erasure_log(
      citizen_id INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      erased_at TEXT NOT NULL,
      PRIMARY KEY (citizen_id, created_at)
    ) WITHOUT ROWID;
    """
}
