extension Schema {
  /// Version 12: associations are found by their phone number too (the
  /// search text gains it in `SearchIndex`); the text of those already
  /// stored is made again once, here.
  static let v12 = "SELECT 1;"

  @Sendable static func reindexAssociations(_ db: Database) throws {
    let index = SearchIndex(db: db)
    let ids = try db.map("SELECT id FROM associations WHERE phone <> ''") { $0.int("id") }
    for id in ids { try index.reindex(associationID: id) }
  }
}
