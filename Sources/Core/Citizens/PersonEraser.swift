/// Erasing a person wherever skranke holds them (issue 25): a citizen
/// record, the asker of inquiries with no record, and the notes elsewhere
/// that name them (each confirmed by the worker). Every inquiry touched
/// keeps one line on its timeline, "personoplysninger slettet 07-12-2026":
/// the append-only timeline's one audited change, made while `erasing`
/// holds a row (its triggers let nothing else through).
extension CitizenEraser {
  public struct PersonOutcome: Equatable, Sendable {
    public let name: String
    public let citizens: Int
    /// Inquiries made anonymous (the citizen's and the asker's).
    public let inquiries: Int
    public let referrals: Int
    /// Sign-ups to events blanked (the seat stays, with no one in it).
    public var signups = 0
    /// Prize nominations deleted (the person's) or cleared of the person.
    public var nominations = 0
    /// Notes in other inquiries the person was taken out of.
    public let notes: Int
    /// Notes that still name the person (the worker did not confirm them).
    public let notesLeft: Int
    public let fileRewritten: Bool
    /// Automatic backups that still hold the person.
    public let backupsHolding: Int
    /// When the last of them is removed, with a backup taken each day.
    public let lastBackupGone: Day?
  }

  /// Erases what `held` found; `notes` are the mentions the worker
  /// confirmed (event ids). `staffID` is who erased (the inquiry's owner
  /// when no one is known, as on the command line without --staff).
  public func erase(_ held: PersonHoldings, notes: Set<Int64>, staffID: Int64?) throws
    -> PersonOutcome
  {
    try db.execute("PRAGMA secure_delete = ON")
    defer { try? db.execute("PRAGMA secure_delete = OFF") }
    let stamp = clock.stamp()
    var entries: [ErasureLog.Entry] = []
    var inquiries = 0
    var referrals = 0
    var redacted = 0
    var signups = 0
    var nominations = 0
    try db.write {
      for citizen in held.citizens {
        let outcome = try eraseInTransaction(citizen.id, at: stamp, by: staffID)
        try ErasureLog.record(outcome.entry, in: db)
        entries.append(outcome.entry)
        inquiries += outcome.inquiries
        referrals += outcome.referrals
      }
      /// Logs what one row's erasure did; 1 when it erased something.
      func logged(_ entry: ErasureLog.Entry?) throws -> Int {
        guard let entry else { return 0 }
        try ErasureLog.record(entry, in: db)
        entries.append(entry)
        return 1
      }
      for asker in held.askers {
        inquiries += try logged(try eraseAsker(asker.id, at: stamp, by: staffID))
      }
      for nomination in held.nominations {
        nominations += try logged(try eraseNomination(nomination.id, at: stamp))
      }
      for nomination in held.nominated {
        nominations += try logged(
          try eraseNominator(nomination.id, words: held.words, at: stamp))
      }
      for signup in held.signups { signups += try logged(try eraseSignUp(signup.id, at: stamp)) }
      try db.run("INSERT INTO erasing(citizen_id) VALUES (0)")
      for mention in held.mentions where notes.contains(mention.eventID) {
        try db.run(
          "UPDATE inquiry_events SET text = ? WHERE id = ?",
          [.text(PersonMatch.redact(mention.text, words: held.words)), .integer(mention.eventID)])
        redacted += db.changes
      }
      try db.run("DELETE FROM erasing")
      for table in Self.findIndexes {
        try db.run("INSERT INTO \(table)(\(table)) VALUES ('optimize')")
      }
    }
    let log = ErasureLog(database: db.path)
    if db.path != ":memory:" { log.append(entries) }
    var rewritten = false
    do { rewritten = try rewriteFile() } catch {
      db.log?.record("erasure committed; rewriting the file failed: \(type(of: error))")
    }
    let holding = db.path == ":memory:" ? [] : log.backupsHolding(entries)
    return PersonOutcome(
      name: held.name, citizens: held.citizens.count, inquiries: inquiries, referrals: referrals,
      signups: signups, nominations: nominations, notes: redacted,
      notesLeft: held.mentions.count - redacted,
      fileRewritten: rewritten,
      backupsHolding: holding.count,
      lastBackupGone: holding.max().map { BackupFolder.goneBy($0) })
  }

  /// Empties an inquiry's asker, text and the personal parts of its
  /// timeline; its entry for the log (nil: nothing was there to erase).
  func eraseAsker(_ id: Int64, at stamp: String, by staffID: Int64?) throws -> ErasureLog.Entry? {
    guard
      let received = try db.map(
        "SELECT received_at FROM inquiries WHERE id = ?", [.integer(id)], { $0.text("received_at") }
      ).first
    else { return nil }
    try db.run("INSERT INTO erasing(citizen_id) VALUES (0)")
    try db.run(
      """
      UPDATE inquiry_events SET text = '',
        old_value = CASE WHEN field IN ('asker_name', 'asker_contact', 'text') THEN '' ELSE old_value END,
        new_value = CASE WHEN field IN ('asker_name', 'asker_contact', 'text') THEN '' ELSE new_value END
      WHERE inquiry_id = ? AND NOT (field IS 'erased')
      """, [.integer(id)])
    try db.run(
      """
      UPDATE inquiries SET asker_name = '', asker_contact = '', text = '', search_text = '',
        version = version + 1
      WHERE id = ?
      """, [.integer(id)])
    try db.run("DELETE FROM erasing")
    try markErased(id, at: stamp, by: staffID)
    return ErasureLog.Entry(
      citizenID: -id, createdAt: received, erasedAt: stamp, key: ErasureLog.Entry.askerKey(id))
  }

  /// The timeline's line that personal data was erased on `day`.
  func markErased(_ id: Int64, at stamp: String, by staffID: Int64?) throws {
    try db.run(
      """
      INSERT INTO inquiry_events(inquiry_id, at, staff_id, kind, field, new_value)
      SELECT id, ?, coalesce(?, owner_id), 'edited', 'erased', ? FROM inquiries WHERE id = ?
      """,
      [
        .text(stamp), staffID.map { .integer($0) } ?? .null, .text(String(stamp.prefix(10))),
        .integer(id),
      ])
  }
}
