import Glibc

/// Bookings as an iCalendar file (RFC 5545) that calendar programs import:
///
/// - a series is one VEVENT with a weekly RRULE; its cancelled and skipped
///   dates are EXDATEs, and a date moved or changed on its own is a VEVENT
///   with the same UID and a RECURRENCE-ID;
/// - a single booking is one VEVENT; cancelled ones are left out;
/// - times are local, `TZID=Europe/Copenhagen`, with the zone's rules in a
///   VTIMEZONE; a rule's UNTIL is in UTC, as the standard asks;
/// - UIDs come from the series or booking id, so a new export updates the
///   events of an earlier one instead of adding copies.
public struct BookingCalendar {
  public enum Filter: Equatable, Sendable {
    case all
    case room(Int64)
    case association(Int64)
  }

  let db: Database
  public init(db: Database) { self.db = db }

  static let zone = "Europe/Copenhagen"

  struct Row {
    let id: Int64
    let seriesID: Int64?
    let slot: Slot
    let purpose: String
    let attendees: Int64?
    let contact: String
    let fee: Int64
    let status: String
    let room: String
    let address: String
    let association: String
  }

  struct Series {
    let id: Int64
    let everyWeeks: Int
    let first: Day
    let last: Day
    let start: ClockTime
    let end: ClockTime
  }

  /// Writes the calendar; `stamp` is the export moment in UTC
  /// (`20261123T101500Z`), the DTSTAMP of every event.
  public func exportICS(
    _ filter: Filter, lang: Language, stamp: String = BookingCalendar.utcStamp(),
    _ sink: (String) -> Void
  ) throws {
    let (condition, values): (String, [SQLValue])
    switch filter {
    case .all: (condition, values) = ("1", [])
    case .room(let id): (condition, values) = ("b.room_id = ?", [.integer(id)])
    case .association(let id): (condition, values) = ("b.association_id = ?", [.integer(id)])
    }
    var rows: [Row] = []
    try db.forEach(
      """
      SELECT b.id, b.series_id, b.starts_at, b.ends_at, b.purpose, b.attendees, b.contact, b.fee,
        b.status, r.name AS room_name, r.address, coalesce(a.name, e.title) AS association_name
      FROM bookings b JOIN rooms r ON r.id = b.room_id
      LEFT JOIN associations a ON a.id = b.association_id
        LEFT JOIN events e ON e.id = b.event_id
      WHERE \(condition) ORDER BY b.starts_at, b.id
      """, values,
      columns: [
        "id", "series_id", "starts_at", "ends_at", "purpose", "attendees", "contact", "fee",
        "status", "room_name", "address", "association_name",
      ]
    ) { row, column in
      guard let slot = Slot(startsAt: row.text(column[2]), endsAt: row.text(column[3])) else {
        return
      }
      rows.append(
        Row(
          id: row.int(column[0]), seriesID: row.optionalInt(column[1]), slot: slot,
          purpose: row.text(column[4]), attendees: row.optionalInt(column[5]),
          contact: row.text(column[6]), fee: row.int(column[7]), status: row.text(column[8]),
          room: row.text(column[9]), address: row.text(column[10]),
          association: row.text(column[11])))
    }
    let series = try db.map(
      "SELECT id, every_weeks, first_day, last_day, starts, ends FROM booking_series"
    ) { row -> Series? in
      guard let first = Day(iso: row.text("first_day")), let last = Day(iso: row.text("last_day")),
        let start = ClockTime(row.text("starts")), let end = ClockTime(row.text("ends"))
      else { return nil }
      return Series(
        id: row.int("id"), everyWeeks: Int(row.int("every_weeks")), first: first, last: last,
        start: start, end: end)
    }.compactMap { $0 }
    let seriesByID = Dictionary(uniqueKeysWithValues: series.map { ($0.id, $0) })

    var out = ICSLines()
    out.raw("BEGIN", "VCALENDAR")
    out.raw("VERSION", "2.0")
    out.raw("PRODID", "-//skranke//Frivilligcenter lokaler//DA")
    out.raw("CALSCALE", "GREGORIAN")
    out.text("X-WR-CALNAME", lang.pick("Lokalebookinger", "Room bookings"))
    Self.timezone(&out)
    var bySeries: [Int64: [Row]] = [:]
    var order: [Int64] = []
    for row in rows {
      if let id = row.seriesID, seriesByID[id] != nil {
        if bySeries[id] == nil { order.append(id) }
        bySeries[id, default: []].append(row)
      } else if row.status == "active" {
        event(&out, row, uid: "booking-\(row.id)@skranke", stamp: stamp, lang: lang)
      }
    }
    for id in order {
      writeSeries(&out, seriesByID[id]!, bySeries[id]!, stamp: stamp, lang: lang)
    }
    out.raw("END", "VCALENDAR")
    sink(out.text)
  }

  /// One rule for the series, its missing dates excluded, and an override
  /// for each date that differs from the rule or the first date's details.
  private func writeSeries(
    _ out: inout ICSLines, _ series: Series, _ rows: [Row], stamp: String, lang: Language
  ) {
    let active = rows.filter { $0.status == "active" }
    guard let model = active.first else { return }  // all cancelled: nothing to show
    var byDay: [Day: Row] = [:]
    for row in active { byDay[row.slot.day] = row }
    let uid = "series-\(series.id)@skranke"
    let dates = Array(
      stride(from: series.first.ordinal, through: series.last.ordinal, by: 7 * series.everyWeeks)
    ).map { Day(ordinal: $0) }
    guard let lastDate = dates.last else { return }
    let base = Slot(day: series.first, start: series.start, end: series.end)
    let (untilDay, untilTime) = CopenhagenTime.utc(lastDate, series.start)
    event(
      &out, model, uid: uid, stamp: stamp, lang: lang, slot: base,
      extra: { lines in
        var rule = "FREQ=WEEKLY"
        if series.everyWeeks > 1 { rule += ";INTERVAL=\(series.everyWeeks)" }
        rule += ";UNTIL=" + Self.compact(untilDay, untilTime) + "Z"
        lines.raw("RRULE", rule)
        let missing = dates.filter { byDay[$0] == nil }
        if !missing.isEmpty {
          lines.raw(
            "EXDATE;TZID=\(Self.zone)",
            missing.map { Self.compact($0, series.start) }.joined(separator: ","))
        }
      })
    for day in dates {
      guard let row = byDay[day] else { continue }
      let differs =
        row.slot.start != series.start || row.slot.end != series.end
        || row.purpose != model.purpose || row.attendees != model.attendees
        || row.contact != model.contact
      guard differs else { continue }
      event(
        &out, row, uid: uid, stamp: stamp, lang: lang,
        extra: { lines in
          lines.raw("RECURRENCE-ID;TZID=\(Self.zone)", Self.compact(day, series.start))
        })
    }
  }

  private func event(
    _ out: inout ICSLines, _ row: Row, uid: String, stamp: String, lang: Language,
    slot: Slot? = nil, extra: (inout ICSLines) -> Void = { _ in }
  ) {
    let slot = slot ?? row.slot
    out.raw("BEGIN", "VEVENT")
    out.raw("UID", uid)
    out.raw("DTSTAMP", stamp)
    out.raw("DTSTART;TZID=\(Self.zone)", Self.compact(slot.day, slot.start))
    out.raw("DTEND;TZID=\(Self.zone)", Self.compact(slot.day, slot.end))
    extra(&out)
    out.text(
      "SUMMARY", row.purpose.isEmpty ? row.association : row.association + ": " + row.purpose)
    out.text("LOCATION", row.address.isEmpty ? row.room : row.room + ", " + row.address)
    var description: [String] = [lang.pick("Lokale: ", "Room: ") + row.room]
    if !row.contact.isEmpty {
      description.append(lang.pick("Kontakt: ", "Contact: ") + row.contact)
    }
    if let attendees = row.attendees {
      description.append(lang.pick("Deltagere: ", "Attendees: ") + String(attendees))
    }
    if row.fee > 0 {
      description.append(lang.pick("Rengøring: \(row.fee) kr.", "Cleaning: \(row.fee) kr."))
    }
    out.text("DESCRIPTION", description.joined(separator: "\n"))
    out.raw("STATUS", "CONFIRMED")
    out.raw("TRANSP", "OPAQUE")
    out.raw("END", "VEVENT")
  }

  /// `20261124T190000`: a local date-time as iCalendar writes it.
  static func compact(_ day: Day, _ time: ClockTime) -> String {
    let (y, m, d) = day.parts
    let digits = String(y) + Day.two(m) + Day.two(d)
    return digits + "T" + Day.two(time.minutes / 60) + Day.two(time.minutes % 60) + "00"
  }

  /// The zone's rules since 1996, as calendar programs expect them.
  static func timezone(_ out: inout ICSLines) {
    out.raw("BEGIN", "VTIMEZONE")
    out.raw("TZID", zone)
    out.raw("BEGIN", "DAYLIGHT")
    out.raw("TZOFFSETFROM", "+0100")
    out.raw("TZOFFSETTO", "+0200")
    out.raw("TZNAME", "CEST")
    out.raw("DTSTART", "19700329T020000")
    out.raw("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
    out.raw("END", "DAYLIGHT")
    out.raw("BEGIN", "STANDARD")
    out.raw("TZOFFSETFROM", "+0200")
    out.raw("TZOFFSETTO", "+0100")
    out.raw("TZNAME", "CET")
    out.raw("DTSTART", "19701025T030000")
    out.raw("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
    out.raw("END", "STANDARD")
    out.raw("END", "VTIMEZONE")
  }

  /// Now, in UTC, as DTSTAMP wants it.
  public static func utcStamp() -> String {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    let day = Day(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    let time = ClockTime(hour: Int(parts.tm_hour), minute: Int(parts.tm_min))!
    return compact(day, time).dropLast(2) + Day.two(Int(parts.tm_sec)) + "Z"
  }
}
