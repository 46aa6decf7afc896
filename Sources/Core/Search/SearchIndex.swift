/// Keeps `search_text` in step with an association and its activities (the
/// FTS tables follow through triggers). The text is folded here, in Swift,
/// because SQLite's tokenizers do not fold ø or æ, and folding must be
/// identical for text and query.
public struct SearchIndex {
  let db: Database

  public init(db: Database) { self.db = db }

  public func reindex(associationID id: Int64) throws {
    var name = ""
    var parts: [String] = []
    try db.forEach(
      """
      SELECT a.name, a.description, coalesce(ar.name, '') AS area_name, a.contact_person,
        a.address, a.phone
      FROM associations a LEFT JOIN areas ar ON ar.id = a.area_id WHERE a.id = ?
      """, [.integer(id)],
      columns: ["name", "description", "area_name", "contact_person", "address", "phone"]
    ) { row, column in
      name = row.text(column[0])
      parts += [row.text(column[1]), row.text(column[2]), row.text(column[3]), row.text(column[4])]
      // The phone as stored (digits) and as said (98 20 83 48), so it is
      // found typed either way.
      let phone = row.text(column[5])
      if !phone.isEmpty { parts += [phone, Validation.formatPhone(phone)] }
    }
    try db.forEach(
      """
      SELECT t.name_da, t.name_en FROM association_target_groups x
      JOIN target_groups t ON t.id = x.target_group_id WHERE x.association_id = ?
      """, [.integer(id)], columns: ["name_da", "name_en"]
    ) { row, column in parts += [row.text(column[0]), row.text(column[1])] }
    try db.forEach(
      "SELECT title, description, interests, languages FROM activities WHERE association_id = ?",
      [.integer(id)], columns: ["title", "description", "interests", "languages"]
    ) { row, column in parts += column.map { row.text($0) } }
    // An unchanged text is not rewritten: the FTS triggers cost more than the check.
    try db.run(
      """
      INSERT INTO search_text(id, name, body) VALUES (?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, body = excluded.body
      WHERE name <> excluded.name OR body <> excluded.body
      """,
      [
        .integer(id), .text(DanishFolding.fold(name)),
        .text(DanishFolding.fold(parts.joined(separator: " "))),
      ])
  }

  /// Merges each FTS index into one segment after a bulk write (an import),
  /// so later searches read one doclist per word instead of dozens.
  public func optimize() throws {
    for table in [
      "search_name_words", "search_name_trigrams", "search_all_words", "search_all_trigrams",
    ] {
      try db.run("INSERT INTO \(table)(\(table)) VALUES ('optimize')")
    }
  }
}
