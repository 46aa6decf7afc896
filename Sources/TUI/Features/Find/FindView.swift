import Core

/// Drawing Find: a box over the pane with the line on top, then each kind
/// with its count and its best hits; the marked one with ▶ (not only
/// colour), closed and past ones quieter and after the rest.
extension FindOverlay {
  mutating func render(into grid: inout Grid, lang: Language) {
    let inner = Box.draw(
      into: &grid, width: min(grid.width - 2, 110), height: grid.height - 2,
      title: only.map {
        lang.pick("Find kun ", "Find only ") + $0.label(lang).lowercased()
          + lang.pick(" — Tab: alle slags, Esc tilbage", " — Tab: every kind, Esc goes back")
      }
        ?? lang.pick(
          "Find alt — Enter åbner, Tab: kun den slags, Esc tilbage",
          "Find anything — Enter opens, Tab: that kind only, Esc goes back"))
    let label = lang.pick("Find: ", "Find: ")
    let used = grid.put(label, x: inner.x, y: inner.y, style: .accent)
    query.render(
      into: &grid, x: inner.x + used, y: inner.y, width: inner.width - used, focused: true)
    var lines: [(text: String, style: Style, hit: Int?)] = []
    var index = 0
    for group in result.groups {
      let count = group.more ? "\(group.total)+" : "\(group.total)"
      lines.append((group.kind.label(lang) + " (" + count + ")", .header, nil))
      for hit in group.hits {
        let text = hit.title + (hit.detail.isEmpty ? "" : "  ·  " + hit.detail)
        lines.append((text, hit.past ? .muted : hit.overdue ? .error : .plain, index))
        index += 1
      }
      lines.append(("", .plain, nil))
    }
    if lines.isEmpty {
      lines.append(
        (
          query.text.trimmed.isEmpty
            ? lang.pick(
              "Skriv et navn, et telefonnummer, #123 for en henvendelse, en forening eller et lokale.",
              "Type a name, a phone number, #123 for an inquiry, an association or a room.")
            : lang.pick("Intet fundet.", "Nothing found."), .muted, nil
        ))
    }
    let top = inner.y + 2
    let height = inner.height - 2
    guard height > 0 else { return }
    if let row = lines.firstIndex(where: { $0.hit == selected }) {
      if row < scroll { scroll = max(0, row - 1) }
      if row >= scroll + height { scroll = row - height + 1 }
    }
    for offset in 0..<height where scroll + offset < lines.count {
      let line = lines[scroll + offset]
      let marked = line.hit != nil && line.hit == selected
      let y = top + offset
      if marked { grid.fill(x: inner.x, y: y, width: inner.width, style: .selection) }
      let prefix = line.hit == nil ? "" : (marked ? "▶ " : "  ")
      grid.put(
        Wrap.truncate(prefix + line.text, width: inner.width), x: inner.x, y: y,
        style: marked ? .selection : line.style)
    }
  }
}
