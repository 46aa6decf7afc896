/// A round whose deadline is near, with how many applications the centre
/// is helping with for it (I dag).
public struct DueRound: Equatable, Sendable {
  public let round: FundRound
  public let fundName: String
  /// Every application for the round, and those not yet sent.
  public let applications: Int
  public let beingWritten: Int
}

/// A round's applications by status, with the totals applied for and granted.
public struct RoundSummary: Equatable, Sendable {
  public struct Line: Equatable, Sendable {
    public let status: ApplicationStatus
    public let count: Int
    public let applied: Int
    public let granted: Int
  }
  public var lines: [Line] = []
  public var count: Int { lines.reduce(0) { $0 + $1.count } }
  public var applied: Int { lines.reduce(0) { $0 + $1.applied } }
  public var granted: Int { lines.reduce(0) { $0 + $1.granted } }
}

extension ApplicationStore {
  static let columns = """
    g.id, g.round_id, g.association_id, g.inquiry_id, g.purpose, g.amount_applied, g.helper_id,
    g.status, g.amount_granted, g.decided_on, g.report_due, g.version,
    a.name AS association_name, f.name AS fund_name, r.deadline, s.initials
    """
  static let joins = """
    grant_applications g JOIN associations a ON a.id = g.association_id
    JOIN fund_rounds r ON r.id = g.round_id JOIN funds f ON f.id = r.fund_id
    JOIN staff s ON s.id = g.helper_id
    """

  static func application(_ row: Statement) -> GrantApplication {
    func day(_ column: String) -> Day? { row.isNull(column) ? nil : Day(iso: row.text(column)) }
    var application = GrantApplication(
      id: row.int("id"), roundID: row.int("round_id"), associationID: row.int("association_id"),
      inquiryID: row.optionalInt("inquiry_id"), purpose: row.text("purpose"),
      amountApplied: Int(row.int("amount_applied")), helperID: row.int("helper_id"),
      status: ApplicationStatus(rawValue: row.text("status")) ?? .writing,
      amountGranted: row.isNull("amount_granted") ? nil : Int(row.int("amount_granted")),
      decidedOn: day("decided_on"), reportDue: day("report_due"))
    application.version = Int(row.int("version"))
    application.associationName = row.text("association_name")
    application.fundName = row.text("fund_name")
    application.deadline = day("deadline") ?? Day(ordinal: 0)
    application.helperInitials = row.text("initials")
    return application
  }

  public func application(id: Int64) throws -> GrantApplication? {
    try db.map(
      "SELECT \(Self.columns) FROM \(Self.joins) WHERE g.id = ?", [.integer(id)], Self.application
    ).first
  }

  /// A round's applications, in the order of their status, then association.
  public func applications(roundID: Int64) throws -> [GrantApplication] {
    let order = ApplicationStatus.allCases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0)" }
    return try db.map(
      """
      SELECT \(Self.columns) FROM \(Self.joins) WHERE g.round_id = ?
      ORDER BY CASE g.status \(order.joined(separator: " ")) END, a.sort_key, g.id
      """, [.integer(roundID)], Self.application)
  }

  /// An association's applications, the latest round first.
  public func applications(associationID: Int64) throws -> [GrantApplication] {
    try db.map(
      """
      SELECT \(Self.columns) FROM \(Self.joins) WHERE g.association_id = ?
      ORDER BY r.deadline DESC, g.id DESC
      """, [.integer(associationID)], Self.application)
  }

  /// The applications that came in as the inquiry.
  public func applications(inquiryID: Int64) throws -> [GrantApplication] {
    try db.map(
      "SELECT \(Self.columns) FROM \(Self.joins) WHERE g.inquiry_id = ? ORDER BY g.id",
      [.integer(inquiryID)], Self.application)
  }

  /// The latest changes to an association's applications, newest first.
  public func events(associationID: Int64, limit: Int = 5) throws -> [GrantEvent] {
    try db.map(
      """
      SELECT e.application_id, e.at, s.initials, e.kind, e.field, e.old_value, e.new_value,
        f.name AS fund_name, r.deadline, g.purpose
      FROM grant_applications g JOIN grant_events e ON e.application_id = g.id
        JOIN staff s ON s.id = e.staff_id JOIN fund_rounds r ON r.id = g.round_id
        JOIN funds f ON f.id = r.fund_id
      WHERE g.association_id = ? ORDER BY e.id DESC LIMIT ?
      """, [.integer(associationID), .integer(Int64(limit))]
    ) { row in
      GrantEvent(
        applicationID: row.int("application_id"), at: row.text("at"),
        staffInitials: row.text("initials"),
        kind: GrantEvent.Kind(rawValue: row.text("kind")) ?? .edited,
        field: row.isNull("field") ? nil : Field(rawValue: row.text("field")),
        oldValue: row.text("old_value"), newValue: row.text("new_value"),
        fundName: row.text("fund_name"),
        deadline: Day(iso: row.text("deadline")) ?? Day(ordinal: 0), purpose: row.text("purpose"))
    }
  }

  /// Rounds whose deadline is from `today` to four weeks on, soonest
  /// first, through the deadline index (I dag's step).
  public func dueRounds(today: Day) throws -> [DueRound] {
    let step = TodaySteps(today: today, staffID: nil, limit: TodayStore.limit).deadlines()
    return try db.map(step.sql, step.values, Self.dueRound)
  }

  /// Every open round of the next twelve months, soonest first (I dag's
  /// last deadline line opens them).
  public func roundsAhead(today: Day) throws -> [DueRound] {
    let step = TodaySteps(today: today, staffID: nil, limit: 500).deadlines(days: 365)
    return try db.map(step.sql, step.values, Self.dueRound)
  }

  static func dueRound(_ row: Statement) -> DueRound {
    DueRound(
      round: FundStore.round(row), fundName: row.text("fund_name"),
      applications: Int(row.int("applications")), beingWritten: Int(row.int("writing")))
  }

  /// The round's applications by status, in the order a round runs.
  public func summary(roundID: Int64) throws -> RoundSummary {
    var byStatus: [ApplicationStatus: RoundSummary.Line] = [:]
    try db.forEach(
      """
      SELECT status, count(*) AS application_count, sum(amount_applied) AS applied,
        coalesce(sum(amount_granted), 0) AS granted
      FROM grant_applications WHERE round_id = ? GROUP BY status
      """, [.integer(roundID)]
    ) { row in
      guard let status = ApplicationStatus(rawValue: row.text("status")) else { return }
      byStatus[status] = RoundSummary.Line(
        status: status, count: Int(row.int("application_count")), applied: Int(row.int("applied")),
        granted: Int(row.int("granted")))
    }
    return RoundSummary(lines: ApplicationStatus.allCases.compactMap { byStatus[$0] })
  }
}
