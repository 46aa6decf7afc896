/// The centre's events as a calendar (RFC 5545) or CSV, for its web site and
/// the public: each session is one VEVENT in `Europe/Copenhagen` time, its
/// UID from the session's id (a new export updates an earlier one). What,
/// when, where, price and seats left; never who signed up.
public enum EventCalendar {
  public static func ics(
    _ events: [PublicEvent], lang: Language, stamp: String = BookingCalendar.utcStamp(),
    _ sink: (String) -> Void
  ) {
    var out = ICSLines()
    out.raw("BEGIN", "VCALENDAR")
    out.raw("VERSION", "2.0")
    out.raw("PRODID", "-//skranke//Frivilligcenter arrangementer//DA")
    out.raw("CALSCALE", "GREGORIAN")
    out.text("X-WR-CALNAME", lang.pick("Arrangementer", "Events"))
    BookingCalendar.timezone(&out)
    for event in events {
      for session in event.sessions {
        let zone = BookingCalendar.zone
        out.raw("BEGIN", "VEVENT")
        out.raw("UID", "event-\(event.id)-session-\(session.id)@skranke")
        out.raw("DTSTAMP", stamp)
        out.raw(
          "DTSTART;TZID=\(zone)", BookingCalendar.compact(session.slot.day, session.slot.start))
        out.raw("DTEND;TZID=\(zone)", BookingCalendar.compact(session.slot.day, session.slot.end))
        out.text("SUMMARY", event.title)
        out.text(
          "LOCATION", [event.place, event.address].filter { !$0.isEmpty }.joined(separator: ", "))
        out.text("CATEGORIES", event.kind.name(lang))
        out.text("DESCRIPTION", description(event, lang))
        out.raw("STATUS", "CONFIRMED")
        out.raw("END", "VEVENT")
      }
    }
    out.raw("END", "VCALENDAR")
    sink(out.text)
  }

  static func description(_ event: PublicEvent, _ lang: Language) -> String {
    var lines: [String] = []
    if !event.description.isEmpty { lines.append(event.description) }
    lines.append(
      lang.pick("Pris: ", "Price: ")
        + (event.price > 0 ? "\(event.price) kr." : lang.pick("gratis", "free")))
    if let deadline = event.deadline {
      lines.append(lang.pick("Tilmelding senest ", "Sign up by ") + deadline.label(lang))
    }
    return lines.joined(separator: "\n")
  }

  public static let csvColumns = [
    "event", "title", "kind", "date", "start", "end", "place", "address", "price", "capacity",
    "seats_left", "deadline", "public", "description",
  ]

  /// One row per session.
  public static func csv(
    _ events: [PublicEvent], lang: Language, format: CSVFormat, _ sink: (String) -> Void
  ) {
    sink(format.start + format.line(csvColumns))
    for event in events {
      for session in event.sessions {
        sink(
          format.line([
            String(event.id), event.title, event.kind.name(lang), session.slot.day.iso,
            session.slot.start.text, session.slot.end.text, event.place, event.address,
            String(event.price), String(event.capacity), String(event.seatsLeft),
            event.deadline?.iso ?? "", event.isPublic ? "ja" : "nej", event.description,
          ]))
      }
    }
  }
}
