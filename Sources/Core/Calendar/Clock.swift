import Glibc

/// Where "now" comes from: the machine's local time, or a fixed moment in
/// tests (so "overdue" and "a week ahead" can be checked).
public struct Clock: Sendable {
  public let now: @Sendable () -> (day: Day, time: String)

  public init(now: @escaping @Sendable () -> (day: Day, time: String)) { self.now = now }

  /// A clock stopped at `day` and `time` (`HH:MM`).
  public static func fixed(_ day: Day, _ time: String = "10:00") -> Clock {
    Clock { (day, time) }
  }

  public static let system = Clock {
    var seconds = time(nil)
    var parts = tm()
    localtime_r(&seconds, &parts)
    let day = Day(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    return (day, Day.two(Int(parts.tm_hour)) + ":" + Day.two(Int(parts.tm_min)))
  }

  /// `2026-11-24 09:41`: how timeline entries record their moment.
  public func stamp() -> String {
    let (day, time) = now()
    return day.iso + " " + time
  }
}
