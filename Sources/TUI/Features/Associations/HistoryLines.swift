import Core

/// The history at the foot of an association's file: the inquiries from or
/// about it, its bookings (the next one and the past year's count, hours
/// and fees) and the referrals to its activities, newest first, with how
/// they went.
extension DetailView {
  static func historyLines(
    _ history: AssociationHistory, today: Day, lang: Language, width: Int
  ) -> [Line] {
    var out = [
      Line(text: "", style: .plain),
      Line(text: lang.pick("Historik", "History"), style: .header),
    ]
    func add(_ text: String, _ style: Style = .plain) {
      for piece in Wrap.lines(text, width: max(10, width - 2)) {
        out.append(Line(text: "  " + piece, style: style))
      }
    }
    if history.inquiryCount == 0 {
      add(
        lang.pick(
          "Ingen henvendelser om foreningen endnu (Ctrl-N logger en).",
          "No inquiries about the association yet (Ctrl-N logs one)."), .muted)
    } else {
      add(
        lang.pick(
          "Henvendelser: \(history.inquiryCount), heraf \(history.inquiriesOpen) åbne (h viser dem)",
          "Inquiries: \(history.inquiryCount), \(history.inquiriesOpen) of them open (h lists them)"
        ))
      for note in history.inquiries {
        let state = note.outcome.map { $0.label(lang) } ?? note.status.label(lang)
        add(
          note.received.numeric + "  #\(note.id) " + note.category(lang) + " · " + state + " · "
            + note.ownerInitials + (note.summary.isEmpty ? "" : ": " + note.summary), .muted)
      }
    }
    grantLines(history, lang: lang, add: add)
    var bookings = lang.pick("Bookinger: ", "Bookings: ")
    if let next = history.upcoming.first {
      bookings += lang.pick(
        "\(history.upcomingCount) kommende, næste ", "\(history.upcomingCount) upcoming, next ")
      bookings +=
        next.slot.day.label(lang, today: today) + " " + next.slot.start.text + "–"
        + next.slot.end.text
    } else {
      bookings += lang.pick("ingen kommende", "none upcoming")
    }
    let hours = Double(history.pastYearMinutes) / 60
    let hourText = hours == hours.rounded() ? "\(Int(hours))" : String(format1(hours))
    bookings +=
      lang.pick("; sidste år ", "; past year ")
      + lang.count(history.pastYearCount, "booking", "bookinger", "booking", "bookings")
      + lang.pick(
        ", \(hourText) timer, \(history.pastYearFees) kr.",
        ", \(hourText) hours, \(history.pastYearFees) kr")
    add(bookings)
    if history.referralCount == 0 {
      add(
        lang.pick(
          "Ingen henvisninger til foreningens aktiviteter endnu.",
          "No referrals to its activities yet."), .muted)
    } else {
      add(
        lang.pick(
          "Henvisninger: \(history.referralCount), heraf \(history.referralsStarted) startet",
          "Referrals: \(history.referralCount), \(history.referralsStarted) of them started"))
      for referral in history.referrals {
        add(
          referral.referredOn.numeric + "  " + referral.activityTitle + " · "
            + referral.status.label(lang), .muted)
      }
    }
    if history.eventCount > 0 {
      add(
        lang.pick(
          "Centrets arrangementer: \(history.eventCount) med folk herfra",
          "The centre's events: \(history.eventCount) with people from here"))
      for event in history.events {
        add(
          event.day.numeric + "  " + SafeText.oneLine(event.title) + " · "
            + lang.count(event.seats, "plads", "pladser", "seat", "seats")
            + lang.pick(", \(event.came) mødt", ", \(event.came) came"), .muted)
      }
    }
    for nomination in history.nominations {
      add(
        (nomination.chosen ? "★ " : "")
          + nomination.prize.name(lang) + " \(nomination.year): "
          + (nomination.chosen
            ? lang.pick("valgt", "chosen") : lang.pick("indstillet", "nominated"))
          + (nomination.nominatedBy.isEmpty
            ? "" : lang.pick(" af ", " by ") + SafeText.oneLine(nomination.nominatedBy)))
    }
    return out
  }

  /// One decimal, with a comma in Danish and English alike (as the rest).
  private static func format1(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10),\(tenths % 10)"
  }
}
