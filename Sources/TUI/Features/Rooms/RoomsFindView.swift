import Core

/// Drawing the F4 search: the needs on the left, the rooms that fit on the
/// right, best first, each with what it has and the wanted dates it is
/// taken on (and by whom). `+` and `-` carry the meaning without colour.
extension RoomsState {
  mutating func renderFind(into grid: inout Grid, rect: Rect, lang: Language) {
    let (left, right) = ResultBlocks.split(
      rect, left: max(38, min(56, rect.width * 42 / 100)), into: &grid)
    findForm.render(into: &grid, rect: left, lang: lang)
    renderOptions(into: &grid, rect: right, lang: lang)
  }

  private mutating func renderOptions(into grid: inout Grid, rect: Rect, lang: Language) {
    var heading = lang.pick("Lokaler", "Rooms")
    if let wanted, let options {
      let count = wanted.slots.count
      heading +=
        count == 1
        ? lang.pick(" — \(options.count) passer", " — \(options.count) fit")
        : lang.pick(
          " — \(options.count) passer, \(count) datoer", " — \(options.count) fit, \(count) dates")
    }
    grid.put(
      heading, x: rect.x, y: rect.y, style: focus == .results ? .accent : .header,
      limit: rect.width)
    var y = rect.y + 1
    guard let wanted, let options else {
      for line in Wrap.lines(
        lang.pick(
          "Skriv hvornår (fx tir 19-21 uge 2-24), hvor mange og hvad der skal til. Lokalerne kommer, mens du skriver.",
          "Type when (e.g. tue 19-21 weeks 2-24), how many and what is needed. Rooms appear as you type."
        ), width: rect.width)
      {
        y += 1
        grid.put(line, x: rect.x, y: y, style: .muted, limit: rect.width)
      }
      return
    }
    let first = wanted.first
    let asked =
      first.day.label(lang) + " " + first.start.text + "–" + first.end.text
      + (wanted.repeatUntil.map {
        lang.pick(" … til ", " … until ") + $0.label(lang)
          + (wanted.everyWeeks == 2 ? lang.pick(", hver anden uge", ", every other week") : "")
      } ?? "")
      + (wanted.cut
        ? lang.pick(
          " (afkortet: højst \(BookingLimits.seriesDates) datoer og \(BookingLimits.yearsAhead) år frem)",
          " (cut: at most \(BookingLimits.seriesDates) dates and \(BookingLimits.yearsAhead) years ahead)"
        )
        : "")
    for line in Wrap.lines(asked, width: rect.width) {
      grid.put(line, x: rect.x, y: y, style: .muted, limit: rect.width)
      y += 1
    }
    if options.isEmpty {
      let text = lang.pick(
        "Intet lokale har det, der skal til. Prøv færre behov eller andre tider.",
        "No room has what is needed. Try fewer needs or other times.")
      for (index, line) in Wrap.lines(text, width: rect.width).enumerated() {
        grid.put(line, x: rect.x, y: y + 1 + index, style: .muted, limit: rect.width)
      }
      return
    }
    let total = wanted.slots.count
    typealias Line = ResultBlocks.Line
    var lines: [Line] = []
    for (index, option) in options.enumerated() {
      // ▶ marks what Ctrl-S books while typing, and the list's cursor.
      let marked = index == selected
      lines.append(
        Line(
          text: (marked ? "▶ " : "  ") + "\(index + 1). " + option.room.name,
          style: marked && focus == .results ? .selection : .bold, row: index))
      for piece in Wrap.lines(Self.facts(option.room, lang), width: rect.width - 3) {
        lines.append(Line(text: "   " + piece, style: .plain, row: index))
      }
      let taken = option.takenDates
      if taken.isEmpty {
        let free =
          total == 1
          ? lang.pick("+ ledigt", "+ free")
          : lang.pick("+ alle \(total) datoer ledige", "+ all \(total) dates free")
        lines.append(Line(text: "   " + free, style: .muted, row: index))
      } else {
        lines.append(
          Line(
            text: "   "
              + lang.pick(
                "- optaget \(taken.count) af \(total):", "- taken \(taken.count) of \(total):"),
            style: .error, row: index))
        for clash in option.clashes.prefix(3) {
          for piece in Wrap.lines(clash.label(lang), width: rect.width - 5) {
            lines.append(Line(text: "     " + piece, style: .muted, row: index))
          }
        }
        if option.clashes.count > 3 {
          lines.append(
            Line(
              text: "     "
                + lang.pick(
                  "og \(option.clashes.count - 3) mere", "and \(option.clashes.count - 3) more"),
              style: .muted, row: index))
        }
      }
    }
    ResultBlocks.render(
      lines, selected: selected, scroll: &scroll, into: &grid, rect: rect, y: y)
  }

  /// "14 pladser · Hjørring · handicaptoilet · trinfri · bus · 50 kr."
  static func facts(_ room: Room, _ lang: Language) -> String {
    var parts = [lang.pick("\(room.capacity) pladser", "\(room.capacity) seats")]
    if !room.area.isEmpty { parts.append(room.area) }
    if room.accessibleToilet { parts.append(lang.pick("handicaptoilet", "accessible toilet")) }
    if room.stepFree { parts.append(lang.pick("trinfri", "step-free")) }
    if room.nearTransport { parts.append(lang.pick("tæt på bus/tog", "near transport")) }
    parts += room.facilities
    parts.append(
      room.cleaningFee == 0
        ? lang.pick("gratis", "free of charge")
        : lang.pick("rengøring \(room.cleaningFee) kr.", "cleaning \(room.cleaningFee) kr."))
    return parts.joined(separator: " · ")
  }
}
