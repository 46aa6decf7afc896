import Core

/// Drawing a form: a title line, notes, the message, then one row per field
/// with what belongs under it (its problem, a hint, the suggestions), the
/// focused field kept in view; the footer at the bottom.
extension Form {
  /// Draws the form in a rectangle.
  mutating func render(into grid: inout Grid, rect: Rect, lang: Language) {
    grid.put(title, x: rect.x + 1, y: rect.y, style: .accent, limit: rect.width - 2)
    var top = rect.y + 1
    for note in notes {
      for line in Wrap.lines(note, width: rect.width - 2) where top < rect.maxY - 1 {
        grid.put(line, x: rect.x + 1, y: top, style: .bold, limit: rect.width - 2)
        top += 1
      }
    }
    if !notes.isEmpty { top += 1 }
    if let message {
      for line in Wrap.lines("! " + message, width: rect.width - 2).prefix(3) {
        grid.put(line, x: rect.x + 1, y: top, style: .error, limit: rect.width - 2)
        top += 1
      }
    }
    // Row positions of each field, counting the lines under it (a problem
    // wrapped, never cut; a hint; the suggestions while it has the cursor).
    let problems = fields.indices.map { under($0, rect: rect, lang: lang) }
    var rows: [Int] = []
    var row = 0
    for lines in problems {
      rows.append(row)
      row += 1 + lines.count
    }
    var bottom = rect.maxY
    if let footer {
      // A narrow form wraps its footer rather than cut the examples off.
      let lines = Wrap.lines(footer, width: rect.width - 2).prefix(3)
      bottom -= lines.count
      for (index, line) in lines.enumerated() {
        grid.put(line, x: rect.x + 1, y: bottom + index, style: .muted, limit: rect.width - 2)
      }
    }
    let height = bottom - top
    let focusRow = rows[focus]
    let focusEnd = focusRow + problems[focus].count
    if focusRow < scroll { scroll = focusRow }
    if focusEnd >= scroll + height { scroll = focusEnd - height + 1 }
    for (index, field) in fields.enumerated() {
      let y = top + rows[index] - scroll
      guard y >= top, y < bottom else { continue }
      let focused = index == focus
      let marker = focused ? "▶ " : "  "
      let labelStyle: Style = field.error != nil ? .error : (focused ? .bold : .plain)
      let valueX = rect.x + 1 + labelWidth
      let valueWidth = rect.width - labelWidth - 2
      switch field.value {
      case .text(let text):
        grid.put(
          Wrap.truncate(marker + field.label, width: labelWidth - 1), x: rect.x + 1, y: y,
          style: labelStyle)
        text.render(
          into: &grid, x: valueX, y: y, width: valueWidth, focused: focused,
          style: Style(underline: true))
      case .check(let on):
        // A checkbox has no value column: its label may use the whole width.
        let box = (on ? "[x] " : "[ ] ") + field.label
        let x = grid.put(marker, x: rect.x + 1, y: y, style: labelStyle)
        grid.put(
          Wrap.truncate(box, width: rect.width - 2 - x), x: rect.x + 1 + x, y: y,
          style: focused ? .selection : .plain)
      case .choice(let options, let index):
        grid.put(
          Wrap.truncate(marker + field.label, width: labelWidth - 1), x: rect.x + 1, y: y,
          style: labelStyle)
        grid.put(
          Wrap.truncate("‹ \(options[index]) ›", width: valueWidth), x: valueX, y: y,
          style: focused ? .selection : .plain)
      }
      for (offset, line) in problems[index].enumerated() where y + 1 + offset < bottom {
        let x = line.indented ? valueX : rect.x + 3
        grid.put(
          line.text, x: x, y: y + 1 + offset, style: line.style, limit: rect.x + rect.width - 1 - x)
      }
    }
  }

  /// A line under a field, and whether it stands in the value column.
  struct UnderLine {
    let text: String
    let style: Style
    let indented: Bool
  }

  /// What stands under field `index`: its problem (wrapped), its hint, and
  /// while it has the cursor, what the typed text may mean (at most six).
  func under(_ index: Int, rect: Rect, lang: Language) -> [UnderLine] {
    let field = fields[index]
    var lines =
      field.error.map { error in
        Wrap.lines("⚠ " + error, width: rect.width - 4).map {
          UnderLine(text: $0, style: .error, indented: false)
        }
      } ?? []
    let width = rect.width - labelWidth - 2
    if let hint = field.hint {
      lines += Wrap.lines(hint, width: width).prefix(2).map {
        UnderLine(text: $0, style: .muted, indented: true)
      }
    }
    guard index == focus, !field.suggestions.isEmpty else { return lines }
    let shown = 6
    let first = max(0, min(max(0, field.suggested) - shown + 1, field.suggestions.count - shown))
    for (offset, name) in field.suggestions.dropFirst(first).prefix(shown).enumerated() {
      let chosen = first + offset == field.suggested
      lines.append(
        UnderLine(
          text: Wrap.truncate((chosen ? "› " : "  ") + name, width: width),
          style: chosen ? .selection : .plain, indented: true))
    }
    if field.suggestions.count > shown {
      lines.append(
        UnderLine(
          text: "  … "
            + lang.pick("\(field.suggestions.count) i alt", "\(field.suggestions.count) in all"),
          style: .muted, indented: true))
    }
    return lines
  }
}
