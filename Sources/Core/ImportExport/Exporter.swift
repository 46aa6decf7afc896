/// Writes associations or activities as CSV in exactly the columns the
/// importer reads, in Danish order, one row at a time (nothing is held whole).
/// Export then import gives back the same data.
public struct Exporter {
  let store: AssociationStore

  public init(store: AssociationStore) { self.store = store }

  public func exportAssociations(format: CSVFormat = .plain, _ write: (String) -> Void) throws {
    let line = format.line
    write(format.start + line(AssociationField.allCases.map(\.rawValue)))
    let sql = """
      SELECT a.name, a.description, coalesce(ar.name, '') AS area_name, a.target_codes,
             a.contact_person, a.phone, a.email, a.website, a.address, a.active
      FROM associations a LEFT JOIN areas ar ON ar.id = a.area_id ORDER BY a.sort_key, a.id
      """
    let columns = [
      "name", "description", "area_name", "target_codes", "contact_person", "phone", "email",
      "website", "address", "active",
    ]
    try store.db.read {
      try store.db.forEach(sql, columns: columns) { row, c in
        write(
          line([
            row.text(c[0]), row.text(c[1]), row.text(c[2]), groupNames(row.text(c[3])),
            row.text(c[4]), row.text(c[5]), row.text(c[6]), row.text(c[7]), row.text(c[8]),
            row.int(c[9]) == 1 ? "ja" : "nej",
          ]))
      }
    }
  }

  public func exportActivities(format: CSVFormat = .plain, _ write: (String) -> Void) throws {
    let line = format.line
    write(format.start + line(ActivityField.allCases.map(\.rawValue)))
    let sql = """
      SELECT a.name AS association_name, v.title, v.kind, v.description,
             coalesce(ar.name, '') AS area_name, v.schedule, v.age_min, v.age_max,
             (SELECT group_concat(code, '|') FROM (SELECT t.code FROM activity_target_groups x
                JOIN target_groups t ON t.id = x.target_group_id WHERE x.activity_id = v.id
                ORDER BY t.sort_key)) AS target_codes,
             v.interests, v.step_free, v.accessible_toilet, v.languages, v.child_certificate,
             v.open_places, v.active
      FROM activities v JOIN associations a ON a.id = v.association_id
      LEFT JOIN areas ar ON ar.id = v.area_id
      ORDER BY a.sort_key, a.id, v.sort_key, v.id
      """
    let columns = [
      "association_name", "title", "kind", "description", "area_name", "schedule", "age_min",
      "age_max", "target_codes", "interests", "step_free", "accessible_toilet", "languages",
      "child_certificate", "open_places", "active",
    ]
    try store.db.read {
      try store.db.forEach(sql, columns: columns) { row, c in
        let yesNo = { (column: Int32) in row.int(column) == 1 ? "ja" : "nej" }
        write(
          line([
            row.text(c[0]), row.text(c[1]),
            ActivityKind(rawValue: row.text(c[2]))?.label(.danish) ?? "",
            row.text(c[3]), row.text(c[4]), Schedule(mask: Int(row.int(c[5]))).csvText,
            row.optionalInt(c[6]).map { String($0) } ?? "",
            row.optionalInt(c[7]).map { String($0) } ?? "",
            groupNames(row.text(c[8])), row.text(c[9]), yesNo(c[10]), yesNo(c[11]),
            row.text(c[12]), yesNo(c[13]), row.optionalInt(c[14]).map { String($0) } ?? "",
            yesNo(c[15]),
          ]))
      }
    }
  }

  private func groupNames(_ codes: String) -> String {
    codes.split(separator: "|").compactMap { store.targetGroup(code: String($0))?.nameDa }
      .joined(separator: "|")
  }

}
