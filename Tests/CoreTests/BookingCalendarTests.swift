import Testing

@testable import Core

/// The iCalendar export, read as text: what a calendar program gets. The
/// end-to-end tests also read it with a real parser and expand its rules.
@Suite struct BookingCalendarTests {
  let database = TestDatabase()
  static let tuesday = Day(year: 2026, month: 11, day: 24)!

  func hours(_ day: Day, _ from: Int, _ to: Int) -> Slot {
    Slot(day: day, start: ClockTime(hour: from)!, end: ClockTime(hour: to)!)
  }

  func export(_ db: Database, _ filter: BookingCalendar.Filter = .all) throws -> String {
    var text = ""
    try BookingCalendar(db: db).exportICS(filter, lang: .danish, stamp: "20261123T090000Z") {
      text += $0
    }
    return text
  }

  /// The text with folded lines joined again (RFC 5545 §3.1).
  func unfold(_ text: String) -> String {
    text.split(separator: "\r\n ", omittingEmptySubsequences: false).joined()
  }

  /// The unfolded lines of each VEVENT, keyed by nothing: in file order.
  func events(_ text: String) -> [[String]] {
    let unfolded = unfold(text)
    var out: [[String]] = []
    for line in unfolded.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
    {
      if line == "BEGIN:VEVENT" {
        out.append([])
      } else if !out.isEmpty, line != "END:VEVENT",
        out[out.count - 1].last != "END:VEVENT"
      {
        out[out.count - 1].append(line)
      }
      if line == "END:VEVENT" { out[out.count - 1].append(line) }
    }
    return out
  }

  @Test func seriesIsOneRuleWithExceptionsAndOverrides() throws {
    let associations = try database.store()
    let sind = try associations.save(Association(name: "Foreningen Sind"))
    let other = try associations.save(Association(name: "Ældre Sagen"))
    let room = try RoomStore(db: associations.db).save(
      Room(name: "Mødelokale 1", address: "Østergade 21, Hjørring", capacity: 20))
    let store = BookingStore(db: associations.db, clock: .fixed(Self.tuesday))
    // Someone has the third Tuesday; the series skips it.
    try store.book(
      BookingRequest(
        roomID: room, associationID: other, slot: hours(Self.tuesday.adding(14), 19, 20)))
    let outcome = try store.book(
      BookingRequest(
        roomID: room, associationID: sind, slot: hours(Self.tuesday, 19, 21),
        purpose: "Samtalegruppe, åben; for alle", repeatUntil: Self.tuesday.adding(35)),
      skipConflicts: true)
    #expect(outcome.booked.count == 5)
    let rows = try store.bookings(room: room, from: Self.tuesday, to: Self.tuesday.adding(36))
      .filter { $0.associationID == sind }
    // The second date is cancelled, the fourth moved an hour later.
    try store.cancel(rows[1].id, note: "julefrokost", by: nil)
    try store.move(rows[2].id, start: ClockTime(hour: 18)!, end: ClockTime(hour: 20)!)
    let text = try export(associations.db)
    #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n"))
    let all = events(text)
    let series = all.filter { $0.contains("UID:series-\(outcome.seriesID!)@skranke") }
    #expect(series.count == 2)  // the rule and the one moved date
    let rule = series[0]
    #expect(rule.contains("DTSTART;TZID=Europe/Copenhagen:20261124T190000"))
    // The last date, 29 December 19:00 in Copenhagen, is 18:00 UTC.
    #expect(rule.contains("RRULE:FREQ=WEEKLY;UNTIL=20261229T180000Z"))
    #expect(
      rule.contains("EXDATE;TZID=Europe/Copenhagen:20261201T190000,20261208T190000"))
    #expect(rule.contains("SUMMARY:Foreningen Sind: Samtalegruppe\\, åben\\; for alle"))
    let moved = series[1]
    #expect(moved.contains("RECURRENCE-ID;TZID=Europe/Copenhagen:20261215T190000"))
    #expect(moved.contains("DTSTART;TZID=Europe/Copenhagen:20261215T180000"))
    // The other association's single booking is there; a cancelled single is not.
    #expect(all.filter { $0.contains("SUMMARY:Ældre Sagen") }.count == 1)
    let single = try store.book(
      BookingRequest(roomID: room, associationID: other, slot: hours(Self.tuesday, 10, 11)))
    _ = single
    let ten = try store.bookings(room: room, from: Self.tuesday, to: Self.tuesday.adding(1))
      .first { $0.slot.start == ClockTime(hour: 10)! }!
    try store.cancel(ten.id, note: "aflyst", by: nil)
    #expect(!(try export(associations.db)).contains("20261124T100000"))
    // Exporting again gives the same UIDs; one association's export has only its events.
    let uids = { (text: String) in
      self.events(text).compactMap { $0.first { $0.hasPrefix("UID:") } }
    }
    #expect(uids(try export(associations.db)) == uids(text))
    #expect(events(try export(associations.db, .association(other))).count == 1)
  }

  @Test func splittingFollowingDatesGivesTwoRules() throws {
    let associations = try database.store()
    let sind = try associations.save(Association(name: "Foreningen Sind"))
    let room = try RoomStore(db: associations.db).save(Room(name: "Salen", capacity: 40))
    let store = BookingStore(db: associations.db, clock: .fixed(Self.tuesday))
    try store.book(
      BookingRequest(
        roomID: room, associationID: sind, slot: hours(Self.tuesday, 19, 21),
        repeatUntil: Self.tuesday.adding(21), everyWeeks: 1))
    let rows = try store.bookings(room: room, from: Self.tuesday, to: Self.tuesday.adding(22))
    try store.move(
      rows[2].id, scope: .following, start: ClockTime(hour: 17)!, end: ClockTime(hour: 19)!)
    let rules = events(try export(associations.db)).filter {
      $0.contains { $0.hasPrefix("RRULE:") }
    }
    #expect(rules.count == 2)
    #expect(rules[0].contains("RRULE:FREQ=WEEKLY;UNTIL=20261201T180000Z"))
    #expect(rules[1].contains("DTSTART;TZID=Europe/Copenhagen:20261208T170000"))
    #expect(rules[1].contains("RRULE:FREQ=WEEKLY;UNTIL=20261215T160000Z"))
  }

  @Test func longLinesFoldWithoutSplittingLetters() throws {
    var lines = ICSLines()
    lines.text("DESCRIPTION", String(repeating: "æøå ", count: 40) + "\nslut")
    let physical = lines.text.split(separator: "\r\n", omittingEmptySubsequences: false).map(
      String.init
    ).filter { !$0.isEmpty }
    #expect(physical.count > 2)
    #expect(physical.allSatisfy { $0.utf8.count <= 75 })
    #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    let unfolded = unfold(lines.text)
    #expect(unfolded.hasSuffix("æøå \\nslut\r\n"))
    #expect(ICSLines.escape("a\u{1B}[31mb\\c") == "a[31mb\\\\c")
  }

  @Test func copenhagenOffsetFollowsSummerTime() {
    let t = { (h: Int, m: Int) in ClockTime(hour: h, minute: m)! }
    // 2026: summer time from 29 March to 25 October.
    #expect(CopenhagenTime.offsetMinutes(Day(year: 2026, month: 3, day: 28)!, t(12, 0)) == 60)
    #expect(CopenhagenTime.offsetMinutes(Day(year: 2026, month: 3, day: 29)!, t(1, 59)) == 60)
    #expect(CopenhagenTime.offsetMinutes(Day(year: 2026, month: 3, day: 29)!, t(3, 0)) == 120)
    #expect(CopenhagenTime.offsetMinutes(Day(year: 2026, month: 10, day: 25)!, t(2, 30)) == 120)
    #expect(CopenhagenTime.offsetMinutes(Day(year: 2026, month: 10, day: 25)!, t(3, 0)) == 60)
    #expect(CopenhagenTime.offsetMinutes(Day(year: 2027, month: 3, day: 28)!, t(10, 0)) == 120)
    let (day, time) = CopenhagenTime.utc(Day(year: 2027, month: 1, day: 1)!, t(0, 30))
    #expect(day == Day(year: 2026, month: 12, day: 31)! && time == t(23, 30))
  }
}
