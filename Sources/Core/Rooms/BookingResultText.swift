/// What is said after a booking, at the desk and on the command line
/// alike: written once, so the two cannot drift apart.
public enum BookingResultText {
  /// "Booket: Salen tir 24-11-2026 19:00–21:00" for one date, "Booket:
  /// Salen, 9 gange 19:00–21:00" for a series (with its dates after a
  /// colon when `listingDates`); " til Røde Kors" when `association` is
  /// given; the cleaning fee when there is one; and the dates skipped
  /// because they were taken, with who holds them.
  public static func said(
    _ outcome: BookingOutcome, room: String, slot: Slot, association: String? = nil,
    listingDates: Bool = false, _ lang: Language
  ) -> String {
    let times = slot.start.text + "–" + slot.end.text
    let whose = association.map { lang.pick(" til ", " for ") + $0 } ?? ""
    var text =
      outcome.booked.count == 1
      ? lang.pick("Booket: ", "Booked: ") + room + whose + " "
        + (outcome.booked.first?.day ?? slot.day).label(lang) + " " + times
      : lang.pick("Booket: ", "Booked: ") + room + whose + ", "
        + lang.count(outcome.booked.count, "gang", "gange", "time", "times") + " " + times
        + (listingDates
          ? ": " + outcome.booked.map { $0.day.label(lang) }.joined(separator: ", ") : "")
    if outcome.fee > 0 {
      text += lang.pick(" (rengøring \(outcome.fee) kr.)", " (cleaning \(outcome.fee) kr.)")
    }
    if !outcome.skipped.isEmpty {
      text +=
        lang.pick(". Sprunget over: ", ". Skipped: ")
        + outcome.skipped.map { $0.wanted.day.label(lang) + " (" + $0.associationName + ")" }
        .joined(separator: ", ")
    }
    return text
  }

  /// A series cut at the limits: its last date.
  public static func cut(at last: Day, _ lang: Language) -> String {
    lang.pick(
      "Serien er afkortet: højst \(BookingLimits.seriesDates) datoer og \(BookingLimits.yearsAhead) år frem, så sidste dato er \(last.label(lang)).",
      "The series was cut: at most \(BookingLimits.seriesDates) dates and \(BookingLimits.yearsAhead) years ahead, so the last date is \(last.label(lang))."
    )
  }
}
