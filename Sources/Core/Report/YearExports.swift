/// The rows behind the report's referrals and grants, as CSV, so every
/// figure can be checked by hand in a spreadsheet. No citizen is named: a
/// referral carries the citizen's age band only.
public struct YearExports {
  let db: Database

  public init(db: Database) { self.db = db }

  public static let referralColumns = [
    "id", "referred_on", "activity", "association", "area", "target_groups", "age_band", "status",
  ]

  /// Referrals made from `from` to `to` (both included), oldest first.
  public func exportReferrals(
    from: Day?, to: Day?, format: CSVFormat = .plain, _ sink: (String) -> Void
  )
    throws
  {
    sink(format.start + format.line(Self.referralColumns))
    try db.forEach(
      """
      SELECT r.id, substr(r.referred_on, 1, 10) AS referred_date, v.title,
        s.name AS association_name, coalesce(a.name, '') AS area_name,
        coalesce((SELECT group_concat(t.code, '|') FROM activity_target_groups g
          JOIN target_groups t ON t.id = g.target_group_id WHERE g.activity_id = v.id), '')
          AS target_groups,
        CASE WHEN c.birth_year IS NULL THEN NULL
          ELSE CAST(substr(r.referred_on, 1, 4) AS INTEGER) - c.birth_year END AS age,
        r.status
      FROM referrals r JOIN activities v ON v.id = r.activity_id
        JOIN associations s ON s.id = v.association_id LEFT JOIN areas a ON a.id = v.area_id
        LEFT JOIN citizens c ON c.id = r.citizen_id
      WHERE r.referred_on >= ? AND r.referred_on < ? ORDER BY r.referred_on, r.id
      """, [.text(from?.iso ?? "0000"), .text(to?.adding(1).iso ?? "9999")],
      columns: [
        "id", "referred_date", "title", "association_name", "area_name", "target_groups", "age",
        "status",
      ]
    ) { row, column in
      let age = row.isNull(column[6]) ? nil : Int(row.int(column[6]))
      let band = age.flatMap { age in
        AnnualReport.ageBands.firstIndex { age >= $0.low && age <= ($0.high ?? Int.max) }
      }
      sink(
        format.line(
          column[0..<6].map { row.text($0) }
            + [AnnualReport.ageBand(band, .english), row.text(column[7])]))
    }
  }

  public static let applicationColumns = [
    "id", "fund", "deadline", "association", "purpose", "amount_applied", "helper", "status",
    "amount_granted", "decided_on", "report_due", "inquiry",
  ]

  /// The applications for rounds whose deadline is from `from` to `to`.
  public func exportApplications(
    from: Day?, to: Day?, format: CSVFormat = .plain, _ sink: (String) -> Void
  ) throws {
    sink(format.start + format.line(Self.applicationColumns))
    try db.forEach(
      """
      SELECT g.id, f.name AS fund_name, r.deadline, a.name AS association_name, g.purpose,
        g.amount_applied, s.initials, g.status, coalesce(g.amount_granted, '') AS amount_granted,
        coalesce(g.decided_on, '') AS decided_on, coalesce(g.report_due, '') AS report_due,
        coalesce(g.inquiry_id, '') AS inquiry_id
      FROM grant_applications g JOIN fund_rounds r ON r.id = g.round_id
        JOIN funds f ON f.id = r.fund_id JOIN associations a ON a.id = g.association_id
        JOIN staff s ON s.id = g.helper_id
      WHERE r.deadline >= ? AND r.deadline < ? ORDER BY r.deadline, f.sort_key, g.id
      """, [.text(from?.iso ?? "0000"), .text(to?.adding(1).iso ?? "9999")],
      columns: [
        "id", "fund_name", "deadline", "association_name", "purpose", "amount_applied", "initials",
        "status", "amount_granted", "decided_on", "report_due", "inquiry_id",
      ]
    ) { row, columns in sink(format.line(columns.map { row.text($0) })) }
  }
}
