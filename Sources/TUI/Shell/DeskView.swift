import Core

/// Drawing the whole screen from the desk's state alone (no database
/// reads; see `App.layout`): tab bar, pane (or form), message line, status
/// bar and whatever modal is on top. A form keeps its scroll position in
/// its modal, so drawing writes the modals back.
struct DeskView {
  unowned let app: App

  var lang: Language { app.lang }
  var modals: [Modal] {
    get { app.modals }
    nonmutating set { app.modals = newValue }
  }
  var front: Pane { app.front }

  func render(width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    guard width >= App.minimumWidth, height >= App.minimumHeight else {
      renderTooSmall(into: &grid)
      return grid
    }
    renderTabBar(into: &grid)
    let body = Rect(x: 0, y: 1, width: width, height: height - 3)
    if let index = modals.lastIndex(where: {
      if case .form = $0 { return true } else { return false }
    }),
      case .form(var form, let asked) = modals[index]
    {
      form.render(into: &grid, rect: body, lang: lang)
      modals[index] = .form(form, asked)
    } else if var form = app.stack.saving {
      form.render(into: &grid, rect: body, lang: lang)
    } else {
      front.render(into: &grid, rect: body)
    }
    renderMessage(into: &grid, y: height - 2)
    renderStatus(into: &grid, y: height - 1)
    if let top = modals.indices.last {
      switch modals[top] {
      case .help(var help):
        help.render(into: &grid, lang: lang)
        modals[top] = .help(help)
      case .find(var find):
        find.render(into: &grid, lang: lang)
        modals[top] = .find(find)
      case .picker(var picker, let asked, let offers):
        picker.render(into: &grid)
        modals[top] = .picker(picker, asked, offers: offers)
      case .confirm(let confirm): confirm.render(into: &grid, lang: lang)
      case .record(var record):
        record.render(into: &grid, lang: lang)
        modals[top] = .record(record)
      case .form: break
      }
    }
    return grid
  }

  private func renderTooSmall(into grid: inout Grid) {
    let lines = [
      lang.pick("Vinduet er for lille", "The window is too small"),
      "\(grid.width)×\(grid.height) — "
        + lang.pick("skranke skal bruge mindst", "skranke needs at least")
        + " \(App.minimumWidth)×\(App.minimumHeight)",
      lang.pick(
        "Gør vinduet større (eller tryk Ctrl-Q for at afslutte).",
        "Enlarge the window (or press Ctrl-Q to quit)."),
    ]
    for (index, line) in lines.enumerated() {
      let wrapped = Wrap.truncate(line, width: grid.width)
      let x = max(0, (grid.width - DisplayWidth.of(wrapped)) / 2)
      grid.put(
        wrapped, x: x, y: max(0, grid.height / 2 - 1) + index, style: index == 0 ? .error : .plain)
    }
  }

  private func renderTabBar(into grid: inout Grid) {
    grid.fill(x: 0, y: 0, width: grid.width, style: .title)
    var x = grid.put(" skranke ", x: 0, y: 0, style: Style(role: .title, bold: true, reverse: true))
    for (id, title) in tabTitles(width: grid.width - x) {
      x += grid.put("│", x: x, y: 0, style: .title)
      x += grid.put(
        " F\(id.key)" + (title.isEmpty ? "" : " " + title) + " ", x: x, y: 0,
        style: id == app.active ? Style(role: .plain, bold: true, underline: true) : .title)
    }
    var right = app.databaseLabel + " "
    // A practice day ("øvelse 25-03-2027 · path") is said wherever it fits: the
    // path gives way first when the bar is narrow.
    let parts = app.databaseLabel.split(separator: "·", maxSplits: 1)
    if DisplayWidth.of(right) >= grid.width - x - 1, parts.count == 2 {
      right = String(parts[0]).trimmed + " "
    }
    let rightWidth = DisplayWidth.of(right)
    if rightWidth < grid.width - x - 1 {
      grid.put(right, x: grid.width - rightWidth, y: 0, style: .title)
    }
  }

  /// Each tab's title as the bar has room for it: in full when all fit;
  /// else the pane in front in full and the others cut to the same
  /// length (their function keys always shown).
  private func tabTitles(width: Int) -> [(PaneID, String)] {
    let tabs = PaneID.allCases.map { ($0, $0.title(lang)) }
    let frame = tabs.count * 6  // "│ F1 " and the space after the title
    if frame + tabs.reduce(0, { $0 + DisplayWidth.of($1.1) }) <= width { return tabs }
    let front = DisplayWidth.of(app.active.title(lang))
    let each = (width - frame - front) / max(1, tabs.count - 1)
    return tabs.map { id, title in
      if id == app.active { return (id, title) }
      return (id, each < 3 ? "" : Wrap.truncate(title, width: each))
    }
  }

  private func renderMessage(into grid: inout Grid, y: Int) {
    // A damaged file is said on every screen, above anything else.
    let shown =
      app.watch.damaged.map { (text: $0.message(lang), isError: true) }
      ?? (app.watch.waiting
        ? (text: FileWatch.busyWaitText(lang), isError: false) : app.message)
    if let message = shown {
      // A long message (what was booked and skipped) takes the line above too.
      let lines = Wrap.lines((message.isError ? "! " : "") + message.text, width: grid.width - 2)
        .prefix(app.watch.damaged == nil ? 2 : 4)
      let top = y - lines.count + 1
      if lines.count > 1 { grid.fill(x: 0, y: top, width: grid.width) }
      for (index, line) in lines.enumerated() {
        grid.put(
          line, x: 1, y: top + index, style: message.isError ? .error : .accent,
          limit: grid.width - 2)
      }
      return
    }
    guard modals.isEmpty, let footnote = front.footnote else { return }
    grid.put(footnote, x: 1, y: y, style: .muted)
  }

  private func renderStatus(into grid: inout Grid, y: Int) {
    grid.fill(x: 0, y: y, width: grid.width, style: .title)
    // Who is at the keyboard, and their overdue count (with "!" so it shows
    // without colour too), at the right.
    var who =
      app.me.map { " " + $0.initials + " " }
      ?? lang.pick(" ingen medarbejder (F5) ", " nobody (F5) ")
    if let practiceDay = app.practiceDay {
      who = lang.pick(" ØVELSE ", " PRACTICE ") + practiceDay.numeric + " ·" + who
    }
    if app.overdueMine > 0 {
      who +=
        "! " + lang.count(app.overdueMine, "forfalden", "forfaldne", "overdue", "overdue") + " "
    }
    let whoWidth = DisplayWidth.of(who)
    grid.put(
      who, x: grid.width - whoWidth, y: y,
      style: app.overdueMine > 0
        ? Style(role: .error, bold: true, reverse: true) : Style(role: .title, bold: true))
    var x = 1
    let offered: (CommandID) -> Bool = { [front = app.front, modals = app.modals] command in
      modals.last.map { $0.offers(command) } ?? front.offers(command)
    }
    for hint in CommandTable.hints(for: app.context, lang, offered: offered) {
      let keyWidth = DisplayWidth.of(hint.keys)
      let labelWidth = DisplayWidth.of(hint.label)
      guard x + keyWidth + labelWidth + 2 <= grid.width - whoWidth else { break }
      x += grid.put(hint.keys, x: x, y: y, style: Style(role: .title, bold: true, reverse: true))
      x += grid.put(" " + hint.label + "  ", x: x, y: y, style: .title)
    }
  }
}
