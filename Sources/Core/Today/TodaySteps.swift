/// The statements behind I dag, one per section, each bound and ready to
/// run (by `TodayStore`, and raw by the benchmark).
struct TodaySteps {
  let today: Day
  let staffID: Int64?
  let limit: Int

  private var me: SQLValue { .integer(staffID ?? -1) }
  private var weekEnd: String { today.monday.adding(6).iso }

  /// My unclosed inquiries due by the end of this ISO week, overdue first.
  func followUps() -> SearchStep {
    SearchStep(
      sql: """
        SELECT \(InquiryQueries.columns) FROM inquiries i JOIN staff s ON s.id = i.owner_id
        WHERE i.status <> 'closed' AND i.owner_id = ? AND i.follow_up <= ?
        ORDER BY i.follow_up, i.id LIMIT ?
        """, values: [me, .text(weekEnd), .int(limit)])
  }

  /// Fund rounds whose deadline is within four weeks (28 days), with how
  /// many applications the centre helps with and how many are still being
  /// written, through `fund_rounds_deadline`.
  func deadlines(days: Int = 28) -> SearchStep {
    SearchStep(
      sql: """
        SELECT r.id, r.fund_id, r.deadline, r.review_from, r.review_until, r.decision_on, r.note,
          f.name AS fund_name,
          (SELECT count(*) FROM grant_applications g WHERE g.round_id = r.id) AS applications,
          (SELECT count(*) FROM grant_applications g
            WHERE g.round_id = r.id AND g.status = 'writing') AS writing
        FROM fund_rounds r JOIN funds f ON f.id = r.fund_id
        WHERE r.deadline >= ? AND r.deadline <= ? AND f.active = 1
        ORDER BY r.deadline, f.sort_key LIMIT ?
        """, values: [.text(today.iso), .text(today.adding(days).iso), .int(limit)])
  }

  /// Handovers to me after the last one I dag showed me: event, inquiry, from.
  func handovers(initials: String, after event: Int64) -> SearchStep {
    SearchStep(
      sql: """
        SELECT e.id, e.inquiry_id, e.old_value FROM inquiry_events e
        WHERE e.kind = 'handover' AND e.new_value = ? AND e.id > ?
        ORDER BY e.id LIMIT ?
        """, values: [.text(initials), .integer(event), .int(limit)])
  }

  /// My inquiries a colleague closed after the last line I dag showed me:
  /// event, inquiry, who closed it, the outcome, the asker and the text.
  func closedForMe(initials: String, after event: Int64) -> SearchStep {
    SearchStep(
      sql: """
        SELECT e.id, e.inquiry_id, s.initials, e.new_value, i.asker_name, i.text
        FROM inquiry_events e JOIN staff s ON s.id = e.staff_id
          JOIN inquiries i ON i.id = e.inquiry_id
        WHERE e.kind = 'closed' AND e.field = ? AND e.id > ?
        ORDER BY e.id LIMIT ?
        """, values: [.text("for:" + initials), .integer(event), .int(limit)])
  }

  /// Those of `ids` still open and mine (handed over, due later this month).
  func openMine(ids: Set<Int64>) -> SearchStep {
    let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
    return SearchStep(
      sql: """
        SELECT \(InquiryQueries.columns) FROM inquiries i JOIN staff s ON s.id = i.owner_id
        WHERE i.id IN (\(marks)) AND i.status <> 'closed' AND i.owner_id = ?
        ORDER BY i.follow_up, i.id
        """, values: ids.sorted().map { .integer($0) } + [me])
  }

  private static let referralColumns = """
    r.id, r.inquiry_id, r.citizen_id, coalesce(c.name, '') AS citizen_name, v.title,
    a.name AS association_name, r.status, r.follow_up
    """
  private static let referralJoins = """
    JOIN activities v ON v.id = r.activity_id JOIN associations a ON a.id = v.association_id
    LEFT JOIN citizens c ON c.id = r.citizen_id
    """

  /// Referrals waiting for an answer on my open inquiries, due by today.
  func referralsOfMyInquiries() -> SearchStep {
    SearchStep(
      sql: """
        SELECT \(Self.referralColumns)
        FROM inquiries i JOIN referrals r ON r.inquiry_id = i.id \(Self.referralJoins)
        WHERE i.status <> 'closed' AND i.owner_id = ?
          AND r.status IN ('suggested', 'contacted') AND r.follow_up <= ?
        LIMIT ?
        """, values: [me, .text(today.iso), .int(limit)])
  }

  /// Referrals I made from F3 without an inquiry, waiting and due.
  func referralsWithoutInquiry() -> SearchStep {
    SearchStep(
      sql: """
        SELECT \(Self.referralColumns) FROM referrals r \(Self.referralJoins)
        WHERE r.inquiry_id IS NULL AND r.status IN ('suggested', 'contacted')
          AND r.staff_id = ? AND r.follow_up <= ?
        ORDER BY r.follow_up LIMIT ?
        """, values: [me, .text(today.iso), .int(limit)])
  }

  /// Today's bookings by room and time, with the room's notes, the
  /// association's contact, and whether it is a series' first date.
  func bookings() -> SearchStep {
    SearchStep(
      sql: """
        SELECT \(BookingStore.columns), r.name AS room_name, r.notes, r.address,
          a.contact_person, a.phone,
          b.series_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM bookings p WHERE p.series_id = b.series_id
              AND p.starts_at < b.starts_at AND p.status = 'active') AS first_of_series
        FROM rooms r
          CROSS JOIN bookings b ON b.room_id = r.id
          LEFT JOIN associations a ON a.id = b.association_id
        LEFT JOIN events e ON e.id = b.event_id
        WHERE b.status = 'active' AND b.starts_at >= ? AND b.starts_at < ?
        ORDER BY r.sort_key, r.id, b.starts_at LIMIT ?
        """, values: [.text(today.iso), .text(today.adding(1).iso), .int(limit)])
  }

  /// How many bookings today (when more than the limit were found).
  func bookingsCount() -> SearchStep {
    SearchStep(
      sql: """
        SELECT count(*) AS total FROM bookings
        WHERE status = 'active' AND starts_at >= ? AND starts_at < ?
        """, values: [.text(today.iso), .text(today.adding(1).iso)])
  }

  /// How many of my follow-ups this week (when more than the limit).
  func followUpsCount() -> SearchStep {
    SearchStep(
      sql: """
        SELECT count(*) AS total FROM inquiries
        WHERE status <> 'closed' AND owner_id = ? AND follow_up <= ?
        """, values: [me, .text(weekEnd)])
  }

  /// Series whose last booked date is from today to four weeks on.
  func endingSeries() -> SearchStep {
    SearchStep(
      sql: """
        SELECT * FROM (
          SELECT s.id, s.room_id, r.name AS room_name, a.name AS association_name,
            (SELECT substr(max(b.starts_at), 1, 10) FROM bookings b
             WHERE b.series_id = s.id AND b.status = 'active') AS last, s.starts, s.ends
          FROM booking_series s JOIN rooms r ON r.id = s.room_id
            JOIN associations a ON a.id = s.association_id
          WHERE s.last_day >= ? AND s.last_day <= ?)
        WHERE last >= ? ORDER BY last, 3 LIMIT ?
        """,
      values: [
        .text(today.iso), .text(today.adding(28).iso), .text(today.iso), .int(limit),
      ])
  }

  /// Open and overdue inquiries per colleague (the contact person's line).
  func colleagues() -> SearchStep {
    SearchStep(sql: InquiryStore.ownerCountsSQL, values: [.text(today.iso)])
  }
}
