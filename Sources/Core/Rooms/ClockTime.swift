/// A time of day on the 24-hour clock, as minutes since midnight.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let minutes: Int

  public init?(minutes: Int) {
    guard (0...24 * 60).contains(minutes) else { return nil }
    self.minutes = minutes
  }

  public init?(hour: Int, minute: Int = 0) {
    guard (0...24).contains(hour), (0..<60).contains(minute), hour < 24 || minute == 0 else {
      return nil
    }
    self.init(minutes: hour * 60 + minute)
  }

  /// `19`, `19:30`, `19.30`, `1930`, `9`; `24:00` is the end of the day.
  /// ASCII digits only: `19½`, `１９` or `1` with a mark above is no time
  /// (and is said so by the caller), never a trap.
  public init?(_ text: String) {
    guard text.utf8.count <= 32 else { return nil }  // no time is longer
    let trimmed = text.trimmingCharacters(in: " ")
    let parts = trimmed.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
    if parts.count == 2, parts[0].utf8.count <= 2, parts[1].utf8.count == 2,
      let h = ASCIIDigits.value(parts[0], maxDigits: 2),
      let m = ASCIIDigits.value(parts[1], maxDigits: 2)
    {
      self.init(hour: h, minute: m)
    } else if parts.count == 1, let value = ASCIIDigits.value(trimmed, maxDigits: 4) {
      if trimmed.utf8.count <= 2 {
        self.init(hour: value)
      } else {
        self.init(hour: value / 100, minute: value % 100)
      }
    } else {
      return nil
    }
  }

  /// `19:00`.
  public var text: String { Day.two(minutes / 60) + ":" + Day.two(minutes % 60) }
  public var description: String { text }

  public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}

/// One stretch of time on one day: what a booking takes.
public struct Slot: Hashable, Sendable, CustomStringConvertible {
  public let day: Day
  public let start: ClockTime
  public let end: ClockTime

  public init(day: Day, start: ClockTime, end: ClockTime) {
    self.day = day
    self.start = start
    self.end = end
  }

  /// `2026-11-24 19:00`, as stored.
  public var startsAt: String { day.iso + " " + start.text }
  public var endsAt: String { day.iso + " " + end.text }
  public var description: String { "\(day.iso) \(start.text)–\(end.text)" }

  /// Reads a stored pair of times back (`YYYY-MM-DD HH:MM`, digits read
  /// straight from the bytes: the week view and the room search read many).
  public init?(startsAt: String, endsAt: String) {
    var a = startsAt
    var b = endsAt
    guard
      let slot = a.withUTF8({ start in b.withUTF8 { end in Slot(startBytes: start, endBytes: end) }
      })
    else { return nil }
    self = slot
  }

  /// The same from a column's bytes, without making Strings (the room
  /// search reads a clash per booking in the way).
  public init?(
    startBytes start: UnsafeBufferPointer<UInt8>, endBytes end: UnsafeBufferPointer<UInt8>
  ) {
    guard start.count == 16, end.count == 16 else { return nil }
    func number(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ count: Int) -> Int? {
      var value = 0
      for byte in bytes[from..<from + count] {
        guard byte >= 48 && byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard let year = number(start, 0, 4), let month = number(start, 5, 2),
      let dayOfMonth = number(start, 8, 2), let h1 = number(start, 11, 2),
      let m1 = number(start, 14, 2), let h2 = number(end, 11, 2), let m2 = number(end, 14, 2),
      let day = Day(year: year, month: month, day: dayOfMonth),
      let from = ClockTime(hour: h1, minute: m1), let to = ClockTime(hour: h2, minute: m2)
    else { return nil }
    self.init(day: day, start: from, end: to)
  }
}
