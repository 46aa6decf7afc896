/// Inquiries and their timelines: reading (this file), logging and editing
/// (`InquiryStore+Editing`), and following through (`InquiryStore+Actions`).
public final class InquiryStore {
  public let db: Database
  public let directory: StaffDirectory
  public var clock: Clock

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.directory = StaffDirectory(db: db)
    self.clock = clock
  }

  public var today: Day { clock.now().day }

  static let inquiryColumns = """
    id, received_at, channel, asker_kind, asker_name, asker_contact, category_id, text,
    owner_id, received_by, status, waiting_on, follow_up, closed_at, outcome,
    handed_over_from, version, association_id,
    coalesce((SELECT name FROM associations WHERE id = association_id), '')
    """

  public func inquiry(id: Int64) throws -> Inquiry? {
    try db.map("SELECT \(Self.inquiryColumns) FROM inquiries WHERE id = ?", [.integer(id)]) {
      row in
      var inquiry = Inquiry()
      inquiry.id = row.int(0)
      inquiry.receivedAt = row.text(1)
      inquiry.channel = Channel(rawValue: row.text(2)) ?? .other
      inquiry.askerKind = AskerKind(rawValue: row.text(3)) ?? .other
      inquiry.askerName = row.text(4)
      inquiry.askerContact = row.text(5)
      inquiry.categoryID = row.int(6)
      inquiry.text = row.text(7)
      inquiry.ownerID = row.int(8)
      inquiry.receivedByID = row.int(9)
      inquiry.status = InquiryStatus(
        status: row.text(10), waitingOn: row.isNull(11) ? nil : row.text(11))
      inquiry.followUp = row.isNull(12) ? nil : Day(iso: row.text(12))
      inquiry.closedAt = row.isNull(13) ? nil : row.text(13)
      inquiry.outcome = row.isNull(14) ? nil : Outcome(rawValue: row.text(14))
      inquiry.handedOverFromID = row.optionalInt(15)
      inquiry.version = row.int(16)
      inquiry.associationID = row.optionalInt(17)
      inquiry.associationName = row.text(18)
      return inquiry
    }.first
  }

  /// The timeline, oldest first.
  public func timeline(id: Int64) throws -> [InquiryEvent] {
    try db.map(
      """
      SELECT e.id, e.at, s.initials, e.kind, e.field, e.old_value, e.new_value, e.text
      FROM inquiry_events e JOIN staff s ON s.id = e.staff_id
      WHERE e.inquiry_id = ? ORDER BY e.id
      """, [.integer(id)]
    ) { row in
      InquiryEvent(
        id: row.int(0), at: row.text(1), staffInitials: row.text(2),
        kind: InquiryEvent.Kind(rawValue: row.text(3)) ?? .note,
        field: row.isNull(4) ? nil : InquiryField(rawValue: row.text(4)),
        oldValue: row.text(5), newValue: row.text(6), text: row.text(7),
        grantField: row.isNull(4) ? nil : ApplicationStore.Field(rawValue: row.text(4)),
        isErasure: row.text(4) == "erased",
        closedFor: row.text(4).hasPrefix("for:") ? String(row.text(4).dropFirst(4)) : nil)
    }
  }

  /// How many of `ownerID`'s unclosed inquiries are past their follow-up date.
  public func overdueCount(ownerID: Int64) throws -> Int {
    Int(
      try db.scalarInt(
        """
        SELECT coalesce(sum(n), 0) FROM open_follow_ups WHERE owner_id = ? AND day < ?
        """, [.integer(ownerID), .text(today.iso)]))
  }

  /// Unclosed and overdue inquiries per owner, by initials. The open count
  /// is kept by triggers (`Schema.v11`), the overdue one per follow-up day
  /// (`Schema.v14`): a few rows per owner, where counting 20,000 open
  /// inquiries took 10 ms and their 6,600 overdue ones 1.5.
  public func ownerCounts() throws -> [OwnerCount] {
    try db.map(Self.ownerCountsSQL, [.text(today.iso)], Self.ownerCount)
  }

  static let ownerCountsSQL = """
    SELECT s.id, s.initials, o.n,
      (SELECT coalesce(sum(f.n), 0) FROM open_follow_ups f
       WHERE f.owner_id = o.owner_id AND f.day < ?1)
    FROM open_inquiries o JOIN staff s ON s.id = o.owner_id
    WHERE o.n > 0 ORDER BY s.initials
    """

  static func ownerCount(_ row: Statement) -> OwnerCount {
    OwnerCount(
      ownerID: row.int(0), initials: row.text(1), open: Int(row.int(2)),
      overdue: Int(row.int(3)))
  }

  /// The initials of staff member `id` (active or not).
  static func staffRow(_ db: Database, id: Int64) throws -> String? {
    try db.map("SELECT initials FROM staff WHERE id = ?", [.integer(id)]) { $0.text(0) }.first
  }

  /// One page of a view; pass the last row of the previous page to go on.
  /// `trace` sees each statement as it runs (for the benchmark).
  /// `search` keeps the rows whose name, contact or text holds every typed
  /// word (folded), in any view.
  public func page(
    _ view: InquiryView, search: String = "", after last: InquiryRow? = nil, limit: Int = 50,
    trace: ((SearchStep) -> Void)? = nil
  ) throws -> [InquiryRow] {
    let queries = InquiryQueries(search: search)
    var rows: [InquiryRow] = []
    for part in 0..<queries.parts(view, after: last) where rows.count < limit {
      let step = queries.step(view, part: part, after: last, limit: limit - rows.count)
      trace?(step)
      rows += try db.map(step.sql, step.values, InquiryQueries.row)
    }
    return rows
  }
}
