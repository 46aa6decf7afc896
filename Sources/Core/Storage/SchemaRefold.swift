extension Schema {
  /// Version 22: text typed apart from its accents (`a` and a combining
  /// ring, as some systems write `å`) is folded the way its precomposed
  /// letter is. The fuzzer found a name a search could not find again:
  /// folding made each mark a word break (or kept it as a letter), and the
  /// search index split it otherwise. Rows holding such marks are folded
  /// and indexed again; all others fold as they did.
  static let v22 = "SELECT 1;"

  static let tablesWithSortKeys: Set<String> = [
    "areas", "associations", "activities", "rooms", "funds", "interests", "facilities",
  ]

  @Sendable static func refoldMarkedText(_ db: Database) throws {
    let folded: [(table: String, source: String, fold: String)] = [
      ("areas", "name", "name_fold"), ("associations", "name", "name_fold"),
      ("activities", "title", "title_fold"), ("rooms", "name", "name_fold"),
      ("funds", "name", "name_fold"), ("citizens", "name", "name_fold"),
      ("interests", "name", "name_fold"), ("facilities", "name", "name_fold"),
      ("inquiry_categories", "name_da", "name_fold"), ("booking_purposes", "purpose", "fold"),
    ]
    for (table, source, fold) in folded {
      let marked = try db.map("SELECT \(source) FROM \(table)") { $0.text(source) }
        .filter(DanishFolding.holdsMarks)
      // OR IGNORE: a name that now folds like another keeps its old fold
      // rather than stopping the upgrade.
      let sorted = tablesWithSortKeys.contains(table)
      for text in Set(marked) {
        try db.run(
          "UPDATE OR IGNORE \(table) SET \(fold) = ? WHERE \(source) = ?",
          [.text(DanishFolding.fold(text)), .text(text)])
        if sorted {
          try db.run(
            "UPDATE \(table) SET sort_key = ? WHERE \(source) = ?",
            [.text(DanishSortKey.make(text)), .text(text)])
        }
      }
    }
    var associations: [(id: Int64, text: String)] = []
    try db.forEach(
      """
      SELECT a.id, a.name || ' ' || a.description || ' ' || a.contact_person || ' ' || a.address
        || ' ' || coalesce(group_concat(t.title || ' ' || t.description || ' ' || t.interests
        || ' ' || t.languages, ' '), '') AS all_text
      FROM associations a LEFT JOIN activities t ON t.association_id = a.id GROUP BY a.id
      """, columns: ["id", "all_text"]
    ) { row, column in associations.append((id: row.int(column[0]), text: row.text(column[1]))) }
    let index = SearchIndex(db: db)
    for row in associations where DanishFolding.holdsMarks(row.text) {
      try index.reindex(associationID: row.id)
    }
    var inquiries: [(Int64, Inquiry, String)] = []
    try db.forEach(
      """
      SELECT i.id, i.asker_name, i.asker_contact, i.text,
        coalesce((SELECT e.text FROM inquiry_events e WHERE e.inquiry_id = i.id
          AND e.kind = 'closed' ORDER BY e.id DESC LIMIT 1), '') AS closing_note
      FROM inquiries i
      """, columns: ["id", "asker_name", "asker_contact", "text", "closing_note"]
    ) { row, column in
      var inquiry = Inquiry()
      inquiry.askerName = row.text(column[1])
      inquiry.askerContact = row.text(column[2])
      inquiry.text = row.text(column[3])
      inquiries.append((row.int(column[0]), inquiry, row.text(column[4])))
    }
    for (id, inquiry, note) in inquiries
    where DanishFolding.holdsMarks(inquiry.askerName + inquiry.text + note) {
      try db.run(
        "UPDATE inquiries SET search_text = ? WHERE id = ?",
        [.text(InquiryStore.searchText(inquiry, note: note)), .integer(id)])
    }
  }
}
