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
      SELECT a.name, a.description, coalesce(ar.name, ''), a.target_codes, a.contact_person,
             a.phone, a.email, a.website, a.address, a.active
      FROM associations a LEFT JOIN areas ar ON ar.id = a.area_id ORDER BY a.sort_key, a.id
      """
    try store.db.read {
      try store.db.forEach(sql) { row in
        write(
          line([
            row.text(0), row.text(1), row.text(2), groupNames(row.text(3)), row.text(4),
            row.text(5), row.text(6), row.text(7), row.text(8), row.int(9) == 1 ? "ja" : "nej",
          ]))
      }
    }
  }

  public func exportActivities(format: CSVFormat = .plain, _ write: (String) -> Void) throws {
    let line = format.line
    write(format.start + line(ActivityField.allCases.map(\.rawValue)))
    let sql = """
      SELECT a.name, v.title, v.kind, v.description, coalesce(ar.name, ''), v.schedule,
             v.age_min, v.age_max,
             (SELECT group_concat(code, '|') FROM (SELECT t.code FROM activity_target_groups x
                JOIN target_groups t ON t.id = x.target_group_id WHERE x.activity_id = v.id
                ORDER BY t.sort_key)),
             v.interests, v.step_free, v.accessible_toilet, v.languages, v.child_certificate,
             v.open_places, v.active
      FROM activities v JOIN associations a ON a.id = v.association_id
      LEFT JOIN areas ar ON ar.id = v.area_id
      ORDER BY a.sort_key, a.id, v.sort_key, v.id
      """
    try store.db.read {
      try store.db.forEach(sql) { row in
        let yesNo = { (column: Int32) in row.int(column) == 1 ? "ja" : "nej" }
        write(
          line([
            row.text(0), row.text(1), ActivityKind(rawValue: row.text(2))?.label(.danish) ?? "",
            row.text(3), row.text(4), Schedule(mask: Int(row.int(5))).csvText,
            row.optionalInt(6).map { String($0) } ?? "",
            row.optionalInt(7).map { String($0) } ?? "",
            groupNames(row.text(8)), row.text(9), yesNo(10), yesNo(11), row.text(12), yesNo(13),
            row.optionalInt(14).map { String($0) } ?? "", yesNo(15),
          ]))
      }
    }
  }

  private func groupNames(_ codes: String) -> String {
    codes.split(separator: "|").compactMap { store.targetGroup(code: String($0))?.nameDa }
      .joined(separator: "|")
  }

}
