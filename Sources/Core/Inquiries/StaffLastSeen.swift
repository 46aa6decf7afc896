/// Who last worked at a login (a computer account), so the start-up
/// picker offers that person by name instead of whoever is first on the
/// list. Kept in the shared settings table, one row per login.
extension StaffDirectory {
  static func lastKey(_ login: String) -> String { "last-staff:" + login }

  /// The active colleague who last chose themselves at `login`.
  public func last(at login: String) throws -> Staff? {
    guard
      let id = try db.map(
        "SELECT value FROM settings WHERE key = ?", [.text(Self.lastKey(login))],
        { $0.text("value") }
      ).first.flatMap({ ASCIIDigits.value($0, maxDigits: 18) })
    else { return nil }
    return try staff(id: Int64(id)).flatMap { $0.active ? $0 : nil }
  }

  /// `staffID` chose themselves at `login`.
  public func remember(_ staffID: Int64, at login: String) throws {
    try db.write {
      try db.run(
        "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [.text(Self.lastKey(login)), .text(String(staffID))])
    }
  }
}
