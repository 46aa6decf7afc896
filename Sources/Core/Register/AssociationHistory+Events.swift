/// The centre's events the association's people signed up for (or it took
/// seats at), and its prize nominations, for its file.
extension AssociationHistory {
  /// One event on the file: when, what, how many seats it had, how many came.
  public struct EventNote: Equatable, Sendable {
    public let eventID: Int64
    public let day: Day
    public let title: String
    public let seats: Int
    public let came: Int
  }

  mutating func readEvents(associationID id: Int64, db: Database, today: Day) throws {
    let key = SQLValue.integer(id)
    eventCount = Int(
      try db.scalarInt(
        """
        SELECT count(DISTINCT s.event_id) FROM event_signups s JOIN events e ON e.id = s.event_id
        WHERE s.association_id = ? AND s.status = 'signed' AND e.status = 'active'
        """, [key]))
    events = try db.map(
      """
      SELECT e.id, e.title, e.starts_at, sum(s.seats) AS seats,
        (SELECT coalesce(sum(u.seats), 0) FROM event_signups u
          WHERE u.event_id = e.id AND u.association_id = ?1 AND u.status = 'signed'
            AND EXISTS (SELECT 1 FROM event_attendance t WHERE t.signup_id = u.id)) AS came
      FROM event_signups s JOIN events e ON e.id = s.event_id
      WHERE s.association_id = ?1 AND s.status = 'signed' AND e.status = 'active'
      GROUP BY e.id ORDER BY e.starts_at DESC, e.id DESC LIMIT \(Self.shown)
      """, [key]
    ) { row in
      EventNote(
        eventID: row.int("id"), day: Day(iso: String(row.text("starts_at").prefix(10))) ?? today,
        title: row.text("title"), seats: Int(row.int("seats")), came: Int(row.int("came")))
    }
    nominations = try PrizeStore(db: db).nominations(associationID: id)
  }
}
