import Core

/// Drawing I dag: the date and week with who is at the keyboard, then the
/// sections; the selected line is marked with ▶ (not only colour), and the
/// view scrolls to keep it in sight.
extension TodayState {
  mutating func render(into grid: inout Grid, rect: Rect, title: String, who: String) {
    grid.put(title, x: rect.x + 1, y: rect.y, style: .accent, limit: rect.width - 2)
    let whoWidth = DisplayWidth.of(who)
    if whoWidth + DisplayWidth.of(title) + 4 < rect.width {
      grid.put(who, x: rect.x + rect.width - 1 - whoWidth, y: rect.y, style: .bold)
    }
    let top = rect.y + 2
    let height = rect.height - 2
    guard height > 0 else { return }
    if let selected {
      if selected < scroll { scroll = max(0, selected - 1) }
      if selected >= scroll + height { scroll = selected - height + 1 }
      // On the last line that opens something, what follows it (the
      // colleagues' counts) comes into view too, as far as it fits.
      // (Not at the start, when the only such line is also the first.)
      if selected == selectable.last, selected != selectable.first {
        scroll = max(scroll, min(selected, lines.count - height))
      }
    }
    scroll = max(0, min(scroll, max(0, lines.count - height)))
    for row in 0..<height {
      let index = scroll + row
      guard index < lines.count else { break }
      let line = lines[index]
      let y = top + row
      if index == selected {
        grid.fill(x: rect.x, y: y, width: rect.width, style: .selection)
        grid.put("▶", x: rect.x, y: y, style: .selection)
      }
      grid.put(
        Wrap.truncate(line.text, width: rect.width - 2), x: rect.x + 1, y: y,
        style: index == selected ? .selection : line.style)
    }
  }
}
