extension AnnualReport {
  /// The applications the centre helped with for rounds whose deadline is
  /// in the year: by round and by status, with the amounts applied for and
  /// granted (as `skranke export applications` lists them).
  mutating func addGrants(db: Database, lang: Language) throws {
    let columns = [
      lang.pick("Ansøgninger", "Applications"), lang.pick("Ansøgt", "Applied for"),
      lang.pick("Bevilget", "Granted"),
    ]
    let sums = """
      count(*) AS application_count, coalesce(sum(g.amount_applied), 0) AS applied,
      coalesce(sum(g.amount_granted), 0) AS granted
      """
    let joins = """
      grant_applications g JOIN fund_rounds r ON r.id = g.round_id JOIN funds f ON f.id = r.fund_id
      WHERE r.deadline >= ? AND r.deadline < ?
      """
    let span: [SQLValue] = [.text(from), .text(until)]
    func values(_ row: Statement) -> [ReportValue] {
      [
        .count(Int(row.int("application_count"))), .kroner(Int(row.int("applied"))),
        .kroner(Int(row.int("granted"))),
      ]
    }
    var total: [ReportValue] = [.count(0), .kroner(0), .kroner(0)]
    try db.forEach("SELECT \(sums) FROM \(joins)", span) { total = values($0) }
    let all = ReportTable.Row(lang.pick("I alt", "In all"), total)
    let byRound = try db.map(
      """
      SELECT f.name AS fund_name, r.deadline, \(sums) FROM \(joins)
      GROUP BY r.id ORDER BY r.deadline, f.sort_key
      """, span
    ) { row in
      ReportTable.Row(
        row.text("fund_name") + " "
          + (Day(iso: row.text("deadline"))?.numeric ?? row.text("deadline")), values(row))
    }
    tables.append(
      ReportTable(
        file: "grants_by_round",
        title: lang.pick(
          "Ansøgninger centret hjalp med, efter runde", "Applications helped with, by round"),
        columns: [lang.pick("Pulje og frist", "Fund and deadline")] + columns,
        rows: byRound + [all]))
    var byStatus: [String: [ReportValue]] = [:]
    try db.forEach("SELECT g.status, \(sums) FROM \(joins) GROUP BY g.status", span) {
      byStatus[$0.text("status")] = values($0)
    }
    tables.append(
      ReportTable(
        file: "grants_by_status",
        title: lang.pick("Ansøgninger efter status", "Applications by status"),
        columns: ["Status"] + columns,
        rows: ApplicationStatus.allCases.compactMap { status in
          byStatus[status.rawValue].map { .init(status.label(lang), $0) }
        } + [all]))
  }
}
