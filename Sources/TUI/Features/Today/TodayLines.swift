import Core

/// What a line of I dag opens with Enter.
enum TodayTarget: Equatable {
  case inquiry(Int64)
  case citizen(Int64)
  /// F4's week at that room, day and hour.
  case week(roomID: Int64, day: Day, hour: Int)
  /// A fund round's view: its applications by status.
  case round(Int64)
  /// Every open round of the next twelve months, to pick one.
  case rounds
  /// One of the centre's own events, at its participants in F7.
  case event(Int64)
}

/// One line of I dag: a heading, an item (with what Enter opens), a note
/// under an item, or "nothing here".
struct TodayLine: Equatable {
  var text: String
  var style: Style
  var target: TodayTarget?
  /// Drawn indented under the line before (a room's practical notes).
  var indent = 0
}

/// The plan as lines, in the order of the day: my follow-ups, referrals
/// due, today's bookings, series ending, and the colleagues' counts. Each
/// section says so in one line when it has nothing.
enum TodayLines {
  static func make(_ plan: TodayPlan, me: Staff?, today: Day, lang: Language) -> [TodayLine] {
    var lines: [TodayLine] = []
    func heading(_ da: String, _ en: String, _ count: Int?) {
      if !lines.isEmpty { lines.append(TodayLine(text: "", style: .plain)) }
      lines.append(
        TodayLine(text: lang.pick(da, en) + (count.map { " (\($0))" } ?? ""), style: .header))
    }
    func none(_ da: String, _ en: String) {
      lines.append(TodayLine(text: "  " + lang.pick(da, en), style: .muted))
    }

    heading(
      "Mine opfølgninger denne uge", "My follow-ups this week",
      plan.followUps.count + plan.followUpsMore)
    if me == nil {
      none("Vælg hvem du er med F5 for at se dine.", "Choose who you are with F5 to see yours.")
    } else if plan.followUps.isEmpty {
      none("Ingen denne uge.", "None this week.")
    }
    for item in plan.followUps { lines.append(followUp(item, today: today, lang: lang)) }
    for item in plan.closedByOthers {
      let what = item.askerName.isEmpty ? SafeText.oneLine(item.text) : item.askerName
      lines.append(
        TodayLine(
          text: "  ✓ " + lang.pick("lukket af \(item.by)", "closed by \(item.by)")
            + "  #\(item.inquiryID) "
            + what + (item.outcome.map { ": " + $0.label(lang) } ?? ""),
          style: .muted, target: .inquiry(item.inquiryID)))
    }
    if plan.followUpsMore > 0 {
      none(
        "… og \(plan.followUpsMore) mere: se dem alle i F2 (Mine).",
        "… and \(plan.followUpsMore) more: see them all in F2 (Mine).")
    }

    heading(
      "Henvisninger der venter på svar", "Referrals waiting for an answer", plan.referrals.count)
    if me != nil && plan.referrals.isEmpty {
      none("Ingen at følge op i dag.", "None to follow up today.")
    }
    for referral in plan.referrals {
      lines.append(self.referral(referral, today: today, lang: lang))
    }

    heading("Bookinger i dag", "Bookings today", plan.bookings.count + plan.bookingsMore)
    if plan.bookings.isEmpty {
      none("Ingen lokaler er booket i dag.", "No rooms are booked today.")
    }
    for booking in plan.bookings { lines += self.booking(booking, lang: lang) }
    if plan.bookingsMore > 0 {
      none(
        "… og \(plan.bookingsMore) mere: dagssedlen (p) har dem alle.",
        "… and \(plan.bookingsMore) more: the day sheet (p) has them all.")
    }

    // The centre's own events are not every day's: the section is there
    // on the days they meet.
    if !plan.events.isEmpty {
      heading("Arrangementer i dag", "Events today", plan.events.count)
      for event in plan.events { lines += self.event(event, lang: lang) }
    }

    heading(
      "Faste bookinger der slutter inden 4 uger", "Series ending within 4 weeks",
      plan.endingSeries.count)
    if plan.endingSeries.isEmpty { none("Ingen.", "None.") }
    for series in plan.endingSeries {
      lines.append(
        TodayLine(
          text: "  " + series.roomName + " · " + series.associationName + " · "
            + series.lastDay.weekdayName(lang) + " " + series.starts.text + "–" + series.ends.text
            + lang.pick(" · sidste gang ", " · last date ")
            + series.lastDay.label(lang, today: today),
          style: .plain,
          target: .week(
            roomID: series.roomID, day: series.lastDay, hour: series.starts.minutes / 60)))
    }

    heading(
      "Ansøgningsfrister inden 4 uger", "Application deadlines within 4 weeks",
      plan.deadlines.count)
    if plan.deadlines.isEmpty { none("Ingen.", "None.") }
    for due in plan.deadlines { lines += deadline(due, today: today, lang: lang) }
    lines.append(
      TodayLine(
        text: lang.pick(
          "  → Alle åbne runder de næste 12 måneder", "  → Every open round of the next 12 months"),
        style: .muted, target: .rounds))

    heading("Kolleger: åbne (forfaldne)", "Colleagues: open (overdue)", nil)
    if plan.colleagues.isEmpty { none("Ingen åbne henvendelser.", "No open inquiries.") }
    let counts = plan.colleagues.map {
      "\($0.initials) \($0.open)" + ($0.overdue > 0 ? " (\($0.overdue)!)" : "")
    }
    if !counts.isEmpty {
      lines.append(TodayLine(text: "  " + counts.joined(separator: " · "), style: .plain))
    }
    if !plan.away.isEmpty {
      let away = plan.away.map {
        $0.initials + lang.pick(" til og med ", " until ") + ($0.awayUntil?.numeric ?? "")
      }
      lines.append(
        TodayLine(
          text: "  " + lang.pick("Væk: ", "Away: ") + away.joined(separator: " · "), style: .plain))
    }
    return lines
  }

  /// "tor 15-04-2027, uge 15 · § 18-puljen", then under it "om 26 dage ·
  /// 3 ansøgninger (1 skrives)": two lines, so 80 columns keep the counts.
  static func deadline(_ due: DueRound, today: Day, lang: Language) -> [TodayLine] {
    let days = due.round.deadline.ordinal - today.ordinal
    let when =
      days == 0
      ? lang.pick("i dag", "today")
      : days == 1
        ? lang.pick("i morgen", "tomorrow") : lang.pick("om \(days) dage", "in \(days) days")
    var counts =
      "    " + when + " · "
      + lang.count(due.applications, "ansøgning", "ansøgninger", "application", "applications")
    if due.beingWritten > 0 {
      counts += lang.pick(" (\(due.beingWritten) skrives)", " (\(due.beingWritten) being written)")
    }
    return [
      TodayLine(
        text: "  " + due.round.deadline.withWeek(lang) + " · " + due.fundName, style: .plain,
        target: .round(due.round.id ?? 0)),
      TodayLine(
        text: counts, style: days <= 7 && due.beingWritten > 0 ? .error : .muted, indent: 4),
    ]
  }

  /// "! forfalden 2 d.  #12 Birthe Ørsted: Søger besøgsven  ↪ fra LS"
  static func followUp(_ item: TodayFollowUp, today: Day, lang: Language) -> TodayLine {
    let row = item.inquiry
    let due = row.followUp ?? today
    let when: String
    switch item.when {
    case .overdue:
      when = lang.pick(
        "! forfalden \(today.ordinal - due.ordinal) d.",
        "! overdue \(today.ordinal - due.ordinal) d.")
    case .today: when = lang.pick("  i dag", "  today")
    case .thisWeek, .later: when = "  " + due.label(lang, today: today)
    }
    var text = Wrap.pad(when, width: 17) + " #\(row.id) "
    text += row.askerName.isEmpty ? row.summary : row.askerName + ": " + row.summary
    if let from = item.handedOverBy {
      text += lang.pick("  ↪ overdraget fra \(from)", "  ↪ handed over from \(from)")
    }
    return TodayLine(
      text: text, style: item.when == .overdue ? .error : .plain, target: .inquiry(row.id))
  }

  /// "Birthe Hansen → Besøgsven (Røde Kors Hjørring) · foreslået · siden 23-11"
  static func referral(_ referral: TodayReferral, today: Day, lang: Language) -> TodayLine {
    let who =
      referral.citizenName.isEmpty
      ? lang.pick("(slettet borger)", "(erased citizen)") : referral.citizenName
    let text =
      "  " + who + " → " + referral.activityTitle + " (" + referral.associationName + ") · "
      + referral.status.label(lang) + lang.pick(" · opfølgning ", " · follow up ")
      + referral.followUp.label(lang, today: today)
      + (referral.inquiryID.map { " · #\($0)" } ?? lang.pick(" · fra F3", " · from F3"))
    let target: TodayTarget? =
      referral.inquiryID.map { .inquiry($0) } ?? referral.citizenID.map { .citizen($0) }
    return TodayLine(text: text, style: .plain, target: target)
  }

  /// "17:00–20:00 Førstehjælp · Store sal", and under it "12/12 tilmeldt ·
  /// 2 venteliste · 0 mødt": two lines, so 80 columns keep the counts.
  static func event(_ line: EventLine, lang: Language) -> [TodayLine] {
    let counts = [
      "\(line.counts.signed)/\(line.capacity) " + lang.pick("tilmeldt", "signed up"),
      "\(line.counts.waiting) " + lang.pick("venteliste", "waiting"),
      "\(line.counts.attended) " + lang.pick("mødt", "came"),
    ]
    return [
      TodayLine(
        text: "  " + line.session.start.text + "–" + line.session.end.text + " "
          + SafeText.oneLine(line.title) + " · " + SafeText.oneLine(line.place)
          + (line.cancelled ? lang.pick(" · aflyst", " · cancelled") : ""),
        style: line.cancelled ? .muted : .plain, target: .event(line.id)),
      TodayLine(text: "    " + counts.joined(separator: " · "), style: .muted, indent: 4),
    ]
  }

  /// "19:00–21:00 Store sal · Røde Kors Hjørring · 14 pers. · Birthe Ørsted 98 90 12 34 · ny fast booking",
  /// then the room's notes (where the key is) under it.
  static func booking(_ item: TodayBooking, lang: Language) -> [TodayLine] {
    let b = item.booking
    var head =
      "  " + b.slot.start.text + "–" + b.slot.end.text + " " + item.roomName + " · "
      + b.associationName
    if item.firstOfSeries { head += lang.pick(" · ★ ny fast booking", " · ★ new series") }
    var lines = [
      TodayLine(
        text: head, style: .plain,
        target: .week(roomID: b.roomID, day: b.slot.day, hour: b.slot.start.minutes / 60))
    ]
    // Who to call and how many on a line of their own, so 80 columns never
    // cut the phone number off; then the room's notes (where the key is).
    var facts: [String] = []
    let contact = item.contactText
    if !contact.isEmpty { facts.append(contact) }
    if let attendees = b.attendees {
      facts.append(lang.pick("\(attendees) pers.", "\(attendees) people"))
    }
    if !facts.isEmpty {
      lines.append(
        TodayLine(text: "    " + facts.joined(separator: " · "), style: .muted, indent: 4))
    }
    if !item.roomNotes.isEmpty {
      lines.append(TodayLine(text: "    " + item.roomNotes, style: .muted, indent: 4))
    }
    return lines
  }
}
