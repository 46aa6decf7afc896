/// Bookings out of skranke: every booking in a period as CSV, and the
/// cleaning fees per association (what the centre invoices).
public struct BookingReport {
  let db: Database

  public init(db: Database) { self.db = db }

  public static let columns = [
    "id", "room", "association", "date", "start", "end", "purpose", "attendees", "contact", "fee",
    "status", "series", "cancel_note",
  ]

  /// Bookings starting from `from` through `to` (both included), by time.
  public func exportCSV(
    from: Day?, to: Day?, format: CSVFormat = .plain, _ sink: (String) -> Void
  ) throws {
    sink(format.start + format.line(Self.columns))
    try db.forEach(
      """
      SELECT b.id, r.name, a.name, substr(b.starts_at, 1, 10), substr(b.starts_at, 12),
        substr(b.ends_at, 12), b.purpose, coalesce(b.attendees, ''), b.contact, b.fee, b.status,
        coalesce(b.series_id, ''), b.cancel_note
      FROM bookings b INDEXED BY bookings_time JOIN rooms r ON r.id = b.room_id
      CROSS JOIN associations a ON a.id = b.association_id
      WHERE b.starts_at >= ? AND b.starts_at < ?
      ORDER BY b.starts_at, r.sort_key, b.id
      """, [.text(from?.iso ?? "0000"), .text(to?.adding(1).iso ?? "9999")]
    ) { row in
      sink(format.line((0..<13).map { row.text(Int32($0)) }))
    }
  }

  /// Per association: active bookings and their fees, in Danish order.
  public struct Line: Equatable, Sendable {
    public let association: String
    public let bookings: Int
    public let hours: Double
    public let fees: Int
  }

  public func fees(from: Day?, to: Day?) throws -> [Line] {
    try db.map(
      """
      SELECT a.name, count(*), sum((CAST(substr(b.ends_at, 12, 2) AS INTEGER) * 60
          + CAST(substr(b.ends_at, 15, 2) AS INTEGER)) - (CAST(substr(b.starts_at, 12, 2) AS INTEGER) * 60
          + CAST(substr(b.starts_at, 15, 2) AS INTEGER))), sum(b.fee)
      FROM bookings b INDEXED BY bookings_time CROSS JOIN associations a ON a.id = b.association_id
      WHERE b.status = 'active' AND b.starts_at >= ? AND b.starts_at < ?
      GROUP BY a.id ORDER BY a.sort_key
      """, [.text(from?.iso ?? "0000"), .text(to?.adding(1).iso ?? "9999")]
    ) {
      Line(
        association: $0.text(0), bookings: Int($0.int(1)), hours: Double($0.int(2)) / 60,
        fees: Int($0.int(3)))
    }
  }
}
