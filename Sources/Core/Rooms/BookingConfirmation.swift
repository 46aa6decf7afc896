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
      SELECT \(BookingStore.columns) FROM bookings b CROSS JOIN associations a
        ON a.id = b.association_id
      WHERE b.series_id = ? ORDER BY b.starts_at
      """, [.integer(series)], BookingStore.booking
    ).compactMap { $0 }
  }

  public static func text(_ dates: [Booking], room: Room, today: Day, lang: Language) -> String {
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
    if !skipped.isEmpty {
      lines += ["", lang.pick("Ikke booket (optaget af andre):", "Not booked (taken by others):")]
      lines += list(skipped)
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
