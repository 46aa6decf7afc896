import Core

/// Choosing one value from a short list (a filter, or who is at the
/// keyboard). The first option has no value: "all" for a filter, so it is
/// removed the same way it is set; "add yourself" for staff.
struct Picker: Equatable {
  enum Outcome: Equatable {
    case none
    case chosen(Int64?)
    case cancel
    /// Take the option off the list (offered where the modal can).
    case remove(Int64?)
    /// Enter with nothing marked (the start-up picker, before a choice).
    case nothingMarked
    /// Mark the option (a colleague) away until a date.
    case away(Int64?)
  }

  let title: String
  let options: [(label: String, value: Int64?)]
  /// The marked option; -1 marks none (Enter then chooses nothing).
  var selected: Int
  /// Where the first ↓ goes when none is marked (the staff picker: the
  /// first colleague, past "+ Tilføj mig selv").
  var firstMark = 0
  var scroll = 0

  init(title: String, options: [(label: String, value: Int64?)], current: Int64?) {
    self.title = title
    self.options = options
    selected = options.firstIndex { $0.value == current } ?? 0
  }

  static func == (lhs: Picker, rhs: Picker) -> Bool {
    lhs.title == rhs.title && lhs.selected == rhs.selected
      && lhs.options.map(\.label) == rhs.options.map(\.label)
  }

  /// A key and what the table's `.picker` rows say it means; a typed
  /// letter jumps to the next option starting with it.
  mutating func handle(_ key: Key, _ command: CommandID?) -> Outcome {
    switch command {
    case .up: selected = max(0, selected - 1)
    case .down where selected < 0: selected = min(firstMark, options.count - 1)
    case .open where selected < 0, .removeStaff where selected < 0: return .nothingMarked
    case .down: selected = min(options.count - 1, selected + 1)
    case .pageUp: selected = max(0, selected - 10)
    case .pageDown: selected = min(options.count - 1, selected + 10)
    case .top: selected = 0
    case .bottom: selected = options.count - 1
    case .open: return .chosen(options[selected].value)
    case .removeStaff: return .remove(options[selected].value)
    case .markAway where selected >= 0: return .away(options[selected].value)
    case .back: return .cancel
    default:
      // A letter jumps to the next option starting with it.
      if command == nil, case .char(let c) = key {
        let letter = String(c).lowercased()
        let from = max(selected, 0)
        let order = Array(from + 1..<options.count) + Array(0...from)
        if let hit = order.first(where: { options[$0].label.lowercased().hasPrefix(letter) }) {
          selected = hit
        }
      }
    }
    return .none
  }

  mutating func render(into grid: inout Grid) {
    let widest = options.map { DisplayWidth.of($0.label) }.max() ?? 0
    // As wide as its title too, where the screen allows (a box title is
    // cut with "…" only when it must be).
    let width = min(max(30, grid.width - 10), max(30, widest + 4, DisplayWidth.of(title) + 6))
    let inner = Box.draw(
      into: &grid, width: width, height: min(options.count + 2, grid.height - 4), title: title)
    if selected >= 0 && selected < scroll { scroll = selected }
    if selected >= scroll + inner.height { scroll = selected - inner.height + 1 }
    for row in 0..<inner.height {
      let index = scroll + row
      guard index < options.count else { break }
      let style: Style = index == selected ? .selection : .plain
      if index == selected {
        grid.fill(x: inner.x, y: inner.y + row, width: inner.width, style: style)
      }
      // A label too long for the box ends with "…", never cut silently.
      grid.put(
        Wrap.truncate(options[index].label, width: inner.width), x: inner.x, y: inner.y + row,
        style: style, limit: inner.width)
    }
  }
}
