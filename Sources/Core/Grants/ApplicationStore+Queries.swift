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
    g.status, g.amount_granted, g.decided_on, g.report_due, g.version, a.name, f.name,
    r.deadline, s.initials
    """
  static let joins = """
    grant_applications g JOIN associations a ON a.id = g.association_id
    JOIN fund_rounds r ON r.id = g.round_id JOIN funds f ON f.id = r.fund_id
    JOIN staff s ON s.id = g.helper_id
    """

  static func application(_ row: Statement) -> GrantApplication {
    func day(_ column: Int32) -> Day? { row.isNull(column) ? nil : Day(iso: row.text(column)) }
    var application = GrantApplication(
      id: row.int(0), roundID: row.int(1), associationID: row.int(2),
      inquiryID: row.isNull(3) ? nil : row.int(3), purpose: row.text(4),
      amountApplied: Int(row.int(5)), helperID: row.int(6),
      status: ApplicationStatus(rawValue: row.text(7)) ?? .writing,
      amountGranted: row.isNull(8) ? nil : Int(row.int(8)), decidedOn: day(9), reportDue: day(10))
    application.version = Int(row.int(11))
    application.associationName = row.text(12)
    application.fundName = row.text(13)
    application.deadline = day(14) ?? Day(ordinal: 0)
    application.helperInitials = row.text(15)
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
        f.name, r.deadline, g.purpose
      FROM grant_applications g JOIN grant_events e ON e.application_id = g.id
        JOIN staff s ON s.id = e.staff_id JOIN fund_rounds r ON r.id = g.round_id
        JOIN funds f ON f.id = r.fund_id
      WHERE g.association_id = ? ORDER BY e.id DESC LIMIT ?
      """, [.integer(associationID), .integer(Int64(limit))]
    ) { row in
      GrantEvent(
        applicationID: row.int(0), at: row.text(1), staffInitials: row.text(2),
        kind: GrantEvent.Kind(rawValue: row.text(3)) ?? .edited,
        field: row.isNull(4) ? nil : Field(rawValue: row.text(4)), oldValue: row.text(5),
        newValue: row.text(6), fundName: row.text(7),
        deadline: Day(iso: row.text(8)) ?? Day(ordinal: 0), purpose: row.text(9))
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
      round: FundStore.round(row), fundName: row.text(7), applications: Int(row.int(8)),
      beingWritten: Int(row.int(9)))
  }

  /// The round's applications by status, in the order a round runs.
  public func summary(roundID: Int64) throws -> RoundSummary {
    var byStatus: [ApplicationStatus: RoundSummary.Line] = [:]
    try db.forEach(
      """
      SELECT status, count(*), sum(amount_applied), coalesce(sum(amount_granted), 0)
      FROM grant_applications WHERE round_id = ? GROUP BY status
      """, [.integer(roundID)]
    ) { row in
      guard let status = ApplicationStatus(rawValue: row.text(0)) else { return }
      byStatus[status] = RoundSummary.Line(
        status: status, count: Int(row.int(1)), applied: Int(row.int(2)),
        granted: Int(row.int(3)))
    }
    return RoundSummary(lines: ApplicationStatus.allCases.compactMap { byStatus[$0] })
  }
}
