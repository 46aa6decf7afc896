/// Today's sheet for the door and the caretaker: per room, its address and
/// practical notes, then each booking's time, association, head count,
/// contact and purpose. Plain text in the UI's language; text from data is
/// made safe for a terminal or a printer (no control bytes, one line each).
public enum DaySheet {
  public static func text(_ plan: TodayPlan, day: Day, by initials: String?, lang: Language)
    -> String
  {
    let clean = SafeText.oneLine
    var lines = [
      lang.pick("Dagsseddel · ", "Day sheet · ") + day.dayTitle(lang),
      lang.pick("Skrevet ", "Written ") + day.numeric
        + (initials.map { lang.pick(" af ", " by ") + $0 } ?? ""),
      "",
    ]
    if plan.bookings.isEmpty {
      lines.append(lang.pick("Ingen lokaler er booket i dag.", "No rooms are booked today."))
    }
    var room = ""
    for item in plan.bookings {
      let b = item.booking
      if item.roomName != room {
        if !room.isEmpty { lines.append("") }
        room = item.roomName
        lines.append(clean(room) + (item.address.isEmpty ? "" : " — " + clean(item.address)))
        if !item.roomNotes.isEmpty { lines.append("  " + clean(item.roomNotes)) }
      }
      var parts = [b.slot.start.text + "–" + b.slot.end.text, clean(b.associationName)]
      if let attendees = b.attendees {
        parts.append(lang.pick("\(attendees) pers.", "\(attendees) people"))
      }
      let contact = item.contactText
      if !contact.isEmpty { parts.append(lang.pick("kontakt: ", "contact: ") + clean(contact)) }
      if !b.purpose.isEmpty { parts.append(clean(b.purpose)) }
      if item.firstOfSeries {
        parts.append(lang.pick("første gang i ny fast booking", "first date of a new series"))
      }
      lines.append("  " + parts.joined(separator: " · "))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
