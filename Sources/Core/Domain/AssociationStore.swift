/// Reads and writes associations and their activities. Every write validates,
/// runs in one `BEGIN IMMEDIATE` transaction and keeps the search index in step.
public final class AssociationStore {
  public let db: Database
  /// Every target group, hidden ones too, in Danish order.
  public private(set) var targetGroups: [TargetGroup]
  private let index: SearchIndex

  public init(db: Database) throws {
    self.db = db
    self.index = SearchIndex(db: db)
    targetGroups = try TargetGroupList(db: db).all()
  }

  /// Reads the target groups again (after one was added or hidden).
  public func reloadTargetGroups() throws {
    targetGroups = try TargetGroupList(db: db).all()
  }

  public func targetGroup(code: String) -> TargetGroup? {
    targetGroups.first { $0.code == code }
  }

  /// Finds a target group by code, Danish or English name (folded).
  public func targetGroup(matching text: String) -> TargetGroup? {
    targetGroups.first { $0.matches(text) }
  }

  /// Areas in Danish order.
  public func areas() throws -> [Area] {
    try db.map("SELECT id, name FROM areas ORDER BY sort_key, id") {
      Area(id: $0.int("id"), name: $0.text("name"))
    }
  }

  /// The area's id; a new area is created when `create` is set.
  /// An existing area's id by folded name; nil for an empty or unknown name.
  static func areaID(in db: Database, named name: String) throws -> Int64? {
    let folded = DanishFolding.fold(name.trimmingCharacters(in: " "))
    guard !folded.isEmpty else { return nil }
    return try db.map("SELECT id FROM areas WHERE name_fold = ?", [.text(folded)]) { $0.int("id") }
      .first
  }

  public func areaID(named name: String, create: Bool) throws -> Int64? {
    let trimmed = name.trimmingCharacters(in: " ")
    if trimmed.isEmpty { return nil }
    // Every caller has checked the name; a new area is checked once more,
    // so no path can store one past the limits.
    if create, case .failure(let error) = Validation.text(trimmed) {
      throw StoreError.invalidArea(error)
    }
    let folded = DanishFolding.fold(trimmed)
    let statement = try db.cached("SELECT id FROM areas WHERE name_fold = ?")
    try statement.bind([.text(folded)])
    defer { statement.reset() }
    if try statement.step() { return statement.int("id") }
    guard create else { return nil }
    try db.run(
      "INSERT INTO areas(name, name_fold, sort_key) VALUES (?, ?, ?)",
      [.text(trimmed), .text(folded), .text(DanishSortKey.make(trimmed))])
    return db.lastInsertRowID
  }

  public func associationCount() throws -> Int {
    Int(try db.scalarInt("SELECT count(*) FROM associations"))
  }

  /// The id of the association whose name folds to the same text (the
  /// matching key for imports: "Ældre Sagen" and "aeldre sagen" are one).
  public func associationID(named name: String) throws -> Int64? {
    let statement = try db.cached("SELECT id FROM associations WHERE name_fold = ?")
    try statement.bind([.text(DanishFolding.fold(name))])
    defer { statement.reset() }
    return try statement.step() ? statement.int("id") : nil
  }

  public func association(id: Int64) throws -> Association? {
    let sql = """
      SELECT a.id, a.name, a.description, coalesce(ar.name, '') AS area_name, a.contact_person,
             a.phone, a.email, a.website, a.address, a.active
      FROM associations a LEFT JOIN areas ar ON ar.id = a.area_id WHERE a.id = ?
      """
    let found = try db.map(sql, [.integer(id)]) { row in
      Association(
        id: row.int("id"), name: row.text("name"), description: row.text("description"),
        area: row.text("area_name"), contactPerson: row.text("contact_person"),
        phone: row.text("phone"), email: row.text("email"), website: row.text("website"),
        address: row.text("address"), active: row.int("active") == 1)
    }
    guard var association = found.first else { return nil }
    association.targetGroups = try db.map(
      """
      SELECT t.code FROM association_target_groups x JOIN target_groups t ON t.id = x.target_group_id
      WHERE x.association_id = ? ORDER BY t.sort_key
      """, [.integer(id)]
    ) { $0.text("code") }
    return association
  }

  /// Validates and saves (inserts when `id` is nil); returns the id. Inside
  /// another write (an import) it is a savepoint of that transaction.
  @discardableResult
  public func save(_ input: Association) throws -> Int64 {
    try db.write { try write(input) }
  }

  private func write(_ input: Association) throws -> Int64 {
    let association = try AssociationValidator.validate(input)
    let folded = DanishFolding.fold(association.name)
    if let other = try associationID(named: association.name), other != association.id {
      throw StoreError.invalidAssociation([.name: .duplicateName])
    }
    let areaID = try areaID(named: association.area, create: true)
    let values: [SQLValue] = [
      .text(association.name), .text(folded), .text(DanishSortKey.make(association.name)),
      .text(association.description), .int64(areaID), .text(association.contactPerson),
      .text(association.phone), .text(association.email), .text(association.website),
      .text(association.address), .bool(association.active),
    ]
    let id: Int64
    if let existing = association.id {
      try db.run(
        """
        UPDATE associations SET name = ?, name_fold = ?, sort_key = ?, description = ?,
          area_id = ?, contact_person = ?, phone = ?, email = ?, website = ?, address = ?,
          active = ?, updated_at = datetime('now') WHERE id = ?
        """, values + [.integer(existing)])
      guard db.changes == 1 else { throw StoreError.notFound }
      id = existing
    } else {
      try db.run(
        """
        INSERT INTO associations(name, name_fold, sort_key, description, area_id,
          contact_person, phone, email, website, address, active)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, values)
      id = db.lastInsertRowID
    }
    try db.run(
      "DELETE FROM association_target_groups WHERE association_id = ?", [.integer(id)])
    var codes: [String] = []
    for group in targetGroups where association.targetGroups.contains(group.code) {
      codes.append(group.code)
      try db.run(
        "INSERT INTO association_target_groups(association_id, target_group_id) VALUES (?, ?)",
        [.integer(id), .integer(group.id)])
    }
    if let unknown = association.targetGroups.first(where: { targetGroup(code: $0) == nil }) {
      throw StoreError.invalidAssociation([.targetGroups: .unknownTargetGroup(unknown)])
    }
    try db.run(
      "UPDATE associations SET target_codes = ? WHERE id = ?",
      [.text(codes.joined(separator: "|")), .integer(id)])
    try index.reindex(associationID: id)
    return id
  }

  /// Deactivates or reactivates; a deactivated association stays findable
  /// under the "inactive" filter, and reactivating undoes it.
  public func setActive(associationID: Int64, _ active: Bool) throws {
    try db.write {
      try db.run(
        "UPDATE associations SET active = ?, updated_at = datetime('now') WHERE id = ?",
        [.bool(active), .integer(associationID)])
      guard db.changes == 1 else { throw StoreError.notFound }
    }
  }
}
