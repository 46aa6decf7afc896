/// Booking rooms. Every check-then-write runs inside one `BEGIN IMMEDIATE`
/// transaction: two desks booking the same slot at the same moment end with
/// one booking and one "already taken", never two.
public struct BookingStore {
  public let db: Database
  public var clock: Clock

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
  }

  /// Books a slot or a series. With collisions, nothing is booked unless
  /// `skipConflicts`; then the free dates are booked and the taken ones are
  /// listed (and kept as skipped dates of the series). A day before today
  /// is refused unless `allowPast` (a booking recorded late); a series
  /// longer than `BookingLimits` allows is cut, and the outcome says where.
  @discardableResult
  public func book(
    _ request: BookingRequest, skipConflicts: Bool = false, allowPast: Bool = false,
    by staffID: Int64? = nil
  ) throws -> BookingOutcome {
    let purpose = try Self.text(request.purpose, "purpose")
    let contact = try Self.text(request.contact, "contact")
    let now = clock.now()
    if !allowPast && request.slot.day < now.day { throw RoomError.inPast(request.slot) }
    let lastDay = BookingLimits.lastDay(from: now.day)
    guard request.slot.day <= lastDay else { throw RoomError.tooFarAhead(lastDay) }
    let wanted = request.slots
    let slots = Array(wanted.filter { $0.day <= lastDay }.prefix(BookingLimits.seriesDates))
    return try db.write {
      guard let room = try RoomStore(db: db).room(id: request.roomID) else {
        throw RoomError.notFound
      }
      try check(request.slot, attendees: request.attendees, in: room)
      guard
        let association = try db.map(
          "SELECT name, active FROM associations WHERE id = ?", [.integer(request.associationID)],
          { ($0.text("name"), $0.int("active") == 1) }
        ).first
      else { throw RoomError.unknownAssociation(String(request.associationID)) }
      guard association.1 else { throw RoomError.associationInactive(association.0) }
      let clashes = try self.clashes(room: request.roomID, slots: slots)
      let taken = Set(clashes.map(\.wanted))
      if !clashes.isEmpty && (!skipConflicts || taken.count == slots.count) {
        throw RoomError.taken(clashes)
      }
      var seriesID: Int64?
      if let until = request.repeatUntil {
        try db.run(
          """
          INSERT INTO booking_series(room_id, association_id, every_weeks, first_day, last_day,
            starts, ends) VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
          [
            .integer(request.roomID), .integer(request.associationID),
            .integer(Int64(request.everyWeeks)), .text(request.slot.day.iso),
            .text(min(until, slots.last?.day ?? until).iso),
            .text(request.slot.start.text), .text(request.slot.end.text),
          ])
        seriesID = db.lastInsertRowID
      }
      let stamp = clock.stamp()
      try BookingPurposes.keep(purpose, in: db)
      for slot in slots {
        try db.run(
          """
          INSERT INTO bookings(room_id, association_id, series_id, starts_at, ends_at, purpose,
            attendees, contact, fee, status, booked_by, booked_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
          [
            .integer(request.roomID), .integer(request.associationID), .int64(seriesID),
            .text(slot.startsAt), .text(slot.endsAt), .text(purpose),
            .int(request.attendees), .text(contact),
            .integer(Int64(room.cleaningFee)), .text(taken.contains(slot) ? "skipped" : "active"),
            .int64(staffID), .text(stamp),
          ])
      }
      let booked = slots.filter { !taken.contains($0) }
      return BookingOutcome(
        seriesID: seriesID, booked: booked, skipped: clashes, fee: booked.count * room.cleaningFee,
        cutAfter: slots.count < wanted.count ? slots.last?.day : nil)
    }
  }

  /// A purpose, contact or note: one line of at most `Validation.shortText`.
  static func text(_ value: String, _ field: String, max: Int = Validation.shortText) throws
    -> String
  {
    switch Validation.text(value, max: max) {
    case .success(let checked): return checked
    case .failure(let error): throw RoomError.invalidText(field, error)
    }
  }

  /// The rules every booked slot follows in its room.
  func check(_ slot: Slot, attendees: Int?, in room: Room) throws {
    guard room.active else { throw RoomError.roomInactive }
    guard slot.start < slot.end else { throw RoomError.endBeforeStart }
    guard slot.start >= room.opens, slot.end <= room.closes else {
      throw RoomError.outsideHours(opens: room.opens, closes: room.closes)
    }
    if let attendees, attendees > room.capacity {
      throw RoomError.overCapacity(capacity: room.capacity)
    }
  }

  /// Active bookings of the room overlapping any of the slots (touching is
  /// not overlapping: 10–11 and 11–12 both stand). `ignoring` leaves out
  /// bookings about to be moved.
  public func clashes(room: Int64, slots: [Slot], ignoring: Set<Int64> = []) throws -> [Clash] {
    let statement = try db.cached(
      """
      SELECT b.id, b.starts_at, b.ends_at, coalesce(a.name, e.title) AS name FROM bookings b
      LEFT JOIN associations a ON a.id = b.association_id
        LEFT JOIN events e ON e.id = b.event_id
      WHERE b.room_id = ? AND b.status = 'active' AND b.starts_at >= ? AND b.starts_at < ?
        AND b.ends_at > ?
      ORDER BY b.starts_at
      """)
    var out: [Clash] = []
    for slot in slots {
      try statement.bind([
        .integer(room), .text(slot.day.iso), .text(slot.endsAt), .text(slot.startsAt),
      ])
      defer { statement.reset() }
      while try statement.step() {
        guard !ignoring.contains(statement.int("id")),
          let taken = Slot(startsAt: statement.text("starts_at"), endsAt: statement.text("ends_at"))
        else { continue }
        out.append(
          Clash(
            wanted: slot, bookingID: statement.int("id"), taken: taken,
            associationName: statement.text("name")))
      }
    }
    return out
  }

  static let columns = """
    b.id, b.room_id, b.association_id, b.event_id, coalesce(a.name, e.title) AS association_name,
    b.series_id, b.starts_at, b.ends_at, b.purpose, b.attendees, b.contact, b.fee, b.status,
    b.cancel_note
    """

  static func booking(_ row: Statement) -> Booking? {
    guard let slot = Slot(startsAt: row.text("starts_at"), endsAt: row.text("ends_at")) else {
      return nil
    }
    return Booking(
      id: row.int("id"), roomID: row.int("room_id"),
      associationID: row.optionalInt("association_id"),
      eventID: row.optionalInt("event_id"), associationName: row.text("association_name"),
      seriesID: row.optionalInt("series_id"),
      slot: slot, purpose: row.text("purpose"),
      attendees: row.optionalInt("attendees").map(Int.init), contact: row.text("contact"),
      fee: Int(row.int("fee")), status: Booking.Status(rawValue: row.text("status")) ?? .active,
      cancelNote: row.text("cancel_note"))
  }

  public func booking(id: Int64) throws -> Booking? {
    try db.map(
      """
      SELECT \(Self.columns) FROM bookings b LEFT JOIN associations a ON a.id = b.association_id
        LEFT JOIN events e ON e.id = b.event_id WHERE b.id = ?
      """,
      [.integer(id)], Self.booking
    ).first ?? nil
  }

  /// Active bookings from `from` up to (not including) `to`, of one room or
  /// all, by time: what the week view shows.
  public func bookings(
    room: Int64?, from: Day, to: Day, trace: ((SearchStep) -> Void)? = nil
  ) throws -> [Booking] {
    let roomCondition = room == nil ? "" : "AND b.room_id = ?"
    let step = SearchStep(
      sql: """
        SELECT \(Self.columns) FROM bookings b LEFT JOIN associations a ON a.id = b.association_id
        LEFT JOIN events e ON e.id = b.event_id
        WHERE b.status = 'active' AND b.starts_at >= ? AND b.starts_at < ? \(roomCondition)
        ORDER BY b.starts_at, b.room_id
        """, values: [.text(from.iso), .text(to.iso)] + (room.map { [.integer($0)] } ?? []))
    trace?(step)
    return try db.map(step.sql, step.values, Self.booking).compactMap { $0 }
  }
}
