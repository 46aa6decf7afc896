/// The confirmation an association gets for a booking or a series: the
/// room and its address, the dates booked, the dates skipped (taken by
/// someone else) or cancelled, the cleaning fee, and the room's practical
/// notes. Plain text in the UI's language; text from data made safe.
public enum BookingConfirmation {
  /// The booking and, for a series, all its dates (any status).
  public static func dates(of booking: Booking, in store: BookingStore) throws -> [Booking] {
    guard let series = booking.seriesID else { return [booking] }
    return try store.db.map(
      """
      SELECT \(BookingStore.columns) FROM bookings b LEFT JOIN associations a
        ON a.id = b.association_id LEFT JOIN events e ON e.id = b.event_id
      WHERE b.series_id = ? ORDER BY b.starts_at
      """, [.integer(series)], BookingStore.booking
    ).compactMap { $0 }
  }

  /// For each skipped date, the room booked for the same association at
  /// the same time instead (F4 offers one while the caller is on the line):
  /// the skipped booking's id → that room's name.
  public static func substitutes(for dates: [Booking], in store: BookingStore) throws
    -> [Int64: String]
  {
    var found: [Int64: String] = [:]
    for skipped in dates where skipped.status == .skipped {
      found[skipped.id] = try store.db.map(
        """
        SELECT r.name FROM bookings b JOIN rooms r ON r.id = b.room_id
        WHERE b.association_id = ? AND b.starts_at = ? AND b.ends_at = ?
          AND b.status = 'active' AND b.room_id <> ?
        ORDER BY b.id LIMIT 1
        """,
        [
          .int64(skipped.associationID), .text(skipped.slot.startsAt),
          .text(skipped.slot.endsAt), .integer(skipped.roomID),
        ], { $0.text("name") }
      ).first
    }
    return found
  }

  public static func text(
    _ dates: [Booking], room: Room, today: Day, lang: Language, substitutes: [Int64: String] = [:]
  ) -> String {
    let clean = SafeText.oneLine
    guard let first = dates.first else { return "" }
    let booked = dates.filter { $0.status == .active }
    let skipped = dates.filter { $0.status == .skipped }
    let cancelled = dates.filter { $0.status == .cancelled }
    func list(_ bookings: [Booking]) -> [String] {
      bookings.map {
        "  " + $0.slot.day.label(lang) + " " + $0.slot.start.text + "–" + $0.slot.end.text
          + ($0.cancelNote.isEmpty ? "" : " (" + clean($0.cancelNote) + ")")
      }
    }
    var lines = [
      lang.pick("Bekræftelse af booking", "Booking confirmation") + " · "
        + lang.pick("skrevet ", "written ") + today.numeric,
      "",
      lang.pick("Forening: ", "Association: ") + clean(first.associationName),
      lang.pick("Lokale: ", "Room: ") + clean(room.name),
    ]
    if !room.address.isEmpty {
      lines.append(lang.pick("Adresse: ", "Address: ") + clean(room.address))
    }
    if !first.purpose.isEmpty {
      lines.append(lang.pick("Formål: ", "Purpose: ") + clean(first.purpose))
    }
    if let attendees = first.attendees {
      lines.append(lang.pick("Deltagere: \(attendees)", "Attendees: \(attendees)"))
    }
    if !first.contact.isEmpty {
      lines.append(lang.pick("Kontakt: ", "Contact: ") + clean(first.contact))
    }
    lines += [
      "",
      lang.pick("Booket ", "Booked ") + lang.count(booked.count, "dato", "datoer", "date", "dates")
        + ":",
    ]
    lines += list(booked)
    // A skipped date booked in another room is said with that room, so
    // the association is not told "not booked" for a date it has.
    let moved = skipped.filter { substitutes[$0.id] != nil }
    let left = skipped.filter { substitutes[$0.id] == nil }
    if !moved.isEmpty {
      lines += [
        "",
        lang.pick(
          "Booket i et andet lokale (dette var optaget):",
          "Booked in another room (this one was taken):"),
      ]
      lines += zip(list(moved), moved).map { line, booking in
        line + " → " + clean(substitutes[booking.id] ?? "")
      }
    }
    if !left.isEmpty {
      lines += ["", lang.pick("Ikke booket (optaget af andre):", "Not booked (taken by others):")]
      lines += list(left)
    }
    if !cancelled.isEmpty {
      lines += ["", lang.pick("Aflyst:", "Cancelled:")]
      lines += list(cancelled)
    }
    let fee = booked.reduce(0) { $0 + $1.fee }
    lines += [
      "",
      fee == 0
        ? lang.pick("Rengøring: gratis", "Cleaning: free of charge")
        : lang.pick(
          "Rengøring: \(fee) kr. i alt (\(booked.first?.fee ?? 0) kr. pr. gang)",
          "Cleaning: \(fee) kr. in all (\(booked.first?.fee ?? 0) kr. each time)"),
    ]
    if !room.notes.isEmpty {
      lines.append(lang.pick("Praktisk: ", "Practical: ") + clean(room.notes))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
