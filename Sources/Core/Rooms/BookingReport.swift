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
      SELECT b.id, r.name AS room_name, coalesce(a.name, e.title) AS association_name,
        substr(b.starts_at, 1, 10) AS booking_date, substr(b.starts_at, 12) AS start_time,
        substr(b.ends_at, 12) AS end_time, b.purpose, coalesce(b.attendees, '') AS attendees,
        b.contact, b.fee, b.status, coalesce(b.series_id, '') AS series_id, b.cancel_note
      FROM bookings b INDEXED BY bookings_time JOIN rooms r ON r.id = b.room_id
      LEFT JOIN associations a ON a.id = b.association_id LEFT JOIN events e ON e.id = b.event_id
      WHERE b.starts_at >= ? AND b.starts_at < ?
      ORDER BY b.starts_at, r.sort_key, b.id
      """, [.text(from?.iso ?? "0000"), .text(to?.adding(1).iso ?? "9999")],
      columns: [
        "id", "room_name", "association_name", "booking_date", "start_time", "end_time", "purpose",
        "attendees", "contact", "fee", "status", "series_id", "cancel_note",
      ]
    ) { row, columns in
      sink(format.line(columns.map { row.text($0) }))
    }
  }

  /// Per association: active bookings and their fees, in Danish order.
  /// The centre's own events are not an association's and are left out.
  public struct Line: Equatable, Sendable {
    public let association: String
    public let bookings: Int
    public let hours: Double
    public let fees: Int
  }

  public func fees(from: Day?, to: Day?) throws -> [Line] {
    try db.map(
      """
      SELECT a.name, count(*) AS booking_count, sum((CAST(substr(b.ends_at, 12, 2) AS INTEGER) * 60
          + CAST(substr(b.ends_at, 15, 2) AS INTEGER)) - (CAST(substr(b.starts_at, 12, 2) AS INTEGER) * 60
          + CAST(substr(b.starts_at, 15, 2) AS INTEGER))) AS minutes, sum(b.fee) AS fees
      FROM bookings b INDEXED BY bookings_time CROSS JOIN associations a ON a.id = b.association_id
      WHERE b.status = 'active' AND b.starts_at >= ? AND b.starts_at < ?
      GROUP BY a.id ORDER BY a.sort_key
      """, [.text(from?.iso ?? "0000"), .text(to?.adding(1).iso ?? "9999")]
    ) {
      Line(
        association: $0.text("name"), bookings: Int($0.int("booking_count")),
        hours: Double($0.int("minutes")) / 60, fees: Int($0.int("fees")))
    }
  }
}
