/// Rooms and their facilities: saving (with the rules a room must follow),
/// reading, and the facility vocabulary.
public struct RoomStore {
  public let db: Database

  public init(db: Database) { self.db = db }

  static let columns = """
    r.id, r.name, r.address, coalesce(a.name, '') AS area_name, r.capacity, r.accessible_toilet,
    r.step_free, r.near_transport, r.cleaning_fee, r.opens, r.closes, r.notes, r.active,
    (SELECT group_concat(name, '|') FROM (SELECT f.name FROM room_facilities x
       JOIN facilities f ON f.id = x.facility_id WHERE x.room_id = r.id ORDER BY f.sort_key))
      AS facility_names
    """

  static func room(_ row: Statement) -> Room {
    Room(
      id: row.int("id"), name: row.text("name"), address: row.text("address"),
      area: row.text("area_name"), capacity: Int(row.int("capacity")),
      facilities: AssociationStore.splitList(row.text("facility_names")),
      accessibleToilet: row.int("accessible_toilet") == 1, stepFree: row.int("step_free") == 1,
      nearTransport: row.int("near_transport") == 1, cleaningFee: Int(row.int("cleaning_fee")),
      opens: ClockTime(row.text("opens")) ?? ClockTime(hour: 8)!,
      closes: ClockTime(row.text("closes")) ?? ClockTime(hour: 22)!, notes: row.text("notes"),
      active: row.int("active") == 1)
  }

  /// Rooms in Danish order; only active ones unless asked.
  public func rooms(includeInactive: Bool = false, trace: ((SearchStep) -> Void)? = nil) throws
    -> [Room]
  {
    let step = SearchStep(
      sql: """
        SELECT \(Self.columns) FROM rooms r LEFT JOIN areas a ON a.id = r.area_id
        \(includeInactive ? "" : "WHERE r.active = 1") ORDER BY r.sort_key, r.id
        """, values: [])
    trace?(step)
    return try db.map(step.sql, step.values, Self.room)
  }

  public func room(id: Int64) throws -> Room? {
    try db.map(
      "SELECT \(Self.columns) FROM rooms r LEFT JOIN areas a ON a.id = r.area_id WHERE r.id = ?",
      [.integer(id)], Self.room
    ).first
  }

  /// The room whose name folds to the same text, or the only one whose
  /// words begin with the typed words ("mødelokale 1").
  public func room(named name: String) throws -> Room? {
    let found = try rooms(matching: name)
    return found.count == 1 ? found[0] : nil
  }

  /// The exact room, or every room the typed words could mean.
  public func rooms(matching name: String) throws -> [Room] {
    let all = try rooms(includeInactive: true)
    let folded = DanishFolding.fold(name).trimmingCharacters(in: " ")
    if let exact = all.first(where: {
      DanishFolding.fold($0.name).trimmingCharacters(in: " ") == folded
    }) {
      return [exact]
    }
    let typed = folded.split(separator: " ")
    guard !typed.isEmpty else { return [] }
    return all.filter { room in
      let words = DanishFolding.fold(room.name).split(separator: " ")
      return typed.allSatisfy { word in words.contains { $0.hasPrefix(word) } }
    }
  }

  public func facilities() throws -> [String] {
    try db.map("SELECT name FROM facilities WHERE active = 1 ORDER BY sort_key") { $0.text("name") }
  }

  public static func validate(_ input: Room) throws(RoomError) -> Room {
    var out = input
    var errors: [RoomField: FieldError] = [:]
    Validation.apply(Validation.required(input.name), .name, to: &out.name, errors: &errors)
    for (field, value) in [(RoomField.capacity, input.capacity), (.cleaningFee, input.cleaningFee)]
    {
      if let range = Room.ranges[field], !range.contains(value) {
        errors[field] = .outOfRange(range.lowerBound, range.upperBound)
      }
    }
    Validation.apply(Validation.text(input.address), .address, to: &out.address, errors: &errors)
    Validation.apply(Validation.text(input.area), .area, to: &out.area, errors: &errors)
    Validation.apply(
      Validation.text(input.notes, max: Validation.longText, lines: true), .notes, to: &out.notes,
      errors: &errors)
    switch Validation.list(input.facilities) {
    case .success(let items): out.facilities = items
    case .failure(let error): errors[.facilities] = error
    }
    if input.closes <= input.opens { errors[.closes] = .closesBeforeOpening }
    if CPRDetector.containsCPR(input.notes) { errors[.notes] = .looksLikeCPR }
    out.area = input.area.trimmingCharacters(in: " ")
    if !errors.isEmpty { throw .invalid(errors) }
    return out
  }

  /// Validates and saves (inserts when `id` is nil); returns the id. Inside
  /// another write (an import) it is a savepoint of that transaction.
  @discardableResult
  public func save(_ input: Room) throws -> Int64 {
    try db.write { try write(input) }
  }

  private func write(_ input: Room) throws -> Int64 {
    let room = try Self.validate(input)
    let folded = DanishFolding.fold(room.name)
    if let other = try db.map(
      "SELECT id FROM rooms WHERE name_fold = ?", [.text(folded)], { $0.int("id") }
    )
    .first, other != room.id {
      throw RoomError.invalid([.name: .duplicateName])
    }
    let areaID = try AssociationStore(db: db).areaID(named: room.area, create: true)
    let values: [SQLValue] = [
      .text(room.name), .text(folded), .text(DanishSortKey.make(room.name)), .text(room.address),
      .int64(areaID), .integer(Int64(room.capacity)), .bool(room.accessibleToilet),
      .bool(room.stepFree), .bool(room.nearTransport), .integer(Int64(room.cleaningFee)),
      .text(room.opens.text), .text(room.closes.text), .text(room.notes), .bool(room.active),
    ]
    let id: Int64
    if let existing = room.id {
      try db.run(
        """
        UPDATE rooms SET name = ?, name_fold = ?, sort_key = ?, address = ?, area_id = ?,
          capacity = ?, accessible_toilet = ?, step_free = ?, near_transport = ?, cleaning_fee = ?,
          opens = ?, closes = ?, notes = ?, active = ?
        WHERE id = ?
        """, values + [.integer(existing)])
      guard db.changes == 1 else { throw RoomError.notFound }
      id = existing
    } else {
      try db.run(
        """
        INSERT INTO rooms(name, name_fold, sort_key, address, area_id, capacity, accessible_toilet,
          step_free, near_transport, cleaning_fee, opens, closes, notes, active)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, values)
      id = db.lastInsertRowID
    }
    try db.run("DELETE FROM room_facilities WHERE room_id = ?", [.integer(id)])
    for facility in room.facilities {
      let folded = DanishFolding.fold(facility).trimmingCharacters(in: " ")
      try db.run(
        "INSERT OR IGNORE INTO facilities(name, name_fold, sort_key) VALUES (?, ?, ?)",
        [
          .text(facility.trimmingCharacters(in: " ")), .text(folded),
          .text(DanishSortKey.make(facility)),
        ])
      try db.run(
        "INSERT OR IGNORE INTO room_facilities SELECT ?, id FROM facilities WHERE name_fold = ?",
        [.integer(id), .text(folded)])
    }
    return id
  }
}
