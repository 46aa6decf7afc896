/// Activities live in the association store: writing one re-indexes its
/// association, whose search document holds the activities' text.
extension AssociationStore {
  public func activities(of associationID: Int64) throws -> [Activity] {
    let sql = """
      SELECT v.id, v.association_id, v.title, v.kind, v.description,
             coalesce(ar.name, '') AS area_name, v.schedule, v.age_min, v.age_max, v.interests, v.step_free, v.languages,
             v.child_certificate, v.active, v.accessible_toilet, v.open_places
      FROM activities v LEFT JOIN areas ar ON ar.id = v.area_id
      WHERE v.association_id = ? ORDER BY v.active DESC, v.sort_key, v.id
      """
    var list = try db.map(sql, [.integer(associationID)]) { row in
      Activity(
        id: row.int("id"), associationID: row.int("association_id"), title: row.text("title"),
        kind: ActivityKind(rawValue: row.text("kind")) ?? .offer,
        description: row.text("description"), area: row.text("area_name"),
        schedule: Schedule(mask: Int(row.int("schedule"))),
        ageMin: row.optionalInt("age_min").map(Int.init),
        ageMax: row.optionalInt("age_max").map(Int.init),
        interests: Self.splitList(row.text("interests")), stepFree: row.int("step_free") == 1,
        accessibleToilet: row.int("accessible_toilet") == 1,
        languages: Self.splitList(row.text("languages")),
        childCertificate: row.int("child_certificate") == 1,
        openPlaces: row.optionalInt("open_places").map(Int.init), active: row.int("active") == 1)
    }
    for index in list.indices {
      list[index].targetGroups = try db.map(
        """
        SELECT t.code FROM activity_target_groups x JOIN target_groups t ON t.id = x.target_group_id
        WHERE x.activity_id = ? ORDER BY t.sort_key
        """, [.integer(list[index].id!)]
      ) { $0.text("code") }
    }
    return list
  }

  public func activityCount() throws -> Int {
    Int(try db.scalarInt("SELECT count(*) FROM activities"))
  }

  /// The id of the association's activity with the same folded title.
  func activityID(associationID: Int64, title: String) throws -> Int64? {
    let statement = try db.cached(
      "SELECT id FROM activities WHERE association_id = ? AND title_fold = ?")
    try statement.bind([.integer(associationID), .text(DanishFolding.fold(title))])
    defer { statement.reset() }
    return try statement.step() ? statement.int("id") : nil
  }

  /// Validates and saves (inserts when `id` is nil); returns the id. Inside
  /// another write (an import) it is a savepoint of that transaction.
  /// `reindex: false` leaves the association's search document to the
  /// caller: an import rebuilds each one once at its end, not once per
  /// activity (which made a big association's import quadratic).
  @discardableResult
  public func save(_ activity: Activity, reindex: Bool = true) throws -> Int64 {
    try db.write { try write(activity, reindex: reindex) }
  }

  private func write(_ input: Activity, reindex: Bool) throws -> Int64 {
    let activity = try AssociationValidator.validate(input)
    if let other = try activityID(associationID: activity.associationID, title: activity.title),
      other != activity.id
    {
      throw StoreError.invalidActivity([.title: .duplicateName])
    }
    let areaID = try areaID(named: activity.area, create: true)
    let values: [SQLValue] = [
      .integer(activity.associationID), .text(activity.title),
      .text(DanishFolding.fold(activity.title)), .text(DanishSortKey.make(activity.title)),
      .text(activity.kind.rawValue), .text(activity.description), .int64(areaID),
      .integer(Int64(activity.schedule.mask)), .int(activity.ageMin), .int(activity.ageMax),
      .text(activity.interests.joined(separator: "|")), .bool(activity.stepFree),
      .text(activity.languages.joined(separator: "|")), .bool(activity.childCertificate),
      .bool(activity.active), .bool(activity.accessibleToilet), .int(activity.openPlaces),
    ]
    let id: Int64
    if let existing = activity.id {
      try db.run(
        """
        UPDATE activities SET association_id = ?, title = ?, title_fold = ?, sort_key = ?,
          kind = ?, description = ?, area_id = ?, schedule = ?, age_min = ?, age_max = ?,
          interests = ?, step_free = ?, languages = ?, child_certificate = ?, active = ?,
          accessible_toilet = ?, open_places = ?
        WHERE id = ?
        """, values + [.integer(existing)])
      guard db.changes == 1 else { throw StoreError.notFound }
      id = existing
    } else {
      try db.run(
        """
        INSERT INTO activities(association_id, title, title_fold, sort_key, kind, description,
          area_id, schedule, age_min, age_max, interests, step_free, languages,
          child_certificate, active, accessible_toilet, open_places)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, values)
      id = db.lastInsertRowID
    }
    try db.run("DELETE FROM activity_target_groups WHERE activity_id = ?", [.integer(id)])
    for code in Set(activity.targetGroups) {
      guard let group = targetGroup(code: code) else {
        throw StoreError.invalidActivity([.targetGroups: .unknownTargetGroup(code)])
      }
      try db.run(
        "INSERT INTO activity_target_groups(activity_id, target_group_id) VALUES (?, ?)",
        [.integer(id), .integer(group.id)])
    }
    try InterestVocabulary(db: db).addMissing(activity.interests)
    if reindex { try SearchIndex(db: db).reindex(associationID: activity.associationID) }
    return id
  }

  /// Lists in the database are `|`-separated, as in the CSV files.
  static func splitList(_ text: String) -> [String] {
    text.splitScalars { $0 == "|" }.map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
  }
}
