/// Cancelling and moving bookings: one date, this and the following dates
/// of its series, or the whole series. A cancellation keeps its note and who
/// cancelled; a move is checked for clashes like a new booking, all dates or
/// none.
extension BookingStore {
  /// The active bookings a scope covers, starting from `booking`.
  func covered(_ booking: Booking, _ scope: SeriesScope) throws -> [Booking] {
    guard let series = booking.seriesID, scope != .one else { return [booking] }
    let from = scope == .following ? booking.slot.startsAt : ""
    return try db.map(
      """
      SELECT \(Self.columns) FROM bookings b LEFT JOIN associations a ON a.id = b.association_id
        LEFT JOIN events e ON e.id = b.event_id
      WHERE b.series_id = ? AND b.status = 'active' AND b.starts_at >= ? ORDER BY b.starts_at
      """, [.integer(series), .text(from)], Self.booking
    ).compactMap { $0 }
  }

  /// Cancels and returns the bookings cancelled (as they were), so the
  /// worker can undo it.
  @discardableResult
  public func cancel(_ id: Int64, scope: SeriesScope = .one, note: String, by staffID: Int64?)
    throws -> [Booking]
  {
    let note = try Self.text(note, "note", max: Validation.longText)
    return try db.write {
      guard let booking = try booking(id: id), booking.status == .active else {
        throw RoomError.bookingNotFound
      }
      let rows = try covered(booking, scope)
      for row in rows {
        try db.run(
          """
          UPDATE bookings SET status = 'cancelled', cancelled_by = ?, cancelled_at = ?,
            cancel_note = ?
          WHERE id = ?
          """,
          [
            .int64(staffID), .text(clock.stamp()), .text(note),
            .integer(row.id),
          ])
      }
      return rows
    }
  }

  /// Undoes a cancellation: the bookings are active again, unless another
  /// booking took one of their times meanwhile (then nothing changes).
  public func restore(_ ids: [Int64]) throws {
    try db.write {
      for id in ids {
        guard let booking = try booking(id: id), booking.status == .cancelled else {
          throw RoomError.bookingNotFound
        }
        let clashes = try self.clashes(room: booking.roomID, slots: [booking.slot])
        if !clashes.isEmpty { throw RoomError.taken(clashes) }
        try db.run(
          """
          UPDATE bookings SET status = 'active', cancelled_by = NULL, cancelled_at = NULL,
            cancel_note = ''
          WHERE id = ?
          """, [.integer(id)])
      }
    }
  }

  /// Moves the covered dates to new times on the same days (and sets the
  /// purpose and attendees). Moving "this and following" splits the series,
  /// so the calendar export keeps one rule per stretch of equal times.
  @discardableResult
  public func move(
    _ id: Int64, scope: SeriesScope = .one, start: ClockTime, end: ClockTime,
    purpose: String? = nil, attendees: Int?? = nil
  ) throws -> [Slot] {
    let purpose = try purpose.map { try Self.text($0, "purpose") }
    return try db.write {
      guard let booking = try booking(id: id), booking.status == .active else {
        throw RoomError.bookingNotFound
      }
      guard let room = try RoomStore(db: db).room(id: booking.roomID) else {
        throw RoomError.notFound
      }
      let rows = try covered(booking, scope)
      let slots = rows.map { Slot(day: $0.slot.day, start: start, end: end) }
      let newAttendees = attendees ?? booking.attendees
      for slot in slots { try check(slot, attendees: newAttendees, in: room) }
      let clashes = try self.clashes(
        room: booking.roomID, slots: slots, ignoring: Set(rows.map(\.id)))
      if !clashes.isEmpty { throw RoomError.taken(clashes) }
      var seriesID = booking.seriesID
      var scope = scope
      if let series = booking.seriesID, scope == .following, let first = rows.first,
        try db.scalarInt(
          "SELECT count(*) FROM bookings WHERE series_id = ? AND starts_at < ?",
          [.integer(series), .text(first.slot.day.iso)]) == 0
      {
        scope = .all  // nothing before it: "this and following" is the whole series
      }
      if let series = booking.seriesID, scope == .following, let first = rows.first,
        let last = rows.last
      {
        // The old series ends before this date; a new one carries the new times.
        try db.run(
          "UPDATE booking_series SET last_day = ? WHERE id = ?",
          [.text(first.slot.day.adding(-1).iso), .integer(series)])
        try db.run(
          """
          INSERT INTO booking_series(room_id, association_id, every_weeks, first_day, last_day,
            starts, ends)
          SELECT room_id, association_id, every_weeks, ?, ?, ?, ? FROM booking_series WHERE id = ?
          """,
          [
            .text(first.slot.day.iso), .text(last.slot.day.iso), .text(start.text),
            .text(end.text), .integer(series),
          ])
        seriesID = db.lastInsertRowID
        // Cancelled and skipped dates after the split belong to the new series too.
        try db.run(
          "UPDATE bookings SET series_id = ? WHERE series_id = ? AND starts_at >= ?",
          [.int64(seriesID), .integer(series), .text(first.slot.day.iso)])
      } else if let series = booking.seriesID, scope == .all {
        try db.run(
          "UPDATE booking_series SET starts = ?, ends = ? WHERE id = ?",
          [.text(start.text), .text(end.text), .integer(series)])
      }
      if let purpose { try BookingPurposes.keep(purpose, in: db) }
      // Move each row from its own times (clashes among the moved rows
      // themselves cannot happen: they are on different days).
      for (row, slot) in zip(rows, slots) {
        try db.run(
          """
          UPDATE bookings SET starts_at = ?, ends_at = ?, purpose = ?, attendees = ?, series_id = ?
          WHERE id = ?
          """,
          [
            .text(slot.startsAt), .text(slot.endsAt), .text(purpose ?? row.purpose),
            .int(newAttendees), .int64(seriesID ?? row.seriesID), .integer(row.id),
          ])
      }
      return slots
    }
  }
}
