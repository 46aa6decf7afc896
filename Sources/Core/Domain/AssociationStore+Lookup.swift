/// Finding an association from what a worker types in a form: its whole
/// name, or words its name's words begin with ("sind" for Foreningen Sind,
/// "ældre hj" for Ældre Sagen Hjørring).
extension AssociationStore {
  public func associations(matching typed: String, limit: Int = 8) throws -> [(
    id: Int64, name: String
  )] {
    let words = DanishFolding.words(typed)
    guard !words.isEmpty else { return [] }
    if let id = try associationID(named: typed), let exact = try association(id: id) {
      return [(id, exact.name)]
    }
    // Each word must begin a word of the folded name. Folded words hold
    // only letters and digits, so nothing in them is a LIKE wildcard.
    let conditions = words.map { _ in "(' ' || name_fold) LIKE ?" }
    let values = words.map { SQLValue.text("% " + $0 + "%") }
    return try db.map(
      """
      SELECT id, name FROM associations WHERE active = 1 AND \(conditions.joined(separator: " AND "))
      ORDER BY sort_key LIMIT ?
      """, values + [.integer(Int64(limit))]
    ) { ($0.int("id"), $0.text("name")) }
  }
}
