import Core

/// Drawing F7: the coming events a line each, or one event with its
/// sessions and counts over its participants, the waiting list in its
/// order. The marked line is marked with ▶ (not only colour), and the view
/// scrolls to keep it in sight.
extension EventsState {
  /// One drawn row: its text and style, and the participant it is (for the mark).
  struct Row {
    var text: String
    var style: Style
    var person: Int?
  }

  mutating func render(into grid: inout Grid, rect: Rect, lang: Language, today: Day) {
    if prizeYear != nil {
      renderPrizes(into: &grid, rect: rect, lang: lang)
      return
    }
    guard let event else {
      renderList(into: &grid, rect: rect, lang: lang, today: today)
      return
    }
    let clean = SafeText.oneLine
    grid.put(
      clean(event.title) + " (" + clean(event.kind.name(lang)) + ")"
        + (event.status == .cancelled ? lang.pick(" · AFLYST", " · CALLED OFF") : ""),
      x: rect.x + 1, y: rect.y, style: .accent, limit: rect.width - 2)
    var facts = [clean(event.place)]
    if let session, let at = event.sessions.firstIndex(of: session) {
      facts.append(
        session.slot.day.label(lang) + " " + session.slot.start.text + "–" + session.slot.end.text
          + (event.sessions.count > 1
            ? lang.pick(
              " (gang \(at + 1) af \(event.sessions.count), ← →)",
              " (session \(at + 1) of \(event.sessions.count), ← →)") : ""))
    }
    grid.put(
      facts.joined(separator: " · "), x: rect.x + 1, y: rect.y + 1, style: .plain,
      limit: rect.width - 2)
    var more = [EventText.counts(counts, capacity: event.capacity, lang)]
    if let deadline = event.deadline {
      more.append(lang.pick("frist ", "deadline ") + deadline.label(lang, today: today))
    }
    if event.price > 0 { more.append("\(event.price) kr.") }
    more.append(
      event.isPublic ? lang.pick("offentligt", "public") : lang.pick("internt", "internal"))
    grid.put(
      more.joined(separator: " · "), x: rect.x + 1, y: rect.y + 2, style: .muted,
      limit: rect.width - 2)
    draw(
      peopleRows(lang), into: &grid, top: rect.y + 4, rect: rect, mark: person,
      scroll: &personScroll)
  }

  func peopleRows(_ lang: Language) -> [Row] {
    var rows: [Row] = []
    let signed = people.indices.filter { people[$0].status == .signed }
    let waiting = people.indices.filter { people[$0].status == .waiting }
    let seats = signed.reduce(0) { $0 + people[$1].seats }
    rows.append(
      Row(
        text: lang.pick("Tilmeldte", "Signed up") + " (\(signed.count)"
          + (seats == signed.count ? "" : lang.pick(", \(seats) pladser", ", \(seats) seats"))
          + ")", style: .header))
    if signed.isEmpty {
      rows.append(
        Row(
          text: "  " + lang.pick("Ingen endnu: t tilmelder.", "None yet: t signs up."),
          style: .muted))
    }
    for index in signed {
      let signup = people[index]
      rows.append(
        Row(
          text: (signup.attended ? "[x] " : "[ ] ") + EventText.who(signup, lang), style: .plain,
          person: index))
    }
    if !waiting.isEmpty {
      rows.append(Row(text: "", style: .plain))
      rows.append(
        Row(text: lang.pick("Venteliste", "Waiting list") + " (\(waiting.count))", style: .header))
      for index in waiting {
        let signup = people[index]
        rows.append(
          Row(
            text: "\(signup.waitingNumber ?? 0). " + EventText.who(signup, lang), style: .plain,
            person: index))
      }
    }
    return rows
  }

  private mutating func renderList(into grid: inout Grid, rect: Rect, lang: Language, today: Day) {
    grid.put(
      lang.pick(
        "Arrangementer fra i dag og et halvt år frem", "Events from today and half a year ahead"),
      x: rect.x + 1, y: rect.y, style: .accent, limit: rect.width - 2)
    if lines.isEmpty {
      grid.put(
        lang.pick("Ingen arrangementer endnu: n opretter et.", "No events yet: n adds one."),
        x: rect.x + 1, y: rect.y + 2, style: .muted, limit: rect.width - 2)
      return
    }
    let rows = lines.enumerated().map { index, line in
      Row(
        text: Self.listText(line, width: rect.width - 2, lang: lang),
        style: line.cancelled ? .muted : .plain, person: index)
    }
    draw(rows, into: &grid, top: rect.y + 2, rect: rect, mark: selected, scroll: &scroll)
  }

  /// "tir 15-12 17:00–20:00  Førstehjælp (kursus) · Store sal  12/12 · 2 vent"
  static func listText(_ line: EventLine, width: Int, lang: Language) -> String {
    let when =
      line.session.day.weekdayName(lang) + " " + String(line.session.day.numeric.prefix(5)) + " "
      + line.session.start.text + "–" + line.session.end.text
    var counts = "\(line.counts.signed)/\(line.capacity)"
    if line.cancelled {
      counts = lang.pick("AFLYST", "CALLED OFF")
    } else if line.counts.waiting > 0 {
      counts += lang.pick(" · \(line.counts.waiting) vent", " · \(line.counts.waiting) wait")
    }
    let what =
      SafeText.oneLine(line.title) + " (" + SafeText.oneLine(line.kind.name(lang)) + ") · "
      + SafeText.oneLine(line.place)
      + (line.sessions > 1
        ? lang.pick(" · \(line.sessions) gange", " · \(line.sessions) sessions") : "")

    // The counts in a column of their own: "12/12 · 2 vent" at most.
    let countWidth = 14
    let room = max(10, width - DisplayWidth.of(when) - countWidth - 4)
    return when + "  " + Wrap.pad(Wrap.truncate(what, width: room), width: room) + "  " + counts
  }

  func draw(
    _ rows: [Row], into grid: inout Grid, top: Int, rect: Rect, mark: Int, scroll: inout Int
  ) {
    let height = rect.y + rect.height - top
    guard height > 0 else { return }
    let marked = rows.firstIndex { $0.person == mark }
    if let marked {
      if marked < scroll { scroll = max(0, marked - 1) }
      if marked >= scroll + height { scroll = marked - height + 1 }
    }
    scroll = max(0, min(scroll, max(0, rows.count - height)))
    for line in 0..<height {
      let index = scroll + line
      guard index < rows.count else { break }
      let row = rows[index]
      let y = top + line
      let isMarked = index == marked
      if isMarked {
        grid.fill(x: rect.x, y: y, width: rect.width, style: .selection)
        grid.put("▶", x: rect.x, y: y, style: .selection)
      }
      grid.put(
        Wrap.truncate(row.text, width: rect.width - 2), x: rect.x + 1, y: y,
        style: isMarked ? .selection : row.style)
    }
  }
}
