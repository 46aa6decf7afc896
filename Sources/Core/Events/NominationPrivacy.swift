/// A person nominated for the volunteer prize is personal data too: the
/// access copy shows the nomination and an erasure deletes it, logged by
/// its own key so a restored copy loses it again.
extension PersonSearch {
  /// Nominations of a person the match names (by name: a nomination holds
  /// no contact).
  func nominations(matching match: PersonMatch) throws -> [PersonHoldings.Held] {
    try db.map(
      """
      SELECT id, person, year, created_at FROM prize_nominations
      WHERE person <> '' ORDER BY id
      """
    ) {
      PersonHoldings.Held(
        id: $0.int("id"), name: $0.text("person"),
        contact: Prize.volunteer.name(.danish) + " \($0.int("year"))", at: $0.text("created_at"))
    }.filter { match.matches(name: $0.name, contact: "") }
  }
}

extension CitizenEraser {
  /// Deletes a nomination inside the erasing transaction; its log entry.
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
}

extension ErasureLog.Entry {
  static func nominationKey(_ id: Int64) -> String { "prize:\(id)" }
  static func nominationNumber(_ id: Int64) -> Int64 { -(Int64(2) << 40) - id }

  /// The nomination this entry deleted; nil for anything else.
  public var nominationID: Int64? {
    guard key.hasPrefix("prize:") else { return nil }
    return ASCIIDigits.value(String(key.dropFirst(6)), maxDigits: 18).map(Int64.init)
  }
}
