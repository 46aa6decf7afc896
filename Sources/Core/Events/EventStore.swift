/// The centre's own events: making one (its sessions booked in the room in
/// the same transaction, under the rooms' no-overlap rule), reading one,
/// listing a stretch of days, and the kinds of event.
public struct EventStore {
  public let db: Database
  public var clock: Clock

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
  }

  /// The kinds in their order: the eight the centre starts with, then its own.
  public func kinds() throws -> [EventKind] {
    try db.map(
      "SELECT id, name_da, name_en FROM event_kinds WHERE active = 1 ORDER BY sort, name_fold"
    ) { EventKind(id: $0.int("id"), danish: $0.text("name_da"), english: $0.text("name_en")) }
  }

  /// The kind called `name`, in Danish or English, folded (`netvaerksmode`).
  public func kind(named name: String) throws -> EventKind? {
    let folded = DanishFolding.fold(name).trimmed
    return try kinds().first {
      DanishFolding.fold($0.danish) == folded || DanishFolding.fold($0.english) == folded
    }
  }

  /// Adds a kind of the centre's own ("frivilligcafé"); one already there
  /// is given back.
  @discardableResult
  public func addKind(_ name: String) throws -> EventKind {
    let name = try Self.checked(.name, Validation.required(name, max: 60))
    if let kind = try kind(named: name) { return kind }
    try db.write {
      try db.run(
        "INSERT INTO event_kinds(name_da, name_en, name_fold) VALUES (?, ?, ?)",
        [.text(name), .text(name), .text(DanishFolding.fold(name))])
    }
    return try kind(named: name)!
  }

  /// Makes an event and returns its number. With a room, every session is
  /// booked in it in the same transaction; a taken date refuses the whole
  /// event (`RoomError.taken`, with the bookings in the way), so the worker
  /// can choose another time or room.
  public func add(_ draft: EventPlan, by staffID: Int64? = nil) throws -> Int64 {
    let title = try Self.checked(.title, Validation.required(draft.title))
    let description = try Self.checked(
      .description, Validation.text(draft.description, max: Validation.longText, lines: true))
    let place = try Self.checked(.place, Validation.text(draft.place.trimmed))
    guard (draft.roomID == nil) != place.isEmpty else { throw EventError.placeNeeded }
    try Self.inRange(draft.capacity, EventPlan.capacities, .capacity)
    try Self.inRange(draft.price, EventPlan.prices, .price)
    let slots = draft.slots
    guard let first = slots.first, let last = slots.last else { throw RoomError.endBeforeStart }
    guard draft.slot.start < draft.slot.end else { throw RoomError.endBeforeStart }
    let now = clock.now()
    if first.day < now.day { throw RoomError.inPast(first) }
    let lastDay = BookingLimits.lastDay(from: now.day)
    guard last.day <= lastDay else { throw RoomError.tooFarAhead(lastDay) }
    if let deadline = draft.deadline, deadline > first.day {
      throw EventError.deadlineAfterStart(first.day)
    }
    return try db.write {
      guard
        try db.scalarInt("SELECT count(*) FROM event_kinds WHERE id = ?", [.integer(draft.kindID)])
          == 1
      else { throw EventError.unknownKind(String(draft.kindID)) }
      if let roomID = draft.roomID {
        guard let room = try RoomStore(db: db).room(id: roomID) else { throw RoomError.notFound }
        let bookings = BookingStore(db: db, clock: clock)
        try bookings.check(draft.slot, attendees: nil, in: room)
        if draft.capacity > room.capacity { throw EventError.overRoomCapacity(room.capacity) }
        let clashes = try bookings.clashes(room: roomID, slots: slots)
        if !clashes.isEmpty { throw RoomError.taken(clashes) }
      }
      let stamp = clock.stamp()
      try db.run(
        """
        INSERT INTO events(title, title_fold, kind_id, description, room_id, place, capacity,
          deadline, price, staff_id, public, starts_at, created_at, created_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .text(title), .text(DanishFolding.fold(title)), .integer(draft.kindID),
          .text(description), .int64(draft.roomID), .text(place), .int(draft.capacity),
          .optionalText(draft.deadline?.iso), .int(draft.price), .int64(draft.staffID ?? staffID),
          .bool(draft.isPublic), .text(first.startsAt), .text(stamp), .int64(staffID),
        ])
      let id = db.lastInsertRowID
      for group in Set(draft.targetGroupIDs) {
        try db.run(
          "INSERT INTO event_target_groups(event_id, target_group_id) VALUES (?, ?)",
          [.integer(id), .integer(group)])
      }
      for slot in slots {
        var bookingID: Int64?
        if let roomID = draft.roomID {
          try db.run(
            """
            INSERT INTO bookings(room_id, event_id, starts_at, ends_at, status, booked_by,
              booked_at)
            VALUES (?, ?, ?, ?, 'active', ?, ?)
            """,
            [
              .integer(roomID), .integer(id), .text(slot.startsAt), .text(slot.endsAt),
              .int64(staffID), .text(stamp),
            ])
          bookingID = db.lastInsertRowID
        }
        try db.run(
          "INSERT INTO event_sessions(event_id, starts_at, ends_at, booking_id) VALUES (?, ?, ?, ?)",
          [.integer(id), .text(slot.startsAt), .text(slot.endsAt), .int64(bookingID)])
      }
      return id
    }
  }

  /// One event with its sessions, or nil.
  public func event(id: Int64) throws -> Event? {
    try db.read {
      guard
        var event = try db.map(
          """
          SELECT e.id, e.title, e.kind_id, k.name_da, k.name_en, e.description, e.room_id,
            coalesce(r.name, e.place) AS place_name, e.capacity, e.deadline, e.price, e.staff_id,
            coalesce(s.initials, '') AS initials, e.public, e.status
          FROM events e JOIN event_kinds k ON k.id = e.kind_id
            LEFT JOIN rooms r ON r.id = e.room_id LEFT JOIN staff s ON s.id = e.staff_id
          WHERE e.id = ?
          """, [.integer(id)], Self.event
        ).first
      else { return nil }
      event.sessions = try db.map(
        "SELECT id, starts_at, ends_at, booking_id FROM event_sessions WHERE event_id = ? ORDER BY starts_at",
        [.integer(id)]
      ) { row in
        Slot(startsAt: row.text("starts_at"), endsAt: row.text("ends_at")).map {
          EventSession(id: row.int("id"), slot: $0, bookingID: row.optionalInt("booking_id"))
        }
      }.compactMap { $0 }
      event.targetGroupIDs = try db.map(
        "SELECT target_group_id FROM event_target_groups WHERE event_id = ? ORDER BY 1",
        [.integer(id)]
      ) { $0.int("target_group_id") }
      return event
    }
  }

  static func event(_ row: Statement) -> Event {
    Event(
      id: row.int("id"), title: row.text("title"),
      kind: EventKind(
        id: row.int("kind_id"), danish: row.text("name_da"), english: row.text("name_en")),
      description: row.text("description"), roomID: row.optionalInt("room_id"),
      place: row.text("place_name"), capacity: Int(row.int("capacity")),
      deadline: row.optionalText("deadline").flatMap(Day.init(iso:)), price: Int(row.int("price")),
      targetGroupIDs: [], staffID: row.optionalInt("staff_id"),
      staffInitials: row.text("initials"), isPublic: row.bool("public"),
      status: Event.Status(rawValue: row.text("status")) ?? .active, sessions: [])
  }

  static func checked(_ field: EventField, _ result: Result<String, FieldError>) throws -> String {
    switch result {
    case .success(let value): return value
    case .failure(let error): throw EventError.invalid(field, error)
    }
  }

  static func inRange(_ value: Int, _ range: ClosedRange<Int>, _ field: EventField) throws {
    guard range.contains(value) else {
      throw EventError.invalid(field, .outOfRange(range.lowerBound, range.upperBound))
    }
  }
}
