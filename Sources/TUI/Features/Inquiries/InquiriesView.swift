import Core

/// Drawing of the inquiries pane: the view line, the list, one inquiry.
extension InquiriesState {
  mutating func render(
    into grid: inout Grid, rect: Rect, lang: Language, words: InquiryWords, today: Day, me: Staff?
  ) {
    if mode == .detail, let detail {
      let lines = InquiryDetailView.lines(detail, words: words, today: today, width: rect.width - 2)
      pageSize = max(1, rect.height - 1)
      let scroll = min(detail.scroll, max(0, lines.count - rect.height))
      self.detail?.scroll = scroll
      DetailView.draw(
        lines, into: &grid,
        rect: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height),
        scroll: scroll)
      return
    }
    renderViewLine(into: &grid, rect: rect, lang: lang, today: today, me: me)
    var top = rect.y + 1
    if view == .allOpen && association == nil {
      let summary = counts.map {
        "\($0.initials) \($0.open)" + ($0.overdue > 0 ? " (\($0.overdue)!)" : "")
      }
      let text =
        lang.pick("Pr. ejer (! = forfaldne): ", "By owner (! = overdue): ")
        + (summary.isEmpty ? "–" : summary.joined(separator: " · "))
      grid.put(text, x: rect.x + 1, y: top, style: .muted, limit: rect.width - 2)
      top += 1
    }
    if view == .closed || mode == .search || !query.text.isEmpty {
      let label = lang.pick("Søg: ", "Search: ")
      let used = grid.put(label, x: rect.x + 1, y: top, style: mode == .search ? .accent : .bold)
      query.render(
        into: &grid, x: rect.x + 1 + used, y: top, width: rect.width - used - 2,
        focused: mode == .search)
      if query.text.isEmpty && mode != .search {
        grid.put(
          lang.pick("(tryk / for at søge)", "(press / to search)"),
          x: rect.x + 1 + used, y: top, style: .muted)
      }
      top += 1
    }
    renderList(
      into: &grid, rect: Rect(x: rect.x, y: top, width: rect.width, height: rect.maxY - top),
      lang: lang, words: words, today: today)
  }

  private func renderViewLine(
    into grid: inout Grid, rect: Rect, lang: Language, today: Day, me: Staff?
  ) {
    if let association {
      let used = grid.put(
        "[" + lang.pick("Om ", "About ") + association.name + "]", x: rect.x + 1, y: rect.y,
        style: Style(role: .accent, bold: true), limit: rect.width - 2)
      grid.put(
        lang.pick("  åbne og lukkede, nyeste først", "  open and closed, newest first"),
        x: rect.x + 1 + used, y: rect.y, style: .muted, limit: max(0, rect.width - used - 2))
      return
    }
    let overdue = counts.first { $0.ownerID == me?.id }?.overdue ?? 0
    let open = counts.first { $0.ownerID == me?.id }?.open ?? 0
    let all = counts.reduce(0) { $0 + $1.open }
    let titles = [
      lang.pick("Mine", "Mine") + " (\(open)"
        + (overdue > 0
          ? ", " + lang.count(overdue, "forfalden", "forfaldne", "overdue", "overdue") : "")
        + ")",
      lang.pick("Alle åbne", "All open") + " (\(all))"
        + (view == .allOpen
          ? (byOwner ? lang.pick(" efter ejer", " by owner") : lang.pick(" efter dato", " by date"))
          : ""),
      lang.pick("Lukkede", "Closed"),
    ]
    var x = rect.x + 1
    for (index, title) in titles.enumerated() {
      let current = index == view.rawValue
      x += grid.put(
        current ? "[\(title)]" : " \(title) ", x: x, y: rect.y,
        style: current ? Style(role: .accent, bold: true) : .muted)
      x += grid.put("  ", x: x, y: rect.y)
    }
  }

  private mutating func renderList(
    into grid: inout Grid, rect: Rect, lang: Language, words: InquiryWords, today: Day
  ) {
    let rowsShown = rect.height
    pageSize = max(1, rowsShown - 1)
    if selected < scroll { scroll = selected }
    if selected >= scroll + rowsShown { scroll = selected - rowsShown + 1 }
    if rows.isEmpty {
      let text: String
      switch view {
      case _ where association != nil && query.text.trimmed.isEmpty:
        text = lang.pick(
          "Ingen henvendelser om foreningen endnu. Ctrl-N logger en.",
          "No inquiries about the association yet. Ctrl-N logs one.")
      case _ where (view != .closed || association != nil) && !query.text.trimmed.isEmpty:
        // The search found nothing: the view is not empty.
        text = lang.pick(
          "Ingen henvendelser i denne visning passer på søgningen. Esc rydder den.",
          "No inquiries in this view match the search. Esc clears it.")
      case .mine:
        text = lang.pick(
          "Ingen åbne henvendelser hos dig. Ctrl-N logger en ny.",
          "No open inquiries of yours. Ctrl-N logs a new one.")
      case .allOpen: text = lang.pick("Ingen åbne henvendelser.", "No open inquiries.")
      case .closed:
        text = lang.pick("Ingen lukkede henvendelser fundet.", "No closed inquiries found.")
      }
      grid.put(text, x: rect.x + 1, y: rect.y + 1, style: .muted, limit: rect.width - 2)
      return
    }
    for line in 0..<rowsShown {
      let index = scroll + line
      guard index < rows.count else { break }
      let row = rows[index]
      let text = Self.line(
        row, lang: lang, words: words, today: today,
        showOwner: view != .mine || association != nil)
      let isSelected = index == selected
      let overdue = row.isOverdue(today: today)
      let style: Style = isSelected ? .selection : (overdue ? .error : .plain)
      if isSelected { grid.fill(x: rect.x, y: rect.y + line, width: rect.width, style: style) }
      // A row cut at the edge says so with "…", never silently.
      grid.put(
        Wrap.truncate(text, width: rect.width), x: rect.x, y: rect.y + line, style: style,
        limit: rect.width)
    }
  }

  /// One list row. Overdue is said in text ("!" and "forfalden"), not only
  /// in colour.
  static func line(
    _ row: InquiryRow, lang: Language, words: InquiryWords, today: Day, showOwner: Bool
  )
    -> String
  {
    var parts: [String] = []
    if let closed = row.closedAt {
      parts.append(
        "  " + String(closed.prefix(10)).split(separator: "-").reversed().joined(separator: "-"))
      parts.append(Wrap.pad(row.outcome?.label(lang) ?? "", width: 14))
    } else if let followUp = row.followUp {
      let overdue = row.isOverdue(today: today)
      // The year only outside this one; the column fits "forfalden 100 d.".
      parts.append((overdue ? "! " : "  ") + followUp.label(lang, today: today))
      let days = today.ordinal - followUp.ordinal
      parts.append(
        Wrap.pad(
          overdue
            ? lang.pick("forfalden \(days) d.", "overdue \(days) d.")
            : (days == 0 ? lang.pick("i dag", "today") : ""), width: 16))
    }
    if showOwner { parts.append(Wrap.pad(row.ownerInitials, width: 4)) }
    if row.handedOver { parts.append(lang.pick("↪overdraget", "↪handed over")) }
    if case .waiting(let on) = row.status {
      parts.append("[" + lang.pick("venter: ", "waiting: ") + on.label(lang) + "]")
    }
    let who = row.askerName.isEmpty ? "" : row.askerName + ": "
    parts.append(
      "#\(row.id) " + who + row.summary.split(separator: "\n").first.map(String.init).orEmpty)
    parts.append("· " + words.category(row.categoryID))
    return parts.joined(separator: " ")
  }
}

extension Optional where Wrapped == String {
  var orEmpty: String { self ?? "" }
}
