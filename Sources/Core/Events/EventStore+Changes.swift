/// What can change about an event once it is made: everything but its
/// times and place (those are its room's bookings: cancel and make anew).
public struct EventChange: Equatable, Sendable {
  public var title: String
  public var description: String
  public var capacity: Int
  public var deadline: Day?
  public var price: Int
  public var isPublic: Bool
  public var targetGroupIDs: [Int64]
  public var staffID: Int64?

  public init(
    title: String, description: String, capacity: Int, deadline: Day?, price: Int,
    isPublic: Bool, targetGroupIDs: [Int64], staffID: Int64?
  ) {
    self.title = title
    self.description = description
    self.capacity = capacity
    self.deadline = deadline
    self.price = price
    self.isPublic = isPublic
    self.targetGroupIDs = targetGroupIDs
    self.staffID = staffID
  }

  public init(_ event: Event) {
    title = event.title
    description = event.description
    capacity = event.capacity
    deadline = event.deadline
    price = event.price
    isPublic = event.isPublic
    targetGroupIDs = event.targetGroupIDs
    staffID = event.staffID
  }
}

/// Changing an event and calling it off.
extension EventStore {
  /// Saves the change; more seats move the waiting up (returned), fewer
  /// than are taken are refused.
  @discardableResult
  public func update(_ id: Int64, _ change: EventChange) throws -> [SignUp] {
    let title = try Self.checked(.title, Validation.required(change.title))
    let description = try Self.checked(
      .description, Validation.text(change.description, max: Validation.longText, lines: true))
    try Self.inRange(change.capacity, EventPlan.capacities, .capacity)
    try Self.inRange(change.price, EventPlan.prices, .price)
    return try db.write {
      guard let event = try event(id: id) else { throw EventError.notFound(id) }
      guard event.status == .active else { throw EventError.cancelled }
      if let deadline = change.deadline, let first = event.first?.day, deadline > first {
        throw EventError.deadlineAfterStart(first)
      }
      if let roomID = event.roomID, let room = try RoomStore(db: db).room(id: roomID),
        change.capacity > room.capacity
      {
        throw EventError.overRoomCapacity(room.capacity)
      }
      let taken = try counts(eventID: id, session: nil).signed
      if change.capacity < taken { throw EventError.seatsTaken(taken) }
      try db.run(
        """
        UPDATE events SET title = ?, title_fold = ?, description = ?, capacity = ?, deadline = ?,
          price = ?, public = ?, staff_id = ?
        WHERE id = ?
        """,
        [
          .text(title), .text(DanishFolding.fold(title)), .text(description),
          .int(change.capacity), .optionalText(change.deadline?.iso), .int(change.price),
          .bool(change.isPublic), .int64(change.staffID), .integer(id),
        ])
      try db.run("DELETE FROM event_target_groups WHERE event_id = ?", [.integer(id)])
      for group in Set(change.targetGroupIDs) {
        try db.run(
          "INSERT INTO event_target_groups(event_id, target_group_id) VALUES (?, ?)",
          [.integer(id), .integer(group)])
      }
      guard change.capacity > event.capacity, let changed = try self.event(id: id) else {
        return []
      }
      return try moveUp(changed)
    }
  }

  /// Calls the event off: its room is free again at every session (the
  /// bookings cancelled with a note), and no one can sign up. The sign-ups
  /// stay, so the worker can tell them.
  public func cancel(event id: Int64, by staffID: Int64? = nil) throws {
    try db.write {
      guard let event = try event(id: id), event.status == .active else {
        throw EventError.notFound(id)
      }
      try db.run("UPDATE events SET status = 'cancelled' WHERE id = ?", [.integer(id)])
      try db.run(
        """
        UPDATE bookings SET status = 'cancelled', cancelled_by = ?, cancelled_at = ?,
          cancel_note = 'arrangementet er aflyst'
        WHERE event_id = ? AND status = 'active'
        """, [.int64(staffID), .text(clock.stamp()), .integer(id)])
    }
  }
}
