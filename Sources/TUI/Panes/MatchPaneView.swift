import Core

/// Drawing F3: the profile form on the left, the ranked suggestions with
/// their reasons on the right. Reasons carry a sign (+, -, ·) so they read
/// the same without colour.
extension MatchPane {
  mutating func render(into grid: inout Grid, rect: Rect, lang: Language) {
    let left = max(36, min(60, rect.width * 42 / 100))
    form.render(
      into: &grid, rect: Rect(x: rect.x, y: rect.y, width: left, height: rect.height), lang: lang)
    for y in rect.y..<rect.maxY { grid.put("│", x: rect.x + left, y: y, style: .muted) }
    let right = Rect(
      x: rect.x + left + 2, y: rect.y, width: rect.width - left - 3, height: rect.height)
    renderResults(into: &grid, rect: right, lang: lang)
  }

  private struct Line {
    let text: String
    let style: Style
    let row: Int?
  }

  private mutating func renderResults(into grid: inout Grid, rect: Rect, lang: Language) {
    var y = rect.y
    var heading = lang.pick("Forslag", "Suggestions")
    if let results, hasCriteria {
      heading += lang.pick(
        " — \(results.passed) af \(results.weighed) passer",
        " — \(results.passed) of \(results.weighed) fit")
    }
    grid.put(
      heading, x: rect.x, y: y, style: focus == .results ? .accent : .header, limit: rect.width)
    y += 1
    if let inquiry {
      grid.put(
        lang.pick("Fra henvendelse ", "From inquiry ") + inquiry.label, x: rect.x, y: y,
        style: .muted, limit: rect.width)
      y += 1
    }
    guard hasCriteria, let results else {
      for line in Wrap.lines(
        lang.pick(
          "Udfyld profilen til venstre: interesser, hvornår, hvor personen bor, alder. Forslagene kommer, mens du skriver.",
          "Fill in the profile on the left: interests, when, where the person lives, age. Suggestions appear as you type."
        ), width: rect.width)
      {
        y += 1
        grid.put(line, x: rect.x, y: y, style: .muted, limit: rect.width)
      }
      return
    }
    if results.rows.isEmpty {
      grid.put(
        lang.pick(
          "Ingen aktiviteter passer. Prøv flere tider eller områder.",
          "No activity fits. Try more times or areas."), x: rect.x, y: y + 1, style: .muted,
        limit: rect.width)
      return
    }
    var lines: [Line] = []
    for (index, row) in results.rows.enumerated() {
      let marker = index == selected && focus == .results ? "▶ " : "  "
      lines.append(
        Line(
          text: marker + "\(index + 1). " + row.title,
          style: index == selected && focus == .results ? .selection : .bold, row: index))
      let place = row.area.isEmpty ? "" : " · " + row.area
      for piece in Wrap.lines(row.associationName + place, width: rect.width - 3) {
        lines.append(Line(text: "   " + piece, style: .plain, row: index))
      }
      for reason in row.reasons {
        let sign = reason.kind == .fits ? "+ " : (reason.kind == .misfit ? "- " : "· ")
        for piece in Wrap.lines(sign + reason.text, width: rect.width - 3) {
          let style: Style = reason.kind == .misfit ? .error : .muted
          lines.append(Line(text: "   " + piece, style: style, row: index))
        }
      }
    }
    let height = rect.maxY - y
    // Keep the whole selected block in view when it fits.
    let first = lines.firstIndex { $0.row == selected } ?? 0
    let last = lines.lastIndex { $0.row == selected } ?? 0
    if first < scroll { scroll = first }
    if last >= scroll + height { scroll = min(first, last - height + 1) }
    for (offset, line) in lines.dropFirst(scroll).prefix(height).enumerated() {
      grid.put(line.text, x: rect.x, y: y + offset, style: line.style, limit: rect.width)
    }
  }
}
