/// A nomination names up to two people: the volunteer nominated and the
/// one who nominated. Both are personal data: the access copy shows the
/// nomination, and an erasure deletes it (the nominee's) or takes the
/// nominator's name out of it (and the person's words out of the reason),
/// each logged by its own key so a restored copy is changed again.
extension PersonSearch {
  /// Nominations of the person the match names (by name: a nomination
  /// holds no contact), as nominee and as nominator.
  func nominations(matching match: PersonMatch) throws -> (
    nominee: [PersonHoldings.Held], nominator: [PersonHoldings.Held]
  ) {
    var nominee: [PersonHoldings.Held] = []
    var nominator: [PersonHoldings.Held] = []
    try db.forEach(
      """
      SELECT id, person, nominated_by, prize, year, created_at FROM prize_nominations
      WHERE person <> '' OR nominated_by <> '' ORDER BY id
      """
    ) { row in
      let prize = (Prize(rawValue: row.text("prize")) ?? .volunteer).name(.danish)
      let what = prize + " \(row.int("year"))"
      if !row.text("person").isEmpty && match.matches(name: row.text("person"), contact: "") {
        nominee.append(
          .init(
            id: row.int("id"), name: row.text("person"), contact: what,
            at: row.text("created_at")))
      } else if match.matches(name: row.text("nominated_by"), contact: "") {
        nominator.append(
          .init(
            id: row.int("id"), name: row.text("nominated_by"),
            contact: what + " (indstillet af)", at: row.text("created_at")))
      }
    }
    return (nominee, nominator)
  }
}

extension CitizenEraser {
  /// Deletes a nomination of the person inside the erasing transaction;
  /// its log entry.
  func eraseNomination(_ id: Int64, at stamp: String) throws -> ErasureLog.Entry? {
    guard
      let made = try db.map(
        "SELECT created_at FROM prize_nominations WHERE id = ? AND person <> ''", [.integer(id)],
        { $0.text("created_at") }
      ).first
    else { return nil }
    try db.run("DELETE FROM prize_nominations WHERE id = ?", [.integer(id)])
    return ErasureLog.Entry(
      citizenID: ErasureLog.Entry.nominationNumber(id), createdAt: made, erasedAt: stamp,
      key: ErasureLog.Entry.nominationKey(id))
  }

  /// Takes the nominator out of a nomination (their name, and `words` out
  /// of the reason) inside the erasing transaction; its log entry.
  func eraseNominator(_ id: Int64, words: [String], at stamp: String) throws
    -> ErasureLog.Entry?
  {
    guard
      let row = try db.map(
        "SELECT created_at, reason FROM prize_nominations WHERE id = ? AND nominated_by <> ''",
        [.integer(id)], { ($0.text("created_at"), $0.text("reason")) }
      ).first
    else { return nil }
    try db.run(
      "UPDATE prize_nominations SET nominated_by = '', reason = ? WHERE id = ?",
      [.text(PersonMatch.redact(row.1, words: words)), .integer(id)])
    return ErasureLog.Entry(
      citizenID: ErasureLog.Entry.nominatorNumber(id), createdAt: row.0, erasedAt: stamp,
      key: ErasureLog.Entry.nominatorKey(id))
  }
}

extension ErasureLog.Entry {
  static func nominationKey(_ id: Int64) -> String { "prize:\(id)" }
  static func nominationNumber(_ id: Int64) -> Int64 { -(Int64(2) << 40) - id }
  static func nominatorKey(_ id: Int64) -> String { "prize-by:\(id)" }
  static func nominatorNumber(_ id: Int64) -> Int64 { -(Int64(3) << 40) - id }

  /// The nomination this entry deleted; nil for anything else.
  public var nominationID: Int64? {
    guard key.hasPrefix("prize:") else { return nil }
    return ASCIIDigits.value(String(key.dropFirst(6)), maxDigits: 18).map(Int64.init)
  }

  /// The nomination this entry took the nominator out of.
  public var nominatorID: Int64? {
    guard key.hasPrefix("prize-by:") else { return nil }
    return ASCIIDigits.value(String(key.dropFirst(9)), maxDigits: 18).map(Int64.init)
  }
}
