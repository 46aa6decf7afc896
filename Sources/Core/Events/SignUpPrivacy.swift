/// A person's sign-up is personal data: the access copy shows it, an
/// erasure blanks it (the seat and the attendance stay, counted, with no
/// one in them), and the retention rule blanks the sign-ups of events long
/// past. Each blanking is logged as an erasure, so a restored copy is
/// blanked again.
extension PersonHoldings {
  public struct SignUpHeld: Equatable, Sendable {
    public let id: Int64
    public let eventID: Int64
    public let eventTitle: String
    public let eventStart: String
    public let name: String
    public let contact: String
    public let association: String
    public let status: SignUp.Status
    /// When it was made (`2026-12-07 10:41`).
    public let at: String
  }
}

extension PersonSearch {
  /// Sign-ups whose name, phone or e-mail names the person.
  func signups(matching match: PersonMatch) throws -> [PersonHoldings.SignUpHeld] {
    var found: [PersonHoldings.SignUpHeld] = []
    try db.forEach(
      """
      SELECT s.id, s.event_id, e.title, e.starts_at, s.name, s.phone, s.email,
        coalesce(a.name, '') AS association_name, s.status, s.signed_at
      FROM event_signups s JOIN events e ON e.id = s.event_id
        LEFT JOIN associations a ON a.id = s.association_id
      WHERE s.anonymised_at IS NULL AND (s.name <> '' OR s.phone <> '' OR s.email <> '')
      ORDER BY s.id
      """,
      columns: [
        "id", "event_id", "title", "starts_at", "name", "phone", "email", "association_name",
        "status", "signed_at",
      ]
    ) { row, c in
      let (name, phone, email) = (row.text(c[4]), row.text(c[5]), row.text(c[6]))
      guard match.matches(name: name, contact: phone + "," + email) else { return }
      found.append(
        .init(
          id: row.int(c[0]), eventID: row.int(c[1]), eventTitle: row.text(c[2]),
          eventStart: row.text(c[3]), name: name,
          contact: [Validation.formatPhone(phone), email].filter { !$0.isEmpty }.joined(
            separator: " · "),
          association: row.text(c[7]), status: SignUp.Status(rawValue: row.text(c[8])) ?? .signed,
          at: row.text(c[9])))
    }
    return found
  }
}

extension CitizenEraser {
  /// Blanks a sign-up's person inside the erasing transaction; its entry
  /// for the log (nil: nothing was there).
  func eraseSignUp(_ id: Int64, at stamp: String) throws -> ErasureLog.Entry? {
    guard
      let signed = try db.map(
        "SELECT signed_at FROM event_signups WHERE id = ? AND anonymised_at IS NULL",
        [.integer(id)], { $0.text("signed_at") }
      ).first
    else { return nil }
    try db.run(
      """
      UPDATE event_signups SET name = '', name_fold = '', phone = '', phone_digits = '',
        email = '', email_fold = '', anonymised_at = ?
      WHERE id = ?
      """, [.text(stamp), .integer(id)])
    return ErasureLog.Entry(
      citizenID: ErasureLog.Entry.signUpNumber(id), createdAt: signed, erasedAt: stamp,
      key: ErasureLog.Entry.signUpKey(id))
  }

  /// Person sign-ups to events whose last session ended `months` months
  /// ago or more: what the retention rule blanks.
  public func dormantSignUps(months: Int = 24) throws -> [Int64] {
    let cutoff = Self.monthsBefore(clock.now().day, months).iso
    return try db.map(
      """
      SELECT s.id FROM event_signups s
      WHERE s.anonymised_at IS NULL AND (s.name <> '' OR s.phone <> '' OR s.email <> '')
        AND (SELECT max(x.ends_at) FROM event_sessions x WHERE x.event_id = s.event_id) < ?
      ORDER BY s.id
      """, [.text(cutoff)]
    ) { $0.int("id") }
  }

  /// Blanks the sign-ups `dormantSignUps` found, logged as erasures;
  /// returns how many.
  @discardableResult
  public func eraseSignUps(_ ids: [Int64]) throws -> Int {
    guard !ids.isEmpty else { return 0 }
    try db.execute("PRAGMA secure_delete = ON")
    defer { try? db.execute("PRAGMA secure_delete = OFF") }
    let stamp = clock.stamp()
    var entries: [ErasureLog.Entry] = []
    try db.write {
      for id in ids {
        guard let entry = try eraseSignUp(id, at: stamp) else { continue }
        try ErasureLog.record(entry, in: db)
        entries.append(entry)
      }
      for table in Self.findIndexes {
        try db.run("INSERT INTO \(table)(\(table)) VALUES ('optimize')")
      }
    }
    if db.path != ":memory:" { ErasureLog(database: db.path).append(entries) }
    // The blanked bytes leave the file too, as an erasure's do.
    do { _ = try rewriteFile() } catch {
      db.log?.record("sign-ups blanked; rewriting the file failed: \(type(of: error))")
    }
    return entries.count
  }
}

extension ErasureLog.Entry {
  /// A sign-up is logged by its own key and a number no citizen or
  /// inquiry has (sign-up ids are never handed out twice).
  static func signUpKey(_ id: Int64) -> String { "signup:\(id)" }
  static func signUpNumber(_ id: Int64) -> Int64 { -(Int64(1) << 40) - id }

  /// The sign-up this entry blanked; nil for a citizen or an asker.
  public var signUpID: Int64? {
    guard key.hasPrefix("signup:") else { return nil }
    return ASCIIDigits.value(String(key.dropFirst(7)), maxDigits: 18).map(Int64.init)
  }
}
