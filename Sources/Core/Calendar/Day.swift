import Glibc

/// A calendar date without a time or a time zone: what a follow-up date is.
/// Stored as ISO text (`2026-11-24`), which sorts in date order.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01.
  public let ordinal: Int

  public init(ordinal: Int) { self.ordinal = ordinal }

  /// Nil when the date does not exist (31 April, 29 February 2027).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Self.length(of: month, in: year),
      (1900...9999).contains(year)
    else { return nil }
    // Days from civil (Howard Hinnant's algorithm).
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = (month + 9) % 12
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    ordinal = era * 146_097 + dayOfEra - 719_468
  }

  /// Reads `2026-11-24`; nil for anything else. (Read byte by byte: lists
  /// parse a date per row.)
  public init?(iso text: String) {
    var numbers = (0, 0, 0)
    var count = 0
    for (index, byte) in text.utf8.enumerated() {
      count += 1
      if index == 4 || index == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard byte >= 48, byte <= 57, index < 10 else { return nil }
      let digit = Int(byte - 48)
      switch index {
      case 0..<4: numbers.0 = numbers.0 * 10 + digit
      case 5..<7: numbers.1 = numbers.1 * 10 + digit
      default: numbers.2 = numbers.2 * 10 + digit
      }
    }
    guard count == 10 else { return nil }
    self.init(year: numbers.0, month: numbers.1, day: numbers.2)
  }

  public var parts: (year: Int, month: Int, day: Int) {
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// 1 = Monday ... 7 = Sunday (ISO 8601).
  public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }

  /// The ISO 8601 week and the year it belongs to (29 December can be week 1
  /// of the next year; 1 January can be week 53 of the last).
  public var isoWeek: (year: Int, week: Int) {
    let thursday = adding(4 - weekday)
    let year = thursday.parts.year
    let firstOfYear = Day(year: year, month: 1, day: 1)!
    return (year, (thursday.ordinal - firstOfYear.ordinal) / 7 + 1)
  }

  /// Monday of ISO week `week` of `year`; nil when the year has no such week.
  public static func monday(ofWeek week: Int, in year: Int) -> Day? {
    guard week >= 1, let fourth = Day(year: year, month: 1, day: 4) else { return nil }
    let monday = fourth.adding(1 - fourth.weekday + (week - 1) * 7)
    return monday.isoWeek == (year, week) ? monday : nil
  }

  public func adding(_ days: Int) -> Day { Day(ordinal: ordinal + days) }

  public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

  public var iso: String {
    let (y, m, d) = parts
    return "\(y)-\(Self.two(m))-\(Self.two(d))"
  }

  public var description: String { iso }

  /// `24-11-2026`: how a date is shown in a field, and read back.
  public var numeric: String {
    let (y, m, d) = parts
    return "\(Self.two(d))-\(Self.two(m))-\(y)"
  }

  /// `tir 24-11-2026`, the Danish way (English: `Tue 24-11-2026`).
  /// `n` working days on (Monday to Friday), skipping the weekend: a
  /// handover on Friday is followed up on Tuesday with n = 2.
  public func adding(workingDays n: Int) -> Day {
    var day = self
    var left = n
    while left > 0 {
      day = day.adding(1)
      if day.weekday <= 5 { left -= 1 }
    }
    return day
  }

  /// `tir 24-11` in `today`'s year, `lør 20-11-2027` outside it.
  public func label(_ lang: Language, today: Day) -> String {
    label(lang, withYear: parts.year != today.parts.year)
  }

  public func label(_ lang: Language, withYear: Bool = true) -> String {
    let name = lang.pick(Self.danishDays[weekday - 1], Self.englishDays[weekday - 1])
    return name + " " + (withYear ? numeric : String(numeric.prefix(5)))
  }

  static let danishDays = ["man", "tir", "ons", "tor", "fre", "lør", "søn"]
  static let englishDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  public static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  static func length(of month: Int, in year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Today on this machine's clock, in local time.
  public static func today() -> Day { Clock.system.now().day }
}
