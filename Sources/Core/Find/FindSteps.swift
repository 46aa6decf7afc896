/// The statements behind Find, one per kind, bound and ready to run (by
/// `FindService`, and raw by the benchmark).
struct FindSteps {
  let query: FindQuery
  let today: Day
  let cap: Int
  /// Hits shown per kind (bookings and purposes read as many).
  let shown: Int

  /// Candidates from an FTS index, newest first and at most `cap`.
  private func candidates(_ base: String, inside: Bool, _ binder: inout SQLBinder) -> String {
    let (table, expression) = query.fts(base, inside: inside)
    return """
      (SELECT rowid AS id FROM \(table) WHERE \(table) MATCH \(binder.bind(.text(expression)))
       ORDER BY rowid DESC LIMIT \(binder.bind(.int(cap)))) h
      """
  }

  /// Open inquiries first (earliest follow-up first), then closed ones,
  /// newest first; `#123` is that inquiry alone. `inside`: words found
  /// inside other words (compounds), asked only when few start a word.
  func inquiries(inside: Bool = false) -> SearchStep {
    var binder = SQLBinder()
    if let number = query.number {
      return SearchStep(
        sql: """
          SELECT \(InquiryQueries.columns) FROM inquiries i JOIN staff s ON s.id = i.owner_id
          WHERE i.id = \(binder.bind(.integer(number)))
          """, values: binder.values)
    }
    let from = candidates("inquiry_find", inside: inside, &binder)
    let conditions = query.conditions(["i.search_text"], inside: inside, &binder)
    return SearchStep(
      sql: """
        SELECT \(InquiryQueries.columns) FROM \(from)
          CROSS JOIN inquiries i ON i.id = h.id JOIN staff s ON s.id = i.owner_id
        WHERE \(conditions.joined(separator: " AND "))
        ORDER BY i.status = 'closed', CASE WHEN i.status <> 'closed' THEN i.follow_up END,
          i.closed_at DESC, i.id DESC
        """, values: binder.values)
  }

  /// Citizens by name or phone, in name order.
  func citizens(inside: Bool = false) -> SearchStep {
    var binder = SQLBinder()
    let from = candidates("citizen_find", inside: inside, &binder)
    let conditions = query.conditions(["c.name_fold", "c.phone"], inside: inside, &binder)
    return SearchStep(
      sql: """
        SELECT c.id, c.name, c.phone, c.email FROM \(from) CROSS JOIN citizens c ON c.id = h.id
        WHERE \(conditions.joined(separator: " AND ")) ORDER BY c.name_fold, c.id
        """, values: binder.values)
  }

  /// Events whose title holds the words (a few hundred a year: no index
  /// needed), the coming first, soonest first; then the past, latest first.
  func events() -> SearchStep {
    var binder = SQLBinder()
    let conditions = query.conditions(["e.title_fold"], inside: true, &binder)
    let now = binder.bind(.text(today.iso))
    return SearchStep(
      sql: """
        SELECT e.id, e.title, e.starts_at, coalesce(r.name, e.place) AS place_name, e.status
        FROM events e LEFT JOIN rooms r ON r.id = e.room_id
        WHERE \(conditions.joined(separator: " AND "))
        ORDER BY e.starts_at < \(now), CASE WHEN e.starts_at >= \(now) THEN e.starts_at END,
          e.starts_at DESC LIMIT \(binder.bind(.int(cap)))
        """, values: binder.values)
  }

  /// Sign-ups by name or phone (never cancelled ones), newest first.
  func signups(inside: Bool = false) -> SearchStep {
    var binder = SQLBinder()
    let from = candidates("signup_find", inside: inside, &binder)
    let conditions = query.conditions(["s.name_fold", "s.phone_digits"], inside: inside, &binder)
    return SearchStep(
      sql: """
        SELECT s.id, s.name, s.phone, s.status, e.id AS event_id, e.title, e.starts_at
        FROM \(from) CROSS JOIN event_signups s ON s.id = h.id JOIN events e ON e.id = s.event_id
        WHERE s.status <> 'cancelled' AND \(conditions.joined(separator: " AND "))
        ORDER BY s.id DESC
        """, values: binder.values)
  }

  /// Active rooms whose name holds the words (a short list: no index needed).
  func rooms() -> SearchStep {
    var binder = SQLBinder()
    let conditions = query.conditions(["r.name_fold"], inside: true, &binder)
    return SearchStep(
      sql: """
        SELECT r.id, r.name, coalesce(a.name, '') AS area_name
        FROM rooms r LEFT JOIN areas a ON a.id = r.area_id
        WHERE r.active = 1 AND \(conditions.joined(separator: " AND "))
        ORDER BY r.sort_key LIMIT \(binder.bind(.int(cap)))
        """, values: binder.values)
  }

  /// The purposes bookings were made with that hold the words, in order
  /// (the distinct purposes are few: no index needed).
  func purposes() -> SearchStep {
    var binder = SQLBinder()
    let conditions = query.conditions(["p.fold"], inside: true, &binder)
    return SearchStep(
      sql: """
        SELECT p.purpose FROM booking_purposes p WHERE \(conditions.joined(separator: " AND "))
        ORDER BY p.fold LIMIT \(binder.bind(.int(shown)))
        """, values: binder.values)
  }

  /// The found associations' bookings: the next few, then the latest past.
  func bookings(of associations: [Int64]) -> SearchStep {
    var binder = SQLBinder()
    let ids = associations.map { binder.bind(.integer($0)) }.joined(separator: ", ")
    return bookings(where: "b.association_id IN (\(ids))", &binder)
  }

  /// One purpose's bookings, the same way (its index reads them in order).
  func bookings(purpose: String) -> SearchStep {
    var binder = SQLBinder()
    let bound = binder.bind(.text(purpose))
    return bookings(where: "b.purpose = \(bound) AND b.purpose <> ''", &binder)
  }

  private func bookings(where condition: String, _ binder: inout SQLBinder) -> SearchStep {
    let now = binder.bind(.text(today.iso))
    let limit = binder.bind(.int(shown))
    let select = """
      SELECT b.room_id, b.starts_at, b.ends_at, coalesce(a.name, e.title) AS association_name,
        r.name AS room_name, b.purpose, b.id
      FROM bookings b LEFT JOIN associations a ON a.id = b.association_id
        LEFT JOIN events e ON e.id = b.event_id JOIN rooms r ON r.id = b.room_id
      WHERE \(condition) AND b.status = 'active'
      """
    return SearchStep(
      sql: """
        SELECT * FROM (SELECT * FROM (\(select) AND b.starts_at >= \(now)
          ORDER BY b.starts_at, b.id LIMIT \(limit)))
        UNION ALL
        SELECT * FROM (SELECT * FROM (\(select) AND b.starts_at < \(now)
          ORDER BY b.starts_at DESC, b.id DESC LIMIT \(limit)))
        """, values: binder.values)
  }
}
