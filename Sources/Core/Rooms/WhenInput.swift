/// When a room is wanted, typed the Danish way, relative to today:
///
/// - `tir 19-21`: the next Tuesday (as dates are typed elsewhere), 19:00–21:00;
/// - `24-11 19:00-21:00`, `i dag 10-12`: a date and a time span;
/// - then optionally a repeat: `uge 2-24` (that weekday in ISO weeks 2 to 24,
///   over the new year if need be), `til 30-06` (weekly until that date),
///   `10 gange` (ten dates), and anywhere `hver anden uge` (every other week);
///   in English `tue 19-21 weeks 2-24`, `until 30-06`, `10 times`, `every other week`.
/// The ways people say it (`hver tirsdag 19-21`, `fra 12-01 til 15-06`, …)
/// are rewritten to these first, by `WhenWords`.
public struct WhenInput: Equatable, Sendable {
  public var first: Slot
  public var repeatUntil: Day?
  public var everyWeeks: Int
  /// The repeat asked for more than `BookingLimits` allows and was cut.
  public var cut = false

  /// Every date asked for, first to last.
  public var slots: [Slot] {
    BookingRequest(
      roomID: 0, associationID: 0, slot: first, repeatUntil: repeatUntil, everyWeeks: everyWeeks
    ).slots
  }

  /// The longest `when` read: the longest way of saying it is some 60
  /// characters, and each time span tried reads the words before it, so a
  /// pasted page would take long on every key.
  static let maxBytes = 240

  public static func parse(_ input: String, today: Day) -> WhenInput? {
    guard input.utf8.count <= maxBytes else { return nil }
    let dashed = WhenWords.halfHours(
      String(input.lowercased().map { (c: Character) -> Character in "–—".contains(c) ? "-" : c }))
    var words = dashed.split(separator: " ").map(String.init)
    var everyWeeks = 1
    if let at = words.firstIndex(where: { $0 == "hver" || $0 == "every" }), at + 1 < words.count,
      ["anden", "2", "2.", "other", "second"].contains(words[at + 1])
    {
      everyWeeks = 2
      let end =
        at + 2 < words.count && (words[at + 2].hasPrefix("uge") || words[at + 2].hasPrefix("week"))
        ? at + 3 : at + 2
      words.removeSubrange(at..<end)
    }
    words = WhenWords.normalise(words, today: today)
    // "24-11 19-21" could read "24-11" as a time span too: take the first
    // span whose words before are a date and whose words after a repeat.
    for span in words.indices {
      guard let (start, end) = timeSpan(words[span]) else { continue }
      if let when = read(
        before: words[..<span].joined(separator: " "), start: start, end: end,
        after: Array(words[(span + 1)...]), everyWeeks: everyWeeks, today: today)
      {
        return when
      }
    }
    return nil
  }

  private static func read(
    before: String, start: ClockTime, end: ClockTime, after: [String], everyWeeks: Int, today: Day
  ) -> WhenInput? {
    guard
      let day = before.isEmpty
        ? today
        : DateInput.parse(before, today: today) ?? WhenWords.weekdayAndDate(before, today: today)
    else { return nil }
    var when = WhenInput(
      first: Slot(day: day, start: start, end: end), repeatUntil: nil, everyWeeks: everyWeeks)
    guard !after.isEmpty else { return when }
    if let (from, to) = weekRange(after.joined(), weekday: day.weekday, today: today) {
      when.first = Slot(day: from, start: start, end: end)
      when.repeatUntil = to
    } else if after[0] == "til" || after[0] == "indtil" || after[0] == "until" {
      guard let until = DateInput.parse(after.dropFirst().joined(separator: " "), today: today),
        until >= day
      else { return nil }
      when.repeatUntil = until
    } else if after.count == 2, let count = ASCIIDigits.value(after[0], maxDigits: 3),
      (1...520).contains(count),
      ["gange", "gang", "uger", "times", "weeks"].contains(after[1])
    {
      when.repeatUntil = day.adding(7 * everyWeeks * (count - 1))
    } else {
      return nil
    }
    if let until = when.repeatUntil {
      let limit = BookingLimits.lastDate(
        first: when.first.day, everyWeeks: everyWeeks, today: today)
      if until > limit {
        when.repeatUntil = limit
        when.repeatUntil = when.slots.last?.day  // the last date that falls on the weekday
        when.cut = true
      }
    }
    return when
  }

  /// A time span as typed in a form: "19-21", "19 – 21", "19:00-21:30".
  public static func times(_ text: String) -> (ClockTime, ClockTime)? {
    timeSpan(
      WhenWords.halfHours(
        String(text.compactMap { c -> Character? in c == " " ? nil : ("–—".contains(c) ? "-" : c) })
      ))
  }

  /// "19-21", "19:00-21:30", "1900-2100".
  static func timeSpan(_ word: String) -> (ClockTime, ClockTime)? {
    let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2, let start = ClockTime(parts[0]), let end = ClockTime(parts[1]),
      start < end
    else { return nil }
    return (start, end)
  }

  /// "uge2-24", "u50-2" (words already joined): the `weekday` of the first
  /// week (this year's or next, as `uge N` is read elsewhere) and of the last.
  static func weekRange(_ text: String, weekday: Int, today: Day) -> (Day, Day)? {
    var rest = Substring(text)
    for prefix in ["uger", "uge", "weeks", "week", "u", "w"] where rest.hasPrefix(prefix) {
      rest = rest.dropFirst(prefix.count)
      break
    }
    let parts = rest.split(separator: "-").map { ASCIIDigits.value($0, maxDigits: 2) }
    guard parts.count == 2, let a = parts[0], let b = parts[1], (1...53).contains(b),
      let mondayA = DateInput.parse("uge \(a)", today: today)
    else { return nil }
    let year = mondayA.isoWeek.year
    guard
      let mondayB = [year, year + 1].compactMap({ Day.monday(ofWeek: b, in: $0) }).first(where: {
        $0 >= mondayA
      })
    else { return nil }
    return (mondayA.adding(weekday - 1), mondayB.adding(weekday - 1))
  }
}
