import Core

/// Drawing the F4 week: a title with the ISO week and its dates, a column
/// per day (today in brackets), a row per hour, and under the grid the
/// bookings in the cursor's cell. A booking's first hour shows the
/// association; the hours it goes on show `⋮`, so it reads without colour.
extension RoomsState {
  func renderWeek(into grid: inout Grid, rect: Rect, lang: Language, today: Day) {
    var title = weekStart.weekTitle(lang) + "  ·  "
    title += room.map(\.name) ?? lang.pick("Alle lokaler", "All rooms")
    grid.put(title, x: rect.x + 1, y: rect.y, style: .accent, limit: rect.width - 2)
    let timeWidth = 7
    let column = max(8, (rect.width - timeWidth - 1) / 7)
    let headerY = rect.y + 1
    for offset in 0..<7 {
      let day = weekStart.adding(offset)
      let x = rect.x + timeWidth + offset * column
      let (_, month, dayOfMonth) = day.parts
      var label = day.weekdayName(lang) + " \(dayOfMonth)"
      if column >= 14 { label += "/\(month)" }
      if day == today { label = "[" + label + "]" }
      let style = day == today ? Style(role: .accent, bold: true, underline: true) : .header
      grid.put(label, x: x, y: headerY, style: style, limit: column - 1)
    }
    // Room under the grid for the cursor cell's bookings (at least 3 rows).
    let gridTop = headerY + 1
    let visibleHours = max(1, min(hours.count, rect.maxY - gridTop - 4))
    var scroll = hourScroll
    let cursorIndex = cursorHour - hours.lowerBound
    if cursorIndex < scroll { scroll = cursorIndex }
    if cursorIndex >= scroll + visibleHours { scroll = cursorIndex - visibleHours + 1 }
    // Each booking put in the cells it covers once, not every cell searched
    // through the week's bookings (all rooms can hold thousands).
    var byCell: [Int: [Booking]] = [:]
    for booking in bookings {
      let offset = booking.slot.day.ordinal - weekStart.ordinal
      guard (0..<7).contains(offset) else { continue }
      for hour in booking.slot.start.minutes / 60..<(booking.slot.end.minutes + 59) / 60 {
        byCell[offset * 24 + hour, default: []].append(booking)
      }
    }
    let short = ShortNames.make(Set(bookings.map(\.associationName)), width: column - 1)
    for row in 0..<visibleHours {
      let hour = hours.lowerBound + scroll + row
      guard hour < hours.upperBound else { break }
      let y = gridTop + row
      grid.put(Day.two(hour) + ":00", x: rect.x + 1, y: y, style: .muted)
      for offset in 0..<7 {
        let day = weekStart.adding(offset)
        let x = rect.x + timeWidth + offset * column
        let isCursor = day == cursorDay && hour == cursorHour && focus == .week
        let (text, style) = cell(
          byCell[offset * 24 + hour] ?? [], hour: hour, firstRow: row == 0, short: short,
          lang: lang)
        if isCursor { grid.fill(x: x, y: y, width: column - 1, style: .selection) }
        grid.put(
          text, x: x, y: y, style: isCursor ? .selection : style, limit: column - 1)
      }
    }
    renderCell(into: &grid, rect: rect, y: gridTop + visibleHours + 1, lang: lang)
  }

  /// What one cell says: nothing, an association's name where its booking
  /// starts (or enters the view), `⋮` where it goes on, or a count.
  private func cell(
    _ here: [Booking], hour: Int, firstRow: Bool, short: [String: String], lang: Language
  ) -> (String, Style) {
    switch here.count {
    case 0: return ("·", .muted)
    case 1:
      let booking = here[0]
      let starts = booking.slot.start.minutes >= hour * 60 || firstRow
      return starts
        ? (short[booking.associationName] ?? booking.associationName, .bold) : ("⋮", .plain)
    default:
      return (lang.pick("\(here.count) bookinger", "\(here.count) bookings"), .bold)
    }
  }

  /// The cursor cell spelled out: each booking with its room and purpose,
  /// the selected one marked; or that it is free.
  private func renderCell(into grid: inout Grid, rect: Rect, y: Int, lang: Language) {
    guard y < rect.maxY else { return }
    let heading =
      cursorDay.label(lang) + " " + Day.two(cursorHour) + ":00–" + Day.two(cursorHour + 1)
      + ":00"
    grid.put(heading, x: rect.x + 1, y: y, style: .bold, limit: rect.width - 2)
    let cell = cellBookings
    if cell.isEmpty {
      let free =
        roomID == nil
        ? lang.pick(
          "Ingen bookinger. r: vælg et lokale for at booke her · f: find et ledigt lokale",
          "No bookings. r: choose a room to book here · f: find a free room")
        : lang.pick("Ledigt. Enter eller n: book her", "Free. Enter or n: book here")
      grid.put(free, x: rect.x + 3, y: y + 1, style: .muted, limit: rect.width - 4)
      return
    }
    let chosen = min(inCell, cell.count - 1)
    for (index, booking) in cell.enumerated() {
      let line = y + 1 + index
      guard line < rect.maxY else { break }
      var text = (index == chosen ? "▶ " : "  ") + booking.slot.start.text + "–"
      text += booking.slot.end.text + " " + booking.associationName
      if roomID == nil, let name = rooms.first(where: { $0.id == booking.roomID })?.name {
        text += " · " + name
      }
      if !booking.purpose.isEmpty { text += " · " + booking.purpose }
      if let attendees = booking.attendees {
        text += lang.pick(" · \(attendees) pers.", " · \(attendees) people")
      }
      if booking.seriesID != nil { text += lang.pick(" · fast booking", " · series") }
      grid.put(
        text, x: rect.x + 1, y: line, style: index == chosen ? .bold : .plain,
        limit: rect.width - 2)
    }
  }
}
