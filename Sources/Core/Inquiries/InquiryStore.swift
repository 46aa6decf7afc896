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
    coalesce((SELECT name FROM associations WHERE id = association_id), '') AS association_name
    """

  public func inquiry(id: Int64) throws -> Inquiry? {
    try db.map("SELECT \(Self.inquiryColumns) FROM inquiries WHERE id = ?", [.integer(id)]) {
      row in
      var inquiry = Inquiry()
      inquiry.id = row.int("id")
      inquiry.receivedAt = row.text("received_at")
      inquiry.channel = Channel(rawValue: row.text("channel")) ?? .other
      inquiry.askerKind = AskerKind(rawValue: row.text("asker_kind")) ?? .other
      inquiry.askerName = row.text("asker_name")
      inquiry.askerContact = row.text("asker_contact")
      inquiry.categoryID = row.int("category_id")
      inquiry.text = row.text("text")
      inquiry.ownerID = row.int("owner_id")
      inquiry.receivedByID = row.int("received_by")
      inquiry.status = InquiryStatus(
        status: row.text("status"), waitingOn: row.optionalText("waiting_on"))
      inquiry.followUp = row.isNull("follow_up") ? nil : Day(iso: row.text("follow_up"))
      inquiry.closedAt = row.optionalText("closed_at")
      inquiry.outcome = row.isNull("outcome") ? nil : Outcome(rawValue: row.text("outcome"))
      inquiry.handedOverFromID = row.optionalInt("handed_over_from")
      inquiry.version = row.int("version")
      inquiry.associationID = row.optionalInt("association_id")
      inquiry.associationName = row.text("association_name")
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
        id: row.int("id"), at: row.text("at"), staffInitials: row.text("initials"),
        kind: InquiryEvent.Kind(rawValue: row.text("kind")) ?? .note,
        field: row.isNull("field") ? nil : InquiryField(rawValue: row.text("field")),
        oldValue: row.text("old_value"), newValue: row.text("new_value"), text: row.text("text"),
        grantField: row.isNull("field") ? nil : ApplicationStore.Field(rawValue: row.text("field")),
        isErasure: row.text("field") == "erased",
        closedFor: row.text("field").hasPrefix("for:")
          ? String(row.text("field").dropFirst(4)) : nil)
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
    SELECT s.id, s.initials, o.n AS open_count,
      (SELECT coalesce(sum(f.n), 0) FROM open_follow_ups f
       WHERE f.owner_id = o.owner_id AND f.day < ?1) AS overdue_count
    FROM open_inquiries o JOIN staff s ON s.id = o.owner_id
    WHERE o.n > 0 ORDER BY s.initials
    """

  static func ownerCount(_ row: Statement) -> OwnerCount {
    OwnerCount(
      ownerID: row.int("id"), initials: row.text("initials"), open: Int(row.int("open_count")),
      overdue: Int(row.int("overdue_count")))
  }

  /// The initials of staff member `id` (active or not).
  static func staffRow(_ db: Database, id: Int64) throws -> String? {
    try db.map("SELECT initials FROM staff WHERE id = ?", [.integer(id)]) { $0.text("initials") }
      .first
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
