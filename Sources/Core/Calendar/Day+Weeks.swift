/// Moving through the calendar as the booking week view does: weeks start
/// on Monday (ISO), a month later keeps the day of the month where it can.
extension Day {
  /// The Monday of this day's ISO week.
  public var monday: Day { adding(1 - weekday) }

  /// The same day of the month `count` months on (or back), or the month's
  /// last day when it is shorter (31 January + 1 month = 28 or 29 February).
  public func addingMonths(_ count: Int) -> Day {
    let (year, month, day) = parts
    let index = year * 12 + (month - 1) + count
    let newYear = index >= 0 ? index / 12 : (index - 11) / 12
    let newMonth = index - newYear * 12 + 1
    let clamped = min(day, Self.length(of: newMonth, in: newYear))
    return Day(year: newYear, month: newMonth, day: clamped)!
  }

  /// "tir" in Danish, "Tue" in English.
  public func weekdayName(_ lang: Language) -> String {
    lang.pick(Self.danishDays[weekday - 1], Self.englishDays[weekday - 1])
  }

  /// "nov." in Danish, "Nov" in English.
  public func monthName(_ lang: Language) -> String {
    let month = parts.month
    return lang.pick(Self.danishMonths[month - 1], Self.englishMonths[month - 1])
  }

  static let danishMonths = [
    "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
  ]
  static let englishMonths = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `Uge 48 · 23.–29. nov. 2026` (`Week 48 · 23–29 Nov 2026`) for the
  /// week this day starts; months and years are named where they change.
  public func weekTitle(_ lang: Language) -> String {
    let last = adding(6)
    let (y1, m1, d1) = parts
    let (y2, m2, d2) = last.parts
    let week = lang.pick("Uge ", "Week ") + String(monday.isoWeek.week) + " · "
    let dot = lang.pick(".", "")
    let end = "\(d2)\(dot) \(last.monthName(lang)) \(y2)"
    if y1 != y2 { return week + "\(d1)\(dot) \(monthName(lang)) \(y1)–" + end }
    if m1 != m2 { return week + "\(d1)\(dot) \(monthName(lang))–" + end }
    return week + "\(d1)\(dot)–" + end
  }
}

extension Day {
  /// "Mandag 30. november · uge 49" ("Monday 30 November · week 49"): I dag's title.
  public func dayTitle(_ lang: Language) -> String {
    let (_, month, day) = parts
    let week = String(isoWeek.week)
    return lang.pick(
      Self.danishWeekdays[weekday - 1] + " \(day). " + Self.danishMonthNames[month - 1]
        + " · uge " + week,
      Self.englishWeekdays[weekday - 1] + " \(day) " + Self.englishMonthNames[month - 1]
        + " · week " + week)
  }

  static let danishWeekdays = [
    "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag",
  ]
  static let englishWeekdays = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
  static let danishMonthNames = [
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
  ]
  static let englishMonthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}
