import Core

/// Drawing F3: the profile form on the left, the ranked suggestions with
/// their reasons on the right. Reasons carry a sign (+, -, ·) so they read
/// the same without colour.
extension CitizensState {
  mutating func render(into grid: inout Grid, rect: Rect, lang: Language) {
    let (left, right) = ResultBlocks.split(
      rect, left: max(36, min(60, rect.width * 42 / 100)), into: &grid)
    form.render(into: &grid, rect: left, lang: lang)
    renderResults(into: &grid, rect: right, lang: lang)
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
    if let results, hasCriteria, results.needingCertificate > 0 {
      // The hard condition says what it left out, so nobody wonders why.
      let count = lang.count(
        results.needingCertificate, "rolle", "roller", "role", "roles")
      grid.put(
        lang.pick(
          "· \(count) udeladt: kræver børneattest", "· \(count) left out: needs a child certificate"
        ),
        x: rect.x, y: y, style: .muted, limit: rect.width)
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
    typealias Line = ResultBlocks.Line
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
      if let status = referred[row.activityID] {
        // Already referred here: said before the worker refers again.
        lines.append(
          Line(
            text: "   ↪ " + lang.pick("henvist: ", "referred: ") + status.label(lang),
            style: .accent, row: index))
      }
      for reason in row.reasons {
        let sign = reason.kind == .fits ? "+ " : (reason.kind == .misfit ? "- " : "· ")
        for piece in Wrap.lines(sign + reason.text, width: rect.width - 3) {
          let style: Style = reason.kind == .misfit ? .error : .muted
          lines.append(Line(text: "   " + piece, style: style, row: index))
        }
      }
    }
    ResultBlocks.render(
      lines, selected: selected, scroll: &scroll, into: &grid, rect: rect, y: y)
  }
}
