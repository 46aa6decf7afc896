/// Dates typed for a report or an export look back, not forward: on
/// 7 December 2026, `01-11` there is 1 November 2026 (a booking form would
/// read 1 November 2027). A date that carries its year, `i dag` and `+3`
/// mean what they always mean.
extension DateInput {
  /// The latest such day on or before `today`: a yearless date, a weekday
  /// (today's counts) or a week (its Monday). Anything else as `parse`.
  public static func latest(_ input: String, today: Day) -> Day? {
    let text = input.lowercased().trimmingCharacters(in: " ")
    if let weekday = weekday(text) { return today.adding(-((today.weekday - weekday + 7) % 7)) }
    if let week = week(text) {
      let year = today.parts.year
      for candidate in [year, year - 1] {
        if let monday = Day.monday(ofWeek: week, in: candidate), monday <= today { return monday }
      }
      return nil
    }
    if let (day, month) = yearless(text) {
      // 29-02 is the latest leap day: up to eight years back.
      let year = today.parts.year
      for candidate in stride(from: year, through: year - 8, by: -1) {
        if let date = Day(year: candidate, month: month, day: day), date <= today { return date }
      }
      return nil
    }
    return parse(text, today: today)
  }

  /// A period for a report or an export, as typed (either may be nil):
  /// `from` is the latest such day, and a yearless `to` the first such day
  /// on or after it, so `01-01`…`31-12` is this year and `01-11`…`30-11`
  /// the latest November that has begun. Without `from`, `to` is the
  /// latest such day.
  public struct Period: Equatable, Sendable {
    public var from: Day?
    public var to: Day?
    /// Which of the typed texts is no date: "from", "to".
    public var unread: [String] = []
  }

  public static func latestPeriod(from: String?, to: String?, today: Day) -> Period {
    var period = Period()
    if let from {
      period.from = latest(from, today: today)
      if period.from == nil { period.unread.append("from") }
    }
    if let to {
      if let first = period.from, yearless(to.lowercased().trimmed) != nil {
        period.to = parse(to, today: first)
      } else {
        period.to = latest(to, today: today)
      }
      if period.to == nil { period.unread.append("to") }
    }
    return period
  }

  /// `24-11`, `24/11`, `24.11`: a day and a month without a year.
  static func yearless(_ text: String) -> (day: Int, month: Int)? {
    let parts = text.split(whereSeparator: { "-/.".contains($0) })
    guard parts.count == 2, parts.allSatisfy({ $0.utf8.count <= 2 }),
      let day = ASCIIDigits.value(parts[0], maxDigits: 2),
      let month = ASCIIDigits.value(parts[1], maxDigits: 2)
    else { return nil }
    return (day, month)
  }
}
