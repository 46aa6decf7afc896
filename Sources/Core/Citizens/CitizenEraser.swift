/// Erasing a citizen (the right to be forgotten) and finding those kept
/// too long. Erasing removes the person's name, contact details and free
/// text from every table, then rewrites the file so the bytes are gone too;
/// inquiries and referrals stay as anonymous rows, so the annual counts
/// still add up.
public struct CitizenEraser {
  public let db: Database
  public var clock: Clock

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
  }

  /// What an erasure did.
  public struct Outcome: Equatable, Sendable {
    public let name: String
    public let inquiries: Int
    public let referrals: Int
    /// False when another desk kept the file from being rewritten at once:
    /// the text is gone from every table, but its old bytes stay in unused
    /// parts of the database file until every desk has closed skranke.
    public let fileRewritten: Bool
    /// Automatic backups that still hold the person (they age out as new
    /// ones are taken; restoring one applies the erasure again).
    public let backupsHolding: Int
  }

  public func erase(id: Int64) throws -> Outcome {
    try erase(ids: [id]).first!
  }

  /// Erases several citizens in one transaction, then rewrites the file once.
  /// Each erasure is logged (number and dates only), so it reaches backups;
  /// `log: false` is for applying the log itself to a restored copy.
  public func erase(ids: [Int64], log: Bool = true) throws -> [Outcome] {
    // Overwrite freed content with zeros as it is freed, not only at VACUUM.
    try db.execute("PRAGMA secure_delete = ON")
    defer { try? db.execute("PRAGMA secure_delete = OFF") }
    var outcomes: [(name: String, inquiries: Int, referrals: Int, entry: ErasureLog.Entry)] = []
    let stamp = clock.stamp()
    try db.write {
      for id in ids {
        let outcome = try eraseInTransaction(id, at: stamp)
        if log { try ErasureLog.record(outcome.entry, in: db) }
        outcomes.append(outcome)
      }
      // Find's indexes keep a deleted word in their segments until they are
      // merged: merge them now, so the name and phone leave the index too.
      for table in Self.findIndexes {
        try db.run("INSERT INTO \(table)(\(table)) VALUES ('optimize')")
      }
    }
    // The erasure is committed: log it at once, then clean the file. A
    // failed clean-up (another desk writing, a full disk) does not undo the
    // erasure; it is said as "not rewritten yet".
    let erasures = ErasureLog(database: db.path)
    if log && db.path != ":memory:" { erasures.append(outcomes.map(\.entry)) }
    var rewritten = false
    do {
      rewritten = try rewriteFile()
    } catch {
      db.log?.record("erasure committed; rewriting the file failed: \(type(of: error))")
    }
    return outcomes.map {
      Outcome(
        name: $0.name, inquiries: $0.inquiries, referrals: $0.referrals, fileRewritten: rewritten,
        backupsHolding: db.path == ":memory:"
          ? 0
          : erasures.backupsHolding($0.entry))
    }
  }

  func eraseInTransaction(_ id: Int64, at stamp: String, by staffID: Int64? = nil) throws -> (
    name: String, inquiries: Int, referrals: Int, entry: ErasureLog.Entry
  ) {
    guard
      let (name, createdAt, key) = try db.map(
        "SELECT name, created_at, erasure_key FROM citizens WHERE id = ?", [.integer(id)],
        { ($0.text("name"), $0.text("created_at"), $0.text("erasure_key")) }
      ).first
    else { throw CitizenError.notFound }
    let personal = ["'asker_name'", "'asker_contact'", "'text'"].joined(separator: ", ")
    let touched = try db.map("SELECT id FROM inquiries WHERE citizen_id = ?", [.integer(id)]) {
      $0.int("id")
    }
    try db.run("INSERT INTO erasing(citizen_id) VALUES (?)", [.integer(id)])
    try db.run(
      """
      UPDATE inquiry_events SET text = '',
        old_value = CASE WHEN field IN (\(personal)) THEN '' ELSE old_value END,
        new_value = CASE WHEN field IN (\(personal)) THEN '' ELSE new_value END
      WHERE inquiry_id IN (SELECT id FROM inquiries WHERE citizen_id = ?)
      """, [.integer(id)])
    try db.run(
      """
      UPDATE inquiries SET asker_name = '', asker_contact = '', text = '', search_text = '',
        citizen_id = NULL, version = version + 1
      WHERE citizen_id = ?
      """, [.integer(id)])
    let inquiries = db.changes
    try db.run("UPDATE referrals SET citizen_id = NULL WHERE citizen_id = ?", [.integer(id)])
    let referrals = db.changes
    try db.run("DELETE FROM citizens WHERE id = ?", [.integer(id)])
    try db.run("DELETE FROM erasing")
    for inquiry in touched { try markErased(inquiry, at: stamp, by: staffID) }
    let entry = ErasureLog.Entry(
      citizenID: id, createdAt: createdAt, erasedAt: stamp, key: key.isEmpty ? nil : key)
    return (name, inquiries, referrals, entry)
  }

  static let findIndexes = [
    "inquiry_find_words", "inquiry_find_trigrams", "citizen_find_words", "citizen_find_trigrams",
    "signup_find_words", "signup_find_trigrams",
  ]

  /// Empties the write-ahead log into the file, rebuilds the file without
  /// free pages, and empties the log again. True when both logs emptied.
  func rewriteFile() throws -> Bool {
    guard db.path != ":memory:" else { return true }
    let first = try checkpoint()
    try db.execute("VACUUM")
    let second = try checkpoint()
    return first && second
  }

  private func checkpoint() throws -> Bool {
    try db.map("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int("busy") == 0 }.first ?? false
  }

  /// A citizen with nothing new for a while: no edit, inquiry entry or
  /// referral change since `lastTouched`.
  public struct Dormant: Equatable, Sendable {
    public let id: Int64
    public let name: String
    public let lastTouched: String
  }

  /// Citizens untouched for `months` months (default 24), oldest first.
  public func dormant(months: Int = 24) throws -> [Dormant] {
    let cutoff = Self.monthsBefore(clock.now().day, months).iso
    return try db.map(
      """
      SELECT id, name, last FROM (
        SELECT c.id, c.name, max(c.updated_at,
          coalesce((SELECT max(r.updated_at) FROM referrals r WHERE r.citizen_id = c.id), ''),
          coalesce((SELECT max(e.at) FROM inquiries i JOIN inquiry_events e ON e.inquiry_id = i.id
                    WHERE i.citizen_id = c.id), '')) AS last
        FROM citizens c)
      WHERE last < ? ORDER BY last, id
      """, [.text(cutoff)]
    ) { Dormant(id: $0.int("id"), name: $0.text("name"), lastTouched: $0.text("last")) }
  }

  /// The same day `months` months earlier (the 31st becomes the month's last day).
  /// Before a year Day knows, the earliest day it knows: never a loop.
  static func monthsBefore(_ day: Day, _ months: Int) -> Day {
    let (year, month, date) = day.parts
    let total = year * 12 + (month - 1) - months
    let (y, m) = (total / 12, total % 12 + 1)
    return Day(year: y, month: m, day: min(date, Day.length(of: m, in: y)))
      ?? Day(year: 1900, month: 1, day: 1)!
  }

  /// The months a retention period may span: one month to fifty years.
  public static let monthsRange = 1...600
}
