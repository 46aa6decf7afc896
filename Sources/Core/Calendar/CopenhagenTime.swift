/// Danish local time against UTC, by the EU rule in force since 1996:
/// summer time (UTC+2) from the last Sunday of March at 01:00 UTC to the
/// last Sunday of October at 01:00 UTC, else UTC+1. Bookings are stored in
/// local time; the calendar export needs UTC only for a rule's end.
public enum CopenhagenTime {
  /// Minutes ahead of UTC at a local moment. A local time in the hour that
  /// is skipped in March counts as summer time; one in the hour that comes
  /// twice in October counts as its first (summer) pass.
  public static func offsetMinutes(_ day: Day, _ time: ClockTime) -> Int {
    let year = day.parts.year
    let springDay = lastSunday(month: 3, year: year)
    let autumnDay = lastSunday(month: 10, year: year)
    // Local 02:00 in March (still winter) and local 03:00 in October
    // (still summer) are both 01:00 UTC.
    if day > springDay && day < autumnDay { return 120 }
    if day == springDay { return time.minutes >= 120 ? 120 : 60 }
    if day == autumnDay { return time.minutes < 180 ? 120 : 60 }
    return 60
  }

  /// The UTC day and time of a local moment.
  public static func utc(_ day: Day, _ time: ClockTime) -> (Day, ClockTime) {
    let minutes = time.minutes - offsetMinutes(day, time)
    let shift = minutes < 0 ? -1 : 0
    return (day.adding(shift), ClockTime(minutes: minutes - shift * 24 * 60)!)
  }

  static func lastSunday(month: Int, year: Int) -> Day {
    let last = Day(year: year, month: month, day: Day.length(of: month, in: year))!
    return last.adding(-(last.weekday % 7))
  }
}
