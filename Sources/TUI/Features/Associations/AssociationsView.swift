import Core

/// Drawing of the associations pane, kept apart from its key handling.
extension AssociationsState {
  /// Width from which the list gets a detail preview beside it.
  static let previewWidth = 120

  mutating func render(
    into grid: inout Grid, rect: Rect, lang: Language, groups: [TargetGroup], areas: [Area]
  ) {
    if mode == .detail, let detail {
      renderDetail(detail, into: &grid, rect: rect, lang: lang, groups: groups)
      return
    }
    renderSearchLine(into: &grid, rect: rect, lang: lang, groups: groups, areas: areas)
    let wide = rect.width >= Self.previewWidth
    let listWidth = wide ? rect.width * 11 / 20 : rect.width
    let listRect = Rect(x: rect.x, y: rect.y + 1, width: listWidth, height: rect.height - 1)
    renderList(into: &grid, rect: listRect, lang: lang, groups: groups)
    if wide {
      let x = rect.x + listWidth + 1
      for row in rect.y + 1..<rect.maxY { grid.put("│", x: x - 1, y: row, style: .muted) }
      let previewRect = Rect(
        x: x + 1, y: rect.y + 1, width: rect.width - listWidth - 2, height: rect.height - 1)
      if let preview, preview.association.id == selectedHit?.id {
        let lines = DetailView.lines(
          preview.association, activities: preview.activities, groups: groups, lang: lang,
          width: previewRect.width, selectedActivity: nil, register: preview.register)
        DetailView.draw(lines, into: &grid, rect: previewRect, scroll: 0)
      }
    }
  }

  private func renderSearchLine(
    into grid: inout Grid, rect: Rect, lang: Language, groups: [TargetGroup], areas: [Area]
  ) {
    let label = lang.pick("Søg: ", "Search: ")
    let focused = mode == .search
    var used = grid.put(label, x: rect.x, y: rect.y, style: focused ? .accent : .bold)
    // Filters, right-aligned, each with its key so it is reachable from here.
    var parts: [String] = []
    if let id = filter.targetGroupID, let group = groups.first(where: { $0.id == id }) {
      parts.append(group.name(lang))
    }
    if let id = filter.areaID, let area = areas.first(where: { $0.id == id }) {
      parts.append(area.name)
    }
    switch filter.active {
    case .active: break
    case .inactive: parts.append(lang.pick("kun inaktive", "inactive only"))
    case .all: parts.append(lang.pick("aktive og inaktive", "active and inactive"))
    }
    let filterText = parts.isEmpty ? "" : "[" + parts.joined(separator: " · ") + "]"
    let filterWidth = min(DisplayWidth.of(filterText), rect.width / 2)
    if filterWidth > 0 {
      grid.put(
        Wrap.truncate(filterText, width: filterWidth), x: rect.x + rect.width - filterWidth,
        y: rect.y, style: .accent)
    }
    let fieldWidth = rect.width - used - filterWidth - 1
    query.render(into: &grid, x: rect.x + used, y: rect.y, width: fieldWidth, focused: focused)
    if query.text.isEmpty && !focused {
      used += grid.put(
        lang.pick("(tryk / for at søge)", "(press / to search)"), x: rect.x + used, y: rect.y,
        style: .muted, limit: fieldWidth)
    }
  }

  private mutating func renderList(
    into grid: inout Grid, rect: Rect, lang: Language, groups: [TargetGroup]
  ) {
    let areaWidth = 12
    let groupWidth = max(10, rect.width * 3 / 10)
    let nameWidth = rect.width - areaWidth - groupWidth - 2
    let header =
      Wrap.pad(lang.pick("Navn", "Name"), width: nameWidth) + " "
      + Wrap.pad(lang.pick("Område", "Area"), width: areaWidth) + " "
      + Wrap.pad(lang.pick("Målgrupper", "Target groups"), width: groupWidth)
    grid.put(header, x: rect.x, y: rect.y, style: .header, limit: rect.width)
    let rows = rect.height - 1
    pageSize = max(1, rows - 1)
    if selected < scroll { scroll = selected }
    if selected >= scroll + rows { scroll = selected - rows + 1 }
    if hits.isEmpty {
      let text =
        query.text.isEmpty
        ? lang.pick(
          mode == .search
            ? "Ingen foreninger her. Tryk ↓ og så n for at oprette en."
            : "Ingen foreninger her. Tryk n for at oprette en.",
          mode == .search
            ? "No associations here. Press ↓, then n, to create one."
            : "No associations here. Press n to create one.")
        : lang.pick(
          "Intet fundet for \"\(query.text)\". Prøv et kortere ord eller fjern filtrene.",
          "Nothing found for \"\(query.text)\". Try a shorter word or remove the filters.")
      grid.put(text, x: rect.x + 1, y: rect.y + 2, style: .muted, limit: rect.width - 2)
      return
    }
    for row in 0..<rows {
      let index = scroll + row
      guard index < hits.count else { break }
      let hit = hits[index]
      let names = hit.targetCodes.compactMap { code in groups.first { $0.code == code }?.name(lang)
      }
      var name = hit.name
      if !hit.active { name += lang.pick(" (inaktiv)", " (inactive)") }
      let line =
        Wrap.pad(name, width: nameWidth) + " " + Wrap.pad(hit.area, width: areaWidth) + " "
        + Wrap.pad(names.joined(separator: ", "), width: groupWidth)
      // The list's row is marked in full only when the list has the
      // keyboard; from the search line it is bold (Enter opens it).
      let isSelected = index == selected
      let style: Style =
        isSelected ? (mode == .search ? .bold : .selection) : (hit.active ? .plain : .muted)
      if isSelected && mode != .search {
        grid.fill(x: rect.x, y: rect.y + 1 + row, width: rect.width, style: style)
      }
      grid.put(line, x: rect.x, y: rect.y + 1 + row, style: style, limit: rect.width)
    }
  }

  private mutating func renderDetail(
    _ detail: Detail, into grid: inout Grid, rect: Rect, lang: Language, groups: [TargetGroup]
  ) {
    let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
    let lines = DetailView.lines(
      detail.association, activities: detail.activities, groups: groups, lang: lang,
      width: inner.width,
      selectedActivity: detail.activities.isEmpty ? nil : detail.selectedActivity,
      register: detail.register, history: detail.history, today: detail.today)
    pageSize = max(1, inner.height - 1)
    var scroll = min(detail.scroll, max(0, lines.count - inner.height))
    // Keep the selected activity's lines in view.
    if detail.follow,
      let first = lines.firstIndex(where: { $0.activity == detail.selectedActivity })
    {
      let last = lines.lastIndex(where: { $0.activity == detail.selectedActivity }) ?? first
      if last >= scroll + inner.height { scroll = last - inner.height + 1 }
      if first < scroll { scroll = first }
    }
    self.detail?.scroll = scroll
    DetailView.draw(lines, into: &grid, rect: inner, scroll: scroll)
  }
}
