extension AnnualReport {
  /// The age bands a referral's citizen is counted in, by the age they
  /// turn in the referral's year; "unknown" when no birth year is given
  /// (or the citizen has been erased).
  static let ageBands: [(low: Int, high: Int?)] = [
    (0, 17), (18, 29), (30, 49), (50, 64), (65, 79), (80, nil),
  ]

  static func ageBand(_ index: Int?, _ lang: Language) -> String {
    guard let index, ageBands.indices.contains(index) else { return lang.pick("ukendt", "unknown") }
    let band = ageBands[index]
    guard let high = band.high else {
      return lang.pick("\(band.low) år og derover", "\(band.low) and over")
    }
    return band.low == 0
      ? lang.pick("under \(high + 1) år", "under \(high + 1)") : "\(band.low)–\(high)"
  }

  /// Referrals (formidlinger) made in the year: in all, started, did not
  /// start and still open, then the same by the activity's target groups,
  /// by the citizen's age band and by the activity's area.
  mutating func addReferrals(db: Database, lang: Language, groups: [TargetGroup]) throws {
    struct Referral {
      let status: ReferralStatus
      let age: Int?
      let area: String
      let groups: [Int64]
    }
    var byActivityGroups: [Int64: [Int64]] = [:]
    try db.forEach(
      """
      SELECT DISTINCT g.activity_id, g.target_group_id FROM referrals r
        JOIN activity_target_groups g ON g.activity_id = r.activity_id
      WHERE r.referred_on >= ? AND r.referred_on < ?
      """, [.text(from), .text(until)], columns: ["activity_id", "target_group_id"]
    ) { row, column in
      byActivityGroups[row.int(column[0]), default: []].append(row.int(column[1]))
    }
    var referrals: [Referral] = []
    try db.forEach(
      """
      SELECT r.status, CASE WHEN c.birth_year IS NULL THEN NULL
          ELSE CAST(substr(r.referred_on, 1, 4) AS INTEGER) - c.birth_year END AS age,
        coalesce(a.name, '') AS area_name, r.activity_id
      FROM referrals r JOIN activities v ON v.id = r.activity_id
        LEFT JOIN areas a ON a.id = v.area_id LEFT JOIN citizens c ON c.id = r.citizen_id
      WHERE r.referred_on >= ? AND r.referred_on < ?
      """, [.text(from), .text(until)], columns: ["status", "age", "area_name", "activity_id"]
    ) { row, column in
      referrals.append(
        Referral(
          status: ReferralStatus(rawValue: row.text(column[0])) ?? .suggested,
          age: row.isNull(column[1]) ? nil : Int(row.int(column[1])), area: row.text(column[2]),
          groups: byActivityGroups[row.int(column[3])] ?? []))
    }
    func values(_ list: [Referral]) -> [ReportValue] {
      [
        .count(list.count), .count(list.filter { $0.status == .started }.count),
        .count(list.filter { $0.status == .notStarted }.count),
        .count(list.filter { $0.status.isPending }.count),
      ]
    }
    let columns = [
      lang.pick("Henvisninger", "Referrals"), lang.pick("Startet", "Started"),
      lang.pick("Startede ikke", "Did not start"), lang.pick("Stadig åbne", "Still open"),
    ]
    tables.append(
      ReportTable(
        file: "referrals", title: lang.pick("Henvisninger (formidlinger)", "Referrals"),
        columns: [""] + columns, rows: [.init(lang.pick("I alt", "In all"), values(referrals))]))
    let none = lang.pick("(ingen målgruppe)", "(no target group)")
    var groupRows = groups.compactMap { group -> ReportTable.Row? in
      let list = referrals.filter { $0.groups.contains(group.id) }
      return list.isEmpty ? nil : .init(group.name(lang), values(list))
    }
    let ungrouped = referrals.filter { $0.groups.isEmpty }
    if !ungrouped.isEmpty { groupRows.append(.init(none, values(ungrouped))) }
    tables.append(
      ReportTable(
        file: "referrals_by_target_group",
        title: lang.pick("Henvisninger efter målgruppe", "Referrals by target group"),
        columns: [lang.pick("Målgruppe", "Target group")] + columns, rows: groupRows,
        note: lang.pick(
          "En henvisning til en aktivitet med flere målgrupper tælles under hver af dem.",
          "A referral to an activity with several target groups counts under each of them.")))
    func band(_ age: Int?) -> Int? {
      guard let age else { return nil }
      return Self.ageBands.firstIndex { age >= $0.low && age <= ($0.high ?? Int.max) }
    }
    let bandRows = (Array(Self.ageBands.indices).map { Optional($0) } + [nil]).compactMap {
      index -> ReportTable.Row? in
      let list = referrals.filter { band($0.age) == index }
      return list.isEmpty ? nil : .init(Self.ageBand(index, lang), values(list))
    }
    tables.append(
      ReportTable(
        file: "referrals_by_age",
        title: lang.pick("Henvisninger efter borgerens alder", "Referrals by the citizen's age"),
        columns: [lang.pick("Alder", "Age")] + columns, rows: bandRows))
    let areas = Set(referrals.map(\.area)).sorted {
      DanishSortKey.make($0) < DanishSortKey.make($1)
    }
    tables.append(
      ReportTable(
        file: "referrals_by_area",
        title: lang.pick(
          "Henvisninger efter aktivitetens område", "Referrals by the activity's area"),
        columns: [lang.pick("Område", "Area")] + columns,
        rows: areas.map { area in
          .init(
            area.isEmpty ? lang.pick("(intet område)", "(no area)") : area,
            values(referrals.filter { $0.area == area }))
        }))
  }
}
