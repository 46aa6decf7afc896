/// What is said after a booking, at the desk and on the command line: one
/// place for the words, so the two cannot drift apart. The desk says it on
/// one line; the command line lists every date and each skipped date with
/// the booking that holds it, for scripts to read.
public enum BookingResultText {
  /// The desk's line: "Booket: Salen tir 24-11-2026 19:00–21:00" for one
  /// date, "Booket: Salen, 9 gange 19:00–21:00" for a series; the cleaning
  /// fee when there is one; the dates skipped because they were taken,
  /// with who holds them.
  public static func said(
    _ outcome: BookingOutcome, room: String, slot: Slot, _ lang: Language
  ) -> String {
    var text =
      outcome.booked.count == 1
      ? booked(lang) + room + " " + (outcome.booked.first?.day ?? slot.day).label(lang) + " "
        + times(slot)
      : booked(lang) + room + ", " + count(outcome, lang) + " " + times(slot)
    if outcome.fee > 0 { text += fee(outcome, lang) }
    if !outcome.skipped.isEmpty {
      text +=
        lang.pick(". Sprunget over: ", ". Skipped: ")
        + outcome.skipped.map { $0.wanted.day.label(lang) + " (" + $0.associationName + ")" }
        .joined(separator: ", ")
    }
    return text
  }

  /// The command line's lines: "Booked: Salen for Røde Kors, 2 times
  /// 14:00–15:30: Mon 29-03-2027, Mon 12-04-2027 (cleaning 0 kr.)", then
  /// the cut series and "Skipped (taken): …" each on a line of its own.
  public static func lines(
    _ outcome: BookingOutcome, room: String, association: String, slot: Slot, _ lang: Language
  ) -> [String] {
    var lines = [
      booked(lang) + room + lang.pick(" til ", " for ") + association + ", "
        + count(outcome, lang) + " " + times(slot) + ": "
        + outcome.booked.map { $0.day.label(lang) }.joined(separator: ", ") + fee(outcome, lang)
    ]
    if let last = outcome.cutAfter { lines.append(cut(at: last, lang)) }
    if !outcome.skipped.isEmpty {
      lines.append(
        lang.pick("Sprunget over (optaget): ", "Skipped (taken): ")
          + outcome.skipped.map { $0.label(lang) }.joined(separator: "; "))
    }
    return lines
  }

  /// A series cut at the limits: its last date.
  public static func cut(at last: Day, _ lang: Language) -> String {
    lang.pick(
      "Serien er afkortet: højst \(BookingLimits.seriesDates) datoer og \(BookingLimits.yearsAhead) år frem, så sidste dato er \(last.label(lang)).",
      "The series was cut: at most \(BookingLimits.seriesDates) dates and \(BookingLimits.yearsAhead) years ahead, so the last date is \(last.label(lang))."
    )
  }

  static func booked(_ lang: Language) -> String { lang.pick("Booket: ", "Booked: ") }
  static func times(_ slot: Slot) -> String { slot.start.text + "–" + slot.end.text }
  static func count(_ outcome: BookingOutcome, _ lang: Language) -> String {
    lang.count(outcome.booked.count, "gang", "gange", "time", "times")
  }
  static func fee(_ outcome: BookingOutcome, _ lang: Language) -> String {
    lang.pick(" (rengøring \(outcome.fee) kr.)", " (cleaning \(outcome.fee) kr.)")
  }
}
