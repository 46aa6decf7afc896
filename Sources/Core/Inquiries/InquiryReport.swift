/// The inquiries for the § 18 annual report: a CSV of every inquiry and a
/// summary of counts and time to close.
public struct InquiryReport {
  let db: Database

  public init(db: Database) { self.db = db }

  public static let columns = [
    "id", "received_date", "channel", "asker_kind", "category", "owner", "status", "follow_up",
    "closed_date", "outcome",
  ]

  /// Streams the inquiries received from `from` to `to` (both included) as
  /// CSV, oldest first. No names, contacts or free text: counts only need codes.
  public func exportCSV(
    from: Day?, to: Day?, format: CSVFormat = .plain, _ sink: (String) -> Void
  ) throws {
    sink(format.start + format.line(Self.columns))
    try db.forEach(
      """
      SELECT i.id, substr(i.received_at, 1, 10) AS received_date, i.channel, i.asker_kind,
        c.name_da AS category, s.initials AS owner, i.status,
        coalesce(i.follow_up, '') AS follow_up,
        coalesce(substr(i.closed_at, 1, 10), '') AS closed_date,
        coalesce(i.outcome, '') AS outcome
      FROM inquiries i JOIN staff s ON s.id = i.owner_id
      JOIN inquiry_categories c ON c.id = i.category_id
      WHERE i.received_at >= ? AND i.received_at < ?
      ORDER BY i.received_at, i.id
      """, [.text(from?.iso ?? "0000"), .text(to?.adding(1).iso ?? "9999")],
      columns: [
        "id", "received_date", "channel", "asker_kind", "category", "owner", "status", "follow_up",
        "closed_date", "outcome",
      ]
    ) { row, columns in
      sink(format.line(columns.map { row.text($0) }))
    }
  }

  public struct Summary: Equatable, Sendable {
    public var total = 0
    public var byCategory: [(String, Int)] = []
    public var byChannel: [(String, Int)] = []
    public var byOutcome: [(String, Int)] = []
    /// Median whole days from received to closed, over those closed.
    public var medianDaysToClose: Double?
    public var closed = 0

    public static func == (a: Summary, b: Summary) -> Bool {
      a.total == b.total && a.closed == b.closed && a.medianDaysToClose == b.medianDaysToClose
        && a.byCategory.map { "\($0)\($1)" } == b.byCategory.map { "\($0)\($1)" }
        && a.byChannel.map { "\($0)\($1)" } == b.byChannel.map { "\($0)\($1)" }
        && a.byOutcome.map { "\($0)\($1)" } == b.byOutcome.map { "\($0)\($1)" }
    }
  }

  /// Counts for the inquiries received in `year`.
  public func summary(year: Int) throws -> Summary {
    // A range of the received_at index (stamps start with the date).
    let values: [SQLValue] = [.text("\(year)-01-01"), .text("\(year + 1)-01-01")]
    let inYear = "i.received_at >= ?1 AND i.received_at < ?2"
    var summary = Summary()
    summary.total = Int(
      try db.scalarInt("SELECT count(*) FROM inquiries i WHERE \(inYear)", values))
    summary.byCategory = try db.map(
      """
      SELECT c.name_da, count(*) AS inquiry_count
      FROM inquiries i JOIN inquiry_categories c ON c.id = i.category_id
      WHERE \(inYear) GROUP BY c.id ORDER BY count(*) DESC, c.sort
      """, values
    ) { ($0.text("name_da"), Int($0.int("inquiry_count"))) }
    summary.byChannel = try db.map(
      """
      SELECT channel, count(*) AS inquiry_count FROM inquiries i WHERE \(inYear)
      GROUP BY channel ORDER BY 2 DESC, 1
      """, values
    ) { ($0.text("channel"), Int($0.int("inquiry_count"))) }
    summary.byOutcome = try db.map(
      """
      SELECT outcome, count(*) AS inquiry_count FROM inquiries i WHERE \(inYear) AND status = 'closed'
      GROUP BY outcome ORDER BY 2 DESC, 1
      """, values
    ) { ($0.text("outcome"), Int($0.int("inquiry_count"))) }
    let days = try db.map(
      """
      SELECT julianday(substr(closed_at, 1, 10)) - julianday(substr(received_at, 1, 10))
        AS days_to_close
      FROM inquiries i WHERE \(inYear) AND status = 'closed' ORDER BY 1
      """, values
    ) { $0.double("days_to_close") }
    summary.closed = days.count
    if !days.isEmpty {
      let middle = days.count / 2
      summary.medianDaysToClose =
        days.count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2
    }
    return summary
  }
}
