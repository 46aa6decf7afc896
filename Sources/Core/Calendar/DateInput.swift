/// Dates as a Danish front-desk worker types them, relative to today:
///
/// - `24-11`, `24/11`, `24.11` (the next such date from today on),
///   `24-11-2026`, `24/11/26`, `2026-11-24`;
/// - `+3` (three days from today), `+2u` (two weeks);
/// - a weekday, `fre` or `fredag` (the next one after today; English `fri`);
/// - `i dag`/`idag`/`today`, `i morgen`/`imorgen`/`tomorrow`;
/// - `uge 48` or `u48` (Monday of that ISO week, this year or the next).
public enum DateInput {
  /// A whole date that carries its year (`2027-04-15`, `15-04-2027`): what
  /// a file or the command line gives, read the same on any day.
  public static func withYear(_ text: String) -> Day? {
    let parts = text.split(whereSeparator: { "-/.".contains($0) })
    guard parts.count == 3, parts.contains(where: { $0.utf8.count == 4 }) else { return nil }
    return parse(text, today: Day(ordinal: 0))
  }

  public static func parse(_ input: String, today: Day) -> Day? {
    let text = input.lowercased().trimmingCharacters(in: " ")
    guard text.utf8.count <= 64 else { return nil }  // no date is longer
    if text.isEmpty { return nil }
    switch text {
    case "i dag", "idag", "today", "d.d.": return today
    case "i morgen", "imorgen", "tomorrow": return today.adding(1)
    default: break
    }
    if text.hasPrefix("+") { return relative(String(text.dropFirst()), today: today) }
    if let weekday = weekday(text) {
      let ahead = (weekday - today.weekday + 7) % 7
      return today.adding(ahead == 0 ? 7 : ahead)
    }
    if let week = week(text) {
      let year = today.parts.year
      for candidate in [year, year + 1] {
        if let monday = Day.monday(ofWeek: week, in: candidate), monday.adding(6) >= today {
          return monday
        }
      }
      return nil
    }
    if let iso = Day(iso: text) { return iso }
    return numeric(text, today: today)
  }

  private static func relative(_ text: String, today: Day) -> Day? {
    var digits = text
    var unit = 1
    if let last = digits.last, "udw".contains(last) {
      unit = last == "d" ? 1 : 7
      digits.removeLast()
    }
    guard let count = ASCIIDigits.value(digits, maxDigits: 4), count <= 3650 else { return nil }
    return today.adding(count * unit)
  }

  /// The weekdays' Danish names, Monday first.
  static let names = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

  /// 1 (Monday) to 7 for a weekday name or its beginning (3+ letters).
  static func weekday(_ text: String) -> Int? {
    let danish = names
    let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    guard text.count >= 3, text.allSatisfy(\.isLetter) else { return nil }
    for (index, name) in danish.enumerated() where name.hasPrefix(text) { return index + 1 }
    for (index, name) in english.enumerated() where name.hasPrefix(text) { return index + 1 }
    return nil
  }

  static func week(_ text: String) -> Int? {
    var rest = Substring(text)
    if rest.hasPrefix("uge") {
      rest = rest.dropFirst(3)
    } else if rest.hasPrefix("u") || rest.hasPrefix("w") {
      rest = rest.dropFirst()
    } else {
      return nil
    }
    guard let week = ASCIIDigits.value(rest.trimmingCharacters(in: " "), maxDigits: 2),
      (1...53).contains(week)
    else {
      return nil
    }
    return week
  }

  /// `24-11`, `24/11/2026`, `24.11.26`.
  private static func numeric(_ text: String, today: Day) -> Day? {
    let parts = text.split(whereSeparator: { "-/.".contains($0) }).map(String.init)
    guard parts.count == 2 || parts.count == 3,
      parts.allSatisfy({ ASCIIDigits.value($0, maxDigits: 4) != nil }),
      let day = ASCIIDigits.value(parts[0], maxDigits: 4),
      let month = ASCIIDigits.value(parts[1], maxDigits: 2)
    else { return nil }
    // Four digits first are a year, in ISO order (2026/11/24); a year is
    // never read as a day, so 0026-05-05 is no date rather than 2005's.
    if parts[0].utf8.count == 4 {
      guard parts.count == 3, parts[1].utf8.count <= 2,
        let date = ASCIIDigits.value(parts[2], maxDigits: 2)
      else { return nil }
      return Day(year: day, month: month, day: date)
    }
    guard parts[0].utf8.count <= 2, parts[1].utf8.count <= 2 else { return nil }
    if parts.count == 3 {
      guard var year = ASCIIDigits.value(parts[2], maxDigits: 4),
        parts[2].utf8.count == 2 || parts[2].utf8.count == 4
      else {
        return nil
      }
      if parts[2].count == 2 { year += 2000 }
      return Day(year: year, month: month, day: day)
    }
    let year = today.parts.year
    // The next such date: 24-11 typed on 25 November means next year's.
    if let date = Day(year: year, month: month, day: day), date >= today { return date }
    return Day(year: year + 1, month: month, day: day)
  }
}
