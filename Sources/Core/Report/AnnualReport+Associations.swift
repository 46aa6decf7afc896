extension AnnualReport {
  /// One association's state at the year's end, from its dated changes
  /// (`Schema.associationLog`): nil when it did not exist yet.
  static func activeAtEnd(
    _ changes: [(day: String, change: String)], end: String, now: Bool
  ) -> Bool? {
    if let last = changes.last(where: { $0.day <= end }) {
      return last.change != "deactivated"
    }
    switch changes.first?.change {
    case "created"?: return nil
    case "deactivated"?: return true
    case "reactivated"?: return false
    default: return now
    }
  }

  /// The associations: active at the year's end, new and deactivated in
  /// it, on the municipality's insurance list, and those active by target
  /// group and by area (their groups and area as they are now).
  mutating func addAssociations(db: Database, lang: Language, groups: [TargetGroup]) throws {
    let end = yearEnd.iso
    var log: [Int64: [(day: String, change: String)]] = [:]
    // `registered` (the register's set-up import) says nothing of when.
    try db.forEach(
      """
      SELECT association_id, day, change FROM association_log WHERE change <> 'registered'
      ORDER BY day, id
      """, columns: ["association_id", "day", "change"]
    ) { row, column in
      log[row.int(column[0]), default: []].append(
        (day: row.text(column[1]), change: row.text(column[2])))
    }
    struct Row {
      let id: Int64
      let area: String
      let insuredSince: String?
      let active: Bool?
    }
    var rows: [Row] = []
    try db.forEach(
      """
      SELECT s.id, coalesce(a.name, '') AS area_name, g.insured_since, s.active
      FROM associations s
        LEFT JOIN areas a ON a.id = s.area_id
        LEFT JOIN association_register g ON g.association_id = s.id
      """, columns: ["id", "area_name", "insured_since", "active"]
    ) { row, column in
      let id = row.int(column[0])
      rows.append(
        Row(
          id: id, area: row.text(column[1]),
          insuredSince: row.isNull(column[2]) ? nil : row.text(column[2]),
          active: Self.activeAtEnd(log[id] ?? [], end: end, now: row.int(column[3]) == 1)))
    }
    let active = rows.filter { $0.active == true }
    let (from, until) = (self.from, self.until)
    func changedInYear(_ change: String) -> Set<Int64> {
      Set(
        log.compactMap { id, changes in
          changes.contains { $0.change == change && $0.day >= from && $0.day < until } ? id : nil
        })
    }
    let activeIDs = Set(active.map(\.id))
    let created = changedInYear("created")
    let deactivated = changedInYear("deactivated").subtracting(activeIDs)
    let insured = active.filter { ($0.insuredSince ?? "9999") <= end }
    tables.append(
      ReportTable(
        file: "associations", title: lang.pick("Foreninger", "Associations"),
        columns: [lang.pick("Tal", "Figure"), lang.pick("Antal", "Count")],
        rows: [
          .init(
            lang.pick("Aktive ved årets udgang", "Active at the year's end"), [.count(active.count)]
          ),
          .init(lang.pick("Nye i året", "New in the year"), [.count(created.count)]),
          .init(
            lang.pick("Deaktiveret i året", "Deactivated in the year"), [.count(deactivated.count)]),
          .init(
            lang.pick("På kommunens forsikringsliste", "On the municipality's insurance list"),
            [.count(insured.count)]),
        ]))
    var byGroup: [Int64: Int] = [:]
    try db.forEach(
      "SELECT association_id, target_group_id FROM association_target_groups",
      columns: ["association_id", "target_group_id"]
    ) { row, column in
      if activeIDs.contains(row.int(column[0])) { byGroup[row.int(column[1]), default: 0] += 1 }
    }
    tables.append(
      ReportTable(
        file: "associations_by_target_group",
        title: lang.pick(
          "Aktive foreninger efter målgruppe", "Active associations by target group"),
        columns: [lang.pick("Målgruppe", "Target group"), lang.pick("Antal", "Count")],
        rows: groups.compactMap { group in
          byGroup[group.id].map { .init(group.name(lang), [.count($0)]) }
        },
        note: lang.pick(
          "En forening med flere målgrupper tælles under hver af dem.",
          "An association with several target groups counts under each of them.")))
    let areas = Set(active.map(\.area)).sorted { DanishSortKey.make($0) < DanishSortKey.make($1) }
    tables.append(
      ReportTable(
        file: "associations_by_area",
        title: lang.pick("Aktive foreninger efter område", "Active associations by area"),
        columns: [lang.pick("Område", "Area"), lang.pick("Antal", "Count")],
        rows: areas.map { area in
          .init(
            area.isEmpty ? lang.pick("(intet område)", "(no area)") : area,
            [.count(active.filter { $0.area == area }.count)])
        }))
  }
}
