/// Bringing the matching index up to date with what another desk changed,
/// activity by activity (`Schema.v10`'s `matching_changes`), instead of
/// reading 100,000 activities again on the next keystroke. Every activity
/// of a touched association is read again, so their order among equal
/// scores stays right; a change that moves everyone's place (an
/// association renamed, added or removed; areas; target groups) or a desk
/// too far behind says so, and the index is read whole.
extension MatchIndex {
  /// More changed activities than this: reading everything is as cheap.
  static let updateLimit = 2_000

  /// False when the index must be read whole instead.
  mutating func update(_ db: Database) throws -> Bool {
    try db.read {
      let oldest = try db.scalarInt("SELECT coalesce(min(n), 0) FROM matching_changes")
      if oldest > changeMark + 1 { return false }  // pruned past what this index knows
      var activities = Set<Int64>()
      var associations = Set<Int64>()
      var last = changeMark
      var full = false
      try db.forEach(
        "SELECT n, activity_id, association_id, full FROM matching_changes WHERE n > ? ORDER BY n",
        [.integer(changeMark)], columns: ["n", "activity_id", "association_id", "full"]
      ) { row, column in
        last = row.int(column[0])
        if !row.isNull(column[1]) { activities.insert(row.int(column[1])) }
        if !row.isNull(column[2]) { associations.insert(row.int(column[2])) }
        if row.int(column[3]) == 1 { full = true }
      }
      guard !full, activities.count + associations.count <= Self.updateLimit else { return false }
      // The associations touched: named, or owning a changed activity (as
      // stored now, or as this index had it before a move).
      for id in activities {
        if let at = at[id] { associations.insert(candidates[at].association) }
      }
      for chunk in Array(activities).chunked(500) {
        let marks = chunk.map { _ in "?" }.joined(separator: ",")
        try db.forEach(
          "SELECT DISTINCT association_id FROM activities WHERE id IN (\(marks))",
          chunk.map { .integer($0) }, columns: ["association_id"]
        ) { row, column in associations.insert(row.int(column[0])) }
      }
      for association in associations {
        // An association this index has never ranked: read everything.
        guard Int(association) < order.association.count,
          order.association[Int(association)] != Int32.max
        else { return false }
        try reread(association: association, db)
      }
      changeMark = last
      return true
    }
  }

  /// Takes out the association's activities and reads its active ones in
  /// again, numbering them by title within the association.
  private mutating func reread(association: Int64, _ db: Database) throws {
    for index in candidates.indices.reversed() where candidates[index].association == association {
      remove(at: index)
    }
    var within: Int32 = 0
    try db.forEach(
      "SELECT id FROM activities WHERE association_id = ? ORDER BY sort_key, id",
      [.integer(association)], columns: ["id"]
    ) { row, column in
      Self.put(within, at: Int(row.int(column[0])), in: &order.title, fill: 0)
      within += 1
    }
    var added: [Int64: Int] = [:]
    try db.forEach(
      """
      SELECT \(Self.columns) FROM activities v JOIN associations a ON a.id = v.association_id
      WHERE v.association_id = ? AND v.active = 1 AND a.active = 1
      """, [.integer(association)], columns: Self.Columns.names
    ) { row, indices in
      let c = Self.Columns(indices)
      let id = row.int(c.id)
      let interests = slice(row.text(c.interests), language: false)
      let languages = slice(row.text(c.languages), language: true)
      let inherited = row.text(c.targetCodes).splitScalars { $0 == "|" }.filter { !$0.isEmpty }
        .reduce(UInt64(0)) { $0 | (targetBits[String($1)] ?? 0) }
      added[id] = candidates.count
      at[id] = candidates.count
      candidates.append(
        c.candidate(
          row, id: id, association: association, interests: interests, languages: languages,
          targetBits: inherited, tie: order.key(activity: id, association: association)))
    }
    // An activity's own target groups replace its association's.
    var own: Set<Int> = []
    try db.forEach(
      """
      SELECT x.activity_id, t.code FROM activity_target_groups x
      JOIN target_groups t ON t.id = x.target_group_id JOIN activities v ON v.id = x.activity_id
      WHERE v.association_id = ?
      """, [.integer(association)], columns: ["activity_id", "code"]
    ) { row, column in
      guard let index = added[row.int(column[0])] else { return }
      if own.insert(index).inserted { candidates[index].targetBits = 0 }
      candidates[index].targetBits |= targetBits[row.text(column[1])] ?? 0
    }
  }

  /// Removes a candidate by moving the last one into its place.
  private mutating func remove(at index: Int) {
    at[candidates[index].id] = nil
    let last = candidates.count - 1
    if index != last {
      candidates[index] = candidates[last]
      at[candidates[index].id] = index
    }
    candidates.removeLast()
  }
}

extension Array {
  /// The array in pieces of at most `size` (for `IN (...)` lists).
  func chunked(_ size: Int) -> [ArraySlice<Element>] {
    stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
  }
}
