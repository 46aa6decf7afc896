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
      let marked = try db.map("SELECT \(source) FROM \(table)") { $0.text(0) }
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
    let associations = try db.map(
      """
      SELECT a.id, a.name || ' ' || a.description || ' ' || a.contact_person || ' ' || a.address
        || ' ' || coalesce(group_concat(t.title || ' ' || t.description || ' ' || t.interests
        || ' ' || t.languages, ' '), '')
      FROM associations a LEFT JOIN activities t ON t.association_id = a.id GROUP BY a.id
      """
    ) { (id: $0.int(0), text: $0.text(1)) }
    let index = SearchIndex(db: db)
    for row in associations where DanishFolding.holdsMarks(row.text) {
      try index.reindex(associationID: row.id)
    }
    let inquiries = try db.map(
      """
      SELECT i.id, i.asker_name, i.asker_contact, i.text,
        coalesce((SELECT e.text FROM inquiry_events e WHERE e.inquiry_id = i.id
          AND e.kind = 'closed' ORDER BY e.id DESC LIMIT 1), '')
      FROM inquiries i
      """
    ) { row -> (Int64, Inquiry, String) in
      var inquiry = Inquiry()
      inquiry.askerName = row.text(1)
      inquiry.askerContact = row.text(2)
      inquiry.text = row.text(3)
      return (row.int(0), inquiry, row.text(4))
    }
    for (id, inquiry, note) in inquiries
    where DanishFolding.holdsMarks(inquiry.askerName + inquiry.text + note) {
      try db.run(
        "UPDATE inquiries SET search_text = ? WHERE id = ?",
        [.text(InquiryStore.searchText(inquiry, note: note)), .integer(id)])
    }
  }
}
